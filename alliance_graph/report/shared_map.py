"""The shared version's alliance map: one mark per group, never a person.

A group is drawn in a wave only when it is shown there (at least K of its people rated
the coach: :mod:`~alliance_graph.metrics.shared`); the geometry, the rings and the text
alternative are the coach's map's (:mod:`.map_view`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alliance_graph.i18n import format_value
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS, Thresholds
from alliance_graph.report.alliance_map import place
from alliance_graph.report.map_svg import Mark
from alliance_graph.report.map_view import map_section

__all__ = ["shared_map_section"]

_OTHER = "#999999"


def shared_map_section(
    data: dict[str, Any],
    waves: list[str],
    colours: dict[str, str],
    labels: dict[str, str],
    k: int,
    lang: str,
    t: Callable[..., str],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, Any] | None:
    """The shared map: one mark per group at the group's alliance with the coach, only
    for groups shown (at least ``k`` answers) in that wave; ``labels`` name the groups;
    ``None`` when no group is shown in any wave."""
    groups = {
        w: {
            g: r
            for g, r in ((data[w].get("alliance") or {}).get("groups") or {}).items()
            if r.get("shown") and r.get("alliance") is not None
        }
        for w in waves
    }
    drawn = [w for w in waves if data[w].get("alliance")]
    every = {g: g for w in drawn for g in groups[w]}
    if not every:
        return None
    angles, sectors = place(every)
    marks: dict[str, list[Mark]] = {}
    for i, wave in enumerate(drawn):
        before = groups[drawn[i - 1]] if i else {}
        marks[wave] = []
        for g in sorted(groups[wave], key=lambda key: angles[key]):
            record, members = groups[wave][g], data[wave]["groups"].get(g, {}).get("members")
            tip = [labels.get(g, g), t("map.members", count=members)]
            tip += [t("map.alliance", value=format_value(record["alliance"], lang))]
            if record.get("coach_view") is not None:
                tip.append(t("map.coach_view", value=format_value(record["coach_view"], lang)))
            previous = before.get(g, {}).get("alliance")
            marks[wave].append(
                Mark(
                    g,
                    angles[g],
                    record["alliance"],
                    colours.get(g, _OTHER),
                    label=format_value(record["alliance"], lang),
                    tip="\n".join([*tip, t("map.in_wave", wave=wave)]),
                    before=previous,
                    size=11.0,
                )
            )
    listed = {
        w: [
            {
                "key": g,
                "name": labels.get(g, g),
                "group": "",
                "alliance": r["alliance"],
                "note": "",
            }
            for g, r in groups[w].items()
        ]
        for w in drawn
    }
    section = map_section(sectors, marks, listed, thresholds, lang, t, t("shared.coach"), labels)
    legend = [{"label": labels.get(g, g), "color": c} for g, c in colours.items() if g in every]
    words = {"lead": t("shared.map.lead", k=k), "summary": t("shared.map.text")}
    return {**section, **words, "legend": legend, "people": False, "triangle": None}
