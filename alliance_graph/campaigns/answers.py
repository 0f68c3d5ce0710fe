"""What a respondent answered, and the wave's files made of every answer sent: a long
ratings table and a table of progress answers, as a coach would upload them."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from alliance_graph.campaigns.model import Person, Questions
from alliance_graph.safe_text import safe_cell

__all__ = [
    "COMMENT_LIMIT",
    "DONT_KNOW",
    "Answers",
    "consent_missing",
    "progress_csv",
    "ratings_csv",
]

#: The answer "don't know" as stored, and as the wave's files write it (a wording the
#: reader takes as "not rated", see docs/input-format.md section 8.3).
DONT_KNOW = "dk"
#: The longest comment kept, in characters.
COMMENT_LIMIT = 4000
_DONT_KNOW_WRITTEN = "don't know"
_NOT_OBSERVED_WRITTEN = "no opportunity to observe"
_RATINGS_HEADER = ("wave", "rater", "ratee", "dimension", "score")
_COMMENT_HEADER = "comment"
_PROGRESS_HEADER = ("wave", "rater", "objective", "progress")


@dataclass(frozen=True)
class Answers:
    """One respondent's answers: ``ratings`` by (ratee, dimension) and ``progress`` by
    objective, each a number as text or :data:`DONT_KNOW`; ``comment``; ``agreed`` to
    take part and ``named`` (may the coach's report name them), ``None`` when not said.
    Questions left unanswered are absent."""

    ratings: Mapping[tuple[str, str], str] = field(default_factory=dict)
    progress: Mapping[str, str] = field(default_factory=dict)
    comment: str = ""
    agreed: bool | None = None
    named: bool | None = None

    @property
    def empty(self) -> bool:
        return not (self.ratings or self.progress or self.comment)

    def rows(self) -> list[tuple[str, str, str, str]]:
        """As stored: ``(kind, subject, item, value)``."""
        rows = [("rating", ratee, dim, v) for (ratee, dim), v in sorted(self.ratings.items())]
        rows += [("progress", o, "", v) for o, v in sorted(self.progress.items())]
        if self.comment:
            rows.append(("comment", "", "", self.comment))
        for item, said in (("agreed", self.agreed), ("named", self.named)):
            if said is not None:
                rows.append(("consent", item, "", "yes" if said else "no"))
        return rows

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, str, str]]) -> Answers:
        ratings: dict[tuple[str, str], str] = {}
        progress: dict[str, str] = {}
        comment, consent = "", {}
        for kind, subject, item, value in rows:
            if kind == "rating":
                ratings[subject, item] = value
            elif kind == "progress":
                progress[subject] = value
            elif kind == "comment":
                comment = value
            else:
                consent[subject] = value == "yes"
        return cls(ratings, progress, comment, consent.get("agreed"), consent.get("named"))


def consent_missing(person: Person, answers: Answers) -> str | None:
    """What ``person`` must still say before their answers can be sent (section 7 of
    the privacy rules): ``"agree"`` to take part, then ``"named"`` (may the coach's
    report name them; not asked when the register says no); else ``None``.

    >>> consent_missing(Person("a", "A"), Answers(agreed=True))
    'named'
    >>> consent_missing(Person("a", "A", consent=False), Answers(agreed=True)) is None
    True
    """
    if not answers.agreed:
        return "agree"
    if person.consent and answers.named is None:
        return "named"
    return None


def ratings_csv(wave: str, questions: Questions, sent: Mapping[str, Answers]) -> bytes:
    """The wave's ratings as a long CSV file, UTF-8: one row per rater, ratee and
    dimension answered, raters and ratees by their register id, in register order;
    "don't know" written in words. When someone wrote a comment, a ``comment`` column
    holds it, on a row of its own after its author's ratings (ratee, dimension and score
    blank: a comment about the survey as a whole), made safe for a spreadsheet.

    >>> from alliance_graph.campaigns.model import Person
    >>> q = Questions(("trust",), 1, 5, (Person("a", "A"), Person("b", "B")))
    >>> print(ratings_csv("T2", q, {"b": Answers({("a", "trust"): "4"}),
    ...                             "a": Answers({("b", "trust"): "dk"})}).decode(), end="")
    wave,rater,ratee,dimension,score
    T2,a,b,trust,don't know
    T2,b,a,trust,4
    >>> print(ratings_csv("T2", q, {"a": Answers({("b", "trust"): "3"}, comment="=1+1"),
    ...                             "b": Answers(comment="Merci")}).decode(), end="")
    wave,rater,ratee,dimension,score,comment
    T2,a,b,trust,3,
    T2,a,,,,'=1+1
    T2,b,,,,Merci
    """
    order = {p.id: n for n, p in enumerate(questions.roster)}
    commented = any(answers.comment for answers in sent.values())
    rows: list[tuple[str, ...]] = []
    for rater in sorted(sent, key=lambda r: order.get(r, len(order))):
        answers = sent[rater]
        rows += [
            (wave, rater, ratee, dim, _DONT_KNOW_WRITTEN if value == DONT_KNOW else value)
            + (("",) if commented else ())
            for (ratee, dim), value in sorted(
                answers.ratings.items(),
                key=lambda kv: (order.get(kv[0][0], len(order)), _index(questions, kv[0][1])),
            )
        ]
        if answers.comment:
            rows.append((wave, rater, "", "", "", _spreadsheet_safe(answers.comment)))
    header = (*_RATINGS_HEADER, _COMMENT_HEADER) if commented else _RATINGS_HEADER
    return _csv(header, rows)


def progress_csv(wave: str, questions: Questions, sent: Mapping[str, Answers]) -> bytes:
    """The wave's progress answers as a CSV file, UTF-8 (``+2``, or "no opportunity to
    observe"), in register and objective order."""
    order = {p.id: n for n, p in enumerate(questions.roster)}
    objectives = {o.id: n for n, o in enumerate(questions.objectives)}
    rows = [
        (wave, rater, objective, _NOT_OBSERVED_WRITTEN if value == DONT_KNOW else _signed(value))
        for rater in sorted(sent, key=lambda r: order.get(r, len(order)))
        for objective, value in sorted(
            sent[rater].progress.items(), key=lambda kv: objectives.get(kv[0], len(objectives))
        )
    ]
    return _csv(_PROGRESS_HEADER, rows)


def _index(questions: Questions, dimension: str) -> int:
    dims = questions.dimensions
    return dims.index(dimension) if dimension in dims else len(dims)


def _signed(value: str) -> str:
    return f"+{value}" if int(value) > 0 else value


def _spreadsheet_safe(comment: str) -> str:
    """A respondent's comment as a spreadsheet shows it and never runs it: text that
    starts as a formula does (``=``, ``+``, ``-``, ``@``, tab, carriage return) gets a
    leading ``'``, which the comment reader takes off again (docs/input-format.md
    section 17). Its line breaks are written ``\\n`` (a lone carriage return would end
    the row for some readers)."""
    return str(safe_cell(comment)).replace("\r\n", "\n").replace("\r", "\n")


def _csv(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> bytes:
    """CSV: register ids and dimension names come from the coach's own files, and the
    scores are numbers; only the respondents' comments (made safe before) are theirs."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")
