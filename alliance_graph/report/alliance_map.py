"""The alliance map's geometry: where each person sits around the coach.

The coach is at the centre. Each balance group (the sponsor and the coachee in their own,
then the register groups) has a sector; each person has one angle in it, the same in every
wave, and a radius that shrinks as their alliance with the coach grows:

    r(a) = R₁ + (R₀ − R₁) · (1 − a),   a ∈ [0, 1]

so a = 1 sits on the innermost ring (R₁) and a = 0 on the outer ring (R₀); people with no
alliance value in a wave sit on a ring further out (:data:`UNANSWERED`). Angles are
compass degrees (0 at the top, clockwise); a gap at the top holds the ring labels.
Nothing here is worded or drawn: :mod:`.map_view` and :mod:`.map_svg` do that.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from alliance_graph.metrics.alliance import UNGROUPED

__all__ = [
    "FULL",
    "GAP_DEGREES",
    "MIN_SECTOR_DEGREES",
    "UNANSWERED",
    "ZERO",
    "Sector",
    "band_of",
    "place",
    "point",
    "radius",
    "ring_values",
    "sector_order",
]

#: Radius of alliance 1 (the innermost ring, around the coach).
FULL = 80.0
#: Radius of alliance 0 (the outer ring).
ZERO = 290.0
#: Radius of the ring of people with no alliance value in the wave.
UNANSWERED = 322.0
#: Degrees left empty at the top of the map, where the rings are labelled.
GAP_DEGREES = 20.0
#: The narrowest sector, in degrees (its name is written outside it).
MIN_SECTOR_DEGREES = 18.0
#: Empty slots between two sectors.
_PAD = 1.0
#: The rings drawn and labelled besides the floor.
_RINGS = (0.25, 0.5, 0.75)


@dataclass(frozen=True)
class Sector:
    """A balance group's part of the map: from ``start`` to ``end`` (compass degrees)."""

    key: str
    start: float
    end: float
    people: tuple[str, ...]

    @property
    def middle(self) -> float:
        return (self.start + self.end) / 2


def radius(alliance: float | None) -> float:
    """The distance from the coach of a person whose alliance is ``alliance``:
    :data:`UNANSWERED` when it is ``None``; values outside [0, 1] are clipped.

    >>> radius(1.0), radius(0.5), radius(0.0), radius(None)
    (80.0, 185.0, 290.0, 322.0)
    """
    if alliance is None:
        return UNANSWERED
    a = min(max(float(alliance), 0.0), 1.0)
    return FULL + (ZERO - FULL) * (1.0 - a)


def point(angle: float, distance: float) -> tuple[float, float]:
    """SVG coordinates (y down, the coach at 0, 0) of compass ``angle`` at ``distance``,
    rounded to 0.1 (the same bytes on every machine).

    >>> point(90.0, 100.0), point(180.0, 50.0)
    ((100.0, 0.0), (0.0, 50.0))
    """
    theta = math.radians(angle)
    x, y = distance * math.sin(theta), -distance * math.cos(theta)
    return _round(x), _round(y)


def _round(value: float) -> float:
    rounded = round(value, 1)
    return 0.0 if rounded == 0 else rounded  # never -0.0


def ring_values(floor: float) -> list[float]:
    """The alliances that have a labelled ring: a quarter, a half, three quarters and the
    ``floor``, in increasing order.

    >>> ring_values(0.5), ring_values(0.6)
    ([0.25, 0.5, 0.75], [0.25, 0.5, 0.6, 0.75])
    """
    return sorted({*_RINGS, round(float(floor), 6)})


def band_of(alliance: float | None, rings: list[float]) -> int | None:
    """Which band between the rings holds ``alliance``: 0 for the innermost (from the
    highest ring to 1), ``len(rings)`` for the outermost (from 0 to the lowest ring);
    ``None`` without a value. A value on a ring belongs to the band inside it.

    >>> rings = [0.25, 0.5, 0.75]
    >>> [band_of(a, rings) for a in (1.0, 0.75, 0.6, 0.5, 0.1, None)]
    [0, 0, 1, 1, 3, None]
    """
    if alliance is None:
        return None
    return sum(1 for ring in rings if alliance < ring)


def sector_order(keys: Iterable[str]) -> list[str]:
    """The balance groups in the map's order: the sponsor, the coachee, the register
    groups alphabetically (case aside), people without a group last.

    >>> sector_order(["Team", "(no group)", "coachee", "board", "sponsor"])
    ['sponsor', 'coachee', 'board', 'Team', '(no group)']
    """
    first = {"sponsor": 0, "coachee": 1}
    return sorted(set(keys), key=lambda k: (first.get(k, 2), k == UNGROUPED, k.casefold(), k))


def place(people: Mapping[str, str]) -> tuple[dict[str, float], list[Sector]]:
    """One angle per person and the sectors, from ``people`` (id → balance group) taken
    over every wave, so a person keeps their angle whichever waves they answered.

    The sectors follow :func:`sector_order` clockwise after the gap at the top; inside
    a sector people are sorted by id. Each person has an equal slot (its middle is their
    angle) and one empty slot separates two sectors; a sector is at least
    :data:`MIN_SECTOR_DEGREES` wide (its name needs the room), its people then in its middle.

    >>> angles, sectors = place({"c": "Team", "a": "Team", "b": "Team"})
    >>> angles, sectors[0].start, sectors[0].end
    ({'a': 95.0, 'b': 180.0, 'c': 265.0}, 10.0, 350.0)
    """
    groups = sector_order(people.values())
    members = {g: sorted((p for p, k in people.items() if k == g), key=str) for g in groups}
    slot, widths = _slots({g: len(members[g]) for g in groups})
    angles: dict[str, float] = {}
    sectors = []
    start = GAP_DEGREES / 2
    for g in groups:
        span = widths[g] + _PAD * slot
        first = start + (span - len(members[g]) * slot) / 2
        for i, person in enumerate(members[g]):
            angles[person] = round(first + (i + 0.5) * slot, 3)
        sectors.append(Sector(g, round(start, 3), round(start + span, 3), tuple(members[g])))
        start += span
    return angles, sectors


def _slots(sizes: dict[str, int]) -> tuple[float, dict[str, float]]:
    """The degrees of a slot and the width of each sector (its padding aside): a slot per
    person, at least :data:`MIN_SECTOR_DEGREES` a sector; the sectors held at that least
    are set aside and the slot computed again over the others until none is added."""
    room = 360.0 - GAP_DEGREES
    held: set[str] = set()
    while True:
        free = sum(n for g, n in sizes.items() if g not in held) + _PAD * len(sizes)
        slot = (room - MIN_SECTOR_DEGREES * len(held)) / free if free else 0.0
        small = {g for g, n in sizes.items() if g not in held and n * slot < MIN_SECTOR_DEGREES}
        if not small:
            break
        held |= small
    return slot, {g: MIN_SECTOR_DEGREES if g in held else n * slot for g, n in sizes.items()}
