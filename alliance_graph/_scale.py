"""Rating scales: :class:`Scale` [min, max], how it normalises a score, and how it is
written and read back (imported through :mod:`alliance_graph.model`)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from alliance_graph.errors import ScaleError

__all__ = ["MIN_SCALE_SPAN", "SCORE_LIMIT", "Scale"]

#: The largest score and scale bound, in absolute value: beyond it a number is a slip of
#: the keyboard, not a rating (``SCORE_TOO_LARGE``), and a scale is refused.
SCORE_LIMIT = 1_000_000
#: The smallest distance between a scale's bounds.
MIN_SCALE_SPAN = 0.001
#: One bound of a written scale: a decimal (comma or point), or the exponent form that
#: earlier versions stored (``1e+06``).
_BOUND = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"


@dataclass(frozen=True)
class Scale:
    """A rating scale [min, max]; ``inferred`` when it was guessed from the data.

    >>> Scale(1, 5).strength(4)
    0.75
    >>> Scale(-3, 3).sign(0)
    0.0
    """

    min: float
    max: float
    inferred: bool = False

    def __post_init__(self) -> None:
        problem = _scale_problem(self.min, self.max)
        if problem:
            raise ScaleError(f"{problem}, not {self.min:g}:{self.max:g}")

    @classmethod
    def parse(cls, text: str) -> Scale:
        """Read ``"1:5"``, ``"-3:3"`` or ``"0:1"`` (a comma may be the decimal mark), and
        every text :meth:`__str__` writes: ``Scale.parse(str(scale)) == scale``.

        Bounds are finite numbers from −:data:`SCORE_LIMIT` to :data:`SCORE_LIMIT`, at
        least 0.001 apart; anything else is a :class:`~alliance_graph.errors.ScaleError`.

        >>> Scale.parse("0,5:4,5")
        Scale(min=0.5, max=4.5, inferred=False)
        """
        match = re.fullmatch(rf"\s*({_BOUND})\s*:\s*({_BOUND})\s*", str(text))
        if not match:
            shown = _shortened(str(text))
            raise ScaleError(f"a scale is written MIN:MAX, such as 1:5 or -3:3, not {shown!r}")
        lo, hi = (float(part.replace(",", ".")) for part in match.groups())
        problem = _scale_problem(lo, hi)
        if problem:
            raise ScaleError(f"{problem}, not {_shortened(str(text))!r}")
        return cls(lo, hi)

    def strength(self, score: Any) -> Any:
        """Normalised strength t = (x − min)/(max − min) in [0, 1] (scalar or array)."""
        return (score - self.min) / (self.max - self.min)

    def sign(self, score: Any) -> Any:
        """Sign value s = (2x − min − max)/(max − min) in [−1, 1]; the midpoint is 0."""
        return (2 * score - self.min - self.max) / (self.max - self.min)

    def to_dict(self) -> dict[str, Any]:
        return {"min": _plain(self.min), "max": _plain(self.max), "inferred": self.inferred}

    def __str__(self) -> str:
        """``MIN:MAX`` in plain decimals, exact: :meth:`parse` reads back the same scale.

        >>> str(Scale(1, 1_000_000)), str(Scale(0.5, 4.5)), str(Scale(-1e-05, 1))
        ('1:1000000', '0.5:4.5', '-0.00001:1')
        """
        return f"{_decimal(self.min)}:{_decimal(self.max)}"


def _scale_problem(lo: float, hi: float) -> str | None:
    """Why ``lo:hi`` is not a usable scale, or ``None``."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or max(abs(lo), abs(hi)) > SCORE_LIMIT:
        return f"a scale's bounds are numbers from -{SCORE_LIMIT} to {SCORE_LIMIT}"
    if not lo < hi:
        return "a scale needs MIN < MAX"
    if hi - lo < MIN_SCALE_SPAN:
        return f"a scale's bounds are at least {MIN_SCALE_SPAN} apart"
    return None


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _decimal(x: float) -> str:
    """The shortest decimal that reads back as ``x``, never in exponent form."""
    x = float(x)
    return str(int(x)) if x.is_integer() else format(Decimal(repr(x)), "f")


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else float(x)
