"""The coach gap chart: per stakeholder, how far the coach's view is from theirs.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from matplotlib.patches import Patch

from alliance_graph.i18n import format_number
from alliance_graph.report.chart_base import _TEXT, _empty, _figure, _formatter, _note, _svg

__all__ = ["coach_gap_chart"]

_OVER, _UNDER = "#D55E00", "#0072B2"


def coach_gap_chart(
    rows: list[tuple[str, float]],
    *,
    lang: str,
    title: str,
    xlabel: str,
    over_label: str,
    under_label: str,
) -> str:
    """Coach gap per stakeholder: horizontal bars from zero, top to bottom as given.

    A positive gap (the coach overestimates) goes right in vermilion, a negative one left in
    blue, each value written at the end of its bar; the height grows with the rows.

    Parameters
    ----------
    rows : list of (str, float)
        (stakeholder name, gap in [-1, 1]); the caller passes at most about 40 rows.
    lang, title, xlabel : str
        See the module docstring.
    over_label, under_label : str
        Legend of the positive and of the negative bars.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``
    """
    with _figure(min(max(1.6 + 0.3 * len(rows), 2.8), 14.0), title) as (fig, ax):
        if not rows:
            return _empty(fig, ax)
        gaps = [float(gap) for _, gap in rows]
        ax.barh(
            range(len(gaps)), gaps, height=0.62, color=[_OVER if g > 0 else _UNDER for g in gaps]
        )
        ax.axvline(0, color="#444444", linewidth=1)
        for y, gap in enumerate(gaps):
            label = ("+" if gap > 0 else "") + format_number(gap, lang)
            side = math.copysign(1, gap)
            ha = "left" if side > 0 else "right"
            _note(ax, label, (gap, y), (4 * side, 0), ha, "center", color=_TEXT, fontsize=9)
        ax.set_yticks(range(len(rows)), [name for name, _ in rows])
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        reach = min(max(0.25, *map(abs, gaps)) * 1.25 + 0.05, 1.3)
        ax.set(xlim=(-reach, reach), ylim=(len(rows) - 0.4, -0.6), xlabel=xlabel)
        ax.xaxis.set_major_formatter(_formatter(lang))
        handles = [Patch(color=_OVER, label=over_label), Patch(color=_UNDER, label=under_label)]
        fig.legend(handles=handles, loc="outside lower center", ncols=2)
        return _svg(fig)
