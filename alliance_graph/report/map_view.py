"""The alliance map's content, for the coach (people) and the shared version (groups).

Plain data for ``_alliance_map.html.j2``: the inline SVG (:mod:`.map_svg`, geometry in
:mod:`.alliance_map`), the legend's words, and the text alternative: per wave, who is
in which band between the rings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import networkx as nx

from alliance_graph.i18n import format_value
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS, Thresholds
from alliance_graph.metrics.alliance import UNGROUPED, balance_group
from alliance_graph.report.alliance_map import Sector, band_of, place, ring_values
from alliance_graph.report.map_svg import MapText, Mark, map_svg
from alliance_graph.report.triangle import triangle_section

__all__ = ["MAX_LABELS", "alliance_map_section", "coach_map", "map_section", "short"]

#: Up to this many people, each has a short name on the map and a trail from where they
#: were in the wave before (beyond, they would cover the map: tooltips only).
MAX_LABELS = 60
_OTHER = "#999999"


def coach_map(
    data: dict[str, Any],
    waves: list[str],
    graphs: dict[str, nx.DiGraph],
    colours: dict[str, str],
    lang: str,
    t: Callable[..., str],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, Any] | None:
    """The coach's map (:func:`alliance_map_section`) with the coach–sponsor–coachee
    triangle of the waves ``graphs`` (:func:`~alliance_graph.report.triangle.triangle_section`)."""
    section = alliance_map_section(data, waves, colours, lang, t, thresholds)
    if section is None:
        return None
    coach = next((data[w]["alliance"]["coach"] for w in section["waves"]), None)
    triangle = triangle_section(graphs, coach, colours, section["latest"], lang, t)
    words = {"lead": t("map.lead"), "summary": t("map.text")}
    return {**section, **words, "people": True, "triangle": triangle}


def alliance_map_section(
    data: dict[str, Any],
    waves: list[str],
    colours: dict[str, str],
    lang: str,
    t: Callable[..., str],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> dict[str, Any] | None:
    """The coach's map: each person at their alliance with the coach, in every wave
    (``data[wave]`` holds the wave's figures, ``alliance`` and ``nodes``); ``None``
    without a coach. A halo marks who the coach rates more than ``thresholds.coach_gap``
    above their own rating of the coach (the alert's threshold); the floor ring is
    ``thresholds.group_floor``."""
    records = {w: ((data[w].get("alliance") or {}).get("stakeholders") or {}) for w in waves}
    drawn = [w for w in waves if data[w].get("alliance")]
    if not drawn:
        return None
    nodes = {k: v for w in waves for k, v in data[w]["nodes"].items()}
    people = {k: balance_group(r) for w in drawn for k, r in records[w].items()}
    angles, sectors = place(people)
    style = {"size": _size(len(people)), "labelled": len(people) <= MAX_LABELS}
    marks: dict[str, list[Mark]] = {}
    person = partial(_person, colours=colours, style=style, over=thresholds.coach_gap, t=t)
    for i, wave in enumerate(drawn):
        before = records[drawn[i - 1]] if i else {}
        ordered = sorted(records[wave], key=lambda k: angles[str(k)])
        marks[wave] = [
            person(k, angles[k], records[wave][k], before.get(k), nodes.get(k, {}), wave, lang)
            for k in ordered
        ]
    listed = {
        w: [
            {
                "key": m.key,
                "name": str(nodes.get(m.key, {}).get("name", m.key)),
                "group": _where(records[w][m.key], t),
                "alliance": m.alliance,
                "note": _note(records[w][m.key], lang, t) if m.flagged else "",
            }
            for m in marks[w]
        ]
        for w in drawn
    }
    coach = str(data[drawn[-1]]["alliance"].get("coach") or "")
    name = str(nodes.get(coach, {}).get("name", coach))
    section = map_section(sectors, marks, listed, thresholds, lang, t, name)
    present = {r.get("group") or "" for w in drawn for r in records[w].values()}
    legend = [{"label": g, "color": c} for g, c in colours.items() if g in present]
    return {**section, "legend": legend}


def _person(
    key: str,
    angle: float,
    record: dict[str, Any],
    before: dict[str, Any] | None,
    node: dict[str, Any],
    wave: str,
    lang: str,
    *,
    colours: dict[str, str],
    style: dict[str, Any],
    over: float,
    t: Callable[..., str],
) -> Mark:
    """A person's mark: their shape and colour, a halo when the coach rates them more than
    ``over`` above their rating of the coach, a tooltip with both views."""
    name = str(node.get("name", key))
    gap = record.get("coach_gap")
    alliance = record.get("alliance")
    tip = [name, _where(record, t)]
    if alliance is None and record.get("from_coach") is not None:  # withheld: no consent
        tip.append(t("map.withheld", own=format_value(record["from_coach"], lang)))
    elif alliance is None:
        tip.append(t("map.no_answer"))
    else:
        tip.append(t("map.alliance", value=format_value(alliance, lang)))
    if gap is not None:
        tip.append(
            t(
                "map.gap",
                gap=format_value(gap, lang, signed=True),
                own=format_value(record.get("from_coach"), lang),
                theirs=format_value(record.get("to_coach"), lang),
            )
        )
    tip.append(t("map.in_wave", wave=wave))
    return Mark(
        key=str(key),
        angle=angle,
        alliance=alliance,
        colour=colours.get(record.get("group") or "", _OTHER),
        shape={"sponsor": "diamond", "coachee": "square"}.get(record.get("role") or "", "dot"),
        label=_short_name(name) if style["labelled"] else "",
        tip="\n".join(tip),
        flagged=gap is not None and gap > over,
        before=(before or {}).get("alliance") if style["labelled"] else None,
        size=style["size"],
    )


def _note(record: dict[str, Any], lang: str, t: Callable[..., str]) -> str:
    return t("map.note", gap=format_value(record.get("coach_gap"), lang, signed=True))


def _where(record: dict[str, Any], t: Callable[..., str]) -> str:
    group = str(record.get("group") or t("no_group"))
    role = record.get("role")
    return f"{group} · {t(f'role.{role}')}" if role in ("sponsor", "coachee") else group


def map_section(
    sectors: list[Sector],
    marks: dict[str, list[Mark]],
    listed: dict[str, list[dict[str, Any]]],
    thresholds: Thresholds,
    lang: str,
    t: Callable[..., str],
    coach: str,
    labels: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The section's data from the ``marks`` of each wave and the people ``listed`` in the
    text alternative (``key``, ``name``, ``group``, ``alliance``, ``note``): the SVG,
    the thresholds in words, and per wave the bands between the rings."""
    waves = list(marks)
    floor = thresholds.group_floor
    rings = ring_values(floor)
    ring_text = [
        (
            v,
            t("map.floor", value=format_value(v, lang))
            if v == round(floor, 6)
            else format_value(v, lang),
            v == round(floor, 6),
        )
        for v in rings
    ]
    names = {s.key: _sector_name(s.key, t, labels) for s in sectors}
    words = MapText(
        title=t("map.title"),
        rings=ring_text,
        one=format_value(1.0, lang),
        zero=format_value(0.0, lang),
        unanswered=t("map.unanswered"),
        coach=coach,
        sectors=names,
    )
    return {
        "svg": map_svg(sectors, marks, waves[-1], words, floor, groups=labels is not None),
        "waves": waves,
        "latest": waves[-1],
        "floor": format_value(floor, lang),
        "gap": format_value(thresholds.coach_gap, lang),
        "text": [{"wave": w, "bands": _bands(listed[w], rings, floor, lang, t)} for w in waves],
    }


def _sector_name(key: str, t: Callable[..., str], labels: dict[str, str] | None) -> str:
    if labels is not None:
        return labels.get(key, key)
    if key in ("sponsor", "coachee"):
        return t(f"summary.{key}")
    return t("no_group") if key == UNGROUPED else key


def _bands(
    people: list[dict[str, Any]],
    rings: list[float],
    floor: float,
    lang: str,
    t: Callable[..., str],
) -> list[dict[str, Any]]:
    """The bands between the rings, innermost first, then "no answer": each with the
    people in it, the strongest alliance first."""
    edges = [1.0, *reversed(rings), 0.0]
    labels = [
        t(
            "map.band_under" if edges[i] <= floor else "map.band",
            low=format_value(edges[i + 1], lang),
            high=format_value(edges[i], lang),
        )
        for i in range(len(edges) - 1)
    ]
    groups: list[tuple[str, list[dict[str, Any]]]] = [
        (label, [p for p in people if band_of(p["alliance"], rings) == i])
        for i, label in enumerate(labels)
    ]
    groups.append((t("map.unanswered"), [p for p in people if p["alliance"] is None]))
    return [
        {"heading": t("map.count", label=label, count=len(inside)), "people": _ranked(inside, lang)}
        for label, inside in groups
    ]


def _ranked(people: list[dict[str, Any]], lang: str) -> list[dict[str, Any]]:
    ordered = sorted(
        people, key=lambda p: (-(p["alliance"] or 0.0), p["name"].casefold(), p["key"])
    )
    return [
        {**p, "value": format_value(p["alliance"], lang) if p["alliance"] is not None else ""}
        for p in ordered
    ]


def _size(people: int) -> float:
    """The radius of a person's mark: 7 up to :data:`MAX_LABELS` people, smaller beyond so
    neighbours do not cover each other (2.5 at the least)."""
    if people <= MAX_LABELS:
        return 7.0
    return round(max(2.5, min(7.0, 520.0 / people)), 1)


def _short_name(name: str) -> str:
    """The name on the map: the first word and the initial of the last.

    >>> _short_name("Anne-Laure N'Diaye"), _short_name("Zoé"), _short_name("Managers (anonyme 2)")
    ('Anne-Laure N.', 'Zoé', 'Managers (anony…')
    """
    words = name.split()
    if len(words) < 2 or not words[-1][0].isalpha():  # "Managers (anonymous 1)"
        return short(name, 16)
    return short(f"{words[0]} {words[-1][0]}.", 16)


def short(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis at the end."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
