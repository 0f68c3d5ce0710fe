"""A blank survey kit for a new engagement: a workbook, the same sheets as CSV files, and
the questionnaire text.

The files are what the ingest reads as they are: fill them in and run ``validate``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alliance_graph.files import write_atomic
from alliance_graph.i18n import translate

__all__ = ["CSV_DIALECTS", "KIT_FILES", "Kit", "csv_bytes", "kit_content", "write_kit"]

KIT_FILES = (
    "survey-kit.xlsx",
    "register.csv",
    "survey.csv",
    "questionnaire.txt",
    "objectives.csv",
    "progress.csv",
)
_DIMENSIONS = ("trust", "listening", "respect", "goals")
_ROLES = ("coach", "sponsor", "coachee", "stakeholder")

#: The CSV dialect each language's Excel opens with a double click: (delimiter, decimal
#: mark). Both are written in UTF-8 with a byte order mark, the only way Excel is sure to
#: read UTF-8, and with Windows line ends.
CSV_DIALECTS = {"en": (",", "."), "fr": (";", ",")}

# id, example name, example group, role
_PEOPLE = (
    ("c1", "coach", "coach_group", "coach"),
    ("s1", "sponsor", "board", "sponsor"),
    ("e1", "coachee", "board", "coachee"),
    ("m1", "member", "team", "stakeholder"),
)
# wave, date, rater, ratee, one score per dimension (None: not answered)
_ANSWERS = (
    ("T1", dt.date(2026, 1, 15), "s1", "c1", (5, 4, 5, 4)),
    ("T1", dt.date(2026, 1, 15), "c1", "s1", (4, 4, 5, 4)),
    ("T1", dt.date(2026, 1, 16), "m1", "c1", (3, None, 4, 3)),
    ("T1", dt.date(2026, 1, 16), "m1", "e1", (2, 3, 3, 2)),
)

# the objectives register's example (DESIGN.md section 10) and progress answers on it
_OBJECTIVE_HEADS = ("id", "objective", "agreed_on", "agreed_by", "observers", "target",
                    "indicator")  # fmt: skip
_PROGRESS_HEADS = ("wave", "rater", "objective", "progress", "comment")
# wave, rater, objective, progress (−3 … +3), the key of a comment
_PROGRESS = (
    ("T1", "s1", "1", 1, None),
    ("T1", "m1", "1", 2, "progress.example_comment"),
    ("T1", "e1", "1", 2, None),
)
_IN_WORDS = 1  # the example answer the CSV file gives in words ("better"), not as "+2"
# who may agree an objective, and the choices of the workbook's list: all three first
_PARTIES = ("coachee", "sponsor", "coach")
_AGREED_BY = ((0, 1, 2), (0, 1), (0, 2), (1, 2), (0,), (1,), (2,))

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Kit:
    """What the kit says, in one language; each file lays it out its own way.

    ``register`` and ``answers`` are tables, headers first. ``answers`` names people by
    id and answers with numbers (the CSV file); ``answer_book`` names them by name and
    answers with ``labels``, the scale's labels lowest first, as the workbook's dropdown
    lists offer them with ``dont_know``. ``objectives`` is the objectives register;
    ``progress`` the progress answers by id, as numbers and words, and ``progress_book``
    the same by name with ``progress_labels`` (−3 … +3), as the workbook's lists offer
    them with ``not_observed``; ``agreed_by`` are the choices of who agreed an objective.
    """

    lang: str
    register: tuple[Row, ...]
    answers: tuple[Row, ...]
    answer_book: tuple[Row, ...]
    labels: tuple[str, ...]
    dont_know: str
    roles: tuple[str, ...]
    yes_no: tuple[str, str]
    questions: tuple[str, ...]
    objectives: tuple[Row, ...] = ()
    progress: tuple[Row, ...] = ()
    progress_book: tuple[Row, ...] = ()
    progress_labels: tuple[str, ...] = ()
    not_observed: str = ""
    agreed_by: tuple[str, ...] = ()

    def text(self, key: str, **params: Any) -> str:
        """The kit's string ``key`` in the kit's language."""
        return translate(f"kit.{key}", self.lang, **params)


def kit_content(lang: str = "en") -> Kit:
    """The kit in ``lang``: headers, example rows, answer labels and questions."""

    def t(key: str) -> str:
        return translate(f"kit.{key}", lang)

    names = {pid: t(f"example.{name}") for pid, name, _, _ in _PEOPLE}
    labels = tuple(t(f"answer.{point}") for point in range(1, 6))
    register = (
        tuple(t(f"head.{h}") for h in ("id", "name", "group", "role", "consent", "alias", "email")),
        *(
            (pid, names[pid], t(f"example.{g}"), t(f"role.{r}"), t("yes"), None, None)
            for pid, _, g, r in _PEOPLE
        ),
    )
    head = tuple(t(f"head.{h}") for h in ("wave", "date", "rater", "ratee", *_DIMENSIONS))
    parties = tuple(t(f"role.{party}") for party in _PARTIES)
    agreed_by = tuple("; ".join(parties[i] for i in choice) for choice in _AGREED_BY)
    points = tuple(t(f"progress.point.{point}") for point in range(-3, 4))
    return Kit(
        lang=lang,
        register=register,
        answers=(head, *((w, d, a, b, *s) for w, d, a, b, s in _ANSWERS)),
        answer_book=(head, *_named(names, labels)),
        labels=labels,
        dont_know=t("answer.dont_know"),
        roles=tuple(t(f"role.{r}") for r in _ROLES),
        yes_no=(t("yes"), t("no")),
        questions=tuple(t(f"q.{d}") for d in _DIMENSIONS),
        objectives=(
            tuple(t(f"head.objective.{h}") for h in _OBJECTIVE_HEADS),
            (
                "1",
                t("example.objective"),
                dt.date(2026, 1, 12),
                agreed_by[0],
                t("example.team"),
                1.0,
                t("example.indicator"),
            ),
        ),
        progress=(
            tuple(t(f"head.progress.{h}") for h in _PROGRESS_HEADS),
            *(
                (w, rater, oid, t(f"progress.{v}") if i == _IN_WORDS else f"{v:+d}", c and t(c))
                for i, (w, rater, oid, v, c) in enumerate(_PROGRESS)
            ),
        ),
        progress_book=(
            tuple(t(f"head.progress.{h}") for h in _PROGRESS_HEADS),
            *((w, names[r], oid, points[v + 3], c and t(c)) for w, r, oid, v, c in _PROGRESS),
        ),
        progress_labels=points,
        not_observed=t("progress.not_observed"),
        agreed_by=agreed_by,
    )


def write_kit(folder: Path, lang: str = "en") -> list[Path]:
    """Write the kit into ``folder`` (created if needed); returns the files written.

    ``survey-kit.xlsx`` holds an instructions sheet, the register, the answers sheet, the
    objectives register and the progress answers, with dropdown lists (see
    :mod:`alliance_graph.template_workbook`); ``register.csv`` and ``survey.csv`` hold
    the same tables in the CSV dialect of ``lang``'s Excel (:data:`CSV_DIALECTS`);
    ``questionnaire.txt`` gives the questions and the 1–5 scale
    in the coach's own words, then the progress questions on the objectives;
    ``objectives.csv`` and ``progress.csv`` are the objectives register agreed at the
    kick-off and the progress answers on it (DESIGN.md section 10). Headers are in
    ``lang`` (``évaluateur``, ``confiance``… in French) and example rows show the shape.
    """
    from alliance_graph.template_workbook import kit_workbook

    kit = kit_content(lang)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    contents: dict[str, bytes | str] = {
        "survey-kit.xlsx": kit_workbook(kit),
        "register.csv": csv_bytes(kit.register, lang),
        "survey.csv": csv_bytes(kit.answers, lang),
        "questionnaire.txt": _questionnaire(kit),
        "objectives.csv": csv_bytes(kit.objectives, lang),
        "progress.csv": csv_bytes(kit.progress, lang),
    }
    return [write_atomic(folder / name, contents[name]) for name in KIT_FILES]


def csv_bytes(rows: tuple[Row, ...], lang: str) -> bytes:
    """``rows`` as a CSV file in the dialect of ``lang``'s Excel: UTF-8 with a byte order
    mark, ``;`` and a decimal comma in French, ``,`` and a decimal point in English.

    >>> csv_bytes((("a", "b"), (1.5, None)), "fr")
    b'\\xef\\xbb\\xbfa;b\\r\\n1,5;\\r\\n'
    """
    delimiter, decimal = CSV_DIALECTS[lang]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([_cell(value, decimal) for value in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def _cell(value: Any, decimal: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(value).replace(".", decimal)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _named(names: dict[str, str], labels: tuple[str, ...]) -> list[Row]:
    """The example answers with people's names and answer labels, as a coach picks them
    in the workbook's lists."""
    return [
        (w, d, names[a], names[b], *(None if s is None else labels[s - 1] for s in scores))
        for w, d, a, b, scores in _ANSWERS
    ]


def _questionnaire(kit: Kit) -> str:
    lines = [kit.text("q.title"), "", kit.text("q.intro"), "", kit.text("q.scale"), ""]
    lines += [f"{i}. {q}" for i, q in enumerate(kit.questions, start=1)]
    lines += ["", kit.text("q.coach"), "", kit.text("q.progress_title"), ""]
    lines += [kit.text("q.progress_scale"), "", kit.text("q.progress"), ""]
    return "\n".join(lines)
