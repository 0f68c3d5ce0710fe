"""The heatmap of mean trust between groups.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math
from typing import Any

import matplotlib as mpl
import numpy as np
from matplotlib.colors import ListedColormap, Normalize

from alliance_graph.i18n import format_number
from alliance_graph.report.chart_base import (
    _TILT,
    _empty,
    _figure,
    _luminance,
    _number,
    _svg,
    _unit_axis,
)

__all__ = ["heatmap_chart"]

_HIDDEN: dict[str, Any] = {"color": "#6b7280", "fontsize": 8, "style": "italic"}


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
    with _figure(min(max(1.6 + 0.45 * n, 3.0), 7.0), title) as (fig, ax):
        if not groups:
            return _empty(fig, ax)
        data = np.array(
            [[_number(matrix.get(a, {}).get(b), math.nan) for b in groups] for a in groups]
        )
        cmap = ListedColormap(mpl.colormaps["Blues"](np.linspace(0.15, 1.0, 256)))
        cells = np.ma.masked_invalid(data)
        mesh = ax.pcolormesh(cells, cmap=cmap, norm=Normalize(0, 1), edgecolors="white", lw=2)
        for (row, col), value in np.ndenumerate(data):
            if not math.isnan(value):
                ink = "white" if _luminance(cmap(value)) < 0.5 else "#1a1a1a"
                label = format_number(value, lang)
                ax.text(col + 0.5, row + 0.5, label, ha="center", va="center", color=ink)
            elif hidden_label and groups[col] in matrix.get(groups[row], {}):
                ax.text(col + 0.5, row + 0.5, hidden_label, ha="center", va="center", **_HIDDEN)
        ax.set(facecolor="#f2f2f2", aspect="equal", xlim=(0, n), ylim=(n, 0))
        ax.set(xlabel=xlabel, ylabel=ylabel)
        ax.grid(False)
        ax.spines[:].set_visible(False)
        ax.tick_params(length=0)
        ax.set_yticks(np.arange(n) + 0.5, groups)
        tilt = n > 4 or max(map(len, groups)) > 12
        ax.set_xticks(np.arange(n) + 0.5, groups, **(_TILT if tilt else {}))
        bar = fig.colorbar(mesh, cax=ax.inset_axes((1.04, 0.0, 0.035, 1.0)))  # grid-high
        bar.outline.set_visible(False)
        bar.ax.tick_params(length=0)
        _unit_axis(bar.ax.yaxis, lang)
        return _svg(fig)
