"""The progress on one objective, wave by wave, with the viewpoints side by side.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

import math

from alliance_graph.i18n import format_number
from alliance_graph.report.svg import WIDTH, document, empty, finite
from alliance_graph.report.svg import title as heading
from alliance_graph.report.svg_plot import (
    Frame,
    label,
    legend,
    legend_height,
    line,
    patch,
    rect,
    wave_labels,
    x_wave_ticks,
)

__all__ = ["VIEW_COLOURS", "objective_chart"]

#: One colour per viewpoint, the same in every chart: the coachee and the sponsor as in the
#: group alliance chart, the coach in the report's accent, the stakeholders in green.
VIEW_COLOURS = {
    "self": "#8a94a6",
    "sponsor": "#1f2933",
    "coach": "#1f6fb2",
    "stakeholders": "#2e8b57",
}
_TARGET = "#b45309"


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
    drawn = {k: v for k, v in views.items() if any(x is not None for x in v.values())}
    waves = [w for w in waves if any(v.get(w) is not None for v in drawn.values())]
    if not drawn or not waves:
        return empty(title)
    height, columns = 244.8, min(len(drawn), 2)
    texts, tilted, under = wave_labels(waves)
    below = under + legend_height([labels.get(k, k) for k in drawn], columns)
    frame = Frame(
        left=40.0,
        top=30.0,
        width=WIDTH - 52,
        height=height - 38 - below,
        x_range=(-0.4 - 0.1, len(waves) - 0.6 + 0.1),
        y_range=(-3.2, 3.2),
    )
    body = x_wave_ticks(frame, texts, tilted)
    signed = [f"+{v}" if v > 0 else str(v).replace("-", "−") for v in range(-3, 4)]
    body += frame.y_ticks(range(-3, 4), signed)
    width = 0.8 / len(drawn)
    for i, (view, values) in enumerate(drawn.items()):
        colour = VIEW_COLOURS.get(view, "#999999")
        for w, wave in enumerate(waves):
            value = finite(values.get(wave), math.nan)
            if math.isnan(value):
                continue
            middle = w + (i - (len(drawn) - 1) / 2) * width
            x0, x1 = frame.x(middle - width * 0.46), frame.x(middle + width * 0.46)
            if value == 0:  # "no change" is an answer: a line where no bar shows
                body.append(line(x0, frame.y(0), x1, frame.y(0), colour, 3))
                continue
            top, bottom = sorted((frame.y(value), frame.y(0)))
            body.append(rect(x0, top, x1 - x0, bottom - top, colour))
    body.append(line(frame.left, frame.y(0), frame.right, frame.y(0), "#999999", 0.8))
    if target is not None:
        y = frame.y(target)
        body.append(line(frame.left, y, frame.right, y, _TARGET, 1.2, "6 4.8"))
        words = f"{target_label} {'+' if target > 0 else ''}{format_number(target, lang, 1)}"
        body.append(
            label(frame.left + 2, y - 3, words, 9, fill=_TARGET, stroke="#ffffff",
                  stroke_width="3", paint_order="stroke")  # readable over the bars
        )  # fmt: skip
    body += frame.spines()
    samples = [(patch(VIEW_COLOURS.get(k, "#999999")), labels.get(k, k)) for k in drawn]
    body += legend(samples, height - 4, columns)
    body.append(heading(title))
    return document(height, body)
