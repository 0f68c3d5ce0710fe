"""Validation issues: stable codes, their severity, and the located :class:`Issue` with
its plain-language message (imported through :mod:`alliance_graph.model`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from alliance_graph.i18n import format_percent, group_label, label, placed, say_anonymous, translate

__all__ = ["Issue", "IssueCode", "Severity"]


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
    OBJECTIVE_WITHOUT_ID = "OBJECTIVE_WITHOUT_ID"
    DUPLICATE_OBJECTIVE = "DUPLICATE_OBJECTIVE"
    OBJECTIVE_WITHOUT_WORDING = "OBJECTIVE_WITHOUT_WORDING"
    UNKNOWN_OBSERVER_GROUP = "UNKNOWN_OBSERVER_GROUP"
    TARGET_NOT_A_NUMBER = "TARGET_NOT_A_NUMBER"
    UNKNOWN_OBJECTIVE = "UNKNOWN_OBJECTIVE"
    PROGRESS_NOT_A_NUMBER = "PROGRESS_NOT_A_NUMBER"
    PROGRESS_OUT_OF_RANGE = "PROGRESS_OUT_OF_RANGE"
    TWO_OBJECTIVE_REGISTERS = "TWO_OBJECTIVE_REGISTERS"
    REGISTER_AS_ANSWERS = "REGISTER_AS_ANSWERS"
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
    INVALID_EMAIL = "INVALID_EMAIL"
    EVENT_OUTSIDE_WAVES = "EVENT_OUTSIDE_WAVES"
    UNDECODABLE_ROW = "UNDECODABLE_ROW"
    GARBLED_TEXT = "GARBLED_TEXT"
    SEP_LINE_MISMATCH = "SEP_LINE_MISMATCH"
    CONTROL_CHARACTERS = "CONTROL_CHARACTERS"
    DONT_KNOW_ANSWERS = "DONT_KNOW_ANSWERS"
    FORMULA_WITHOUT_VALUE = "FORMULA_WITHOUT_VALUE"
    UNKNOWN_AGREED_BY = "UNKNOWN_AGREED_BY"
    PROGRESS_OUTSIDE_WAVES = "PROGRESS_OUTSIDE_WAVES"
    PROGRESS_TWICE = "PROGRESS_TWICE"
    DUPLICATE_PROGRESS = "DUPLICATE_PROGRESS"
    KEY_PERSON_NO_CONSENT = "KEY_PERSON_NO_CONSENT"
    WAVE_ORDER_GUESSED = "WAVE_ORDER_GUESSED"

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
        IssueCode.INVALID_EMAIL,
        IssueCode.EVENT_OUTSIDE_WAVES,
        IssueCode.UNDECODABLE_ROW,
        IssueCode.GARBLED_TEXT,
        IssueCode.SEP_LINE_MISMATCH,
        IssueCode.CONTROL_CHARACTERS,
        IssueCode.DONT_KNOW_ANSWERS,
        IssueCode.FORMULA_WITHOUT_VALUE,
        IssueCode.UNKNOWN_AGREED_BY,
        IssueCode.PROGRESS_OUTSIDE_WAVES,
        IssueCode.DUPLICATE_PROGRESS,
        IssueCode.KEY_PERSON_NO_CONSENT,
        IssueCode.WAVE_ORDER_GUESSED,
    }
)


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

        ``key`` words it another way. An issue with ``suggestions`` (names it may have
        meant) says "did you mean …?" through the key ``issue.<CODE>.suggestions``; one
        with a ``variant`` is worded by ``issue.<CODE>.<variant>``. In the web app, which
        names its form fields rather than options, a ``web.`` variant of the key is
        preferred when there is one (see :func:`~alliance_graph.i18n.place.placed`).
        """
        params: dict[str, Any] = {"file": self.file, "line": self.line, "column": self.column}
        params["value"] = self.value
        params.update(self.params)
        if params.get("suggestions"):
            params["suggested"] = translate("word.or", lang).join(params["suggestions"])
            key = key or f"issue.{self.code.value}.suggestions"
        elif params.get("variant"):  # one wording of several (a cause, a role)
            key = key or f"issue.{self.code.value}.{params['variant']}"
        reason, share = params.get("reason"), params.get("share")
        if isinstance(reason, str) and reason.startswith("reason."):
            params["reason"] = translate(reason, lang, **params)  # a key: translated too
        if isinstance(share, float):
            params["percent"] = format_percent(share, lang)
        params.update(_worded(params, lang))
        text = translate(placed(key or f"issue.{self.code.value}"), lang, **params)
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
    (``ratee``), a dimension (``trust``), the columns a file lacks (``needed``, such
    as ``"rater, ratee"``) and a ``role`` as ``who`` ("the sponsor"). Headers and values
    from the data are kept as they are."""
    worded = {}
    if params.get("role"):
        worded["who"] = group_label(str(params["role"]), lang)
    if params.get("column"):
        worded["column"] = label("field", str(params["column"]), lang)
    if params.get("dimension"):
        worded["dimension"] = label("report.dimension", str(params["dimension"]), lang)
    if params.get("needed"):
        *first, last = [label("column", f, lang) for f in str(params["needed"]).split(", ")]
        joined = ", ".join(first)
        worded["needed"] = f"{joined}{translate('word.and', lang)}{last}" if first else last
    return worded
