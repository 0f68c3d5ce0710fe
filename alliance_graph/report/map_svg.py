"""The alliance map drawn as inline SVG: rings, sectors, the coach, one layer per wave.

Drawn here, in Python, so the page prints and reads without JavaScript; the page's
script only shows one wave's layer at a time and turns each mark's ``<title>`` into a
tooltip. Every text from the data is escaped (and loses its bidirectional controls);
coordinates are rounded, so the same input gives the same bytes. No element has an id
(several maps may share a page).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from alliance_graph.report.alliance_map import (
    FULL,
    UNANSWERED,
    ZERO,
    Sector,
    point,
    radius,
)
from alliance_graph.safe_text import BIDI_CONTROLS, xml_safe

__all__ = ["MapText", "Mark", "map_svg", "number", "shape", "svg_text"]

#: Half the width and half the height of the drawing (the coach at 0, 0).
HALF_WIDTH, HALF_HEIGHT = 500.0, 410.0
#: Where the sector names are written, and the most characters they show.
_SECTOR_LABEL, _LONG = UNANSWERED + 42, 20
_INK, _MUTED, _LINE, _FLOOR, _UNDER, _OVER = (
    "#1f2933",
    "#5f6b7a",
    "#d5dbe1",
    "#9c5f00",
    "#fdf3e4",
    "#D55E00",
)


@dataclass(frozen=True)
class Mark:
    """One person (or group) in one wave: where, how drawn, and what the tooltip says
    (``key``, their id, stays out of the page)."""

    key: str
    angle: float
    alliance: float | None
    colour: str
    shape: str = "dot"
    label: str = ""
    tip: str = ""
    flagged: bool = False
    before: float | None = None
    size: float = 7.0


@dataclass(frozen=True)
class MapText:
    """The map's words: its accessible name, the ring labels and the coach's tooltip."""

    title: str
    rings: Sequence[tuple[float, str, bool]]  # (alliance, label, is the floor)
    one: str
    zero: str
    unanswered: str
    coach: str
    sectors: dict[str, str]


def svg_text(text: str) -> str:
    """``text`` from the data, safe inside SVG markup (escaped, no bidirectional
    controls, no character XML forbids).

    >>> svg_text('<script>"x"</script>')
    '&lt;script&gt;&#34;x&#34;&lt;/script&gt;'
    """
    return str(escape(BIDI_CONTROLS.sub("", xml_safe(text))))


def number(value: float) -> str:
    """A coordinate as written in the SVG: one decimal at most, no ``-0``.

    >>> number(12.0), number(-3.25), number(-0.04)
    ('12', '-3.2', '0')
    """
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def map_svg(
    sectors: Sequence[Sector],
    waves: dict[str, list[Mark]],
    shown: str,
    text: MapText,
    floor: float,
    *,
    groups: bool = False,
) -> Markup:
    """The map: its frame, then one ``<g data-map-wave>`` layer of marks per wave, all
    but ``shown`` hidden; ``groups``: the marks are groups (their labels stay on a phone)."""
    kind = "alliance-map groups" if groups else "alliance-map"
    parts = [
        f'<svg class="{kind}" viewBox="{number(-HALF_WIDTH)} {number(-HALF_HEIGHT)} '
        f'{number(2 * HALF_WIDTH)} {number(2 * HALF_HEIGHT)}" role="img" '
        f'aria-label="{svg_text(text.title)}" data-full="{number(FULL)}" '
        f'data-zero="{number(ZERO)}" data-unanswered="{number(UNANSWERED)}">',
        *_frame(sectors, text, floor),
    ]
    # a mark's key is its place among the angles: the same person in every wave, and no
    # id in the page (an id may be a label in another language)
    order = {a: i for i, a in enumerate(sorted({m.angle for ms in waves.values() for m in ms}))}
    for wave, marks in waves.items():
        hidden = "" if wave == shown else ' display="none"'
        parts.append(f'<g class="map-wave" data-map-wave="{svg_text(wave)}"{hidden}>')
        parts.extend(_mark(m, order[m.angle]) for m in marks)
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("\n".join(parts))


def _frame(sectors: Sequence[Sector], text: MapText, floor: float) -> list[str]:
    """The zone under the floor, the rings, the sector borders and names, the coach."""
    low = radius(floor)
    parts = [
        f'<circle r="{number((low + ZERO) / 2)}" fill="none" stroke="{_UNDER}" '
        f'stroke-width="{number(ZERO - low)}"/>',
        f'<circle r="{number(UNANSWERED)}" fill="none" stroke="{_LINE}" stroke-dasharray="2 4"/>',
        f'<circle r="{number(ZERO)}" fill="none" stroke="#b9c1ca"/>',
        f'<circle r="{number(FULL)}" fill="none" stroke="{_LINE}"/>',
    ]
    for value, _, is_floor in text.rings:
        style = (
            f'stroke="{_FLOOR}" stroke-width="1.6" stroke-dasharray="7 4"'
            if is_floor
            else (f'stroke="{_LINE}"')
        )
        parts.append(f'<circle r="{number(radius(value))}" fill="none" {style}/>')
    for sector in sectors:
        x1, y1 = point(sector.start, FULL)
        x2, y2 = point(sector.start, UNANSWERED + 14)
        parts.append(
            f'<line x1="{number(x1)}" y1="{number(y1)}" x2="{number(x2)}" y2="{number(y2)}" '
            f'stroke="{_LINE}"/>'
        )
    parts.extend(_sector_label(s, text.sectors.get(s.key, s.key)) for s in sectors)
    labels = [(radius(v), label, f) for v, label, f in text.rings]
    labels += [(FULL, text.one, False), (ZERO, text.zero, False)]
    labels += [(UNANSWERED, text.unanswered, False)]
    for distance, label, is_floor in labels:
        colour = _FLOOR if is_floor else _MUTED
        parts.append(
            f'<text class="ring-label" x="0" y="{number(-distance - 4)}" text-anchor="middle" '
            f'fill="{colour}">{svg_text(label)}</text>'
        )
    parts.append(
        f'<g class="map-coach"><title>{svg_text(text.coach)}</title>{shape("star", 14, _INK)}</g>'
    )
    return parts


def _sector_label(sector: Sector, label: str) -> str:
    """The sector's name outside the rings (its whole name in the tooltip)."""
    x, y = point(sector.middle, _SECTOR_LABEL)
    side = "start" if x > 1 else "end" if x < -1 else "middle"
    short = label if len(label) <= _LONG else label[: _LONG - 1].rstrip() + "…"
    return (
        f'<text class="sector-label" x="{number(x)}" y="{number(y + 5)}" '
        f'text-anchor="{side}"><title>{svg_text(label)}</title>{svg_text(short)}</text>'
    )


def _mark(mark: Mark, key: int) -> str:
    """A person: their shape at their place, a halo when flagged, the trail from where
    they were in the wave before, their short name along their ray."""
    distance = radius(mark.alliance)
    x, y = point(mark.angle, distance)
    inner = []
    if mark.before is not None and mark.alliance is not None:
        bx, by = point(mark.angle, radius(mark.before))
        if (bx, by) != (x, y):
            dx, dy = number(bx - x), number(by - y)
            inner.append(
                f'<line class="trail" x1="0" y1="0" x2="{dx}" y2="{dy}" stroke="#8a94a6" '
                f'stroke-width="1.5"/><circle class="trail" cx="{dx}" cy="{dy}" r="2" '
                'fill="#8a94a6"/>'
            )
    if mark.flagged:
        inner.append(
            f'<circle class="halo" r="{number(mark.size * 1.6 + 1)}" fill="none" '
            f'stroke="{_OVER}" stroke-width="{number(min(2.0, mark.size / 3))}"/>'
        )
    hollow = mark.alliance is None
    fill, edge = ("#ffffff", mark.colour) if hollow else (mark.colour, "#ffffff")
    inner.append(shape(mark.shape, mark.size, fill, edge))
    if mark.label:
        inner.append(_label(mark, distance))
    tip = svg_text(mark.tip)
    value = "" if hollow else f' data-alliance="{float(mark.alliance or 0.0):.4f}"'
    return (
        f'<g class="map-mark" data-key="{key}"{value} '
        f'transform="translate({number(x)} {number(y)})">'
        f"<title>{tip}</title>{''.join(inner)}</g>"
    )


def _label(mark: Mark, distance: float) -> str:
    """The short name along the person's ray: outwards, inwards from the outer ring;
    never upside down."""
    outwards = distance < UNANSWERED
    heading = mark.angle - 90 if outwards else mark.angle + 90  # SVG degrees of the text
    flipped = 90 < heading % 360 < 270
    heading = heading - 180 if flipped else heading
    offset = mark.size + 4
    anchor = "end" if flipped else "start"
    return (
        f'<text class="mark-label" transform="rotate({number(heading % 360)})" '
        f'x="{number(-offset if flipped else offset)}" y="4" text-anchor="{anchor}">'
        f"{svg_text(mark.label)}</text>"
    )


def shape(kind: str, size: float, fill: str, stroke: str = "#ffffff") -> str:
    """A mark centred on 0, 0: ``dot``, ``diamond`` (the sponsor), ``square`` (the
    coachee) or ``star`` (the coach), ``size`` its radius."""
    s = number(size)
    edge = f'class="shape" fill="{fill}" stroke="{stroke}" stroke-width="1.5"'
    if kind == "diamond":
        d = number(size * 1.3)
        return f'<polygon points="0,-{d} {d},0 0,{d} -{d},0" {edge}/>'
    if kind == "square":
        h, w = number(size * 0.9), number(size * 1.8)
        return f'<rect x="-{h}" y="-{h}" width="{w}" height="{w}" {edge}/>'
    if kind == "star":
        tips = [point(36.0 * i, size if i % 2 == 0 else size * 0.45) for i in range(10)]
        points = " ".join(f"{number(x)},{number(y)}" for x, y in tips)
        return f'<polygon points="{points}" {edge}/>'
    return f'<circle r="{s}" {edge}/>'
