"""Everything the report shows, as plain data: no HTML here, only numbers and words.

``build_context`` gathers the survey, its metrics, tie changes, charts and the network
data; the template only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

import networkx as nx

from alliance_graph.graph import build_graphs
from alliance_graph.i18n import (
    format_count,
    format_date,
    format_number,
    format_percent,
    format_value,
    translate,
)
from alliance_graph.metrics import Metrics
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS, Thresholds
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.catalogue import glossary, shown_in, value_of
from alliance_graph.model import Survey
from alliance_graph.overview import overview
from alliance_graph.privacy import withheld, without_answers
from alliance_graph.report.alert_view import alert_blocks
from alliance_graph.report.attention import time_section
from alliance_graph.report.colours import group_colours, register_groups
from alliance_graph.report.context_charts import coach_charts, network_pictures
from alliance_graph.report.group_table import group_alliance_table
from alliance_graph.report.map_view import coach_map
from alliance_graph.report.network_groups import coach_network
from alliance_graph.report.network_view import stable_layout
from alliance_graph.report.now_view import anchored_alerts, now_section
from alliance_graph.report.objectives_view import objectives_section
from alliance_graph.report.power_balance import power_balance_card
from alliance_graph.report.power_map import power_map_section
from alliance_graph.report.sections import (
    changes_section,
    figures_table,
    frustration_notes,
    quality_section,
    stakeholder_rows,
)

__all__ = ["build_context", "dimension_label", "headline_cards"]


def build_context(
    survey: Survey,
    metrics: Metrics,
    *,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
    graphs: dict[str, nx.DiGraph] | None = None,
    positions: dict[str, tuple[float, float]] | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, Any]:
    """All the report's content for ``survey`` and its ``metrics``, in ``lang``; ``graphs``
    are the wave networks as shown (built from ``survey`` when not given) and
    ``positions`` their layout (:func:`~alliance_graph.report.network_view.stable_layout`
    with ``seed`` when not given); ``thresholds`` are the alerts' (the alliance map draws
    the floor and marks the coach gaps with them)."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    num = partial(format_value, lang=lang)

    if graphs is None:
        graphs = without_answers(build_graphs(survey), withheld(survey))
    everything = metrics.to_dict(lang)
    data, compared = everything["waves"], everything["changes"]
    waves = list(graphs)
    facts = overview(survey, graphs)["waves"]
    groups = sorted(
        {str(d["group"]) for G in graphs.values() for _, d in G.nodes(data=True) if d.get("group")},
        key=lambda g: (g.casefold(), g),  # as the shared version orders them
    )
    colours = group_colours({*register_groups(survey.stakeholders), *groups, UNGROUPED})
    positions = positions or stable_layout(graphs, seed=seed)
    people = survey.stakeholders.set_index("id")
    return {
        "lang": lang,
        "title": title or t("title"),
        "generated": format_date(generated, lang) if generated else None,
        "summary": _summary(survey, metrics, facts, people, lang, t),
        "waves": waves,
        "latest": waves[-1] if waves else None,
        "cards": headline_cards(
            {w: {**data[w], "response": facts[w]} for w in waves}, waves, lang, t, num, compared
        ),
        "now": now_section(metrics, survey, lang, everything),
        "alerts": alert_blocks(
            anchored_alerts([{"wave": w, "items": data[w]["alerts"]} for w in reversed(waves)]),
            data,
            lang,
        ),
        "objectives": objectives_section(survey.objectives, data, waves, lang, t, changes=compared),
        "network": {
            **coach_network(graphs, positions, data, colours, survey.coach, seed, t, num),
            "interactions": _interaction_layer(
                survey, graphs, metrics.half_life_days, lang, t, num
            ),
        },
        "legend": [{"label": g, "color": colours[g]} for g in groups],
        "alliance_map": coach_map(data, waves, graphs, colours, lang, t, thresholds),
        "charts": coach_charts(data, waves, groups, lang, t, colours),
        "time": time_section(data, waves, colours, lang),
        "group_table": group_alliance_table(data, waves, compared, colours, lang),
        "figures": figures_table(data, waves, t),
        "frustration_notes": frustration_notes(data, waves, t, num),
        "pictures": network_pictures(
            graphs, positions, {w: data[w]["nodes"] for w in waves}, colours, t
        ),
        "stakeholders": stakeholder_rows(data[waves[-1]] if waves else None, lang, t, num),
        "power_map": power_map_section(survey, data, waves, lang),
        "power_balance": power_balance_card(data, waves, lang),
        "floor": num(DEFAULT_THRESHOLDS.group_floor),
        "changes": changes_section(graphs, waves, data, compared, lang, t),
        "quality": quality_section(survey, facts, lang),
        "glossary": [
            {
                "term": t(f"glossary.{k}.term"),
                "formula": t(f"glossary.{k}.formula"),
                "meaning": t(f"glossary.{k}.meaning"),
            }
            for k in glossary(waves=data.values())
        ],
    }


def _interaction_layer(
    survey: Survey,
    graphs: dict[str, nx.DiGraph],
    half_life_days: float | None,
    lang: str,
    t: Callable[..., str],
    num: Callable[..., str],
) -> dict[str, list[dict[str, Any]]] | None:
    """The log's ties for the view's second layer (``None`` without a log), decayed as
    the figures beside them were (``half_life_days``)."""
    if survey.interactions is None or survey.interactions.empty:
        return None
    from alliance_graph.ingest.interactions import InteractionLog, interaction_ties
    from alliance_graph.report.network_view import interaction_edges

    measure = survey.interaction_measure or "count"
    log = InteractionLog(survey.interactions, measure, tuple(survey.waves))
    nodes = {str(n) for G in graphs.values() for n in G.nodes}
    names = dict(zip(survey.stakeholders["id"].astype(str), survey.stakeholders["name"]))
    text = {
        "number": num,
        "amount": lambda v: format_number(v, lang, 2 if measure == "weight" else 0),
        "interaction": lambda **said: t(f"tip.interaction.{measure}", **said),
    }
    ties = interaction_ties(log, half_life_days=half_life_days)
    return interaction_edges(ties, nodes, names, text)


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
        "ratings": format_count(len(survey.ratings), lang),
        "groups": [{"name": str(g), "count": int(n)} for g, n in counts.items()],
        "waves": rows,
        "scale": str(survey.scale).replace(":", "–"),  # exact decimals, never 1e+06
        "dimensions": [
            dimension_label(d, lang) for d in sorted(map(str, survey.ratings["dimension"].unique()))
        ],
    }


def dimension_label(name: str, lang: str) -> str:
    key = f"report.dimension.{name}"
    text = translate(key, lang)
    return name if text == key else text


def headline_cards(
    data: dict[str, Any],
    waves: list[str],
    lang: str,
    t: Callable[..., str],
    num: Callable[..., str],
    compared: dict[str, Any] | None = None,
    *,
    shared: bool = False,
) -> list[dict[str, Any]]:
    """The headline cards of the last wave (:mod:`~alliance_graph.metrics.catalogue`),
    each with its change since the wave before; ``data[wave]`` holds the wave's figures
    and its ``response`` facts (or the shared figures, ``shared``).

    The cards whose figure is compared take their change from ``compared`` (the
    ``changes`` of the metrics) when it holds that pair: when a direction of the coach's
    ties was skipped in one wave, that change compares like with like, and the card says so.
    """
    if not waves:
        return []
    pair = (compared or {}).get(f"{waves[-2]}->{waves[-1]}") if len(waves) > 1 else None
    like_for_like = pair is not None and pair.get("alliance_basis") not in ("both", None)
    cards = []
    for figure in shown_in("card"):
        value = value_of(figure, data[waves[-1]], shared=shared)
        previous = value_of(figure, data[waves[-2]], shared=shared) if len(waves) > 1 else None
        delta = value - previous if value is not None and previous is not None else None
        # the alliance figures of the comparison may rest on one direction of the ties
        paired = pair is not None and figure.section == "alliance" and figure.compare
        if paired and pair is not None:
            delta = pair["deltas"].get(figure.name)
        percent = figure.fmt == "percent"
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
                "key": figure.card,
                "label": t(f"card.{figure.card}"),
                "value": shown,
                "help": t(f"card.{figure.card}.help"),
                "change": change,
                "since": t("since", wave=waves[-2]) if len(waves) > 1 else t("first_wave"),
                "basis": t("like_for_like") if like_for_like and paired else None,
                "trend": _trend(delta),
            }
        )
    return cards


def _trend(delta: float | None) -> str | None:
    if delta is None:
        return None
    return "up" if delta > 0.005 else "down" if delta < -0.005 else "flat"


def _signed_int(value: int) -> str:
    return f"+{value}" if value > 0 else f"−{-value}" if value < 0 else "0"
