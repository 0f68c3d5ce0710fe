"""Plain data shared by every part of alliance-graph: scales, roles, issues, surveys."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Any

import pandas as pd

from alliance_graph.errors import ScaleError
from alliance_graph.i18n import format_percent, label, say_anonymous, translate

__all__ = [
    "RATING_COLUMNS",
    "SCORE_LIMIT",
    "STAKEHOLDER_COLUMNS",
    "FileInfo",
    "Issue",
    "IssueCode",
    "Role",
    "Scale",
    "Severity",
    "Survey",
    "natural_key",
]

#: Columns of the canonical ratings table, in order (``date`` may be empty).
RATING_COLUMNS = ("wave", "rater", "ratee", "dimension", "score", "date", "file", "line")
#: Columns of the canonical stakeholder table, in order (``consent`` and ``in_register``
#: are booleans).
STAKEHOLDER_COLUMNS = ("id", "name", "group", "role", "power", "interest", "consent", "in_register")
#: The largest score and scale bound, in absolute value: beyond it a number is a slip of
#: the keyboard, not a rating (``SCORE_TOO_LARGE``), and a scale is refused.
SCORE_LIMIT = 1_000_000
#: The smallest distance between a scale's bounds.
MIN_SCALE_SPAN = 0.001
#: One bound of a written scale: a decimal (comma or point), or the exponent form that
#: earlier versions stored (``1e+06``).
_BOUND = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"


class Role(str, Enum):
    """The part a stakeholder plays in the engagement."""

    COACH = "coach"
    COACHEE = "coachee"
    SPONSOR = "sponsor"
    STAKEHOLDER = "stakeholder"


class Severity(str, Enum):
    """Errors stop a run; warnings are reported and the run goes on."""

    ERROR = "error"
    WARNING = "warning"


class IssueCode(str, Enum):
    """Stable codes of every problem validation can report (tools branch on these)."""

    # errors: the run stops
    EMPTY_FILE = "EMPTY_FILE"
    UNREADABLE_FILE = "UNREADABLE_FILE"
    RAGGED_ROW = "RAGGED_ROW"
    NO_DATA_ROWS = "NO_DATA_ROWS"
    MISSING_COLUMN = "MISSING_COLUMN"
    MISSING_NAME = "MISSING_NAME"
    MISSING_WAVE = "MISSING_WAVE"
    SAME_WAVE_TWICE = "SAME_WAVE_TWICE"
    SCORE_NOT_A_NUMBER = "SCORE_NOT_A_NUMBER"
    SCORE_OUT_OF_RANGE = "SCORE_OUT_OF_RANGE"
    LABEL_SCALE_MISMATCH = "LABEL_SCALE_MISMATCH"
    SCALE_UNKNOWN = "SCALE_UNKNOWN"
    UNKNOWN_ROLE = "UNKNOWN_ROLE"
    CONFLICTING_GROUP = "CONFLICTING_GROUP"
    CONFLICTING_ROLE = "CONFLICTING_ROLE"
    CONFLICTING_DUPLICATE = "CONFLICTING_DUPLICATE"
    SEVERAL_COACHES = "SEVERAL_COACHES"
    UNKNOWN_COACH = "UNKNOWN_COACH"
    NO_RATINGS = "NO_RATINGS"
    UNCLOSED_QUOTE = "UNCLOSED_QUOTE"
    DUPLICATE_ID = "DUPLICATE_ID"
    AMBIGUOUS_NAME = "AMBIGUOUS_NAME"
    UNUSABLE_NAME = "UNUSABLE_NAME"
    SCORE_TOO_LARGE = "SCORE_TOO_LARGE"
    SCALE_TOO_WIDE = "SCALE_TOO_WIDE"
    ANONYMOUS_FORM = "ANONYMOUS_FORM"
    ALIAS_COLLISION = "ALIAS_COLLISION"
    UNREADABLE_WORKBOOK = "UNREADABLE_WORKBOOK"
    # warnings: reported, the run goes on
    SCALE_INFERRED = "SCALE_INFERRED"
    SELF_RATING = "SELF_RATING"
    NOT_IN_REGISTER = "NOT_IN_REGISTER"
    LOW_RESPONSE_RATE = "LOW_RESPONSE_RATE"
    FEW_RATERS = "FEW_RATERS"
    DUPLICATE_ANSWER = "DUPLICATE_ANSWER"
    MISSING_SCORE = "MISSING_SCORE"
    NO_ANSWERS = "NO_ANSWERS"
    EXCEL_ERROR = "EXCEL_ERROR"
    BAD_DATE = "BAD_DATE"
    UNUSED_COLUMN = "UNUSED_COLUMN"
    EMPTY_ROW = "EMPTY_ROW"
    INVALID_CONSENT = "INVALID_CONSENT"
    EVENT_OUTSIDE_WAVES = "EVENT_OUTSIDE_WAVES"
    UNDECODABLE_ROW = "UNDECODABLE_ROW"
    GARBLED_TEXT = "GARBLED_TEXT"
    SEP_LINE_MISMATCH = "SEP_LINE_MISMATCH"
    CONTROL_CHARACTERS = "CONTROL_CHARACTERS"
    DONT_KNOW_ANSWERS = "DONT_KNOW_ANSWERS"
    FORMULA_WITHOUT_VALUE = "FORMULA_WITHOUT_VALUE"

    @property
    def severity(self) -> Severity:
        """The severity this code always has."""
        return Severity.WARNING if self in _WARNINGS else Severity.ERROR


_WARNINGS = frozenset(
    {
        IssueCode.SCALE_INFERRED,
        IssueCode.SELF_RATING,
        IssueCode.NOT_IN_REGISTER,
        IssueCode.LOW_RESPONSE_RATE,
        IssueCode.FEW_RATERS,
        IssueCode.DUPLICATE_ANSWER,
        IssueCode.MISSING_SCORE,
        IssueCode.NO_ANSWERS,
        IssueCode.EXCEL_ERROR,
        IssueCode.BAD_DATE,
        IssueCode.UNUSED_COLUMN,
        IssueCode.EMPTY_ROW,
        IssueCode.INVALID_CONSENT,
        IssueCode.EVENT_OUTSIDE_WAVES,
        IssueCode.UNDECODABLE_ROW,
        IssueCode.GARBLED_TEXT,
        IssueCode.SEP_LINE_MISMATCH,
        IssueCode.CONTROL_CHARACTERS,
        IssueCode.DONT_KNOW_ANSWERS,
        IssueCode.FORMULA_WITHOUT_VALUE,
    }
)
#: Issues after which a survey's scale is only a stand-in.
_NO_SCALE = frozenset({IssueCode.SCALE_UNKNOWN, IssueCode.SCALE_TOO_WIDE})


@dataclass(frozen=True)
class Issue:
    """One problem found in the input, located as the user sees it in a spreadsheet.

    ``line`` is 1-based and counts the header row as line 1, as a spreadsheet does;
    ``None`` when the issue concerns a whole file or the whole survey.
    """

    code: IssueCode
    file: str | None = None
    line: int | None = None
    column: str | None = None
    value: str | None = None
    params: tuple[tuple[str, Any], ...] = ()
    #: the sheet of a workbook ``file`` (``None`` for a CSV file)
    sheet: str | None = None

    @property
    def severity(self) -> Severity:
        return self.code.severity

    def message(self, lang: str = "en", *, key: str | None = None) -> str:
        """The plain-language message, in English (``en``) or French (``fr``).

        ``key`` words it another way (the web app names its form fields, not options).
        An issue with ``suggestions`` (names it may have meant) says "did you mean …?"
        through the key ``issue.<CODE>.suggestions``.
        """
        params: dict[str, Any] = {"file": self.file, "line": self.line, "column": self.column}
        params["value"] = self.value
        params.update(self.params)
        if params.get("suggestions"):
            params["suggested"] = translate("word.or", lang).join(params["suggestions"])
            key = key or f"issue.{self.code.value}.suggestions"
        reason, share = params.get("reason"), params.get("share")
        if isinstance(reason, str) and reason.startswith("reason."):
            params["reason"] = translate(reason, lang, **params)  # a key: translated too
        if isinstance(share, float):
            params["percent"] = format_percent(share, lang)
        params.update(_worded(params, lang))
        text = translate(key or f"issue.{self.code.value}", lang, **params)
        return say_anonymous(text, lang)  # people without consent, in the reader's words

    def describe(self, lang: str = "en") -> str:
        """``file, line N: message``, ready to print."""
        where = [self.file] if self.file else []
        if self.sheet is not None:
            where.append(translate("word.sheet", lang, sheet=self.sheet))
        if self.line is not None:
            where.append(translate("word.line", lang, line=self.line))
        prefix = ", ".join(where)
        text = self.message(lang)
        return f"{prefix}{translate('word.colon', lang)}{text}" if prefix else text

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        record: dict[str, Any] = {
            "code": self.code.value,
            "severity": self.severity.value,
            "file": self.file,
            "sheet": self.sheet,
            "line": self.line,
            "column": self.column,
            "value": self.value,
            "message": self.message(lang),
        }
        params = dict(self.params)
        if "suggestions" in params:  # names it may have meant, closest first
            record["suggestions"] = list(params["suggestions"])
        return record


def _worded(params: dict[str, Any], lang: str) -> dict[str, str]:
    """Names in an issue's parameters said in ``lang``: a column the code named
    (``ratee``), a dimension (``trust``), and the columns a file lacks (``needed``, such
    as ``"rater, ratee"``). Headers and values from the data are kept as they are."""
    worded = {}
    if params.get("column"):
        worded["column"] = label("field", str(params["column"]), lang)
    if params.get("dimension"):
        worded["dimension"] = label("report.dimension", str(params["dimension"]), lang)
    if params.get("needed"):
        *first, last = [label("column", f, lang) for f in str(params["needed"]).split(", ")]
        joined = ", ".join(first)
        worded["needed"] = f"{joined}{translate('word.and', lang)}{last}" if first else last
    return worded


@dataclass(frozen=True)
class Scale:
    """A rating scale [min, max]; ``inferred`` when it was guessed from the data.

    >>> Scale(1, 5).strength(4)
    0.75
    >>> Scale(-3, 3).sign(0)
    0.0
    """

    min: float
    max: float
    inferred: bool = False

    def __post_init__(self) -> None:
        problem = _scale_problem(self.min, self.max)
        if problem:
            raise ScaleError(f"{problem}, not {self.min:g}:{self.max:g}")

    @classmethod
    def parse(cls, text: str) -> Scale:
        """Read ``"1:5"``, ``"-3:3"`` or ``"0:1"`` (a comma may be the decimal mark), and
        every text :meth:`__str__` writes: ``Scale.parse(str(scale)) == scale``.

        Bounds are finite numbers from −:data:`SCORE_LIMIT` to :data:`SCORE_LIMIT`, at
        least 0.001 apart; anything else is a :class:`~alliance_graph.errors.ScaleError`.

        >>> Scale.parse("0,5:4,5")
        Scale(min=0.5, max=4.5, inferred=False)
        """
        match = re.fullmatch(rf"\s*({_BOUND})\s*:\s*({_BOUND})\s*", str(text))
        if not match:
            shown = _shortened(str(text))
            raise ScaleError(f"a scale is written MIN:MAX, such as 1:5 or -3:3, not {shown!r}")
        lo, hi = (float(part.replace(",", ".")) for part in match.groups())
        problem = _scale_problem(lo, hi)
        if problem:
            raise ScaleError(f"{problem}, not {_shortened(str(text))!r}")
        return cls(lo, hi)

    def strength(self, score: Any) -> Any:
        """Normalised strength t = (x − min)/(max − min) in [0, 1] (scalar or array)."""
        return (score - self.min) / (self.max - self.min)

    def sign(self, score: Any) -> Any:
        """Sign value s = (2x − min − max)/(max − min) in [−1, 1]; the midpoint is 0."""
        return (2 * score - self.min - self.max) / (self.max - self.min)

    def to_dict(self) -> dict[str, Any]:
        return {"min": _plain(self.min), "max": _plain(self.max), "inferred": self.inferred}

    def __str__(self) -> str:
        """``MIN:MAX`` in plain decimals, exact: :meth:`parse` reads back the same scale.

        >>> str(Scale(1, 1_000_000)), str(Scale(0.5, 4.5)), str(Scale(-1e-05, 1))
        ('1:1000000', '0.5:4.5', '-0.00001:1')
        """
        return f"{_decimal(self.min)}:{_decimal(self.max)}"


def _scale_problem(lo: float, hi: float) -> str | None:
    """Why ``lo:hi`` is not a usable scale, or ``None``."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or max(abs(lo), abs(hi)) > SCORE_LIMIT:
        return f"a scale's bounds are numbers from -{SCORE_LIMIT} to {SCORE_LIMIT}"
    if not lo < hi:
        return "a scale needs MIN < MAX"
    if hi - lo < MIN_SCALE_SPAN:
        return f"a scale's bounds are at least {MIN_SCALE_SPAN} apart"
    return None


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _decimal(x: float) -> str:
    """The shortest decimal that reads back as ``x``, never in exponent form."""
    x = float(x)
    return str(int(x)) if x.is_integer() else format(Decimal(repr(x)), "f")


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else float(x)


@dataclass(frozen=True)
class FileInfo:
    """How one input file (or one sheet of a workbook) was read.

    A workbook's sheet has its ``sheet`` name; a sheet that was not read has the shape
    ``ignored`` and a ``reason`` (``empty``, ``no_columns`` …, worded by
    ``sheet.<reason>`` in the messages).
    """

    path: str
    encoding: str
    delimiter: str
    shape: str  # "long", "wide", "matrix", "register", "interactions" or "ignored"
    rows: int = 0
    sheet: str | None = None
    reason: str | None = None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        record: dict[str, Any] = {
            "path": self.path,
            "sheet": self.sheet,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "shape": self.shape,
        }
        if self.reason is not None:
            record["reason"] = self.reason
            record["message"] = translate(f"sheet.{self.reason}", lang)
        return record


@dataclass(frozen=True)
class Survey:
    """The canonical tables of one engagement, and every issue found reading them.

    ``ratings`` has the columns of :data:`RATING_COLUMNS` (one row per rater, ratee,
    dimension and wave; ``score`` is the raw value on ``scale``). ``stakeholders`` has
    the columns of :data:`STAKEHOLDER_COLUMNS`, one row per person or team, the coach
    included. ``waves`` lists the wave labels in order. ``interactions``, when logs were
    read, holds one row per event (``wave, source, target, date, amount, channel, file,
    line``; ``interaction_measure`` says whether ``amount`` is a count, minutes or a
    weight).
    """

    ratings: pd.DataFrame
    stakeholders: pd.DataFrame
    scale: Scale
    waves: tuple[str, ...]
    files: tuple[FileInfo, ...] = ()
    issues: tuple[Issue, ...] = ()
    missing_answers: dict[str, int] = field(default_factory=dict)
    interactions: pd.DataFrame | None = None
    interaction_measure: str | None = None

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def scale_known(self) -> bool:
        """False when no scale was declared and the answers could not tell it
        (``SCALE_UNKNOWN``, ``SCALE_TOO_WIDE``): ``scale`` then only holds a stand-in,
        never to be used."""
        return not any(i.code in _NO_SCALE for i in self.issues)

    @property
    def coach(self) -> str | None:
        """The id of the stakeholder whose role is ``coach``, if there is exactly one."""
        ids = self.stakeholders.loc[self.stakeholders["role"] == Role.COACH.value, "id"]
        return str(ids.iloc[0]) if len(ids) == 1 else None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The ``validate --json`` contract (DESIGN.md section 5.7)."""
        return {
            "ok": self.ok,
            "ratings": len(self.ratings),
            "interactions": None if self.interactions is None else len(self.interactions),
            "waves": list(self.waves),
            "stakeholders": len(self.stakeholders),
            "scale": self.scale.to_dict() if self.scale_known else None,
            "files": [f.to_dict(lang) for f in self.files],
            "issues": [i.to_dict(lang) for i in self.issues],
        }


def natural_key(label: str) -> tuple[Any, ...]:
    """Sort key that puts ``T2`` before ``T10`` (digits compared as numbers).

    >>> sorted(["T10", "T2", "T1"], key=natural_key)
    ['T1', 'T2', 'T10']
    """
    parts = re.split(r"(\d+)", str(label).casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p != "")
