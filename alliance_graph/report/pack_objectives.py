"""The meeting pack's objectives, as plain data: each objective as agreed, and its progress
by viewpoint in the waves it was rated in, with the change since the wave before.

The coachee's, the sponsor's and the coach's views come from the coach's figures: the
three of them are in the meeting, so the pack shows them (DESIGN.md section 10, privacy).
The stakeholders' and the groups' views come from the shared figures, K people or more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.report.objective_chart import VIEW_COLOURS
from alliance_graph.report.objectives_view import (
    agreed_text,
    objective_wording,
    signed,
    target_text,
    verdict,
)
from alliance_graph.report.pack_charts import strip_chart

__all__ = ["MAX_WAVES", "cell", "objective_blocks", "rated_waves", "verdict"]

#: The views of one person each, present in the meeting.
PEOPLE = ("self", "sponsor", "coach")
#: The most waves an objective's table shows (the latest ones).
MAX_WAVES = 4
_SCALE = [(v, f"+{v}" if v > 0 else str(v).replace("-", "−")) for v in range(-3, 4)]


def cell(value: str = "", **more: Any) -> dict[str, Any]:
    """One cell of a table: its ``value``, and ``n`` (how many answered), ``fewer`` (the
    words for a view under K), ``on`` (on target), ``weak`` (under the floor)."""
    return {"value": value, "n": None, "fewer": "", "on": False, "weak": False, **more}


def rated_waves(
    oid: str, waves: list[str], own: dict[str, Any], shared: dict[str, Any]
) -> list[str]:
    """The waves (of ``waves``, the latest :data:`MAX_WAVES`) where someone rated ``oid``."""

    def rated(wave: str) -> bool:
        mine = own.get(wave, {}).get(oid, {})
        theirs = shared.get(wave, {}).get(oid, {})
        return any((mine.get(view) or {}).get("n") for view in PEOPLE) or bool(
            (theirs.get("stakeholders") or {}).get("n") or theirs.get("groups_left_out")
        )

    return [w for w in waves if rated(w)][-MAX_WAVES:]


def objective_blocks(
    objectives: pd.DataFrame,
    own: dict[str, Any],
    shared: dict[str, Any],
    changes: dict[str, Any],
    waves: list[str],
    *,
    k: int,
    lang: str,
    t: Callable[..., str],
) -> list[dict[str, Any]]:
    """One block per objective: ``own`` holds the coach's figures ``{wave: {objective:
    record}}``, ``shared`` the shared ones, ``changes`` the shared changes by pair."""
    blocks = []
    for row in objectives.to_dict("records"):
        objective = {str(key): value for key, value in row.items()}
        oid = str(objective["id"])
        columns = rated_waves(oid, waves, own, shared)
        pair = f"{columns[-2]}->{columns[-1]}" if len(columns) > 1 else None
        moved = (changes.get(pair) or {}).get(oid, {}) if pair else {}
        rows = _rows(oid, columns, own, shared, moved, k, lang, t)
        latest = shared.get(columns[-1], {}).get(oid, {}) if columns else {}
        left_out = ", ".join(latest.get("groups_left_out") or ())
        blocks.append(
            {
                "id": oid,
                "wording": objective_wording(objective, lang),
                "agreed": agreed_text(objective, lang, t, shared=True),
                "indicator": _text(objective.get("indicator")),
                "target": t("pack.target", target=signed(objective.get("target"), lang)),
                "waves": columns,
                "since": columns[-2] if pair else None,
                "rows": rows,
                "status": target_text(objective, latest, lang, t, left_out),
                "on_target": latest.get("on_target"),
                "chart": _chart(oid, objective, rows, columns, lang, t),
            }
        )
    return blocks


def _rows(
    oid: str,
    columns: list[str],
    own: dict[str, Any],
    shared: dict[str, Any],
    moved: dict[str, Any],
    k: int,
    lang: str,
    t: Callable[..., str],
) -> list[dict[str, Any]]:
    labels = {
        "self": t("objectives.view.self"),
        "sponsor": t("objectives.view.sponsor"),
        "coach": t("shared.coach"),
    }
    rows = []
    for view in PEOPLE:
        means = [(own.get(w, {}).get(oid, {}).get(view) or {}).get("mean") for w in columns]
        cells = [cell(signed(m, lang)) for m in means]
        change, last = None, means[-2:]
        if len(last) == 2 and last[0] is not None and last[1] is not None:
            change = {
                "delta": signed(last[1] - last[0], lang),
                "words": t("pack.verdict.one"),
                "tone": "one",
            }
        rows.append(_row(view, labels[view], cells, change, means))
    records = [shared.get(w, {}).get(oid, {}) for w in columns]
    cells = [
        _cell(r.get("stakeholders"), bool(r.get("groups_left_out")), k, lang, t, r.get("on_target"))
        for r in records
    ]
    means = [(r.get("stakeholders") or {}).get("mean") for r in records]
    change = _said(verdict(moved.get("stakeholders"), lang, t), lang)
    rows.append(_row("stakeholders", t("objectives.view.stakeholders"), cells, change, means))
    names = {
        g for r in records for g in [*(r.get("groups") or {}), *(r.get("groups_left_out") or ())]
    }
    for group in sorted(names, key=lambda g: (g == UNGROUPED, g.casefold())):
        cells = [
            _cell(
                (r.get("groups") or {}).get(group),
                group in (r.get("groups_left_out") or ()),
                k,
                lang,
                t,
            )
            for r in records
        ]
        change = _said(verdict((moved.get("groups") or {}).get(group), lang, t), lang)
        label = t("shared.no_group") if group == UNGROUPED else group
        rows.append({**_row("group", label, cells, change, []), "group": True})
    return rows


def _row(view: str, label: str, cells: list, change: Any, means: list) -> dict[str, Any]:
    return {
        "view": view,
        "label": label,
        "cells": cells,
        "change": change,
        "means": means,
        "colour": VIEW_COLOURS.get(view, "#8a94a6"),
        "group": False,
    }


def _cell(
    figures: dict[str, Any] | None,
    left_out: bool,
    k: int,
    lang: str,
    t: Callable[..., str],
    on_target: bool | None = None,
) -> dict[str, Any]:
    """A K view in one wave: its mean and how many answered, or "fewer than K answers"."""
    if figures and figures.get("mean") is not None:
        return cell(signed(figures["mean"], lang), n=figures["n"], on=bool(on_target))
    if left_out or (figures or {}).get("n"):
        return cell(fewer=t("pack.fewer", k=k))
    return cell(signed(None, lang))


def _said(found: dict[str, Any], lang: str) -> dict[str, Any] | None:
    if found["delta"] == "":
        return None
    return {**found, "delta": signed(found["delta"], lang)}


def _chart(
    oid: str,
    objective: dict[str, Any],
    rows: list[dict[str, Any]],
    columns: list[str],
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """The views of the last two waves on −3 … +3, the target's side shaded."""
    if not columns:
        return None
    drawn = [
        {
            "label": t("pack.short_self") if r["view"] == "self" else r["label"],
            "colour": r["colour"],
            "after": r["means"][-1],
            "before": r["means"][-2] if len(columns) > 1 else None,
        }
        for r in rows
        if not r["group"]
    ]
    target = objective.get("target")
    mark = (
        None if target is None else (float(target), t("pack.target", target=signed(target, lang)))
    )
    chart = strip_chart(drawn, low=-3, high=3, ticks=_SCALE, mark=mark)
    if chart is None:
        return None
    shown = columns[-2:]
    legend = t("pack.legend", before=shown[0], after=shown[-1]) if len(shown) > 1 else ""
    alt = t("pack.chart_alt", id=oid, waves=", ".join(shown))
    return {**chart, "alt": alt, "legend": legend}


def _text(value: Any) -> str | None:
    return None if value is None or value != value or value == "" else str(value)
