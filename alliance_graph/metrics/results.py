"""Typed results: each section of a wave's figures, and each comparison, as a frozen
dataclass that reads like the JSON it becomes.

A section is a :class:`~collections.abc.Mapping` of its JSON keys (``wave.alliance["level"]``
still works) with a typed attribute per key (``wave.alliance.level``); ``to_dict()`` gives
the documented JSON in the documented key order. Nothing in a result is worded: alerts are
codes with parameters, ids are the same in every language, and words are given only when
a result is written out (``Metrics.to_dict(lang)``, the report, the text summaries).

Fields marked :data:`PERSON` show what one person answered or received, keyed by their id
or naming them: they are the ones the privacy rules decide about
(:func:`~alliance_graph.privacy.withhold_answers`) and the shared version never carries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar

from alliance_graph.i18n import say_anonymous
from alliance_graph.metrics._plain import plain
from alliance_graph.metrics.alerts import Alert
from alliance_graph.model import Scale

__all__ = [
    "PERSON",
    "AllianceFigures",
    "ChangeFigures",
    "Figures",
    "GroupFigures",
    "Metrics",
    "NetworkFigures",
    "StructuralFigures",
    "WaveMetrics",
    "person_fields",
    "plain",
]

#: Field metadata of a figure about one person (their answers, their ties, their id).
PERSON = {"person": True}


@dataclass(frozen=True, eq=False)
class Figures(Mapping[str, Any]):
    """A section of figures: typed attributes, read as the mapping of its JSON keys."""

    #: Keys beyond the fields, kept in ``extra`` (figures the catalogue computes).
    open_ended: ClassVar[bool] = False
    #: Keys written only when they hold something (sections that depend on the input).
    optional: ClassVar[tuple[str, ...]] = ()

    def __getitem__(self, key: str) -> Any:
        if key in self._keys():
            return getattr(self, key)
        extra = getattr(self, "extra", None) or {}
        if key in extra:
            return extra[key]
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        yield from (
            k for k in self._keys() if k not in self.optional or getattr(self, k) is not None
        )
        yield from getattr(self, "extra", None) or {}

    def __len__(self) -> int:
        return sum(1 for _ in self)

    @classmethod
    def _keys(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls) if f.name != "extra")

    def to_dict(self) -> dict[str, Any]:
        """The section as plain JSON-ready data, in the documented key order."""
        return {key: plain(self[key]) for key in self}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """The section of a plain ``data`` (its JSON form); keys it does not know go to
        ``extra`` when the section is open-ended, and are an error otherwise."""
        known = {k: data[k] for k in cls._keys() if k in data}
        rest = {k: v for k, v in data.items() if k not in known}
        if rest and not cls.open_ended:
            raise ValueError(f"{cls.__name__} has no figure {', '.join(map(repr, rest))}")
        return cls(**known, **({"extra": rest} if cls.open_ended else {}))


@dataclass(frozen=True, eq=False)
class NetworkFigures(Figures):
    """Trust and reciprocity over the whole network (DESIGN.md section 5.2)."""

    nodes: int = 0
    ties: int = 0
    mean_trust: float | None = None
    negative_share: float | None = None
    density: float | None = None
    reciprocity: float | None = None
    weighted_reciprocity: float | None = None
    mean_asymmetry: float | None = None
    asymmetric_pairs: list[dict[str, Any]] | None = field(default=None, metadata=PERSON)
    betweenness_sources: int | None = None


@dataclass(frozen=True, eq=False)
class StructuralFigures(Figures):
    """Structural balance: triangles, frustration, walks, camps (section 5.3)."""

    triangles: int = 0
    balanced_triangles: int = 0
    triangle_balance_ratio: float | None = None
    weighted_triangle_balance: float | None = None
    triangle_types: dict[str, int] | None = None
    signed_ties: int = 0
    frustration_index: int | None = None
    frustration_exact: bool = True
    frustration_lower_bound: int | None = None
    normalised_frustration: float | None = None
    walk_balance: float | None = None
    camps: list[list[str]] | None = field(default=None, metadata=PERSON)


@dataclass(frozen=True, eq=False)
class AllianceFigures(Figures):
    """The coach-centred alliance balance (section 5.1); ``extra`` holds the figures the
    metric catalogue computes (such as ``goals_level``), written after the others."""

    open_ended: ClassVar[bool] = True

    coach: str | None = None
    level: float | None = None
    balance_index: float | None = None
    gap: float | None = None
    strongest_group: str | None = None
    weakest_group: str | None = None
    individual_balance_index: float | None = None
    sponsor_dominance: float | None = None
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    stakeholders: dict[str, dict[str, Any]] = field(default_factory=dict, metadata=PERSON)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class GroupFigures(Figures):
    """Trust between groups: the matrix, cohesion, E-I index, favouritism (section 5.4)."""

    matrix: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    ei_index: dict[str, Any] | None = None
    cohesion: dict[str, float | None] = field(default_factory=dict)
    favouritism: dict[str, dict[str, Any]] | None = None


@dataclass(frozen=True, eq=False)
class ChangeFigures(Figures):
    """What changed between two waves (section 5.6)."""

    alliance_basis: str | None = None
    coach_skipped: str | None = None
    stakeholders_skipped: str | None = None
    qap_correlation: float | None = None
    qap_p_value: float | None = None
    jaccard: float | None = None
    hamming: int | None = None
    hard_to_compare: bool = False
    balance_index_delta: float | None = None
    balance_index_ci_low: float | None = None
    balance_index_ci_high: float | None = None
    balance_index_p_value: float | None = None
    balance_index_decidable: bool = False
    balance_index_significant: bool = False
    ties_gained: list[dict[str, Any]] = field(default_factory=list, metadata=PERSON)
    ties_lost: list[dict[str, Any]] = field(default_factory=list, metadata=PERSON)
    ties_strengthened: list[dict[str, Any]] = field(default_factory=list, metadata=PERSON)
    ties_weakened: list[dict[str, Any]] = field(default_factory=list, metadata=PERSON)
    sign_flips: list[dict[str, Any]] = field(default_factory=list, metadata=PERSON)
    joined: list[str] = field(default_factory=list, metadata=PERSON)
    left: list[str] = field(default_factory=list, metadata=PERSON)
    stakeholders_compared: int = 0
    deltas: dict[str, float | None] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: per objective, each view's change (DESIGN.md section 10), when objectives were read
    objectives: dict[str, dict[str, Any]] | None = None

    optional: ClassVar[tuple[str, ...]] = ("objectives",)


@dataclass(frozen=True)
class WaveMetrics:
    """The figures of one wave, one typed section each (:mod:`~alliance_graph.metrics.results`;
    ``alliance`` is ``None`` without a coach). Sections given as plain data (their JSON
    form) are read into their types; ``nodes`` (one record per person) and
    ``interactions`` stay plain data."""

    wave: str
    network: NetworkFigures
    structural_balance: StructuralFigures
    alliance: AllianceFigures | None
    groups: GroupFigures
    nodes: dict[str, dict[str, Any]] = field(metadata=PERSON)
    alerts: tuple[Alert, ...] = ()
    interactions: dict[str, Any] | None = None
    #: per objective, its views, progress and gaps (DESIGN.md section 10), when read
    objectives: dict[str, dict[str, Any]] | None = None

    def __post_init__(self) -> None:
        for name, kind in _SECTIONS.items():
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                object.__setattr__(self, name, kind.from_dict(value))

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        sections = {
            "network": self.network,
            "structural_balance": self.structural_balance,
            "alliance": self.alliance,
            "groups": self.groups,
            "nodes": _named(self.nodes, lang),
            "alerts": [a.to_dict(lang) for a in self.alerts],
        }
        if self.interactions is not None:  # only when an interaction log was read
            sections["interactions"] = self.interactions
        if self.objectives is not None:  # only when objectives were read
            sections["objectives"] = self.objectives
        return plain(sections)


def _named(nodes: dict[str, dict[str, Any]], lang: str) -> dict[str, dict[str, Any]]:
    """The per-person figures with the labels of people without consent said in ``lang``."""
    if lang == "en":
        return nodes
    return {k: {**r, "name": say_anonymous(str(r["name"]), lang)} for k, r in nodes.items()}


_SECTIONS: dict[str, type[Figures]] = {
    "network": NetworkFigures,
    "structural_balance": StructuralFigures,
    "alliance": AllianceFigures,
    "groups": GroupFigures,
}


@dataclass(frozen=True)
class Metrics:
    """The metrics of a survey: its scale and one :class:`WaveMetrics` per wave, in order."""

    scale: Scale
    coach: str | None
    waves: dict[str, WaveMetrics] = field(default_factory=dict)
    changes: dict[str, ChangeFigures] = field(default_factory=dict)
    #: The half-life (days) the interaction figures were decayed with, for whatever draws
    #: the log's ties beside them (the report's network view); ``None``: not decayed.
    half_life_days: float | None = None

    def __post_init__(self) -> None:
        typed = {
            pair: change if isinstance(change, ChangeFigures) else ChangeFigures.from_dict(change)
            for pair, change in self.changes.items()
        }
        object.__setattr__(self, "changes", typed)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The ``metrics --format json`` contract."""
        return {
            "scale": {"min": plain(self.scale.min), "max": plain(self.scale.max)},
            "waves": {wave: metrics.to_dict(lang) for wave, metrics in self.waves.items()},
            "changes": plain(self.changes),
        }

    def to_json(self, lang: str = "en") -> str:
        return json.dumps(self.to_dict(lang), ensure_ascii=False, indent=2, allow_nan=False)


def person_fields(section: type[Figures]) -> list[str]:
    """The keys of ``section`` marked :data:`PERSON`.

    >>> person_fields(NetworkFigures)
    ['asymmetric_pairs']
    """
    return [f.name for f in fields(section) if f.metadata.get("person")]
