"""The shared report's content: group figures only, as plain data for ``shared.html.j2``.

Everything here comes from :func:`~alliance_graph.metrics.shared.shared_metrics` and
:func:`~alliance_graph.metrics.shared.group_graphs`, which hold no stakeholder id or
name; the survey itself is read only for counts (answers, waves, scale).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import networkx as nx

from alliance_graph.i18n import format_count, format_date, format_percent, format_value, translate
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS, Thresholds
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.catalogue import glossary
from alliance_graph.metrics.shared import COACH
from alliance_graph.model import Survey
from alliance_graph.report.alert_view import alert_blocks
from alliance_graph.report.colours import group_colours, register_groups
from alliance_graph.report.context import dimension_label, headline_cards
from alliance_graph.report.context_charts import wave_charts
from alliance_graph.report.objectives_view import objectives_section
from alliance_graph.report.sections import figures_table
from alliance_graph.report.shared_map import shared_map_section
from alliance_graph.report.shared_network import group_order, shared_network, shared_pictures
from alliance_graph.report.shared_text import shared_change_sentences

__all__ = ["build_shared_context"]


def build_shared_context(
    survey: Survey,
    figures: dict[str, Any],
    graphs: dict[str, nx.DiGraph],
    *,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, Any]:
    """The shared report of ``figures`` (``shared_metrics``) and ``graphs`` (``group_graphs``);
    ``thresholds`` give the alliance map its floor."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    data, waves = figures["waves"], list(figures["waves"])
    k = figures["min_group_size"]
    viewpoints = bool(figures.get("share_viewpoints"))  # the coach's explicit choice
    groups = sorted({g for w in waves for g in data[w]["groups"]}, key=group_order)
    labels = {g: _label(g, t) for g in [*groups, COACH]}
    every = group_colours({*register_groups(survey.stakeholders), *groups})
    colours = {g: every[g] for g in groups}  # each as in the coach's report
    named = {w: _named(G, labels) for w, G in graphs.items()}
    return {
        "template": "shared.html.j2",
        "lang": lang,
        "title": title or t("shared.title"),
        "generated": format_date(generated, lang) if generated else None,
        "k": k,
        "viewpoints": viewpoints,
        "about": [
            t(f"shared.about.{key}", k=k) for key in (_ABOUT_VIEWPOINTS if viewpoints else _ABOUT)
        ],
        "summary": _summary(survey, data, waves, groups, labels, lang, t),
        "waves": waves,
        "latest": waves[-1] if waves else None,
        "cards": headline_cards(data, waves, lang, t, num, shared=True),
        "alerts": alert_blocks(
            [{"wave": w, "items": data[w]["alerts"]} for w in reversed(waves)], data, lang
        ),
        "objectives": objectives_section(
            survey.objectives,
            data,
            waves,
            lang,
            t,
            shared=True,
            viewpoints=viewpoints,
            changes=figures["changes"],
        ),
        "network": shared_network(named, colours, k, t, num),
        "legend": [{"label": labels[g], "color": c} for g, c in colours.items()],
        "alliance_map": shared_map_section(data, waves, colours, labels, k, lang, t, thresholds),
        "pictures": shared_pictures(named, colours, t),
        "figures": figures_table(data, waves, t, shared=True),
        "charts": _charts(data, waves, groups, labels, colours, lang, t),
        "groups": _group_rows(data[waves[-1]], groups, labels, k, t, num) if waves else [],
        "goals": "goals" in set(survey.ratings["dimension"].astype(str)),  # a column
        "changes": _changes(figures["changes"], waves, lang),
        "glossary": [
            {
                "term": t(f"glossary.{key}.term"),
                "formula": t(f"glossary.{key}.formula"),
                "meaning": t(f"shared.glossary.{key}")
                if key == "group_alliance"
                else t(f"glossary.{key}.meaning"),
            }
            for key in glossary(shared=True, waves=data.values())
        ],
    }


#: The sentences of "How answers are protected", and those said instead when the coach
#: chose to share the coachee's, the sponsor's and the coach's views of the objectives.
_ABOUT = ("groups", "small", "roles", "coach", "names")
_ABOUT_VIEWPOINTS = ("groups_viewpoints", "small", "roles_viewpoints", "coach", "names")


def _label(group: str, t: Callable[..., str]) -> str:
    if group == COACH:
        return t("shared.coach")
    return t("shared.no_group") if group == UNGROUPED else group


def _named(G: nx.DiGraph, labels: dict[str, str]) -> nx.DiGraph:
    """The group graph with display labels as names (the keys stay the node ids)."""
    H = G.copy()
    for node, attributes in H.nodes(data=True):
        attributes["name"] = labels.get(str(node), str(node))
        attributes["group"] = None if node == COACH else str(node)
    return H


def _summary(
    survey: Survey,
    data: dict[str, Any],
    waves: list[str],
    groups: list[str],
    labels: dict[str, str],
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any]:
    latest = data[waves[-1]]["groups"] if waves else {}
    return {
        "ratings": format_count(len(survey.ratings), lang),
        "stakeholders": max((data[w]["stakeholders"] for w in waves), default=0),
        "scale": str(survey.scale).replace(":", "–"),  # exact decimals, never 1e+06
        "dimensions": [
            dimension_label(d, lang) for d in sorted(map(str, survey.ratings["dimension"].unique()))
        ],
        "groups": [
            {"name": labels[g], "count": latest[g]["members"] if g in latest else 0} for g in groups
        ],
        "waves": [
            {
                "label": w,
                "raters": data[w]["raters"],
                "stakeholders": data[w]["stakeholders"],
                "response": "—"
                if data[w]["response_rate"] is None
                else format_percent(data[w]["response_rate"], lang),
                "shown": sum(g["shown"] for g in data[w]["groups"].values()),
                "groups": len(data[w]["groups"]),
            }
            for w in waves
        ],
    }


def _charts(
    data: dict[str, Any],
    waves: list[str],
    groups: list[str],
    labels: dict[str, str],
    colours: dict[str, str],
    lang: str,
    t: Callable[..., str],
) -> dict[str, dict[str, str]]:
    series: dict[str, dict[str, float | None]] = {}
    for wave in waves:
        for group, record in ((data[wave]["alliance"] or {}).get("groups") or {}).items():
            if record["alliance"] is not None:
                series.setdefault(labels[group], {})[wave] = record["alliance"]
    series = {label: series[label] for label in sorted(series, key=str.casefold)}
    latest = data[waves[-1]] if waves else None
    matrix = {
        labels[g]: {labels[h]: cell["mean"] for h, cell in row.items()}
        for g, row in (latest["matrix"] if latest else {}).items()
    }
    return wave_charts(
        series,
        {w: (data[w]["alliance"] or {}).get("balance_index") for w in waves},
        matrix,
        [labels[g] for g in groups],
        lang=lang,
        t=t,
        colours={labels[g]: c for g, c in colours.items()},
        hidden_label=t("shared.too_few"),
    )


def _group_rows(
    wave: dict[str, Any],
    groups: list[str],
    labels: dict[str, str],
    k: int,
    t: Callable[..., str],
    num: Callable[..., str],
) -> list[dict[str, Any]]:
    alliance = (wave["alliance"] or {}).get("groups", {})
    rows = []
    for group in groups:
        size = wave["groups"].get(group)
        if size is None:
            continue
        record = alliance.get(group, {})
        within = wave["matrix"].get(group, {}).get(group, {}).get("mean")
        rows.append(
            {
                "name": labels[group],
                "members": size["members"],
                "raters": size["raters"],
                "shown": size["shown"],
                "alliance": num(record.get("alliance")),
                "goals": num(record.get("goals_alliance")),
                "coach_view": num(record.get("coach_view")),
                "within": num(within),
                "note": "" if size["shown"] else t("shared.not_enough", needed=k),
            }
        )
    return rows


def _changes(changes: dict[str, Any], waves: list[str], lang: str) -> dict[str, Any] | None:
    """Sentences on the last two waves (or the one pair asked for)."""
    if not changes:
        return None
    key = f"{waves[-2]}->{waves[-1]}" if len(waves) > 1 else ""
    key = key if key in changes else next(iter(changes))
    before, after = key.split("->", 1)
    return {
        "from": before,
        "to": after,
        "sentences": shared_change_sentences(changes[key], lang),
    }
