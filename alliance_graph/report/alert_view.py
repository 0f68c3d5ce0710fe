"""The report's alerts, grouped by priority and kind: under "Needs action", "To watch"
and "For information" (:data:`~alliance_graph.metrics.alerts.PRIORITIES`), the alerts of
one kind together, and the alerts about single people of one kind folded into one line
that names them. Plain data for ``_alerts.html.j2``.

A folded line keeps the anchors of the alerts it replaces: each name carries the id of
its own alert, so the links of "What to do now" still lead to it.
"""

from __future__ import annotations

from typing import Any

from alliance_graph.i18n import format_value, translate
from alliance_graph.metrics.alerts import PRIORITIES, AlertCode, priority
from alliance_graph.report.now_view import anchor

__all__ = ["FOLDED", "LEVELS", "alert_blocks"]

#: The priorities, most urgent first.
LEVELS = ("action", "watch", "info")
#: Kinds of alerts about one person each: two or more of a kind make one line.
FOLDED = (
    AlertCode.COACH_OVERESTIMATES.value,
    AlertCode.COACH_UNDERESTIMATES.value,
    AlertCode.NO_ALLIANCE_DATA.value,
)
_KINDS = [code.value for code in PRIORITIES]


def alert_blocks(
    blocks: list[dict[str, Any]], waves: dict[str, Any], lang: str
) -> list[dict[str, Any]]:
    """Each wave's block of alerts (``{"wave", "items"}``, items as the metrics give them,
    with an ``anchor`` where the page links to them) with its ``levels``: the non-empty
    priorities in order, each ``{"key", "label", "items"}``. ``waves[wave]`` holds the
    wave's figures (the names and the ratings a folded line shows)."""
    return [
        {**block, "levels": _levels(block["items"], waves.get(block["wave"]) or {}, lang)}
        for block in blocks
    ]


def _levels(items: list[dict[str, Any]], wave: dict[str, Any], lang: str) -> list[dict]:
    kinds: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        kinds.setdefault(item["code"], []).append(item)
    order = sorted(kinds, key=lambda c: (_KINDS.index(c) if c in _KINDS else len(_KINDS), c))
    levels: dict[str, list[dict[str, Any]]] = {}
    for code in order:
        alerts = kinds[code]
        if code in FOLDED and len(alerts) > 1:
            shown = [_folded(code, alerts, wave, lang)]
        else:
            shown = [{**a, "anchor": a.get("anchor"), "people": None} for a in alerts]
        levels.setdefault(priority(code), []).extend(shown)
    return [
        {"key": key, "label": translate(f"report.alerts.level.{key}", lang), "items": levels[key]}
        for key in LEVELS
        if key in levels
    ]


def _folded(code: str, alerts: list[dict[str, Any]], wave: dict[str, Any], lang: str) -> dict:
    """One line for the alerts of ``code`` about several people: who, with their ratings."""
    nodes = wave.get("nodes") or {}
    records = (wave.get("alliance") or {}).get("stakeholders") or {}
    people: list[dict[str, Any]] = []
    for alert in alerts:
        person = str(alert.get("subject"))
        record = records.get(person) or {}
        detail = None
        if code != AlertCode.NO_ALLIANCE_DATA.value:
            detail = translate(
                "report.alerts.fold_detail",
                lang,
                own=format_value(record.get("from_coach"), lang),
                theirs=format_value(record.get("to_coach"), lang),
            )
        name = str((nodes.get(person) or {}).get("name", person))
        people.append({"name": name, "detail": detail, "anchor": alert.get("anchor")})
    people.sort(key=lambda p: (p["name"].casefold(), p["name"]))
    return {
        "code": code,
        "severity": alerts[0].get("severity", "warning"),
        "anchor": anchor("alerts", code) if any(p["anchor"] for p in people) else None,
        "lead": translate(f"report.alerts.fold.{code}", lang, count=len(people)),
        "advice": translate(f"report.alerts.fold_advice.{code}", lang),
        "people": people,
        "message": None,
    }
