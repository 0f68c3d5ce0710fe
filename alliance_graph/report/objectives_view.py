"""The report's "Objectives" section, as plain data: each objective agreed at the kick-off,
its progress by wave from each side, its target and its alerts (DESIGN.md section 10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from alliance_graph.i18n import format_date, format_number
from alliance_graph.report.objective_chart import objective_chart

__all__ = ["agreed_text", "objective_wording", "objectives_section", "signed", "target_text"]

#: The viewpoints shown, in order.
_VIEWS = ("self", "sponsor", "coach", "stakeholders")


def objectives_section(
    objectives: pd.DataFrame | None,
    data: dict[str, Any],
    waves: list[str],
    lang: str,
    t: Callable[..., str],
    *,
    shared: bool = False,
    viewpoints: bool = False,
    changes: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """Each objective with its wording in ``lang``, who agreed it and when, a chart of its
    progress by wave and viewpoint, the views of the last wave it was rated in, whether it
    is on target, and its alerts; ``None`` without objectives. ``shared``: the shared
    figures (the stakeholders' and the groups' views, no alert), with the coachee's, the
    sponsor's and the coach's views and a sentence saying why when the coach chose to
    share them (``viewpoints``). With ``changes`` (the figures' compared pairs), each view's
    change since the wave rated before, in the calibrated words of the tests."""
    if objectives is None or not waves or "objectives" not in data[waves[-1]]:
        return None
    views = ("stakeholders",) if shared and not viewpoints else _VIEWS
    # the shared version is read by the organisation: the coach is "Coach", not "you"
    said = {"coach": "objectives.view.the_coach"} if shared else {}
    labels = {view: t(said.get(view, f"objectives.view.{view}")) for view in views}
    items = []
    for row in objectives.to_dict("records"):
        objective = {str(k): v for k, v in row.items()}
        oid = str(objective["id"])
        records = {w: data[w]["objectives"].get(oid, {}) for w in waves}
        # the last wave with an answer shown (the coach's: the stakeholders' view)
        seen = views if shared else ("stakeholders",)
        rated = [w for w in waves if any((records[w].get(v) or {}).get("n") for v in seen)]
        latest = rated[-1] if rated else None
        since, moved = _since(rated, changes, oid)
        left_out = _left_out(records, waves)
        items.append(
            {
                "id": oid,
                "wording": objective_wording(objective, lang),
                "agreed": agreed_text(objective, lang, t, shared),
                "indicator": _text(objective.get("indicator")),
                "chart": _chart(oid, records, waves, objective, lang, t, labels),
                "left_out": left_out,
                "wave": latest,
                "rows": _rows(records[latest], labels, lang, shared, moved, t) if latest else [],
                "since": since,
                "on_target": records[latest].get("on_target") if latest else None,
                "target": target_text(
                    objective, records[latest] if latest else {}, lang, t, left_out
                ),
                "alerts": [
                    a["message"]
                    for a in data[latest or waves[-1]]["alerts"]
                    if a["code"].startswith("OBJECTIVE_") and a.get("subject") == oid
                ],
            }
        )
    section: dict[str, Any] = {"items": items}
    if shared and viewpoints:
        section["viewpoints"] = t("objectives.viewpoints_shared")
    return section


def objective_wording(objective: dict[str, Any], lang: str) -> str:
    """The objective in the reader's language when the register has it."""
    return _text(objective.get(f"objective_{lang}")) or str(objective["objective"])


def _text(value: Any) -> str | None:
    """A cell's text, ``None`` when blank (``None``, NaN or empty)."""
    return (
        None
        if value is None or (isinstance(value, float) and value != value) or value == ""
        else str(value)
    )


def agreed_text(
    objective: dict[str, Any], lang: str, t: Callable[..., str], shared: bool = False
) -> str | None:
    """Who agreed the objective and when, ``None`` when the register says neither."""
    # the shared version is read by the organisation: the coach is "the coach", not "you"
    said = {"coach": "objectives.party.the_coach"} if shared else {}
    parties = [t(said.get(p, f"objectives.party.{p}")) for p in objective.get("agreed_by") or ()]
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


def _rows(
    record: dict[str, Any],
    labels: dict[str, str],
    lang: str,
    shared: bool,
    moved: dict[str, Any] | None = None,
    t: Callable[..., str] | None = None,
) -> list[dict[str, Any]]:
    """Each view's row; with ``moved`` (the objective's change since the wave rated
    before), each row's change in words."""
    rows = []
    for view in labels:
        figures = record.get(view) or {}
        rows.append({"label": labels[view], "value": signed(figures.get("mean"), lang),
                     "n": figures.get("n", 0), "change": _moved(moved, view, lang, t)})  # fmt: skip
    if shared:  # each group shown, from K people
        for group, figures in (record.get("groups") or {}).items():
            change = _moved((moved or {}).get("groups"), group, lang, t)
            rows.append({"label": group, "value": signed(figures.get("mean"), lang),
                         "n": figures.get("n", 0), "change": change})  # fmt: skip
    return rows


def _since(
    rated: list[str], changes: dict[str, Any] | None, oid: str
) -> tuple[str | None, dict[str, Any] | None]:
    """The wave rated before the last one, and the objective's change between them
    (``None, None`` with one rated wave, or when the pair was not compared)."""
    if changes is None or len(rated) < 2:
        return None, None
    pair = changes.get(f"{rated[-2]}->{rated[-1]}") or {}
    moved = (pair.get("objectives") or {}).get(oid)
    return (rated[-2], moved) if moved else (None, None)


def _moved(
    moved: dict[str, Any] | None, key: str, lang: str, t: Callable[..., str] | None
) -> dict[str, Any] | None:
    """One view's change: its size and the tests' words; one person's view is said so."""
    change = (moved or {}).get(key)
    if t is None or not change or change.get("delta") is None:
        return None
    if "ci_low" not in change:  # the coachee's, the sponsor's or the coach's own answer
        return {"delta": signed(change["delta"], lang), "words": t("pack.verdict.one"),
                "tone": "one"}  # fmt: skip
    found = verdict(change, lang, t)
    return {**found, "delta": signed(found["delta"], lang)}


def _left_out(records: dict[str, dict[str, Any]], waves: list[str]) -> str:
    """The groups under K in the last wave with answers (shared figures only)."""
    answered = [
        w
        for w in waves
        if records[w].get("groups_left_out") or (records[w].get("stakeholders") or {}).get("n")
    ]
    return ", ".join(records[answered[-1]].get("groups_left_out") or ()) if answered else ""


def target_text(
    objective: dict[str, Any],
    record: dict[str, Any],
    lang: str,
    t: Callable[..., str],
    left_out: str = "",
) -> str:
    """Whether the stakeholders' view of ``record`` reaches the objective's target; with
    no progress, whether answers are hidden (groups under K ``left_out``, or a shared
    stakeholders' view under K) or there are none."""
    target = signed(objective.get("target"), lang)
    progress = record.get("progress")
    if progress is None:
        hidden = left_out or (record.get("stakeholders") or {}).get("n")
        key = "objectives.target_hidden" if hidden else "objectives.target_none"
        return t(key, target=target)
    key = "objectives.on_target" if record.get("on_target") else "objectives.off_target"
    return t(key, target=target, progress=signed(progress, lang))


def signed(value: Any, lang: str) -> str:
    """A progress with one decimal and its sign: ``+1.5``, ``0.0``, ``−0.5``, ``—`` for none."""
    if value is None:
        return "—"
    text = format_number(float(value), lang, 1)
    return f"+{text}" if round(float(value), 1) > 0 else text


def objectives_register(
    objectives: pd.DataFrame, lang: str, t: Callable[..., str]
) -> list[dict[str, Any]]:
    """The objectives as the register holds them, worded in ``lang``: id, wording, who
    agreed them and when, indicator and target (for the web app's engagement page)."""
    return [
        {
            "id": str(objective["id"]),
            "wording": objective_wording(objective, lang),
            "agreed": agreed_text(objective, lang, t),
            "indicator": _text(objective.get("indicator")),
            "target": signed(objective.get("target"), lang),
            "observers": ", ".join(objective.get("observers") or ()),
        }
        for objective in ({str(k): v for k, v in row.items()}
                          for row in objectives.to_dict("records"))
    ]  # fmt: skip


def verdict(change: dict[str, Any] | None, lang: str, t: Callable[..., str]) -> dict[str, Any]:
    """A change of a view shown by K people or more: its size and, as the tests decide,
    "a real change", "could be noise" or "too few people to tell"."""
    if change is None or change.get("delta") is None:
        return {"delta": "", "words": "", "tone": ""}
    if change.get("ci_low") is None:
        key = "too_few"
    else:
        key = "real" if change["significant"] else "noise"
    tone = key
    if key == "real":
        tone = "up" if change["delta"] > 0 else "down" if change["delta"] < 0 else "noise"
    return {"delta": change["delta"], "words": t(f"pack.verdict.{key}"), "tone": tone}
