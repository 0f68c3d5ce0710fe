"""The meeting pack's charts as plain geometry for an inline SVG: one row per viewpoint
or group, a hollow dot for the earlier wave and a filled one for the later, on a fixed
scale with a reference line (the target, the floor) and the side of it that is good.

Drawn by the template (``_pack_strip.html.j2``), so the page needs no picture and no
script, prints sharp at any size, and its text stays text (escaped like the rest).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["LABEL_CHARACTERS", "strip_chart"]

#: The longest label shown whole; a longer one ends in … (the whole of it on hover).
LABEL_CHARACTERS = 20
#: The drawing's units: its width, the label column, the plot, a row's height.
_WIDTH, _PLOT_LEFT, _PLOT_RIGHT, _ROW, _TOP, _AXIS = 380, 146, 366, 20, 26, 20


def strip_chart(
    rows: Sequence[dict[str, Any]],
    *,
    low: float,
    high: float,
    ticks: Sequence[tuple[float, str]],
    mark: tuple[float, str] | None = None,
    good: str = "above",
) -> dict[str, Any] | None:
    """Where everything of one chart goes, in a ``0 0 width height`` drawing.

    Parameters
    ----------
    rows : sequence of dict
        ``label``, ``colour``, ``before`` and ``after`` (a value or ``None``), top down.
    low, high : float
        The ends of the scale.
    ticks : sequence of (value, text)
        The values marked under the axis and their text.
    mark : (value, text), optional
        A reference line (the target, the floor) and its words.
    good : {"above", "below"}
        Which side of ``mark`` is shaded as the good one.

    Returns
    -------
    dict or None
        ``width``, ``height``, ``left``, ``right``, ``axis`` (its y), ``rows`` (``y``,
        ``label``, ``title``, ``colour``, ``before``, ``after``: x or ``None``),
        ``ticks`` (``x``, ``text``), ``mark`` (``x``, ``text``) and ``zone`` (``x``,
        ``width``); ``None`` when no row has a value.

    Examples
    --------
    >>> chart = strip_chart([{"label": "Sponsor", "colour": "#000", "before": None,
    ...                       "after": 0.0}], low=-3, high=3, ticks=[(0, "0")])
    >>> chart["rows"][0]["after"], chart["height"]
    (256.0, 66)
    """
    drawn = [r for r in rows if r.get("before") is not None or r.get("after") is not None]
    if not drawn:
        return None

    def x(value: float | None) -> float | None:
        if value is None:
            return None
        share = (min(max(float(value), low), high) - low) / (high - low)
        return round(_PLOT_LEFT + share * (_PLOT_RIGHT - _PLOT_LEFT), 1)

    axis = _TOP + _ROW * len(drawn)
    out: dict[str, Any] = {
        "width": _WIDTH,
        "height": axis + _AXIS,
        "left": _PLOT_LEFT,
        "right": _PLOT_RIGHT,
        "top": _TOP - _ROW // 2,
        "axis": axis,
        "rows": [_row(i, r, x) for i, r in enumerate(drawn)],
        "ticks": [{"x": x(value), "text": text} for value, text in ticks],
        "mark": None,
        "zone": None,
    }
    if mark is not None:
        at = x(mark[0])
        assert at is not None
        out["mark"] = {
            "x": at,
            "text": mark[1],
            "anchor": "end" if at > _PLOT_RIGHT - 50 else "start",
        }
        start, end = (at, _PLOT_RIGHT) if good == "above" else (_PLOT_LEFT, at)
        out["zone"] = {"x": start, "width": round(end - start, 1)}
    return out


def _row(i: int, row: dict[str, Any], x: Any) -> dict[str, Any]:
    label = str(row["label"])
    short = label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"
    return {
        "y": _TOP + _ROW * i + _ROW // 2,
        "label": short,
        "title": label,
        "colour": row["colour"],
        "before": x(row.get("before")),
        "after": x(row.get("after")),
    }
