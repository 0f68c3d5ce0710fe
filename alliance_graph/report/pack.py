"""The three-way meeting pack: one printable page for the meeting of the coach, the coachee
and the sponsor at the kick-off, the mid-point or the close (DESIGN.md section 10).

It holds the objectives as agreed, their progress by viewpoint and wave, the alliance
balance by group, what is shared and what is not, and ruled lines for the commitments of
the next period. Its figures follow the shared rules (groups of at least K people, no one
else's answers); the coachee's, the sponsor's and the coach's own views are shown because
the three of them are in the room. The page has no script and loads nothing: it prints on
A4 in one or two pages.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from alliance_graph.errors import NoObjectivesError
from alliance_graph.i18n import format_date, format_value, say_anonymous, translate
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.report.pack_charts import strip_chart
from alliance_graph.report.pack_objectives import (
    MAX_WAVES,
    cell,
    objective_blocks,
    rated_waves,
    verdict,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from alliance_graph.metrics import Metrics
    from alliance_graph.metrics.shared import SharedResult
    from alliance_graph.model import Survey

__all__ = ["STAGES", "build_pack"]

#: The meetings a pack is for, in the order of the coaching.
STAGES = ("kickoff", "mid", "close")
_ACCENT = "#0072B2"


def build_pack(
    survey: Survey,
    metrics: Metrics,
    shared: SharedResult,
    *,
    stage: str,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
    patterns: int = PATTERNS,
    floor: float = 0.50,
) -> str:
    """The pack of ``survey`` for ``stage`` (one of :data:`STAGES`), in ``lang``.

    ``metrics`` are the coach's figures (for the coachee's, the sponsor's and the coach's
    own views), ``shared`` the shared version (:func:`~alliance_graph.metrics.shared.redact`,
    whose K the pack follows). The kick-off pack rests on the first wave (the baseline
    alliance); the mid-point and closing packs on every wave, with the change since the
    wave before (the closing pack's alliance: since the first wave). ``generated`` is the
    date printed (omit it for none); ``floor`` the weak-alliance line.

    Raises
    ------
    NoObjectivesError
        When the survey holds no objectives (neither a register nor progress answers).
    ValueError
        For a ``stage`` not in :data:`STAGES`.
    """
    if stage not in STAGES:
        raise ValueError(f"stage must be one of {', '.join(STAGES)}, not {stage!r}")
    if survey.objectives is None:
        raise NoObjectivesError(
            "the three-way meeting pack needs the objectives agreed at the kick-off "
            "(an objectives register or progress answers)"
        )
    from alliance_graph.report.html import render_printable

    return render_printable(
        "pack.html.j2",
        pack_context(
            survey,
            metrics,
            shared,
            stage=stage,
            lang=lang,
            title=title,
            generated=generated,
            seed=seed,
            patterns=patterns,
            floor=floor,
        ),
        "pack.css",
    )


def pack_context(
    survey: Survey,
    metrics: Metrics,
    shared: SharedResult,
    *,
    stage: str,
    lang: str,
    title: str | None,
    generated: datetime | None,
    seed: int,
    patterns: int,
    floor: float,
) -> dict[str, Any]:
    """The plain data ``pack.html.j2`` shows (see :func:`build_pack`)."""
    from alliance_graph.metrics.shared_objectives import shared_objectives

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    assert survey.objectives is not None
    figures = shared.to_dict(lang)
    k = figures["min_group_size"]
    waves = list(figures["waves"])
    used = waves[:1] if stage == "kickoff" else waves
    own = {w: metrics.waves[w].objectives or {} for w in used}
    # the three views are on the page (shared explicitly): the sponsor's own answer then
    # counts towards no K, so no group figure rests on fewer than K others
    shown = shared_objectives(survey, k, viewpoints=True)
    views = shown.figures if shown else {}
    pairs = {
        (c[-2], c[-1])
        for o in survey.objectives["id"].astype(str)
        if len(c := rated_waves(o, used, own, views)) > 1
    }
    changed = shared_objectives(
        survey, k, viewpoints=True, pairs=sorted(pairs), seed=seed, patterns=patterns
    )
    moved = changed.changes if changed else {}
    blocks = objective_blocks(survey.objectives, own, views, moved, used, k=k, lang=lang, t=t)
    return {
        "lang": lang,
        "stage": stage,
        "stage_title": t(f"pack.stage.{stage}"),
        "title": title,
        "coach": _coach_name(survey, lang),
        "waves": ", ".join(used),
        "n_waves": len(used),
        "generated": format_date(generated, lang) if generated else None,
        "k": k,
        "objectives": blocks,
        "rated": any(b["waves"] for b in blocks),
        "alliance": _alliance(figures, used, stage, k, floor, lang, t),
    }


def _coach_name(survey: Survey, lang: str) -> str | None:
    """The coach's name as the register gives it (a label for a coach without consent)."""
    if survey.coach is None:
        return None
    people = survey.stakeholders
    found = people.loc[people["id"].astype(str) == str(survey.coach), "name"]
    return say_anonymous(str(found.iloc[0]), lang) if len(found) else None


def _alliance(
    figures: dict[str, Any],
    used: list[str],
    stage: str,
    k: int,
    floor: float,
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any]:
    """Each group's alliance in the waves used, the balance index, and their change since
    the wave before (the closing pack: since the first wave)."""
    data = figures["waves"]
    columns = used[-MAX_WAVES:]
    pair = None
    if len(used) > 1:
        pair = (used[0] if stage == "close" else used[-2], used[-1])
    change = figures["changes"].get(f"{pair[0]}->{pair[1]}") if pair else None
    alliances = {w: (data[w]["alliance"] or {}).get("groups") or {} for w in used}
    names = sorted(
        {g for w in columns for g in data[w]["groups"]},
        key=lambda g: (g == UNGROUPED, g.casefold()),
    )
    rows = []
    for group in names:
        cells = [
            _alliance_cell(data[w]["groups"].get(group), alliances[w].get(group), k, floor, lang, t)
            for w in columns
        ]
        moved = verdict(((change or {}).get("groups") or {}).get(group), lang, t)
        label = t("shared.no_group") if group == UNGROUPED else group
        rows.append({"label": label, "cells": cells, "change": _signed(moved, lang)})
    balance = {
        "label": t("pack.alliance.balance"),
        "cells": [
            cell(format_value((data[w]["alliance"] or {}).get("balance_index"), lang))
            for w in columns
        ],
        "change": _signed(verdict((change or {}).get("balance_index"), lang, t), lang),
    }
    return {
        "waves": columns,
        "since": pair[0] if pair else None,
        "rows": rows,
        "balance": balance,
        "floor": format_value(floor, lang),
        "chart": _alliance_chart(names, alliances, columns, pair, floor, lang, t),
    }


def _alliance_cell(
    size: dict[str, Any] | None,
    record: dict[str, Any] | None,
    k: int,
    floor: float,
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any]:
    if size is None:
        return cell(format_value(None, lang))
    if not size["shown"] or not (record or {}).get("shown", True):
        return cell(fewer=t("pack.fewer", k=k))
    value = (record or {}).get("alliance")
    # weak as the reader sees it: a value shown as 0.50 is not under a floor of 0.50
    return cell(format_value(value, lang), weak=value is not None and round(value, 2) < floor)


def _signed(found: dict[str, Any], lang: str) -> dict[str, Any] | None:
    if found["delta"] == "":
        return None
    return {**found, "delta": format_value(found["delta"], lang, signed=True)}


def _alliance_chart(
    names: list[str],
    alliances: dict[str, dict[str, Any]],
    columns: list[str],
    pair: tuple[str, str] | None,
    floor: float,
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """Each group's alliance in the two waves compared (or the one wave), 0 … 1."""
    before, after = pair if pair else (None, columns[-1])

    def value(wave: str | None, group: str) -> float | None:
        record = (alliances.get(wave) or {}).get(group) or {} if wave else {}
        return record.get("alliance") if record.get("shown") else None

    rows = [
        {
            "label": t("shared.no_group") if g == UNGROUPED else g,
            "colour": _ACCENT,
            "before": value(before, g),
            "after": value(after, g),
        }
        for g in names
    ]
    ticks = [(v, format_value(v, lang).rstrip("0").rstrip(".,") or "0") for v in (0, 0.5, 1)]
    mark = (floor, t("pack.alliance.floor", floor=format_value(floor, lang)))
    chart = strip_chart(rows, low=0, high=1, ticks=ticks, mark=mark)
    if chart is None:
        return None
    shown = [w for w in (before, after) if w]
    legend = t("pack.legend", before=before, after=after) if before else ""
    return {**chart, "alt": t("pack.alliance.alt", waves=", ".join(shown)), "legend": legend}
