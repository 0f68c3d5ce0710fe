"""Power and interest from the register: Mendelow's quadrants and the balance index
weighted by power.

The register's ``power`` and ``interest`` are numbers on a scale the coach chose (1–5 in
the sample). Each person falls in one quadrant of the power × interest grid (Mendelow
1991): ``manage_closely`` (key players: high power, high interest), ``keep_satisfied``
(high power, low interest), ``keep_informed`` (low power, high interest) and ``monitor``
(low power, low interest), "high" meaning strictly above the midpoint of the scale.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from alliance_graph.metrics.alliance import alliance_balance, balance_group

__all__ = [
    "QUADRANTS",
    "MapScale",
    "as_number",
    "map_scale",
    "power_weighted_balance_index",
    "quadrant",
    "quadrants",
    "weighted_balance_index",
    "weighted_gini",
]

#: The four quadrants, the most demanding first.
QUADRANTS = ("manage_closely", "keep_satisfied", "keep_informed", "monitor")

#: The tops of the usual rating scales (0–1, 1–3, 1–5, 1–7, 0–10, 0–100); 1–4 is read
#: as 1–5, the far more common scale, whose middle (3) is then low.
_USUAL_TOPS = (1, 3, 5, 7, 10, 100)


@dataclass(frozen=True)
class MapScale:
    """The scale one register column is written on, from ``low`` to ``high``."""

    low: float
    high: float

    @property
    def midpoint(self) -> float:
        """The split between low and high: values strictly above it are high."""
        return (self.low + self.high) / 2


def as_number(value: Any) -> float | None:
    """A finite number from the register, else ``None`` (blank, words, NaN, a boolean).

    A column with one cell that is not a number is read as text (docs/input-format.md,
    section 4.1): its other cells, such as ``"4"`` or ``"2,5"``, still count.

    >>> as_number(4), as_number("2,5"), as_number("high"), as_number(float("nan"))
    (4.0, 2.5, None, None)
    """
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            return None
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def map_scale(values: Iterable[Any]) -> MapScale | None:
    """The scale power and interest values are written on, read from the values.

    It starts at 1 when no value is under 1, else at 0, and ends at the smallest top of
    a usual scale (1, 3, 5, 7, 10, 100) that is above the start and not under the
    largest value, or at the largest value beyond 100. With a negative value the scale
    is centred on 0, from −a to a for the smallest whole number a that holds every value
    (−3 … +3). ``None`` without any number.

    >>> map_scale([2, 5, 3]), map_scale([0, 7]), map_scale([0.2, 0.9])
    (MapScale(low=1, high=5), MapScale(low=0, high=7), MapScale(low=0, high=1))
    >>> map_scale([1, 1]), map_scale([-2, 1]), map_scale(["high"])
    (MapScale(low=1, high=3), MapScale(low=-2, high=2), None)
    """
    numbers = [n for n in map(as_number, values) if n is not None]
    if not numbers:
        return None
    smallest, largest = min(numbers), max(numbers)
    if smallest < 0:
        bound = math.ceil(max(-smallest, largest))
        return MapScale(-bound, bound)
    low = 1 if smallest >= 1 else 0
    tops = [top for top in _USUAL_TOPS if top > low and top >= largest]
    return MapScale(low, tops[0] if tops else largest)


def quadrant(power: float, interest: float, scale: MapScale) -> str:
    """The quadrant of one person: high power and high interest is ``manage_closely``, …

    >>> scale = MapScale(1, 5)
    >>> quadrant(5, 4, scale), quadrant(4, 3, scale), quadrant(3, 5, scale), quadrant(3, 3, scale)
    ('manage_closely', 'keep_satisfied', 'keep_informed', 'monitor')
    """
    high_power = power > scale.midpoint
    high_interest = interest > scale.midpoint
    if high_power:
        return "manage_closely" if high_interest else "keep_satisfied"
    return "keep_informed" if high_interest else "monitor"


def quadrants(people: Mapping[str, tuple[Any, Any]]) -> tuple[dict[str, str], MapScale | None]:
    """The quadrant of each person given as ``{id: (power, interest)}``, and the one scale
    of both columns, read from all their values (:func:`map_scale`: power and interest
    are rated on the same scale, and the more values, the surer the reading); people
    without both numbers have no quadrant.

    >>> found, scale = quadrants({"a": (5, 5), "b": (1, 4), "c": (2, None)})
    >>> found, scale.midpoint
    ({'a': 'manage_closely', 'b': 'keep_informed'}, 3.0)
    """
    scale = map_scale(v for pair in people.values() for v in pair)
    found: dict[str, str] = {}
    if scale is None:
        return found, None
    for person, (power, interest) in people.items():
        p, i = as_number(power), as_number(interest)
        if p is not None and i is not None:
            found[person] = quadrant(p, i, scale)
    return found, scale


def weighted_gini(values: Sequence[float], weights: Sequence[float]) -> float | None:
    """Gini coefficient with weights: G = Σᵢ Σⱼ πᵢ πⱼ |xᵢ − xⱼ| / (2 x̄), where
    πᵢ = wᵢ / Σ w and x̄ = Σ πᵢ xᵢ; ``None`` when the weights or x̄ are not positive.

    With equal weights it is the plain Gini coefficient.

    >>> weighted_gini([1.0, 0.0], [1, 1]), weighted_gini([1.0, 0.0], [1, 3])
    (0.5, 0.75)
    """
    x = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    if not len(x) or (w < 0).any() or w.sum() <= 0:
        return None
    share = w / w.sum()
    mean = float(share @ x)
    if mean <= 0:
        return None
    spread = float(share @ np.abs(x[:, None] - x[None, :]) @ share)
    return spread / (2 * mean)


def weighted_balance_index(values: Sequence[float], weights: Sequence[float]) -> float | None:
    """Balance index with weights: B_w = 1 − G_w / (1 − π_min).

    G_w is :func:`weighted_gini` and π_min the smallest share of the weights. G_w is at
    most 1 − π_min (every value held by the lightest item), so B_w lies in [0, 1]:
    1 when all values are equal, 0 when the lightest item holds everything. With equal
    weights π_min = 1/m and B_w is the balance index 1 − G · m/(m − 1). ``None`` with
    fewer than two items of positive weight, a negative weight, or a zero mean.

    >>> weighted_balance_index([0.9, 0.0], [1, 3]), weighted_balance_index([0.0, 0.9], [1, 3])
    (0.0, 0.6666666666666667)
    >>> round(weighted_balance_index([0.8, 0.4, 0.6], [2, 2, 2]), 4)  # the balance index
    0.7778
    """
    w = np.asarray(weights, dtype=float)
    if len(values) != len(w) or (w < 0).any() or (w > 0).sum() < 2:
        return None
    g = weighted_gini(values, weights)
    if g is None:
        return None
    lightest = float(w.min() / w.sum())
    return max(0.0, 1 - g / (1 - lightest))


def power_weighted_balance_index(
    G: nx.DiGraph,
    coach: str,
    *,
    groups: Collection[str] | None = None,
    min_raters: int = 0,
    weight: str = "strength",
) -> float | None:
    """The alliance balance index weighted by power, over the groups of the balance.

    Each balance group G (the sponsor and the coachee apart, as for the balance index)
    keeps its alliance A(G) and weighs the mean ``power`` of its members who have an
    alliance value and a power in the register; B_w is :func:`weighted_balance_index` of
    the A(G) with these weights. ``None`` when a group has no member with a power (the
    figure would not compare with the balance index over the same groups), or as
    :func:`weighted_balance_index` says. ``groups`` keeps only those balance groups
    (all when ``None``) and ``min_raters`` only the groups of at least that many people.

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_node("s", role="sponsor", power=5)
    >>> G.add_node("m", group="Team", power=1)
    >>> G.add_edge("s", "c", strength=0.8)
    >>> G.add_edge("m", "c", strength=0.4)
    >>> round(power_weighted_balance_index(G, "c"), 4)  # equal weights would give 0.6667
    0.9091
    """
    if not any(as_number(d.get("power")) is not None for _, d in G.nodes(data=True)):
        return None
    balance = alliance_balance(G, coach, weight)
    powers: dict[str, list[float]] = {}
    for person, record in balance["stakeholders"].items():
        power = as_number(G.nodes[person].get("power"))
        if record["alliance"] is not None and power is not None:
            powers.setdefault(balance_group(G.nodes[person]), []).append(power)
    chosen = [
        g
        for g, record in balance["groups"].items()
        if (groups is None or g in groups) and record["n"] >= min_raters
    ]
    if any(g not in powers for g in chosen):
        return None
    values = [balance["groups"][g]["alliance"] for g in chosen]
    return weighted_balance_index(values, [float(np.mean(powers[g])) for g in chosen])
