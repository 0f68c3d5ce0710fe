"""The report's tables: figures by wave, stakeholders, what changed, data quality.

Plain data for the template, built from the metrics; no HTML here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import PurePath
from typing import Any

import networkx as nx

from alliance_graph.i18n import label, translate
from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS
from alliance_graph.metrics.catalogue import shown_in, value_of
from alliance_graph.metrics.change import tie_changes
from alliance_graph.model import Issue, Survey
from alliance_graph.report.now_view import anchor
from alliance_graph.report.sentences import change_sentences

__all__ = [
    "changes_section",
    "figures_table",
    "frustration_notes",
    "quality_section",
    "stakeholder_rows",
]


def figures_table(
    data: dict[str, Any], waves: list[str], t: Callable[..., str], *, shared: bool = False
) -> list[dict[str, Any]]:
    """One row per figure of the glance table (the catalogue's, or those of the shared
    version), one value per wave: the trends at a glance."""
    rows = []
    for figure in shown_in("glance"):
        values = [value_of(figure, data[w], shared=shared) for w in waves]
        if (shared and not figure.shared) or (figure.optional and all(v is None for v in values)):
            continue
        label = t(f"glossary.{figure.key}.term")
        rows.append({"label": label, "values": values, "percent": figure.fmt == "percent"})
    return rows


def frustration_notes(
    data: dict[str, Any], waves: list[str], t: Callable[..., str], num: Callable[..., str]
) -> list[str]:
    """One sentence per wave whose frustration index is not proven least: its bounds."""
    notes = []
    for wave in waves:
        balance = data[wave].get("structural_balance") or {}
        if balance.get("frustration_exact", True) or not balance.get("signed_ties"):
            continue
        low, high, ties = (
            balance["frustration_lower_bound"],
            balance["frustration_index"],
            balance["signed_ties"],
        )
        notes.append(
            t(
                "glance.frustration_bound",
                wave=wave,
                low=low,
                high=high,
                ties=ties,
                worst=num(balance["normalised_frustration"]),
                best=num(1 - low / (ties / 2)),
            )
        )
    return notes


def stakeholder_rows(
    wave: dict[str, Any] | None,
    lang: str,
    t: Callable[..., str],
    num: Callable[..., str],
    floor: float = DEFAULT_THRESHOLDS.group_floor,
) -> list[dict[str, Any]]:
    """One row per person of the last wave, the weakest alliance with the coach first
    (unknown alliances last): each cell's text, and in ``values`` the numbers the page
    sorts by; ``weak`` marks an alliance under ``floor``."""
    if wave is None:
        return []
    alliance = (wave["alliance"] or {}).get("stakeholders", {})
    rows = []
    for node, figures in wave["nodes"].items():
        record = alliance.get(node, {})
        values = {
            "alliance": record.get("alliance"),
            "gap": record.get("coach_gap"),
            "received": figures["trust_received"],
            "given": figures["trust_given"],
            "raters": figures["raters"],
            "distrust": figures["distrust_received"],
        }
        rows.append(
            {
                "anchor": anchor("person", node),
                "name": figures["name"],
                "group": figures["group"] or "—",
                "role": "" if figures["role"] == "stakeholder" else t(f"role.{figures['role']}"),
                "alliance": num(values["alliance"]),
                "gap": num(values["gap"], signed=True),
                "received": num(figures["trust_received"]),
                "given": num(figures["trust_given"]),
                "raters": figures["raters"],
                "distrust": figures["distrust_received"],
                "values": {k: "" if v is None else repr(float(v)) for k, v in values.items()},
                "weak": values["alliance"] is not None and values["alliance"] < floor,
            }
        )
    return sorted(rows, key=_weakest_first)


def _weakest_first(row: dict[str, Any]) -> tuple[bool, float, str, str]:
    value, name = row["values"]["alliance"], str(row["name"])
    return value == "", float(value or 0), name.casefold(), name


def changes_section(
    graphs: dict[str, nx.DiGraph],
    waves: list[str],
    data: dict[str, Any],
    compared: dict[str, Any],
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """The last two waves in detail, in sentences and tables; first → last in sentences."""
    if len(waves) < 2:
        return None
    before, after = waves[-2], waves[-1]
    key = f"{before}->{after}"
    found = compared.get(key)
    if found is None:  # metrics computed for other pairs: the tie lists are enough
        ties = tie_changes(graphs[before], graphs[after])
        found = {
            f"ties_{k}" if k in ("gained", "lost", "strengthened", "weakened") else k: v
            for k, v in ties.items()
        }
    names = {k: v["name"] for w in (before, after) for k, v in data[w]["nodes"].items()}
    sections = []
    for part in ("ties_strengthened", "ties_weakened", "sign_flips", "ties_gained", "ties_lost"):
        rows = [
            {
                "source": names.get(r["source"], r["source"]),
                "target": names.get(r["target"], r["target"]),
                "before": r["before"],
                "after": r["after"],
                "delta": r["delta"],
            }
            for r in found[part]
        ]
        label = t(f"changes.{part.removeprefix('ties_')}")
        sections.append({"key": part, "label": label, "count": len(rows), "rows": rows[:15]})
    overall = compared.get(f"{waves[0]}->{waves[-1]}") if len(waves) > 2 else None
    return {
        "from": before,
        "to": after,
        "sentences": change_sentences(compared[key], lang) if key in compared else [],
        "overall": None
        if overall is None
        else {
            "label": t("changes.overall", first=waves[0], last=waves[-1]),
            "sentences": change_sentences(overall, lang),
        },
        "sections": sections,
        "joined": [names.get(n, n) for n in found["joined"]],
        "left": [names.get(n, n) for n in found["left"]],
    }


def quality_section(survey: Survey, facts: dict[str, Any], lang: str) -> dict[str, Any]:
    """Files and issues, naming files without their folders (the page may be shared)."""

    def bare(issue: Issue) -> Issue:
        return replace(issue, file=PurePath(issue.file).name) if issue.file else issue

    return {
        "files": [
            f.to_dict(lang)
            | {
                "path": PurePath(f.path).name
                + (f", {translate('word.sheet', lang, sheet=f.sheet)}" if f.sheet else ""),
                "rows": f.rows,
                "shape": label("shape", f.shape, lang),
            }
            for f in survey.files
        ],
        "issues": [
            {"severity": i.severity.value, "code": i.code.value, "text": bare(i).describe(lang)}
            for i in survey.issues
        ],
        "missing": sum(survey.missing_answers.values()),
        "waves": [
            {"label": w, "raters": f["raters"], "stakeholders": f["stakeholders"]}
            for w, f in facts.items()
        ],
    }
