"""The report's "Where your time went" section, from the metrics' ``interactions``."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_number, format_value, group_label, translate
from alliance_graph.report.colours import OWN
from alliance_graph.report.time_chart import time_chart

__all__ = ["time_section"]

_FIRST = ("sponsor", "coachee")


def time_section(
    data: dict[str, Any], waves: list[str], colours: dict[str, str], lang: str
) -> dict[str, Any] | None:
    """The latest wave's attention beside its alliances, the attention balance of every
    wave, and the people met without known trust or trusting little and not met; ``None``
    without an interaction log."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.time.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    known = [w for w in waves if (data[w].get("interactions") or {}).get("attention")]
    if not known:
        return None
    wave = known[-1]
    figures = data[wave]["interactions"]
    attention = figures["attention"]
    alliances = (data[wave]["alliance"] or {}).get("groups", {})
    order = sorted(
        attention["groups"],
        key=lambda g: (g not in _FIRST, _FIRST.index(g) if g in _FIRST else 0, g.casefold()),
    )
    rows = [
        (
            _label(g, lang),
            attention["groups"][g]["share"],
            attention["groups"][g]["member_share"],
            (alliances.get(g) or {}).get("alliance"),
        )
        for g in order
    ]
    names = {k: v["name"] for k, v in data[wave]["nodes"].items()}
    layers = figures["layers"] or {}
    uri = time_chart(
        rows,
        lang=lang,
        title=t("chart", wave=wave),
        time_label=t("your_time"),
        people_label=t("people_share"),
        alliance_label=t("alliance"),
        colours={
            **{_label(g, lang): c for g, c in colours.items()},
            **{_label(g, lang): c for g, c in OWN.items()},
        },
    )
    return {
        "wave": wave,
        "chart": {"uri": uri, "alt": t("alt", wave=wave)},
        "measure": t(f"measure.{figures['measure']}"),
        "total": format_number(attention["total"], lang, 0),
        "waves": [
            {
                "wave": w,
                "attention": num((data[w]["interactions"]["attention"] or {}).get("balance_index")),
                "alliance": num((data[w]["alliance"] or {}).get("balance_index")),
                "events": data[w]["interactions"]["events"],
            }
            for w in known
        ],
        "met_unknown": [names.get(p, p) for p in layers.get("met_unknown", [])],
        "low_not_met": [names.get(p, p) for p in layers.get("low_not_met", [])],
        "combined": None if layers.get("combined") is None else num(layers["combined"]),
        "alpha": None if layers.get("alpha") is None else num(layers["alpha"]),
    }


def _label(group: str, lang: str) -> str:
    if group in _FIRST:
        return translate(f"report.role.{group}", lang).capitalize()
    return group_label(group, lang)
