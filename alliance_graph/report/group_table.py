"""The coach's report's table of group alliances in the last wave: each balance group's
alliance, its distance to the level and its change since the wave before, with the
permutation test's verdict. Each row has the anchor "What to do now" links to."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_value, translate
from alliance_graph.report.colours import NO_GROUP, OWN
from alliance_graph.report.now_view import anchor, group_name

__all__ = ["group_alliance_table"]

_FIRST = ("sponsor", "coachee")


def group_alliance_table(
    data: dict[str, Any],
    waves: list[str],
    compared: dict[str, Any],
    colours: dict[str, str],
    lang: str,
) -> dict[str, Any] | None:
    """The rows of the last wave's groups (``data``: the waves' figures as plain data,
    ``compared``: the changes); ``None`` without a coach."""
    if not waves or not (data[waves[-1]].get("alliance") or {}).get("groups"):
        return None

    def t(key: str, **params: Any) -> str:
        return translate(f"report.groups.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    alliance = data[waves[-1]]["alliance"]
    previous = waves[-2] if len(waves) > 1 else None
    change = compared.get(f"{previous}->{waves[-1]}") if previous else None
    order = sorted(
        alliance["groups"],
        key=lambda g: (g not in _FIRST, _FIRST.index(g) if g in _FIRST else 0, g.casefold()),
    )
    rows = []
    for group in order:
        record = alliance["groups"][group]
        moved = ((change or {}).get("groups") or {}).get(group)
        level = alliance["level"]
        rows.append(
            {
                "anchor": anchor("group", group),
                "label": group_name(group, lang),
                "colour": OWN.get(group) or colours.get(group, NO_GROUP),
                "n": record["n"],
                "alliance": num(record["alliance"]),
                "vs_level": num(None if level is None else record["alliance"] - level, signed=True),
                "change": num(moved["delta"], signed=True) if moved else "—",
                "verdict": _verdict(moved, t),
                "weakest": group == alliance.get("weakest_group"),
            }
        )
    return {"wave": waves[-1], "previous": previous, "level": num(alliance["level"]), "rows": rows}


def _verdict(record: dict[str, Any] | None, t: Any) -> str:
    if record is None or record.get("delta") is None:
        return ""
    if record.get("significant"):
        return t("real")
    if record.get("ci_low") is None:
        return t("few")
    return t("noise")
