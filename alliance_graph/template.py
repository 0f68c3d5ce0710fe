"""A blank survey kit for a new engagement: register, ratings sheet and questionnaire text.

The files are what the ingest reads as they are: fill them in and run ``validate``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from alliance_graph.files import write_atomic
from alliance_graph.i18n import translate

__all__ = ["KIT_FILES", "write_kit"]

KIT_FILES = ("register.csv", "survey.csv", "questionnaire.txt")
_DIMENSIONS = ("trust", "listening", "respect", "goals")


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def write_kit(folder: Path, lang: str = "en") -> list[Path]:
    """Write the kit into ``folder`` (created if needed); returns the files written.

    The register and the ratings sheet use the headers of ``lang`` (``évaluateur``,
    ``confiance`` … in French) and hold example rows that show the shape; the
    questionnaire gives the questions and the 1–5 scale in the coach's own words.
    """

    def t(key: str, **params: str) -> str:
        return translate(f"kit.{key}", lang, **params)

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    coach, sponsor, coachee, member = (
        t(f"example.{k}") for k in ("coach", "sponsor", "coachee", "member")
    )
    register = [
        [t("head.id"), t("head.name"), t("head.group"), t("head.role")],
        ["c1", coach, t("example.coach_group"), t("role.coach")],
        ["s1", sponsor, t("example.board"), t("role.sponsor")],
        ["e1", coachee, t("example.board"), t("role.coachee")],
        ["m1", member, t("example.team"), t("role.stakeholder")],
    ]
    ratings = [
        [
            t("head.wave"),
            t("head.date"),
            t("head.rater"),
            t("head.ratee"),
            *(t(f"head.{d}") for d in _DIMENSIONS),
        ],
        ["T1", "2026-01-15", "s1", "c1", "5", "4", "5", "4"],
        ["T1", "2026-01-15", "c1", "s1", "4", "4", "5", "4"],
        ["T1", "2026-01-16", "m1", "c1", "3", "", "4", "3"],
        ["T1", "2026-01-16", "m1", "e1", "2", "3", "3", "2"],
    ]
    texts = {
        "register.csv": _csv(register),
        "survey.csv": _csv(ratings),
        "questionnaire.txt": "\n".join(
            [
                t("q.title"),
                "",
                t("q.intro"),
                "",
                t("q.scale"),
                "",
                *(f"{i}. {t(f'q.{d}')}" for i, d in enumerate(_DIMENSIONS, start=1)),
                "",
                t("q.coach"),
                "",
            ]
        ),
    }
    written = []
    for name in KIT_FILES:
        path = folder / name
        written.append(write_atomic(path, texts[name]))
    return written
