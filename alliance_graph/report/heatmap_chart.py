"""The heatmap of mean trust between groups.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from alliance_graph.i18n import format_number
from alliance_graph.report.svg import WIDTH, document, empty, finite, hex_colour, number
from alliance_graph.report.svg import title as heading
from alliance_graph.report.svg_plot import TICK, label, rect, text_width, tick_text, y_title

__all__ = ["heatmap_chart"]

#: matplotlib's "Blues" (ColorBrewer), light to dark; the chart uses it from 0.15 to 1.
_BLUES = (
    "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
    "#08306b",
)  # fmt: skip
_EMPTY = "#f2f2f2"
_UNIT = (0.0, 0.25, 0.5, 0.75, 1.0)


def heatmap_chart(
    matrix: dict[str, dict[str, float | None]],
    groups: list[str],
    *,
    lang: str,
    title: str,
    xlabel: str,
    ylabel: str,
    hidden_label: str = "",
) -> str:
    """Mean trust between groups on a fixed 0–1 blue scale, each value written in its cell.

    One hue from light to dark (darker is more trust) reads the same with any colour-vision
    deficiency and in greyscale. A cell without a value stays empty (light grey).

    Parameters
    ----------
    matrix : dict
        From group (row) → {to group (column): mean trust in [0, 1] or ``None``}.
    groups : list of str
        Order of the rows and of the columns.
    lang, title, xlabel, ylabel : str
        See the module docstring; ``xlabel`` names the receiving groups.
    hidden_label : str, optional
        Written in grey in the cells present in ``matrix`` with the value ``None``
        (answers exist but are too few to show).

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    n = len(groups)
    if not groups:
        return empty(title)
    height = 72 * min(max(1.6 + 0.45 * n, 3.0), 7.0)
    widest = max(text_width(group, 10) for group in groups)
    tilted = n > 4 or max(map(len, groups)) > 12
    under = (14 + 0.5 * widest if tilted else 20) + 18  # the column labels, then xlabel
    left = 26 + widest + 8
    cell = min((WIDTH - left - 60) / n, (height - 34 - under) / n)
    top, side = 32.0, cell * n
    body = [rect(left, top, side, side, _EMPTY)]
    for row, source in enumerate(groups):
        for col, target in enumerate(groups):
            x, y = left + col * cell, top + row * cell
            value = finite(matrix.get(source, {}).get(target), math.nan)
            centre = (x + cell / 2, y + cell / 2 + 3.5)
            if not math.isnan(value):
                colour = _blue(value)
                body.append(rect(x, y, cell, cell, colour, ' stroke="#ffffff" stroke-width="2"'))
                ink = "#ffffff" if _luminance(colour) < 0.5 else "#1a1a1a"
                words = format_number(value, lang)
                body.append(label(*centre, words, fill=ink, text_anchor="middle"))
            elif hidden_label and target in matrix.get(source, {}):
                grey = label(*centre, hidden_label, 8, fill="#6b7280", font_style="italic",
                             text_anchor="middle")  # fmt: skip
                body.append(grey)
    body += _row_labels(groups, left, top, cell)
    body += _column_labels(groups, left, top + side, cell, tilted)
    body += _colour_bar(left + side + 0.04 * side, top, max(0.035 * side, 8), side, lang)
    body += [
        label(left + side / 2, height - 8, xlabel, text_anchor="middle") if xlabel else "",
        y_title(ylabel, 14, top + side / 2),
        heading(title),
    ]
    return document(height, body)


def _row_labels(groups: list[str], left: float, top: float, cell: float) -> list[str]:
    return [
        label(left - 6, top + (i + 0.5) * cell + 3.5, g, fill=TICK, text_anchor="end")
        for i, g in enumerate(groups)
    ]


def _column_labels(
    groups: list[str], left: float, bottom: float, cell: float, tilted: bool
) -> list[str]:
    out = []
    for i, group in enumerate(groups):
        x = left + (i + 0.5) * cell
        if tilted:
            turn = f"rotate(-30 {number(x)} {number(bottom + 12)})"
            out.append(label(x, bottom + 12, group, fill=TICK, text_anchor="end", transform=turn))
        else:
            out.append(label(x, bottom + 15, group, fill=TICK, text_anchor="middle"))
    return out


def _colour_bar(x: float, top: float, width: float, height: float, lang: str) -> list[str]:
    """The scale from 0 (bottom) to 1 (top), with its ticks at the right."""
    stops = "".join(
        f'<stop offset="{number(100 * k / 8)}%" stop-color="{_blue(1 - k / 8)}"/>' for k in range(9)
    )
    out = [
        f'<defs><linearGradient id="blues" x1="0" y1="0" x2="0" y2="1">{stops}</linearGradient>'
        "</defs>",
        rect(x, top, width, height, "url(#blues)"),
    ]
    for value in _UNIT:
        y = top + (1 - value) * height
        out.append(label(x + width + 5, y + 3.5, tick_text(value, lang), fill=TICK))
    return out


def _blue(value: float) -> str:
    """The colour of ``value`` in [0, 1]: "Blues" from 0.15 (light) to 1 (dark)."""
    at = (0.15 + 0.85 * min(max(value, 0.0), 1.0)) * (len(_BLUES) - 1)
    low = min(int(at), len(_BLUES) - 2)
    share = at - low
    a, b = (_rgb(_BLUES[low]), _rgb(_BLUES[low + 1]))
    return hex_colour((1 - share) * p + share * q for p, q in zip(a, b))


def _rgb(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _luminance(colour: str) -> float:
    r, g, b = _rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
