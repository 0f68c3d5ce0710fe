"""Line charts across the waves: each group's alliance with the coach, and the balance index.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from alliance_graph.i18n import format_number
from alliance_graph.report.svg import WIDTH, document, empty, finite, number, rgb
from alliance_graph.report.svg import title as heading
from alliance_graph.report.svg_plot import (
    PALETTE,
    Frame,
    label,
    legend,
    legend_height,
    line,
    marker,
    tick_text,
    wave_labels,
    x_wave_ticks,
    y_title,
)

__all__ = ["balance_chart", "group_alliance_chart"]

_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*")
_UNIT = (0.0, 0.25, 0.5, 0.75, 1.0)
_LEFT = 56.0  # room for the axis title and the tick labels


def group_alliance_chart(
    series: dict[str, dict[str, float | None]],
    waves: list[str],
    *,
    lang: str,
    title: str,
    ylabel: str,
    colours: dict[str, str] | None = None,
) -> str:
    """Alliance of each group with the coach: one line per group across the waves.

    ``colours`` maps a series to its colour (the network's group colours), others cycle
    through the palette.

    Parameters
    ----------
    series : dict
        Group label → {wave: alliance in [0, 1] or ``None``}, in legend order (the legend
        is below); ``None`` or a missing wave leaves a gap.
    waves : list of str
        The waves in time order (x axis).
    lang, title, ylabel : str
        See the module docstring.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``

    Examples
    --------
    >>> uri = group_alliance_chart({"A $1$": {"w1": 0.5}}, ["w1"], lang="fr", title="", ylabel="")
    >>> uri.startswith("data:image/svg+xml;base64,")
    True
    """
    if not series or not waves:
        return empty(title)
    height, columns = 316.8, min(len(series), 4)
    texts, tilted, under = wave_labels(waves)
    frame = _frame(height, under + legend_height(list(series), columns), len(waves), 1.04)
    body = [*x_wave_ticks(frame, texts, tilted), *_unit_axis(frame, lang), *frame.spines()]
    samples = []
    for i, (group, values) in enumerate(series.items()):
        colour = (colours or {}).get(group) or PALETTE[i % len(PALETTE)]
        rim = "#333333" if _luminance(colour) > 0.7 else "#ffffff"  # a dark rim for the yellow
        dash = "7.4 3.2" if i >= len(PALETTE) else ""
        shape = _MARKERS[i % len(_MARKERS)]
        points = [
            (frame.x(x), frame.y(finite(values.get(w), math.nan))) for x, w in enumerate(waves)
        ]
        body += _polyline(points, colour, dash)
        body += [marker(shape, x, y, 7, colour, rim) for x, y in points if not math.isnan(y)]
        sample = line(-10, 0, 10, 0, colour, 2, dash) + marker(shape, 0, 0, 7, colour, rim)
        samples.append((sample, group))
    body += legend(samples, height - 4, columns)
    body += [y_title(ylabel, 14, frame.top + frame.height / 2), heading(title)]
    return document(height, body)


def balance_chart(
    values: dict[str, float | None],
    *,
    lang: str,
    title: str,
    ylabel: str,
    reference: float | None = None,
) -> str:
    """Balance index per wave: a line with markers, each value written above its point.

    Parameters
    ----------
    values : dict
        Wave → balance index in [0, 1] or ``None`` (a gap), in time order.
    lang, title, ylabel : str
        See the module docstring.
    reference : float, optional
        Level of a dashed horizontal line (a threshold), its value written at the right.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    if not values:
        return empty(title)
    height, colour = 259.2, PALETTE[0]
    texts, tilted, under = wave_labels(list(values))
    frame = _frame(height, under, len(values), 1.12)
    body = [*x_wave_ticks(frame, texts, tilted), *_unit_axis(frame, lang), *frame.spines()]
    if reference is not None:
        level = frame.y(reference)
        body.append(line(frame.left, level, frame.right, level, "#666666", 1.2, "6 4.8"))
        words = format_number(reference, lang)
        body.append(label(frame.right, level - 3, words, 9, fill="#666666", text_anchor="end"))
    y = [finite(value, math.nan) for value in values.values()]
    points = [(frame.x(x), frame.y(v)) for x, v in enumerate(y)]
    body += _polyline(points, colour, "")
    for x, (value, (px, py)) in enumerate(zip(y, points)):
        if math.isnan(value):
            continue
        body.append(marker("o", px, py, 6, colour, "#ffffff"))
        around = [y[i] for i in (x - 1, x + 1) if 0 <= i < len(y) and not math.isnan(y[i])]
        below = len(around) == 2 and min(around) > value  # a valley: write under it
        words = format_number(value, lang)
        at = py + 17 if below else py - 8
        written = label(px, at, words, fill=colour, text_anchor="middle", stroke="#ffffff",
                        stroke_width="3", paint_order="stroke")  # fmt: skip
        body.append(written)
    body += [y_title(ylabel, 14, frame.top + frame.height / 2), heading(title)]
    return document(height, body)


def _frame(height: float, below: float, waves: int, top_value: float) -> Frame:
    """The axes under the title, above what is written below them (``below`` points)."""
    return Frame(
        left=_LEFT,
        top=30.0,
        width=WIDTH - _LEFT - 12,
        height=height - 30 - below - 8,
        x_range=(-0.4, waves - 0.6),
        y_range=(0.0, top_value),
    )


def _unit_axis(frame: Frame, lang: str) -> list[str]:
    """Ticks at 0, ¼, ½, ¾ and 1 in the report's language."""
    return frame.y_ticks(_UNIT, [tick_text(v, lang) for v in _UNIT])


def _polyline(points: list[tuple[float, float]], colour: str, dash: str) -> list[str]:
    """The line through ``points``, broken where a value is missing (NaN)."""
    runs: list[list[tuple[float, float]]] = [[]]
    for x, y in points:
        if math.isnan(y):
            runs.append([])
        else:
            runs[-1].append((x, y))
    dashes = f' stroke-dasharray="{dash}"' if dash else ""
    return [
        f'<polyline points="{" ".join(f"{number(x)},{number(y)}" for x, y in run)}" fill="none" '
        f'stroke="{colour}" stroke-width="2" stroke-linejoin="round"{dashes}/>'
        for run in runs
        if len(run) > 1
    ]


def _luminance(colour: str) -> float:
    r, g, b = rgb(colour, "#777777")
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
