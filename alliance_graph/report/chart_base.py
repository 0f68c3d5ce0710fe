"""What every chart of the report shares: its matplotlib style, palette, titled figure,
plain-text labels, axes and SVG encoding.

The ``_`` helpers are for the chart modules of this package (:mod:`.charts` lists them).
"""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter

from alliance_graph.i18n import format_number

__all__ = ["PALETTE", "TITLE_CHARACTERS", "WAVE_TICK_CHARACTERS"]

#: Okabe–Ito colours, cycled over groups (markers, then dashes, tell the cycles apart).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
_TEXT, _MUTED = "#333333", "#aaaaaa"
_TILT: dict[str, Any] = {"rotation": 30, "ha": "right", "rotation_mode": "anchor"}
#: The longest title (characters) a 7 in wide chart shows whole, and wave label under an
#: axis: longer ones are shortened with an ellipsis.
TITLE_CHARACTERS = 70
WAVE_TICK_CHARACTERS = 24
_STYLE: dict[Any, Any] = {
    "svg.hashsalt": "alliance-graph",
    "svg.fonttype": "none",
    "text.parse_math": False,
    "font.size": 10,
    "text.color": "#222222",
    "figure.titlesize": 13,
    "axes.labelcolor": _TEXT,
    "axes.edgecolor": "#999999",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#e6e6e6",
    "xtick.color": "#555555",
    "ytick.color": "#555555",
    "legend.frameon": False,
}


@contextmanager
def _figure(height: float, title: str, *, grid: bool = True) -> Iterator[tuple[Figure, Axes]]:
    """A titled 7 in wide figure with one axes, built and saved inside the report style."""
    with mpl.rc_context({**_STYLE, "axes.grid": grid}):
        fig = Figure(figsize=(7.0, height), dpi=100, layout="constrained")
        FigureCanvasAgg(fig)
        fig.suptitle(_shortened(title, TITLE_CHARACTERS), x=0.01, ha="left", parse_math=False)
        yield fig, fig.add_subplot()


def _empty(fig: Figure, ax: Axes) -> str:
    """Nothing to draw: the title over a short empty panel holding a dash."""
    fig.set_size_inches(7.0, 2.0)
    ax.set_axis_off()
    where = {"xycoords": "axes fraction", "fontsize": 28, "color": _MUTED}
    _note(ax, "—", (0.5, 0.5), (0, 0), "center", "center", **where)
    return _svg(fig)


def _note(ax: Axes, text: str, xy: Any, offset: Any, ha: str, va: str, **style: Any) -> None:
    """``text`` ``offset`` points away from ``xy``, as plain text."""
    style = {"color": _TEXT, "textcoords": "offset points", "ha": ha, "va": va, **style}
    ax.annotate(text, xy, xytext=offset, parse_math=False, **style)


def _wave_axis(ax: Axes, waves: list[str]) -> None:
    """Waves along x; a long label is shortened in its middle (the tables hold it whole)."""
    labels = [_shortened(wave, WAVE_TICK_CHARACTERS, middle=True) for wave in waves]
    tilt = len(labels) > 8 or sum(map(len, labels)) > 75
    ax.set_xticks(range(len(labels)), labels, parse_math=False, **(_TILT if tilt else {}))
    ax.set_xlim(-0.4, len(waves) - 0.6)
    ax.grid(axis="x", visible=False)


def _shortened(text: str, limit: int, *, middle: bool = False) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, at its end or in its middle
    (where labels that share a beginning or an end still differ).

    >>> _shortened("Enquête de confiance : lancement 2026", 24, middle=True)
    'Enquête de…ancement 2026'
    """
    if len(text) <= limit:
        return text
    if not middle:
        return text[: limit - 1].rstrip() + "…"
    head = text[: (limit - 1) // 2].rstrip()
    return head + "…" + text[len(text) - (limit - 1 - len(head)) :].lstrip()


def _unit_axis(axis: Axis, lang: str) -> None:
    """Ticks at 0, ¼, ½, ¾ and 1 in the report's language."""
    axis.set_major_locator(FixedLocator([0.0, 0.25, 0.5, 0.75, 1.0]))
    axis.set_major_formatter(_formatter(lang))


def _formatter(lang: str) -> FuncFormatter:
    """Tick labels in the report's language without trailing zeros: ``0,5``, ``−0,25``, ``1``."""

    def tick(value: float, _pos: int | None = None) -> str:
        return format_number(0.0 if abs(value) < 1e-9 else value, lang).rstrip("0").rstrip(",.")

    return FuncFormatter(tick)


def _number(value: Any, default: float, low: float = -math.inf, high: float = math.inf) -> float:
    """``value`` as a finite float clipped to [low, high], else ``default`` (NaN for a gap)."""
    try:
        number = default if value is None else float(value)
    except (TypeError, ValueError):
        number = default
    return min(max(number, low), high) if math.isfinite(number) else default


def _luminance(colour: Any) -> float:
    r, g, b = to_rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _svg(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")
