"""The stakeholder map of the coach's report: power × interest, coloured by alliance.

Plain data for the template (and the map's SVG): one panel per wave with the picture, the
quadrant alerts in words and the people by quadrant, and the balance index weighted by
power beside the equal-weight one. Present only when the register gives a power and an
interest (numbers) to at least one person beside the coach, and there is a coach. The
shared version has no map: it places individuals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from alliance_graph.i18n import format_number, translate
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS
from alliance_graph.metrics.power import QUADRANTS, as_number, quadrants
from alliance_graph.model import Survey
from alliance_graph.report.power_balance import balance_figures
from alliance_graph.report.power_map_svg import Mark, axis, draw_map

__all__ = ["MOVE", "NAMED", "alliance_class", "power_map_section"]

#: A change of alliance drawn as an arrow: the step of the tie changes (DESIGN.md 5.6).
MOVE = 0.10
#: Most names in one alert line; the others are counted.
NAMED = 12
#: Colours of the alliance classes (the report's good, warning, bad and neutral).
COLOURS = {"strong": "#2E8B57", "fair": "#b7791f", "weak": "#C0392B", "unknown": "#9AA0A6"}
_HIGH_POWER = ("manage_closely", "keep_satisfied")


def alliance_class(alliance: float | None, floor: float) -> str:
    """``weak`` under the floor, ``strong`` from halfway between the floor and 1,
    ``fair`` between, ``unknown`` without a value.

    >>> [alliance_class(a, 0.5) for a in (0.42, 0.5, 0.75, None)]
    ['weak', 'fair', 'strong', 'unknown']
    """
    if alliance is None:
        return "unknown"
    if alliance < floor:
        return "weak"
    return "strong" if alliance >= floor + (1 - floor) / 2 else "fair"


def power_map_section(
    survey: Survey,
    data: dict[str, Any],
    waves: list[str],
    lang: str,
    *,
    floor: float = DEFAULT_THRESHOLDS.group_floor,
) -> dict[str, Any] | None:
    """The map's panels, legend and notes; ``None`` without a power and an interest for
    anyone but the coach, or without a coach. ``data`` is each wave's figures (plain)."""
    people = survey.stakeholders
    coach = people["role"].eq("coach")
    found, scale = quadrants(
        {str(k): (p, i) for k, p, i in zip(people["id"], people["power"], people["interest"])}
    )
    placed = people[people["id"].astype(str).isin(found.keys()) & ~coach]
    if placed.empty or scale is None:
        return None
    if not any(data[w].get("alliance") for w in waves):
        return None

    def t(key: str, **params: Any) -> str:
        return translate(f"report.power_map.{key}", lang, **params)

    text = _Words(lang, floor, t)
    placed = placed.sort_values(["name", "id"], key=lambda s: s.astype(str).str.casefold())
    scales = (
        axis(scale, [as_number(v) or 0 for v in placed["power"]], t("power"), lang),
        axis(scale, [as_number(v) or 0 for v in placed["interest"]], t("interest"), lang),
    )
    unplaced = people[~people["id"].astype(str).isin(found.keys()) & ~coach]
    powered = {str(k) for k, p in zip(people["id"], people["power"]) if as_number(p) is not None}
    return {
        "lead": t("lead", scale=f"{text.level(scale.low)}–{text.level(scale.high)}"),
        "panels": [
            _panel(placed, powered, found, data, waves, k, scales, text) for k in range(len(waves))
        ],
        "legend": [
            {"colour": COLOURS[key], "label": text.legend(key)}
            for key in ("weak", "fair", "strong", "unknown")
        ],
        "move": format_number(MOVE, lang),
        "unplaced": text.names(list(map(str, unplaced["name"]))) if len(unplaced) else None,
    }


class _Words:
    """Numbers and sentences of the map in one language."""

    def __init__(self, lang: str, floor: float, t: Callable[..., str]) -> None:
        self.lang, self.floor, self.t = lang, floor, t

    def level(self, value: Any) -> str:
        number = as_number(value)
        if number is None:
            return "—"
        return str(int(number)) if number.is_integer() else format_number(number, self.lang)

    def alliance(self, value: float | None) -> str:
        """Two decimals, three when two would round a value under the floor onto it."""
        if value is None:
            return "—"
        shown = format_number(value, self.lang)
        if value < self.floor and shown == format_number(self.floor, self.lang):
            return format_number(value, self.lang, 3)
        return shown

    def names(self, names: list[str]) -> str:
        if len(names) <= NAMED:
            return ", ".join(names)
        return self.t("more", names=", ".join(names[:NAMED]), count=len(names) - NAMED)

    def legend(self, key: str) -> str:
        strong = self.floor + (1 - self.floor) / 2
        return self.t(
            f"class.{key}",
            floor=format_number(self.floor, self.lang),
            strong=format_number(strong, self.lang),
        )


def _panel(
    placed: pd.DataFrame,
    powered: set[str],
    found: dict[str, str],
    data: dict[str, Any],
    waves: list[str],
    k: int,
    scales: tuple[Any, Any],
    text: _Words,
) -> dict[str, Any]:
    wave = waves[k]
    now = _alliances(data[wave])
    before = _alliances(data[waves[k - 1]]) if k else None
    people = []
    for row in placed.itertuples(index=False):
        person = str(row.id)
        value = now.get(person)
        previous = before.get(person) if before is not None else None
        change = None if value is None or previous is None else round(value - previous, 9)
        people.append(
            {
                "id": person,
                "name": str(row.name),
                "group": row.group if isinstance(row.group, str) else None,
                "role": str(row.role),
                "power": row.power,
                "interest": row.interest,
                "quadrant": found[person],
                "alliance": value,
                "previous": previous,
                "trend": None if change is None or abs(change) < MOVE else _sign(change),
            }
        )
    t = text.t
    titles = {q: t(f"quadrant.{q}") for q in QUADRANTS}
    marks = [_mark(p, titles, text, waves[k - 1] if k else None) for p in people]
    label = t("label", count=len(people), wave=wave)
    return {
        "wave": wave,
        "latest": k == len(waves) - 1,
        "svg": draw_map(marks, scales[0], scales[1], titles, label),
        "alerts": _alerts(people, text, waves[k - 1] if k else None),
        "balance": balance_figures(data[wave], powered, text.lang),
        "quadrants": [
            {
                "label": titles[q],
                "people": [
                    f"{p['name']} ({text.alliance(p['alliance'])})"
                    for p in _weakest_first([p for p in people if p["quadrant"] == q])
                ],
            }
            for q in QUADRANTS
        ],
    }


def _alliances(wave: dict[str, Any]) -> dict[str, float | None]:
    alliance = wave.get("alliance") or {}
    return {str(k): r.get("alliance") for k, r in alliance.get("stakeholders", {}).items()}


def _sign(change: float) -> str:
    return "up" if change > 0 else "down"


def _weakest_first(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        people,
        key=lambda p: (p["alliance"] is None, p["alliance"] or 0.0, p["name"].casefold(), p["id"]),
    )


def _mark(person: dict[str, Any], titles: dict[str, str], text: _Words, before: str | None) -> Mark:
    t = text.t
    value = text.alliance(person["alliance"])
    was = ""
    if before is not None and person["previous"] is not None:
        was = t("tip_was", value=text.alliance(person["previous"]), wave=before)
    tip = t(
        "tip",
        name=person["name"],
        group=person["group"] or "—",
        power=text.level(person["power"]),
        interest=text.level(person["interest"]),
        quadrant=titles[person["quadrant"]],
        alliance=value,
        was=was,
    )
    role = person["role"]
    return Mark(
        power=float(as_number(person["power"]) or 0),
        interest=float(as_number(person["interest"]) or 0),
        label=person["name"],
        value=value,
        colour=COLOURS[alliance_class(person["alliance"], text.floor)],
        shape={"sponsor": "diamond", "coachee": "square"}.get(role, "circle"),
        trend=person["trend"],
        tip=tip,
    )


def _alerts(people: list[dict[str, Any]], text: _Words, before: str | None) -> list[dict[str, str]]:
    """One line per quadrant with people under the floor (the high-power quadrants as
    warnings), then high-power people without an alliance, and those whose alliance fell."""
    t, floor = text.t, format_number(text.floor, text.lang)
    lines = []
    for q in QUADRANTS:
        weak = [
            p
            for p in people
            if p["quadrant"] == q and alliance_class(p["alliance"], text.floor) == "weak"
        ]
        if weak:
            named = [f"{p['name']} ({text.alliance(p['alliance'])})" for p in _weakest_first(weak)]
            severity = "warning" if q in _HIGH_POWER else "info"
            lines.append(
                {
                    "severity": severity,
                    "text": t(f"alert.{q}", floor=floor, names=text.names(named)),
                }
            )
    powerful = [p for p in people if p["quadrant"] in _HIGH_POWER]
    unknown = [p["name"] for p in powerful if p["alliance"] is None]
    if unknown:
        lines.append({"severity": "info", "text": t("alert.unknown", names=text.names(unknown))})
    fell = [p for p in powerful if p["trend"] == "down"]
    if fell and before is not None:
        named = [
            f"{p['name']} ({text.alliance(p['previous'])} → {text.alliance(p['alliance'])})"
            for p in fell
        ]
        step = format_number(MOVE, text.lang)
        lines.append(
            {
                "severity": "warning",
                "text": t("alert.fell", step=step, wave=before, names=text.names(named)),
            }
        )
    if not any(line["severity"] == "warning" for line in lines):
        lines.insert(0, {"severity": "info", "text": t("alert.none", floor=floor)})
    return lines
