"""The coach gap chart: per stakeholder, how far the coach's view is from theirs.

Shared parameters as in :mod:`~alliance_graph.report.charts`.
"""

from __future__ import annotations

from alliance_graph.i18n import format_number
from alliance_graph.report.svg import TEXT, WIDTH, document, empty
from alliance_graph.report.svg import title as heading
from alliance_graph.report.svg_plot import (
    TICK,
    Frame,
    label,
    legend,
    legend_height,
    line,
    nice_ticks,
    patch,
    rect,
    text_width,
    tick_text,
)

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
    if not rows:
        return empty(title)
    height = 72 * min(max(1.6 + 0.3 * len(rows), 2.8), 14.0)
    gaps = [float(gap) for _, gap in rows]
    reach = min(max(0.25, *map(abs, gaps)) * 1.25 + 0.05, 1.3)
    left = min(max(text_width(name, 10) for name, _ in rows), 220) + 14
    frame = Frame(
        left=left,
        top=30.0,
        width=WIDTH - left - 14,
        height=height - 30 - 40 - legend_height([over_label, under_label], 2),
        x_range=(-reach, reach),
        y_range=(len(rows) - 0.4, -0.6),  # the first row at the top
    )
    ticks = nice_ticks(-reach, reach)
    body = frame.x_ticks(ticks, [tick_text(v, lang) for v in ticks])
    for i, ((name, _), gap) in enumerate(zip(rows, gaps)):
        y = frame.y(i)
        body.append(label(frame.left - 6, y + 3.5, name, fill=TICK, text_anchor="end"))
        start, end = sorted((frame.x(0), frame.x(gap)))
        bar = frame.y(i - 0.31) - frame.y(i + 0.31)
        body.append(
            rect(start, y - abs(bar) / 2, end - start, abs(bar), _OVER if gap > 0 else _UNDER)
        )
        words = ("+" if gap > 0 else "") + format_number(gap, lang)
        at, anchor = (frame.x(gap) + 4, "start") if gap >= 0 else (frame.x(gap) - 4, "end")
        body.append(label(at, y + 3.2, words, 9, fill=TEXT, text_anchor=anchor))
    body += frame.spines()
    body.append(line(frame.x(0), frame.top, frame.x(0), frame.bottom, "#444444", 1))
    body.append(
        label(frame.left + frame.width / 2, frame.bottom + 31, xlabel, text_anchor="middle")
    )
    body += legend([(patch(_OVER), over_label), (patch(_UNDER), under_label)], height - 4, 2)
    body.append(heading(title))
    return document(height, body)
