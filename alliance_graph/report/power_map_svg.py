"""The power × interest grid drawn as an inline SVG: deterministic bytes, every text escaped.

Each axis is cut in bands: one per level when the scale is a few whole numbers (1–5: five
bands), else four equal bands. The line between low and high falls between two bands,
exactly where :func:`~alliance_graph.metrics.power.quadrant` splits (a value strictly
above the midpoint is high), so a person is always drawn inside their quadrant. People
who share a cell are stacked in a column, in the order given (the same in every wave),
with their name and alliance; beyond :data:`LABELLED` people in one cell they are small
dots in rows, named in their tooltips. The viewBox scales the picture to any width.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from alliance_graph.metrics.power import MapScale
from alliance_graph.safe_text import BIDI_CONTROLS

__all__ = ["LABELLED", "Axis", "Mark", "axis", "draw_map"]

#: Most people in one cell drawn with their name; beyond, dots only.
LABELLED = 12
WIDTH = 960
_LEFT, _RIGHT, _TOP, _BOTTOM = 70, 12, 30, 78
_LINE = 18  # one labelled person
_DOT = 11  # one unlabelled person
_CHAR = 6.3  # mean width of a character at font size 12 (system sans serif)
_INK, _MUTED, _GRID, _SPLIT = "#1f2933", "#5f6b7a", "#e3e7ec", "#8a94a3"
#: The arrows of a rise and a fall, dark enough to read as text (contrast over 4.5:1 on
#: every tint, as .power-up and .power-down in report.css).
_UP, _DOWN = "#1E7A47", "#C0392B"
#: Quadrant tints: the key players stand out, the rest stay quiet.
_TINT = {
    "manage_closely": "#eaf2fa",
    "keep_satisfied": "#f6f7f9",
    "keep_informed": "#f6f7f9",
    "monitor": "#fcfcfd",
}


@dataclass(frozen=True)
class Axis:
    """One axis: ``bands`` bands, the first ``low`` of them low; ``ticks`` as
    (position in bands from the start, label); ``whole``: one band per level."""

    title: str
    bands: int
    low: int
    ticks: tuple[tuple[float, str], ...]
    scale: MapScale
    whole: bool

    def band(self, value: float) -> int:
        """The band of ``value`` (high bands hold exactly the values above the midpoint).

        >>> axis(MapScale(1, 5), [1, 3, 5], "Power").band(3)
        2
        >>> axis(MapScale(0, 100), [50, 51], "Power").band(50)
        1
        """
        if self.whole:
            return round(value - self.scale.low)
        low, middle, high = self.scale.low, self.scale.midpoint, self.scale.high
        if value > middle:
            return 3 if value > (middle + high) / 2 else 2
        return 1 if value > (low + middle) / 2 else 0


@dataclass(frozen=True)
class Mark:
    """One person: where (``power``, ``interest``), how (``colour``, ``shape``: circle,
    diamond for the sponsor, square for the coachee), what it says (``label``, ``value``,
    ``trend`` up or down or ``None``) and its tooltip ``tip``. Texts are plain."""

    power: float
    interest: float
    label: str
    value: str
    colour: str
    shape: str
    trend: str | None
    tip: str


def axis(scale: MapScale, values: Sequence[float], title: str, lang: str = "en") -> Axis:
    """The bands of an axis for ``values`` on ``scale``: one per level for up to six
    whole levels, else four equal bands (ticks at their edges).

    >>> axis(MapScale(1, 5), [1, 2, 5], "Power").ticks[:2], axis(MapScale(1, 5), [1], "P").low
    (((0.5, '1'), (1.5, '2')), 3)
    >>> axis(MapScale(0, 10), [3, 7], "Power").ticks[2]
    (2, '5')
    """
    low, high = scale.low, scale.high
    levels = high - low + 1
    whole = all(float(v).is_integer() for v in (low, high, *values)) and levels <= 6
    if whole:
        count = int(levels)
        ticks = tuple((k + 0.5, _number(low + k, lang)) for k in range(count))
        return Axis(title, count, int(math.floor(scale.midpoint) - low + 1), ticks, scale, True)
    edges = tuple((k, _number(low + k * (high - low) / 4, lang)) for k in range(5))
    return Axis(title, 4, 2, edges, scale, False)


def draw_map(
    marks: Sequence[Mark],
    power: Axis,
    interest: Axis,
    quadrants: dict[str, str],
    label: str,
) -> Markup:
    """The SVG of the grid with ``marks``; ``quadrants`` are the four quadrants' titles,
    ``label`` the picture's accessible name."""
    cells: dict[tuple[int, int], list[Mark]] = {}
    for mark in marks:
        cells.setdefault((power.band(mark.power), interest.band(mark.interest)), []).append(mark)
    crowd = max((len(c) for c in cells.values()), default=0)
    cell_w = (WIDTH - _LEFT - _RIGHT) / interest.bands
    per_row = max(1, int((cell_w - 10) // _DOT))
    labelled = crowd <= LABELLED
    inside = crowd * _LINE if labelled else math.ceil(crowd / per_row) * _DOT
    row_h = max(44.0, inside + 14.0)
    height = _TOP + row_h * power.bands + _BOTTOM
    frame = _Frame(cell_w, row_h, power, interest)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {_n(height)}" '
        f'role="img" aria-label="{escape(_clean(label))}" font-size="12" fill="{_INK}">',
        *frame.quadrants(quadrants),
        *frame.grid(),
        frame.split(),
    ]
    for (p, i), group in sorted(cells.items()):
        x, y = frame.cell(p, i)
        if labelled:
            parts += _labelled(group, x, y, cell_w, row_h)
        else:
            parts += _dots(group, x, y, row_h, per_row)
    parts.append("</svg>")
    return Markup("\n".join(parts))


@dataclass(frozen=True)
class _Frame:
    cell_w: float
    row_h: float
    power: Axis
    interest: Axis

    @property
    def bottom(self) -> float:
        return _TOP + self.row_h * self.power.bands

    def cell(self, p: int, i: int) -> tuple[float, float]:
        """Top-left corner of the cell of power band ``p`` and interest band ``i``."""
        return _LEFT + i * self.cell_w, _TOP + (self.power.bands - 1 - p) * self.row_h

    def quadrants(self, titles: dict[str, str]) -> list[str]:
        split_x = _LEFT + self.interest.low * self.cell_w
        split_y = _TOP + (self.power.bands - self.power.low) * self.row_h
        right, bottom = WIDTH - _RIGHT, self.bottom
        boxes = {
            "keep_satisfied": (_LEFT, _TOP, split_x, split_y),
            "manage_closely": (split_x, _TOP, right, split_y),
            "monitor": (_LEFT, split_y, split_x, bottom),
            "keep_informed": (split_x, split_y, right, bottom),
        }
        out = []
        for key, (x0, y0, x1, y1) in boxes.items():
            out.append(
                f'<rect x="{_n(x0)}" y="{_n(y0)}" width="{_n(x1 - x0)}" '
                f'height="{_n(y1 - y0)}" fill="{_TINT[key]}"/>'
            )
            top = y0 == _TOP
            ty = _TOP - 10 if top else bottom + 18
            out.append(
                f'<text x="{_n(x0 + 4)}" y="{_n(ty)}" font-weight="600" fill="{_MUTED}">'
                f"{escape(_clean(titles[key]))}</text>"
            )
        return out

    def split(self) -> str:
        """The two lines between low and high."""
        x = _LEFT + self.interest.low * self.cell_w
        y = _TOP + (self.power.bands - self.power.low) * self.row_h
        return (
            f'<path d="M{_n(x)} {_TOP}V{_n(self.bottom)}M{_LEFT} {_n(y)}H{WIDTH - _RIGHT}" '
            f'stroke="{_SPLIT}" stroke-width="1.5" stroke-dasharray="6 4" fill="none"/>'
        )

    def grid(self) -> list[str]:
        right, bottom = WIDTH - _RIGHT, self.bottom
        bands = [
            f"M{_n(_LEFT + k * self.cell_w)} {_TOP}V{_n(bottom)}"
            for k in range(1, self.interest.bands)
        ]
        bands += [
            f"M{_LEFT} {_n(_TOP + k * self.row_h)}H{_n(right)}" for k in range(1, self.power.bands)
        ]
        out = [
            f'<path d="{"".join(bands)}" stroke="{_GRID}" fill="none"/>',
            f'<path d="M{_LEFT} {_TOP}V{_n(bottom)}H{_n(right)}" stroke="{_MUTED}" fill="none"/>',
        ]
        out += [
            f'<text x="{_LEFT - 8}" y="{_n(bottom - at * self.row_h + 4)}" '
            f'text-anchor="end" fill="{_MUTED}">{escape(text)}</text>'
            for at, text in self.power.ticks
        ]
        out += [
            f'<text x="{_n(_LEFT + at * self.cell_w)}" y="{_n(bottom + 40)}" '
            f'text-anchor="middle" fill="{_MUTED}">{escape(text)}</text>'
            for at, text in self.interest.ticks
        ]
        middle_y = (_TOP + bottom) / 2
        out.append(
            f'<text x="18" y="{_n(middle_y)}" transform="rotate(-90 18 {_n(middle_y)})" '
            f'text-anchor="middle" font-weight="600">{escape(_clean(self.power.title))} →</text>'
        )
        out.append(
            f'<text x="{_n((_LEFT + right) / 2)}" y="{_n(bottom + 64)}" text-anchor="middle" '
            f'font-weight="600">{escape(_clean(self.interest.title))} →</text>'
        )
        return out


def _labelled(group: list[Mark], x: float, y: float, cell_w: float, row_h: float) -> list[str]:
    first = y + (row_h - len(group) * _LINE) / 2 + _LINE / 2
    out = []
    for k, mark in enumerate(group):
        cy = first + k * _LINE
        room = cell_w - 26 - _CHAR * (len(mark.value) + 1) - (14 if mark.trend else 0)
        name = _shortened(_clean(mark.label), max(3, int(room // _CHAR)))
        trend = ""
        if mark.trend:
            colour = _UP if mark.trend == "up" else _DOWN
            trend = f' <tspan fill="{colour}">{"▲" if mark.trend == "up" else "▼"}</tspan>'
        out.append(
            f"<g><title>{escape(_clean(mark.tip))}</title>{_marker(mark, x + 12, cy, 5.5)}"
            f'<text x="{_n(x + 22)}" y="{_n(cy + 4)}">{escape(name)} '
            f'<tspan fill="{_MUTED}">{escape(mark.value)}</tspan>{trend}</text></g>'
        )
    return out


def _dots(group: list[Mark], x: float, y: float, row_h: float, per_row: int) -> list[str]:
    rows = math.ceil(len(group) / per_row)
    top = y + (row_h - rows * _DOT) / 2 + _DOT / 2
    return [
        f"<g><title>{escape(_clean(mark.tip))}</title>"
        f"{_marker(mark, x + 10 + (k % per_row) * _DOT, top + (k // per_row) * _DOT, 4)}</g>"
        for k, mark in enumerate(group)
    ]


def _marker(mark: Mark, cx: float, cy: float, r: float) -> str:
    edge = f'fill="{mark.colour}" stroke="#ffffff" stroke-width="1"'
    if mark.shape == "diamond":
        d = r * 1.3
        return (
            f'<path d="M{_n(cx)} {_n(cy - d)}L{_n(cx + d)} {_n(cy)}L{_n(cx)} {_n(cy + d)}'
            f'L{_n(cx - d)} {_n(cy)}Z" {edge}/>'
        )
    if mark.shape == "square":
        side = _n(2 * r)
        return f'<rect x="{_n(cx - r)}" y="{_n(cy - r)}" width="{side}" height="{side}" {edge}/>'
    return f'<circle cx="{_n(cx)}" cy="{_n(cy)}" r="{_n(r)}" {edge}/>'


def _shortened(text: str, room: int) -> str:
    """``text`` cut to ``room`` characters, ending in … when cut.

    >>> _shortened("Anne-Laure N'Diaye", 12), _shortened("Léa", 12)
    ('Anne-Laure…', 'Léa')
    """
    return text if len(text) <= room else text[: room - 1].rstrip() + "…"


def _clean(text: str) -> str:
    return BIDI_CONTROLS.sub("", str(text))


def _n(value: float) -> str:
    """A coordinate with at most one decimal, the same bytes on every platform."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _number(value: float, lang: str) -> str:
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "fr" else text
