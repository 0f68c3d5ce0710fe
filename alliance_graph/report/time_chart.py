""" "Where your time went, beside where the trust is": one chart per wave."""

from __future__ import annotations

from alliance_graph.i18n import format_number, format_percent
from alliance_graph.report.svg import MUTED, TEXT, WIDTH, document, empty
from alliance_graph.report.svg import title as heading
from alliance_graph.report.svg_plot import (
    PALETTE,
    TICK,
    Frame,
    label,
    legend,
    legend_height,
    nice_ticks,
    patch,
    rect,
    text_width,
)

__all__ = ["time_chart"]

_PEOPLE = "#c7ccd3"


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
    if not rows:
        return empty(title)
    height = 72 * min(max(1.8 + 0.55 * len(rows), 3.0), 9.0)
    reach = max(max(r[1] for r in rows), max(r[2] for r in rows)) * 1.25 + 0.04
    left = min(max(text_width(r[0], 10) for r in rows), 220) + 14
    frame = Frame(
        left=left,
        top=30.0,
        width=WIDTH - left - 14,
        height=height - 30 - 26 - legend_height([time_label, people_label], 2),
        x_range=(0.0, min(reach / 0.82, 1.25)),
        y_range=(len(rows) - 0.45, -1.0),  # the first row at the top, room for a header
    )
    ticks = nice_ticks(*frame.x_range)
    body = frame.x_ticks(ticks, [format_percent(v, lang) for v in ticks])
    thick = frame.y(0.16) - frame.y(-0.16)
    for y, (group, time, people, alliance) in enumerate(rows):
        colour = (colours or {}).get(group) or PALETTE[y % len(PALETTE)]
        middle = frame.y(y)
        body.append(label(frame.left - 6, middle + 3.5, group, fill=TICK, text_anchor="end"))
        body.append(_bar(frame, time, frame.y(y - 0.17), thick, colour))
        body.append(_bar(frame, people, frame.y(y + 0.17), thick, _PEOPLE))
        words = format_percent(time, lang)
        body.append(label(frame.x(time) + 3, frame.y(y - 0.17) + 3.2, words, 9, fill=TEXT))
        value = "—" if alliance is None else format_number(alliance, lang)
        bold = label(frame.right - 2, middle + 3.5, value, fill=TEXT, font_weight="bold",
                     text_anchor="end")  # fmt: skip
        body.append(bold)
    body.append(
        label(frame.right - 2, frame.y(-0.75) + 3, alliance_label, 8, fill=MUTED, text_anchor="end")
    )
    body += frame.spines()
    samples = [(patch("#4b5563"), time_label), (patch(_PEOPLE), people_label)]
    body += legend(samples, height - 4, 2)
    body.append(heading(title))
    return document(height, body)


def _bar(frame: Frame, share: float, middle: float, thick: float, colour: str) -> str:
    return rect(frame.x(0), middle - thick / 2, frame.x(share) - frame.x(0), thick, colour)
