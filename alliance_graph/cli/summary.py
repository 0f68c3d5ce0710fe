"""The short account of the data's warnings that ``report``, ``metrics``, ``compare`` and
``pack`` print when their work is done, so a coach who never runs ``validate`` still sees
them."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from alliance_graph.cli.output import echo

if TYPE_CHECKING:
    from alliance_graph.model import Survey

__all__ = ["SHOWN", "notes", "print_warnings", "warnings_summary"]

#: How many warnings the summary quotes in full.
SHOWN = 3
#: Warnings quoted before the others: a figure the coach expects has left the results,
#: or the waves are compared in an order the data did not say.
_FIRST = frozenset({"KEY_PERSON_NO_CONSENT", "WAVE_ORDER_GUESSED"})


def warnings_summary(survey: Survey, lang: str, *, full_list: str) -> str:
    """The warnings of ``survey`` in a few lines: their count by code, the first
    :data:`SHOWN` with their file and line (first those that take someone's answers out
    of the figures, such as a sponsor without consent), and where the full list is
    (``full_list``: ``report`` for the report's data quality section, ``validate`` for
    the command).
    Empty when there is no warning.

    >>> from alliance_graph.model import Issue, IssueCode, Scale, Survey
    >>> import pandas as pd
    >>> issue = Issue(IssueCode.SELF_RATING, file="t1.csv", line=4, value="Alice")
    >>> survey = Survey(pd.DataFrame(), pd.DataFrame(), Scale(1, 5), (), issues=(issue,))
    >>> print(warnings_summary(survey, "en", full_list="validate"))
    1 warning in the data: SELF_RATING (1)
      t1.csv, line 4: Alice rated themself; this answer is ignored.
    For the full list, run alliance-graph validate on the same files.
    """
    from alliance_graph.i18n import translate

    warnings = survey.warnings
    if not warnings:
        return ""
    counts = Counter(issue.code.value for issue in warnings)
    kinds = ", ".join(f"{code} ({n})" for code, n in counts.most_common())
    lines = [translate("cli.warnings", lang, count=len(warnings), kinds=kinds)]
    quoted = sorted(warnings, key=lambda issue: issue.code.value not in _FIRST)[:SHOWN]
    lines += [f"  {issue.describe(lang)}" for issue in quoted]
    if len(warnings) > SHOWN:
        lines.append(translate("cli.warnings_more", lang, count=len(warnings) - SHOWN))
    section = translate("report.quality.title", lang)
    lines.append(translate(f"cli.warnings_where.{full_list}", lang, section=section))
    return "\n".join(lines)


def print_warnings(
    survey: Survey, lang: str, *, full_list: str = "validate", quiet: bool = False
) -> None:
    """Print :func:`warnings_summary` on standard error (standard output holds the
    result: JSON, CSV or the report's path), unless ``quiet``."""
    text = "" if quiet else warnings_summary(survey, lang, full_list=full_list)
    if text:
        echo(text, err=True)


def notes(
    survey: Survey, lang: str, *, full_list: str = "validate", quiet: bool = False
) -> Callable[[], None]:
    """:func:`print_warnings`, to call once the result is out (see
    :func:`~alliance_graph.cli.output.emit`)."""
    return functools.partial(print_warnings, survey, lang, full_list=full_list, quiet=quiet)
