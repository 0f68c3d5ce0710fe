"""Everything the report shows, as plain data: no HTML here, only numbers and words.

``build_context`` gathers the survey, its metrics, tie changes, charts and the network
data; the template only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import PurePath
from typing import Any

import networkx as nx

from alliance_graph.graph import build_graphs
from alliance_graph.i18n import format_date, format_number, format_percent, group_label, translate
from alliance_graph.metrics import Metrics
from alliance_graph.metrics.change import tie_changes
from alliance_graph.model import Issue, Survey
from alliance_graph.overview import overview
from alliance_graph.report import charts
from alliance_graph.report.network_view import (
    group_colours,
    network_data,
    stable_layout,
)
from alliance_graph.report.sentences import change_sentences

__all__ = ["build_context"]

_CARDS = ("level", "balance", "reciprocity", "structural", "response")
_GLOSSARY = (
    "strength",
    "received",
    "response",
    "mean_trust",
    "normalised_frustration",
    "sign",
    "alliance",
    "coach_gap",
    "group_alliance",
    "level",
    "balance",
    "dominance",
    "reciprocity",
    "weighted_reciprocity",
    "asymmetry",
    "triangles",
    "frustration",
    "walk",
    "ei_index",
    "pagerank",
    "betweenness",
    "constraint",
)
_MAX_GAP_ROWS = 40


def build_context(
    survey: Survey,
    metrics: Metrics,
    *,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """All the report's content for ``survey`` and its ``metrics``, in ``lang``."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    def num(value: float | None, signed: bool = False) -> str:
        if value is None:
            return "—"
        text = format_number(value, lang)
        return "+" + text if signed and value > 0 else text

    graphs = build_graphs(survey)
    everything = metrics.to_dict(lang)
    data, compared = everything["waves"], everything["changes"]
    waves = list(graphs)
    facts = overview(survey, graphs)["waves"]
    groups = sorted(
        {str(d["group"]) for G in graphs.values() for _, d in G.nodes(data=True) if d.get("group")}
    )
    colours = group_colours(groups)
    positions = stable_layout(graphs, seed=seed)
    people = survey.stakeholders.set_index("id")
    return {
        "lang": lang,
        "title": title or t("title"),
        "generated": format_date(generated, lang) if generated else None,
        "summary": _summary(survey, metrics, facts, people, lang, t),
        "waves": waves,
        "latest": waves[-1] if waves else None,
        "cards": _cards(data, facts, waves, lang, t, num),
        "alerts": [{"wave": w, "items": data[w]["alerts"]} for w in reversed(waves)],
        "network": network_data(
            graphs,
            positions,
            {w: data[w]["nodes"] for w in waves},
            colours,
            _tooltip_text(lang, t, num),
        ),
        "legend": [{"label": g, "color": c} for g, c in colours.items()],
        "charts": _charts(data, waves, groups, lang, t, colours),
        "figures": _figures_table(data, waves, t),
        "pictures": _pictures(graphs, positions, data, colours, t),
        "stakeholders": _stakeholder_rows(data[waves[-1]] if waves else None, lang, t, num),
        "changes": _changes(graphs, waves, data, compared, lang, t),
        "quality": _quality(survey, facts, lang),
        "glossary": [
            {
                "term": t(f"glossary.{k}.term"),
                "formula": t(f"glossary.{k}.formula"),
                "meaning": t(f"glossary.{k}.meaning"),
            }
            for k in _GLOSSARY
        ],
    }


def _summary(
    survey: Survey,
    metrics: Metrics,
    facts: dict[str, Any],
    people: Any,
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any]:
    def name_of(role: str) -> str | None:
        ids = survey.stakeholders.loc[survey.stakeholders["role"] == role, "name"]
        return ", ".join(map(str, ids)) or None

    dates = survey.ratings.groupby("wave")["date"].agg(["min", "max"])
    rows = []
    for wave, fact in facts.items():
        first, last = dates.loc[wave] if wave in dates.index else (None, None)
        period = None
        if first is not None and first == first:
            period = (
                format_date(first, lang)
                if first == last
                else f"{format_date(first, lang)} – {format_date(last, lang)}"
            )
        rows.append(
            {
                "label": wave,
                "period": period,
                "raters": fact["raters"],
                "stakeholders": fact["stakeholders"],
                "ties": fact["ties"],
                "response": format_percent(fact["response_rate"], lang)
                if fact["response_rate"] is not None
                else "—",
            }
        )
    counts = survey.stakeholders["group"].fillna(t("no_group")).value_counts().sort_index()
    return {
        "coach": name_of("coach"),
        "sponsor": name_of("sponsor"),
        "coachee": name_of("coachee"),
        "stakeholders": len(survey.stakeholders),
        "ratings": len(survey.ratings),
        "groups": [{"name": str(g), "count": int(n)} for g, n in counts.items()],
        "waves": rows,
        "scale": f"{survey.scale.min:g}–{survey.scale.max:g}",
        "dimensions": [
            _dimension(d, lang) for d in sorted(map(str, survey.ratings["dimension"].unique()))
        ],
    }


def _dimension(name: str, lang: str) -> str:
    key = f"report.dimension.{name}"
    text = translate(key, lang)
    return name if text == key else text


def _headline(wave: dict[str, Any], fact: dict[str, Any]) -> dict[str, float | None]:
    alliance = wave["alliance"] or {}
    return {
        "level": alliance.get("level"),
        "balance": alliance.get("balance_index"),
        "reciprocity": wave["network"]["reciprocity"],
        "structural": wave["structural_balance"]["triangle_balance_ratio"],
        "response": fact["response_rate"],
    }


def _cards(
    data: dict[str, Any],
    facts: dict[str, Any],
    waves: list[str],
    lang: str,
    t: Callable[..., str],
    num: Callable[..., str],
) -> list[dict[str, Any]]:
    if not waves:
        return []
    now = _headline(data[waves[-1]], facts[waves[-1]])
    before = _headline(data[waves[-2]], facts[waves[-2]]) if len(waves) > 1 else None
    cards = []
    for key in _CARDS:
        value, delta = now[key], None
        previous = before[key] if before is not None else None
        if value is not None and previous is not None:
            delta = value - previous
        percent = key in ("reciprocity", "response")
        shown = "—" if value is None else format_percent(value, lang) if percent else num(value)
        change = None
        if delta is not None:
            change = (
                t("points", value=_signed_int(round(delta * 100)))
                if percent
                else num(delta, signed=True)
            )
        cards.append(
            {
                "key": key,
                "label": t(f"card.{key}"),
                "value": shown,
                "help": t(f"card.{key}.help"),
                "change": change,
                "since": t("since", wave=waves[-2]) if before else t("first_wave"),
                "trend": None
                if delta is None
                else "up"
                if delta > 0.005
                else "down"
                if delta < -0.005
                else "flat",
            }
        )
    return cards


def _signed_int(value: int) -> str:
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"


def _tooltip_text(lang: str, t: Callable[..., str], num: Callable[..., str]) -> dict[str, Any]:
    return {
        "number": lambda v: num(v),
        "received": t("tip.received"),
        "given": t("tip.given"),
        "not_rated": t("tip.not_rated"),
        "tie": t("tip.tie"),
        "roles": {
            r: "" if r == "stakeholder" else t(f"role.{r}")
            for r in ("coach", "sponsor", "coachee", "stakeholder")
        },
    }


def _charts(
    data: dict[str, Any],
    waves: list[str],
    groups: list[str],
    lang: str,
    t: Callable[..., str],
    colours: dict[str, str],
) -> dict[str, dict[str, str]]:
    series: dict[str, dict[str, float | None]] = {}
    for wave in waves:
        for group, record in ((data[wave]["alliance"] or {}).get("groups") or {}).items():
            series.setdefault(group_label(group, lang), {})[wave] = record["alliance"]
    balance = {w: (data[w]["alliance"] or {}).get("balance_index") for w in waves}
    latest = data[waves[-1]] if waves else None
    matrix = {
        g: {h: cell["mean"] for h, cell in row.items()}
        for g, row in (latest["groups"]["matrix"] if latest else {}).items()
    }
    gaps = [(r["name"], r["gap"]) for r in _gap_rows(latest)]
    out = {
        "group_alliance": charts.group_alliance_chart(
            series,
            waves,
            lang=lang,
            title=t("chart.groups"),
            ylabel=t("chart.alliance"),
            colours={
                **{group_label(g, lang): c for g, c in colours.items()},
                group_label("sponsor", lang): "#1f2933",
                group_label("coachee", lang): "#8a94a6",
            },
        ),
        "balance": charts.balance_chart(
            balance, lang=lang, title=t("chart.balance"), ylabel=t("card.balance")
        ),
        "heatmap": charts.heatmap_chart(
            matrix,
            groups,
            lang=lang,
            title=t("chart.matrix", wave=waves[-1] if waves else ""),
            xlabel=t("chart.to"),
            ylabel=t("chart.from"),
        ),
        "coach_gap": charts.coach_gap_chart(
            gaps,
            lang=lang,
            title=t("chart.gap", wave=waves[-1] if waves else ""),
            xlabel=t("chart.gap_axis"),
            over_label=t("chart.over"),
            under_label=t("chart.under"),
        ),
    }
    return {key: {"uri": uri, "alt": t(f"chart.{key}.alt")} for key, uri in out.items()}


#: Every figure of the waves-at-a-glance table: (glossary key, section, JSON key, percent?).
_FIGURES = (
    ("level", "alliance", "level", False),
    ("balance", "alliance", "balance_index", False),
    ("dominance", "alliance", "sponsor_dominance", False),
    ("mean_trust", "network", "mean_trust", False),
    ("reciprocity", "network", "reciprocity", True),
    ("weighted_reciprocity", "network", "weighted_reciprocity", False),
    ("asymmetry", "network", "mean_asymmetry", False),
    ("triangles", "structural_balance", "triangle_balance_ratio", False),
    ("normalised_frustration", "structural_balance", "normalised_frustration", False),
    ("walk", "structural_balance", "walk_balance", False),
)


def _figures_table(
    data: dict[str, Any], waves: list[str], t: Callable[..., str]
) -> list[dict[str, Any]]:
    """One row per figure, one value per wave: the trends at a glance."""
    rows = []
    for key, section, name, percent in _FIGURES:
        values = [(data[w][section] or {}).get(name) for w in waves]
        rows.append({"label": t(f"glossary.{key}.term"), "values": values, "percent": percent})
    return rows


def _gap_rows(wave: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not wave or not wave["alliance"]:
        return []
    rows = [
        {"name": wave["nodes"][k]["name"], "gap": r["coach_gap"]}
        for k, r in wave["alliance"]["stakeholders"].items()
        if r["coach_gap"] is not None
    ]
    rows.sort(key=lambda r: (-abs(r["gap"]), r["name"]))
    return sorted(rows[:_MAX_GAP_ROWS], key=lambda r: (-r["gap"], r["name"]))


def _pictures(
    graphs: dict[str, nx.DiGraph],
    positions: dict[str, tuple[float, float]],
    data: dict[str, Any],
    colours: dict[str, str],
    t: Callable[..., str],
) -> list[dict[str, str]]:
    from alliance_graph.report.network_view import network_picture_data

    pictures = []
    for wave, G in graphs.items():
        nodes, edges = network_picture_data(G, data[wave]["nodes"], colours)
        uri = charts.network_picture(positions, nodes, edges, title=t("picture", wave=wave))
        pictures.append({"wave": wave, "uri": uri, "alt": t("picture", wave=wave)})
    return pictures


def _stakeholder_rows(
    wave: dict[str, Any] | None, lang: str, t: Callable[..., str], num: Callable[..., str]
) -> list[dict[str, Any]]:
    if wave is None:
        return []
    alliance = (wave["alliance"] or {}).get("stakeholders", {})
    rows = []
    for node, figures in wave["nodes"].items():
        record = alliance.get(node, {})
        rows.append(
            {
                "name": figures["name"],
                "group": figures["group"] or "—",
                "role": "" if figures["role"] == "stakeholder" else t(f"role.{figures['role']}"),
                "alliance": num(record.get("alliance")),
                "gap": num(record.get("coach_gap"), signed=True),
                "received": num(figures["trust_received"]),
                "given": num(figures["trust_given"]),
                "raters": figures["raters"],
                "distrust": figures["distrust_received"],
                "sort": figures["trust_received"] if figures["trust_received"] is not None else -1,
            }
        )
    return sorted(rows, key=lambda r: (-r["sort"], r["name"]))


def _changes(
    graphs: dict[str, nx.DiGraph],
    waves: list[str],
    data: dict[str, Any],
    compared: dict[str, Any],
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """The last two waves in detail, in sentences and tables; first → last in sentences."""
    if len(waves) < 2:
        return None
    before, after = waves[-2], waves[-1]
    key = f"{before}->{after}"
    found = compared.get(key)
    if found is None:  # metrics computed for other pairs: the tie lists are enough
        ties = tie_changes(graphs[before], graphs[after])
        found = {
            f"ties_{k}" if k in ("gained", "lost", "strengthened", "weakened") else k: v
            for k, v in ties.items()
        }
    names = {k: v["name"] for w in (before, after) for k, v in data[w]["nodes"].items()}
    sections = []
    for part in ("ties_strengthened", "ties_weakened", "sign_flips", "ties_gained", "ties_lost"):
        rows = [
            {
                "source": names.get(r["source"], r["source"]),
                "target": names.get(r["target"], r["target"]),
                "before": r["before"],
                "after": r["after"],
                "delta": r["delta"],
            }
            for r in found[part]
        ]
        label = t(f"changes.{part.removeprefix('ties_')}")
        sections.append({"key": part, "label": label, "count": len(rows), "rows": rows[:15]})
    overall = compared.get(f"{waves[0]}->{waves[-1]}") if len(waves) > 2 else None
    return {
        "from": before,
        "to": after,
        "sentences": change_sentences(compared[key], lang) if key in compared else [],
        "overall": None
        if overall is None
        else {
            "label": t("changes.overall", first=waves[0], last=waves[-1]),
            "sentences": change_sentences(overall, lang),
        },
        "sections": sections,
        "joined": [names.get(n, n) for n in found["joined"]],
        "left": [names.get(n, n) for n in found["left"]],
    }


def _quality(survey: Survey, facts: dict[str, Any], lang: str) -> dict[str, Any]:
    """Files and issues, naming files without their folders (the page may be shared)."""

    def bare(issue: Issue) -> Issue:
        return replace(issue, file=PurePath(issue.file).name) if issue.file else issue

    return {
        "files": [
            f.to_dict() | {"path": PurePath(f.path).name, "rows": f.rows} for f in survey.files
        ],
        "issues": [
            {"severity": i.severity.value, "code": i.code.value, "text": bare(i).describe(lang)}
            for i in survey.issues
        ],
        "missing": sum(survey.missing_answers.values()),
        "waves": [
            {"label": w, "raters": f["raters"], "stakeholders": f["stakeholders"]}
            for w, f in facts.items()
        ],
    }
