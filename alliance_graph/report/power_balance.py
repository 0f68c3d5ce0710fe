"""The balance index weighted by power beside the balance index, in words for the report.

Read together: weighted by power lower than the balance index, the weaker alliances are
with the more powerful groups; higher, with the less powerful ones
(:func:`~alliance_graph.metrics.power.power_weighted_balance_index`).
"""

from __future__ import annotations

from typing import Any

from alliance_graph.i18n import format_value, group_label, translate
from alliance_graph.metrics.alliance import balance_group

__all__ = ["SAME", "balance_figures", "power_balance_card"]

#: Under this difference the two indices read as the same (both are shown to 2 decimals).
SAME = 0.005


def balance_figures(wave: dict[str, Any], powered: set[str], lang: str) -> dict[str, Any] | None:
    """The two indices of one wave's figures and what their difference says; ``powered``
    are the ids of the people with a power in the register (to name the groups without
    one when the weighted index is undefined). ``None`` without a balance index."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.power_map.balance.{key}", lang, **params)

    alliance = wave.get("alliance")
    if not alliance or alliance.get("balance_index") is None:
        return None
    equal = alliance["balance_index"]
    weighted = alliance.get("power_weighted_balance_index")
    reading = None
    if weighted is None:
        missing = _without_power(alliance, powered)
        if missing:
            reading = t("missing", groups=", ".join(group_label(g, lang) for g in missing))
    elif abs(weighted - equal) < SAME:
        reading = t("same")
    else:
        reading = t("lower" if weighted < equal else "higher")
    values = t("values", equal=format_value(equal, lang), power=format_value(weighted, lang))
    return {"text": values, "reading": reading}


def power_balance_card(data: dict[str, Any], waves: list[str], lang: str) -> str | None:
    """The last wave's balance index weighted by power, for the balance card (``None``
    without one)."""
    alliance = (data[waves[-1]].get("alliance") or {}) if waves else {}
    value = alliance.get("power_weighted_balance_index")
    return None if value is None else format_value(value, lang)


def _without_power(alliance: dict[str, Any], powered: set[str]) -> list[str]:
    """The balance groups with no member who has both an alliance and a power."""
    with_power = {
        balance_group(record)
        for person, record in alliance.get("stakeholders", {}).items()
        if record.get("alliance") is not None and str(person) in powered
    }
    return [str(g) for g in alliance.get("groups", {}) if g not in with_power]
