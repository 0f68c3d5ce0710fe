"""The progress on one objective, wave by wave, with the viewpoints side by side.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from alliance_graph.i18n import format_number
from alliance_graph.report.chart_base import _empty, _figure, _note, _number, _svg, _wave_axis

__all__ = ["VIEW_COLOURS", "objective_chart"]

#: One colour per viewpoint, the same in every chart: the coachee and the sponsor as in the
#: group alliance chart, the coach in the report's accent, the stakeholders in green.
VIEW_COLOURS = {
    "self": "#8a94a6",
    "sponsor": "#1f2933",
    "coach": "#1f6fb2",
    "stakeholders": "#2e8b57",
}


def objective_chart(
    views: dict[str, dict[str, float | None]],
    waves: list[str],
    *,
    target: float | None,
    lang: str,
    title: str,
    labels: dict[str, str],
    target_label: str,
) -> str:
    """Bars of each viewpoint's mean progress (−3 … +3) in each wave, grouped by wave,
    and the target as a dashed line.

    Parameters
    ----------
    views : dict
        Viewpoint key (``self``, ``sponsor``, ``coach``, ``stakeholders``) → {wave: mean
        progress or ``None``}, in legend order; a ``None`` leaves its bar out.
    waves : list of str
        The waves in time order (x axis).
    target : float or None
        The progress aimed at.
    labels : dict
        Viewpoint key → its name in the legend.
    target_label : str
        The words beside the target line.

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``

    Examples
    --------
    >>> uri = objective_chart({"self": {"T1": 2.0}}, ["T1"], target=1.0, lang="en",
    ...                       title="", labels={"self": "Coachee"}, target_label="target")
    >>> uri.startswith("data:image/svg+xml;base64,")
    True
    """
    with _figure(3.4, title) as (fig, ax):
        drawn = {k: v for k, v in views.items() if any(x is not None for x in v.values())}
        waves = [w for w in waves if any(v.get(w) is not None for v in drawn.values())]
        if not drawn or not waves:
            return _empty(fig, ax)
        width = 0.8 / len(drawn)
        for i, (view, values) in enumerate(drawn.items()):
            x = [w + (i - (len(drawn) - 1) / 2) * width for w in range(len(waves))]
            y = [_number(values.get(wave), math.nan) for wave in waves]
            colour = VIEW_COLOURS.get(view, "#999999")
            ax.bar(x, y, width * 0.92, label=labels.get(view, view), color=colour)
            for at, value in zip(x, y):  # "no change" is an answer: a line where no bar shows
                if value == 0:
                    ax.hlines(0, at - width * 0.46, at + width * 0.46, color=colour, linewidth=3)
        ax.axhline(0, color="#999999", linewidth=0.8)
        if target is not None:
            ax.axhline(target, color="#b45309", linestyle=(0, (5, 4)), linewidth=1.2)
            text = f"{target_label} {'+' if target > 0 else ''}{format_number(target, lang, 1)}"
            where = {"xycoords": ("axes fraction", "data"), "color": "#b45309", "fontsize": 9}
            _note(ax, text, (0, target), (2, 3), "left", "bottom", **where)
        _wave_axis(ax, waves)
        ax.set(ylim=(-3.2, 3.2), yticks=range(-3, 4))
        ax.set_yticklabels([f"+{v}" if v > 0 else str(v).replace("-", "−") for v in range(-3, 4)])
        fig.legend(loc="outside lower center", ncols=min(len(drawn), 2))
        return _svg(fig)
