""" "Where your time went, beside where the trust is": one chart per wave (matplotlib)."""

from __future__ import annotations

from matplotlib.patches import Patch

from alliance_graph.i18n import format_number, format_percent
from alliance_graph.report.chart_base import _MUTED, _TEXT, PALETTE, _empty, _figure, _note, _svg

__all__ = ["time_chart"]


def time_chart(
    rows: list[tuple[str, float, float, float | None]],
    *,
    lang: str,
    title: str,
    time_label: str,
    people_label: str,
    alliance_label: str,
    colours: dict[str, str] | None = None,
) -> str:
    """Per group, top to bottom as given: the share of the coach's time (a bar in the
    group's colour) over the group's share of the stakeholders (a grey bar), with the
    group's alliance written at the right.

    ``rows`` are ``(group label, time share, people share, alliance or None)``; shares in
    [0, 1]. Returns an SVG data URI.
    """
    with _figure(min(max(1.8 + 0.55 * len(rows), 3.0), 9.0), title) as (fig, ax):
        if not rows:
            return _empty(fig, ax)
        for y, (group, time, people, _alliance) in enumerate(rows):
            colour = (colours or {}).get(group) or PALETTE[y % len(PALETTE)]
            ax.barh(y - 0.17, time, height=0.32, color=colour)
            ax.barh(y + 0.17, people, height=0.32, color="#c7ccd3")
            label = format_percent(time, lang)
            _note(ax, label, (time, y - 0.17), (3, 0), "left", "center", fontsize=9)
        reach = max(max(r[1] for r in rows), max(r[2] for r in rows)) * 1.25 + 0.04
        for y, (*_, alliance) in enumerate(rows):
            text = "—" if alliance is None else format_number(alliance, lang)
            where = {"xycoords": ("axes fraction", "data"), "fontsize": 10, "weight": "bold"}
            _note(ax, text, (1.0, y), (-2, 0), "right", "center", color=_TEXT, **where)
        _note(ax, alliance_label, (1.0, -0.75), (-2, 0), "right", "center", fontsize=8,
              color=_MUTED, xycoords=("axes fraction", "data"))  # fmt: skip
        ax.set_yticks(range(len(rows)), [r[0] for r in rows])
        ax.tick_params(axis="y", length=0)
        ax.grid(axis="y", visible=False)
        ax.set(xlim=(0, min(reach / 0.82, 1.25)), ylim=(len(rows) - 0.45, -1.0))
        ax.xaxis.set_major_formatter(lambda v, _p: format_percent(v, lang))
        handles = [
            Patch(color="#4b5563", label=time_label),
            Patch(color="#c7ccd3", label=people_label),
        ]
        fig.legend(handles=handles, loc="outside lower center", ncols=2)
        return _svg(fig)
