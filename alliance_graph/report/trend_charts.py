"""Line charts across the waves: each group's alliance with the coach, and the balance index.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from alliance_graph.i18n import format_number
from alliance_graph.report.chart_base import (
    _TEXT,
    LEGEND_CHARACTERS,
    PALETTE,
    _empty,
    _figure,
    _legend,
    _luminance,
    _note,
    _number,
    _shortened,
    _svg,
    _unit_axis,
    _wave_axis,
)

__all__ = ["balance_chart", "group_alliance_chart"]

_MARKERS = ("o", "s", "D", "^", "v", "P", "X", "*")


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
    with _figure(4.4, title) as (fig, ax):
        if not series or not waves:
            return _empty(fig, ax)
        for i, (group, values) in enumerate(series.items()):
            colour = (colours or {}).get(group) or PALETTE[i % len(PALETTE)]
            y = [_number(values.get(wave), math.nan) for wave in waves]
            rim = _TEXT if _luminance(colour) > 0.7 else "white"  # a dark rim for the yellow
            style = "-" if i < len(PALETTE) else "--"
            marker = _MARKERS[i % len(_MARKERS)]
            label = _shortened(group, LEGEND_CHARACTERS, middle=True)
            ax.plot(y, style, label=label, color=colour, lw=2, marker=marker, ms=7, mec=rim)
        _wave_axis(ax, waves)
        _unit_axis(ax.yaxis, lang)
        ax.set(ylim=(0, 1.04), ylabel=ylabel)
        _legend(fig, min(len(series), 4))
        return _svg(fig)


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
    with _figure(3.6, title) as (fig, ax):
        if not values:
            return _empty(fig, ax)
        if reference is not None:
            ax.axhline(reference, color="#666666", linestyle=(0, (5, 4)), linewidth=1.2)
            label = format_number(reference, lang)
            where = {"xycoords": ("axes fraction", "data"), "color": "#666666", "fontsize": 9}
            _note(ax, label, (1, reference), (0, 3), "right", "bottom", **where)
        y = [_number(value, math.nan) for value in values.values()]
        ax.plot(y, color=PALETTE[0], marker="o", markeredgecolor="white", linewidth=2)
        box = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none"}
        for x, value in enumerate(y):
            if not math.isnan(value):
                around = [y[i] for i in (x - 1, x + 1) if 0 <= i < len(y) and not math.isnan(y[i])]
                below = len(around) == 2 and min(around) > value  # a valley: write under it
                offset, va = ((0, -9), "top") if below else ((0, 8), "bottom")
                label = format_number(value, lang)
                _note(ax, label, (x, value), offset, "center", va, color=PALETTE[0], bbox=box)
        _wave_axis(ax, list(values))
        _unit_axis(ax.yaxis, lang)
        ax.set(ylim=(0, 1.12), ylabel=ylabel)
        return _svg(fig)
