"""What the report's charts share, written as SVG text: the palette, a chart's frame of
axes, its ticks, legend and markers, and an estimate of how wide a label is.

Coordinates are points on a page 7 in (504 pt) wide, y growing downwards; the ``_``
helpers return SVG elements as strings, in drawing order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from alliance_graph.i18n import format_number
from alliance_graph.report.svg import TEXT, WIDTH, escape, number, shortened

__all__ = ["PALETTE", "WAVE_TICK_CHARACTERS", "Frame", "text_width"]

#: Okabe–Ito colours, cycled over groups (markers, then dashes, tell the cycles apart).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: The longest wave label (characters) under an axis; longer ones lose their middle.
WAVE_TICK_CHARACTERS = 24
GRID, SPINE, TICK = "#e6e6e6", "#999999", "#555555"
_LEGEND_ROW = 17.0
#: Marker outlines around (0, 0) for a size of 2 (matplotlib's names); a star otherwise.
_OUTLINES: dict[str, list[tuple[float, float]]] = {
    "D": [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)],
    "^": [(0, -1.1), (1, 0.8), (-1, 0.8)],
    "v": [(0, 1.1), (1, -0.8), (-1, -0.8)],
    "P": [(-0.35, -1), (0.35, -1), (0.35, -0.35), (1, -0.35), (1, 0.35), (0.35, 0.35),
          (0.35, 1), (-0.35, 1), (-0.35, 0.35), (-1, 0.35), (-1, -0.35), (-0.35, -0.35)],
    "X": [(-0.7, -1), (0, -0.3), (0.7, -1), (1, -0.7), (0.3, 0), (1, 0.7), (0.7, 1),
          (0, 0.3), (-0.7, 1), (-1, 0.7), (-0.3, 0), (-1, -0.7)],
}  # fmt: skip
_STAR = [
    ((1.3 if k % 2 == 0 else 0.5) * math.sin(k * math.pi / 5),
     -(1.3 if k % 2 == 0 else 0.5) * math.cos(k * math.pi / 5))
    for k in range(10)
]  # fmt: skip
#: Widths of characters in DejaVu Sans, in ems (the rest: 0.62).
_NARROW, _WIDE = set("il.,:;'|!ijtf()[] "), set("MWmw@%")


def text_width(text: str, size: float) -> float:
    """About how wide ``text`` is at ``size`` points (DejaVu Sans, generous)."""
    ems = sum(0.34 if c in _NARROW else 0.9 if c in _WIDE else 0.62 for c in text)
    return ems * size


def shortened_middle(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters by an ellipsis in its middle, where labels
    that share a beginning or an end still differ.

    >>> shortened_middle("Enquête de confiance : lancement 2026", 24)
    'Enquête de…ancement 2026'
    """
    if len(text) <= limit:
        return text
    head = text[: (limit - 1) // 2].rstrip()
    return head + "…" + text[len(text) - (limit - 1 - len(head)) :].lstrip()


def tick_text(value: float, lang: str) -> str:
    """A tick label in the report's language without trailing zeros: ``0,5``, ``−0,25``."""
    text = format_number(0.0 if abs(value) < 1e-9 else value, lang)
    return text.rstrip("0").rstrip(",.")


def nice_ticks(low: float, high: float, most: int = 9) -> list[float]:
    """Round values from ``low`` to ``high`` (1, 2, 2.5 or 5 times a power of ten apart),
    at most ``most`` of them."""
    span = max(high - low, 1e-12)
    for power in range(math.floor(math.log10(span / most)), 20):
        for step in (1, 2, 2.5, 5):
            size = step * 10.0**power
            first, last = math.ceil(low / size - 1e-9), math.floor(high / size + 1e-9)
            if last - first + 1 <= most:
                return [round(k * size, 10) for k in range(first, last + 1)]
    return [low, high]


def label(x: float, y: float, text: str, size: float = 10, **style: str) -> str:
    """``text`` at (x, y), its baseline there; ``style`` as SVG attributes (``_`` for ``-``)."""
    extra = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in style.items())
    at = f'x="{number(x)}" y="{number(y)}" font-size="{number(size)}"'
    return f"<text {at}{extra}>{escape(text)}</text>"


def line(
    x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1, dash: str = ""
) -> str:
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    ends = f'x1="{number(x1)}" y1="{number(y1)}" x2="{number(x2)}" y2="{number(y2)}"'
    return f'<line {ends} stroke="{colour}" stroke-width="{number(width)}"{dashes}/>'


def rect(x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> str:
    corner = f'x="{number(x)}" y="{number(y)}"'
    size = f'width="{number(max(w, 0))}" height="{number(max(h, 0))}"'
    return f'<rect {corner} {size} fill="{fill}"{extra}/>'


@dataclass(frozen=True)
class Frame:
    """The area of a chart's axes (points) and the values at its edges."""

    left: float
    top: float
    width: float
    height: float
    x_range: tuple[float, float]
    y_range: tuple[float, float]

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def right(self) -> float:
        return self.left + self.width

    def x(self, value: float) -> float:
        low, high = self.x_range
        return self.left + (value - low) / (high - low) * self.width

    def y(self, value: float) -> float:
        """Values grow upwards (the page's y downwards)."""
        low, high = self.y_range
        return self.bottom - (value - low) / (high - low) * self.height

    def spines(self) -> list[str]:
        """The left and bottom edges, as the charts draw them."""
        return [
            line(self.left, self.top, self.left, self.bottom, SPINE, 0.8),
            line(self.left, self.bottom, self.right, self.bottom, SPINE, 0.8),
        ]

    def y_ticks(self, ticks: Sequence[float], texts: Sequence[str], grid: bool = True) -> list[str]:
        """Horizontal grid lines and tick labels on the left."""
        out = []
        for value, text in zip(ticks, texts):
            y = self.y(value)
            if grid:
                out.append(line(self.left, y, self.right, y, GRID, 0.8))
            out.append(line(self.left - 3.5, y, self.left, y, SPINE, 0.8))
            out.append(label(self.left - 6, y + 3.5, text, fill=TICK, text_anchor="end"))
        return out

    def x_ticks(self, ticks: Sequence[float], texts: Sequence[str], grid: bool = True) -> list[str]:
        """Vertical grid lines and tick labels under the axes."""
        out = []
        for value, text in zip(ticks, texts):
            x = self.x(value)
            if grid:
                out.append(line(x, self.top, x, self.bottom, GRID, 0.8))
            out.append(line(x, self.bottom, x, self.bottom + 3.5, SPINE, 0.8))
            out.append(label(x, self.bottom + 15, text, fill=TICK, text_anchor="middle"))
        return out


def wave_labels(waves: Sequence[str]) -> tuple[list[str], bool, float]:
    """The waves' labels under an axis (a long one loses its middle), whether they are
    tilted (many or long), and the height they take below the axes."""
    texts = [shortened_middle(wave, WAVE_TICK_CHARACTERS) for wave in waves]
    tilted = len(texts) > 8 or sum(map(len, texts)) > 75
    if not tilted:
        return texts, False, 20.0
    return texts, True, 12 + 0.5 * max((text_width(t, 10) for t in texts), default=0)


def x_wave_ticks(frame: Frame, texts: Sequence[str], tilted: bool) -> list[str]:
    """Tick labels of the waves at 0, 1, …: level, or tilted 30° ending at their tick."""
    out = []
    for i, text in enumerate(texts):
        x = frame.x(i)
        out.append(line(x, frame.bottom, x, frame.bottom + 3.5, SPINE, 0.8))
        if tilted:
            y = frame.bottom + 12
            turn = f"rotate(-30 {number(x)} {number(y)})"
            out.append(label(x, y, text, fill=TICK, text_anchor="end", transform=turn))
        else:
            out.append(label(x, frame.bottom + 15, text, fill=TICK, text_anchor="middle"))
    return out


def y_title(text: str, x: float, middle: float) -> str:
    """An axis title turned a quarter left, centred on ``middle``."""
    if not text:
        return ""
    turn = f"rotate(-90 {number(x)} {number(middle)})"
    return label(x, middle, text, fill=TEXT, text_anchor="middle", transform=turn)


def marker(shape: str, x: float, y: float, size: float, fill: str, rim: str) -> str:
    """A marker ``size`` points across: o s D ^ v P X * (matplotlib's names)."""
    r = size / 2
    stroke = f' fill="{fill}" stroke="{rim}" stroke-width="1"'
    if shape == "o":
        return f'<circle cx="{number(x)}" cy="{number(y)}" r="{number(r)}"{stroke}/>'
    if shape == "s":
        return rect(x - r, y - r, size, size, fill, f' stroke="{rim}" stroke-width="1"')
    outline = _OUTLINES.get(shape, _STAR)
    corners = " ".join(f"{number(x + r * a)},{number(y + r * b)}" for a, b in outline)
    return f'<polygon points="{corners}"{stroke}/>'


def legend(entries: Sequence[tuple[str, str]], bottom: float, columns: int) -> list[str]:
    """Entries (a sample drawn as SVG around (0, 0), 20 pt wide; a label) in rows of at
    most ``columns``, as many as fit across the page, centred, the last row ending at
    ``bottom``."""
    columns, column, texts = _fitted([text for _, text in entries], columns)
    top = bottom - legend_height([text for _, text in entries], columns)
    out = []
    for row in range(0, len(entries), columns):
        items = list(zip([sample for sample, _ in entries], texts))[row : row + columns]
        x = (WIDTH - column * len(items)) / 2
        y = top + (row // columns) * _LEGEND_ROW + 9
        for sample, text in items:
            out.append(f'<g transform="translate({number(x + 10)} {number(y)})">{sample}</g>')
            out.append(label(x + 26, y + 3.5, text, fill=TEXT))
            x += column
    return out


def legend_height(texts: Sequence[str], columns: int) -> float:
    """The height of :func:`legend` for entries labelled ``texts``."""
    if not texts:
        return 0.0
    columns = _fitted(texts, columns)[0]
    return _LEGEND_ROW * math.ceil(len(texts) / columns) + 4


def _fitted(texts: Sequence[str], columns: int) -> tuple[int, float, list[str]]:
    """How many columns fit across the page (at most ``columns``), their width, and the
    labels (one wider than the page loses its end)."""
    room = WIDTH - 16
    shown = [shortened(text, max(4, int((room - 42) / (0.62 * 10)))) for text in texts]
    shown = [t if 42 + text_width(t, 10) <= room else shortened(t, len(t) * 3 // 4) for t in shown]
    column = max((42 + text_width(text, 10) for text in shown), default=0.0)
    return max(1, min(columns, int(room // max(column, 1.0)))), column, shown


def patch(colour: str) -> str:
    """A legend sample: a filled bar."""
    return rect(-10, -3.5, 20, 7, colour)
