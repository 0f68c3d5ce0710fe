"""The report's pictures, as plain data for either version: the charts of the waves and
the printed networks (data URIs with their alternative text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from alliance_graph.i18n import group_label
from alliance_graph.report import charts
from alliance_graph.report.colours import OWN

__all__ = ["coach_charts", "network_pictures", "wave_charts"]

#: The coach-gap chart shows at most this many people (the largest gaps).
_MAX_GAP_ROWS = 40


def wave_charts(
    series: dict[str, dict[str, float | None]],
    balance: dict[str, float | None],
    matrix: dict[str, dict[str, float | None]],
    groups: list[str],
    *,
    lang: str,
    t: Callable[..., str],
    colours: dict[str, str],
    hidden_label: str = "",
    gaps: list[tuple[str, float]] | None = None,
) -> dict[str, dict[str, str]]:
    """The charts of the waves, for either version of the report, each as
    ``{"uri", "alt"}``: each group's alliance (``series``: label → wave → value), the
    balance index by wave, the trust between groups in the last wave (``matrix``; cells
    hidden say ``hidden_label``) and, for the coach, the coach gap (``gaps``)."""
    last = waves[-1] if (waves := list(balance)) else ""
    out = {
        "group_alliance": charts.group_alliance_chart(
            series,
            waves,
            lang=lang,
            title=t("chart.groups"),
            ylabel=t("chart.alliance"),
            colours=colours,
        ),
        "balance": charts.balance_chart(
            balance, lang=lang, title=t("chart.balance"), ylabel=t("card.balance")
        ),
        "heatmap": charts.heatmap_chart(
            matrix,
            groups,
            lang=lang,
            title=t("chart.matrix", wave=last),
            xlabel=t("chart.to"),
            ylabel=t("chart.from"),
            hidden_label=hidden_label,
        ),
    }
    if gaps is not None:
        out["coach_gap"] = charts.coach_gap_chart(
            gaps,
            lang=lang,
            title=t("chart.gap", wave=last),
            xlabel=t("chart.gap_axis"),
            over_label=t("chart.over"),
            under_label=t("chart.under"),
        )
    return {key: {"uri": uri, "alt": t(f"chart.{key}.alt")} for key, uri in out.items()}


def coach_charts(
    data: dict[str, Any],
    waves: list[str],
    groups: list[str],
    lang: str,
    t: Callable[..., str],
    colours: dict[str, str],
) -> dict[str, dict[str, str]]:
    """The coach's charts (:func:`wave_charts`) from the figures of the waves."""
    series: dict[str, dict[str, float | None]] = {}
    for wave in waves:
        for group, record in ((data[wave]["alliance"] or {}).get("groups") or {}).items():
            series.setdefault(group_label(group, lang), {})[wave] = record["alliance"]
    latest = data[waves[-1]] if waves else None
    matrix = {
        g: {h: cell["mean"] for h, cell in row.items()}
        for g, row in (latest["groups"]["matrix"] if latest else {}).items()
    }
    return wave_charts(
        series,
        {w: (data[w]["alliance"] or {}).get("balance_index") for w in waves},
        matrix,
        groups,
        lang=lang,
        t=t,
        colours={
            **{group_label(g, lang): c for g, c in colours.items()},
            **{group_label(g, lang): c for g, c in OWN.items()},
        },
        gaps=[(r["name"], r["gap"]) for r in _gap_rows(latest)],
    )


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


def network_pictures(
    graphs: dict[str, nx.DiGraph],
    positions: dict[str, tuple[float, float]],
    sizes: dict[str, dict[str, Any]],
    colours: dict[str, str],
    t: Callable[..., str],
    alt: str = "picture",
) -> list[dict[str, str]]:
    """One printed picture of the network per wave (for paper), for either version of the
    report: node sizes from ``sizes[wave]`` (``trust_received`` per node), alt text from
    the key ``alt``."""
    from alliance_graph.report.network_view import network_picture_data

    pictures = []
    for wave, G in graphs.items():
        nodes, edges = network_picture_data(G, sizes[wave], colours)
        uri = charts.network_picture(positions, nodes, edges, title=t("picture", wave=wave))
        pictures.append({"wave": wave, "uri": uri, "alt": t(alt, wave=wave)})
    return pictures
