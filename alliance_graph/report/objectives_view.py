"""The report's "Objectives" section, as plain data: each objective agreed at the kick-off,
its progress by wave from each side, its target and its alerts (DESIGN.md section 10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from alliance_graph.i18n import format_date, format_number
from alliance_graph.report.objective_chart import objective_chart

__all__ = ["objectives_section"]

#: The viewpoints shown, in order.
_VIEWS = ("self", "sponsor", "coach", "stakeholders")


def objectives_section(
    objectives: pd.DataFrame | None,
    data: dict[str, Any],
    waves: list[str],
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """Each objective with its wording in ``lang``, who agreed it and when, a chart of its
    progress by wave and viewpoint, the views of the last wave it was rated in, whether it
    is on target, and its alerts; ``None`` without objectives."""
    if objectives is None or not waves or "objectives" not in data[waves[-1]]:
        return None
    labels = {view: t(f"objectives.view.{view}") for view in _VIEWS}
    items = []
    for row in objectives.to_dict("records"):
        objective = {str(k): v for k, v in row.items()}
        oid = str(objective["id"])
        records = {w: data[w]["objectives"].get(oid, {}) for w in waves}
        rated = [w for w in waves if (records[w].get("stakeholders") or {}).get("n")]
        latest = rated[-1] if rated else None
        items.append(
            {
                "id": oid,
                "wording": _wording(objective, lang),
                "agreed": _agreed(objective, lang, t),
                "indicator": _text(objective.get("indicator")),
                "chart": _chart(oid, records, waves, objective, lang, t, labels),
                "wave": latest,
                "rows": _rows(records[latest], labels, lang) if latest else [],
                "on_target": records[latest].get("on_target") if latest else None,
                "target": _target_text(objective, records[latest] if latest else {}, lang, t),
                "alerts": [
                    a["message"]
                    for a in data[latest or waves[-1]]["alerts"]
                    if a["code"].startswith("OBJECTIVE_") and a.get("subject") == oid
                ],
            }
        )
    return {"items": items}


def _wording(objective: dict[str, Any], lang: str) -> str:
    """The objective in the reader's language when the register has it."""
    return _text(objective.get(f"objective_{lang}")) or str(objective["objective"])


def _text(value: Any) -> str | None:
    """A cell's text, ``None`` when blank (``None``, NaN or empty)."""
    return (
        None
        if value is None or (isinstance(value, float) and value != value) or value == ""
        else str(value)
    )


def _agreed(objective: dict[str, Any], lang: str, t: Callable[..., str]) -> str | None:
    parties = [t(f"objectives.party.{p}") for p in objective.get("agreed_by") or ()]
    who = None
    if parties:  # "the coachee, the sponsor and you"
        head = ", ".join(parties[:-1])
        who = f"{head}{t('objectives.and')}{parties[-1]}" if head else parties[-1]
    when = _text(objective.get("agreed_on"))
    date = None
    if when:
        parsed = pd.to_datetime(when, errors="coerce")
        date = format_date(parsed, lang) if not pd.isna(parsed) else str(when)
    if who and date:
        return t("objectives.agreed", who=who, date=date)
    if who:
        return t("objectives.agreed_by", who=who)
    return t("objectives.agreed_on", date=date) if date else None


def _chart(
    oid: str,
    records: dict[str, dict[str, Any]],
    waves: list[str],
    objective: dict[str, Any],
    lang: str,
    t: Callable[..., str],
    labels: dict[str, str],
) -> dict[str, str]:
    views = {view: {w: (records[w].get(view) or {}).get("mean") for w in waves} for view in _VIEWS}
    target = objective.get("target")
    uri = objective_chart(
        views,
        waves,
        target=None if target is None else float(target),
        lang=lang,
        title=t("objectives.chart", id=oid),
        labels=labels,
        target_label=t("objectives.target_word"),
    )
    return {"uri": uri, "alt": t("objectives.chart_alt", id=oid)}


def _rows(record: dict[str, Any], labels: dict[str, str], lang: str) -> list[dict[str, Any]]:
    rows = []
    for view in _VIEWS:
        figures = record.get(view) or {}
        rows.append({"label": labels[view], "value": _signed(figures.get("mean"), lang),
                     "n": figures.get("n", 0)})  # fmt: skip
    return rows


def _target_text(
    objective: dict[str, Any], record: dict[str, Any], lang: str, t: Callable[..., str]
) -> str:
    target = _signed(objective.get("target"), lang)
    progress = record.get("progress")
    if progress is None:
        return t("objectives.target_none", target=target)
    key = "objectives.on_target" if record.get("on_target") else "objectives.off_target"
    return t(key, target=target, progress=_signed(progress, lang))


def _signed(value: Any, lang: str) -> str:
    if value is None:
        return "—"
    text = format_number(float(value), lang, 1)
    return f"+{text}" if round(float(value), 1) > 0 else text
