"""The register's ``consent`` column read as yes or no, and the warning when the sponsor,
the coachee or the coach has no consent.

A person without consent is never named, and their own answers count only in group
figures. For the sponsor and the coachee, each a balance group of one, that means their
alliance leaves the level, the balance index and "What to do now"; for the coach, their
own ratings of the others leave the figures (docs/privacy.md, "Consent, exactly"). The
privacy rule stays; ``KEY_PERSON_NO_CONSENT`` tells the coach, on the register's line,
why (a blank cell, a no, an answer that is neither, or no row at all) and what it changes.
"""

from __future__ import annotations

import pandas as pd

from alliance_graph.ingest.text import clean_text, fold
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "KEY_ROLES",
    "check_consents",
    "declined_in_form",
    "key_people_without_consent",
    "key_person_issue",
    "read_consent",
]

#: Consent answers, compared after :func:`~alliance_graph.ingest.text.fold`.
_CONSENT_YES = frozenset({"yes", "y", "true", "1", "oui", "o", "vrai", "x", "✓", "✔"})
_CONSENT_NO = frozenset({"no", "n", "false", "0", "non", "faux"})
#: The roles whose lack of consent takes something out of the coach's figures.
KEY_ROLES = ("sponsor", "coachee", "coach")


def read_consent(value: str) -> bool | None:
    """``True`` for a yes, ``False`` for a no or a blank, ``None`` for anything else.

    Capitals, accents and spaces do not matter.

    >>> [read_consent(v) for v in (" Oui ", "NON", "✓", "Vrai", "", "maybe")]
    [True, False, True, True, False, None]
    """
    text = clean_text(value)
    key = fold(text) or text  # a tick folds to nothing: compare it as written
    if key in _CONSENT_YES:
        return True
    if key in _CONSENT_NO or not text:
        return False
    return None


def check_consents(frame: pd.DataFrame, file: str, column: str) -> tuple[pd.DataFrame, list[Issue]]:
    """``frame`` (the register, one row per person) with its ``consent`` cells read as
    booleans and kept as written in ``consent_said``; an ``INVALID_CONSENT`` warning for
    each answer that is neither yes nor no (it counts as no)."""
    consent = frame["consent"].map(read_consent)
    invalid = frame[consent.isna()]
    issues = [
        Issue(IssueCode.INVALID_CONSENT, file=file, line=int(line), column=column, value=value)
        for line, value in zip(invalid["line"], invalid["consent"])
    ]
    return frame.assign(consent_said=frame["consent"], consent=consent.eq(True)), issues


def key_people_without_consent(
    people: pd.DataFrame, register: pd.DataFrame, column: str
) -> list[Issue]:
    """A ``KEY_PERSON_NO_CONSENT`` warning for each sponsor, coachee or coach of
    ``people`` (the stakeholders, roles settled) without consent, on their ``register``
    row (``column``: the register's consent header), or about the whole survey when the
    register, which asks for consent, has no row for them (see :func:`_left_out`).

    The ``cause`` says why: ``blank``, ``no``, ``invalid`` (neither yes nor no), or
    ``absent`` (no row in the register).
    """
    issues = []
    left_out = people[_left_out(people)]
    for person, role in zip(left_out["id"], left_out["role"]):
        rows = register[(register["id"] == person) & ~register["consent"].astype(bool)]
        if rows.empty:
            issues.append(key_person_issue(role, "absent"))
            continue
        said = clean_text(str(rows["consent_said"].iloc[0]))
        cause = "blank" if not said else "no" if read_consent(said) is False else "invalid"
        file, line = str(rows["file"].iloc[0]), int(rows["line"].iloc[0])
        issues.append(
            key_person_issue(role, cause, file=file, line=line, column=column, value=said or None)
        )
    return issues


def declined_in_form(people: pd.DataFrame, declined: pd.Series) -> list[Issue]:
    """A ``KEY_PERSON_NO_CONSENT`` warning (cause ``form``) for each sponsor, coachee or
    coach among ``declined`` (a mask of ``people``, the stakeholders with their consent
    taken away): those who had it and answered "No" to "May the coach's own report show
    your name?" in a survey form of the web app."""
    roles = people.loc[_left_out(people) & declined, "role"]
    return [key_person_issue(str(role), "form") for role in roles]


def _left_out(people: pd.DataFrame) -> pd.Series:
    """The sponsors, coachees and coaches without consent whose answers leave the
    coach's figures: a sponsor among several, others consenting, leaves nothing out (the
    sponsor's balance group stays)."""
    consent = people["consent"].astype(bool)
    consenting = set(people.loc[consent, "role"]) - {"coach"}
    return people["role"].isin(KEY_ROLES) & ~consent & ~people["role"].isin(consenting)


def key_person_issue(
    role: str,
    cause: str,
    *,
    file: str | None = None,
    line: int | None = None,
    column: str | None = None,
    value: str | None = None,
) -> Issue:
    """The ``KEY_PERSON_NO_CONSENT`` warning for the ``role`` without consent because of
    ``cause`` (``blank``, ``no``, ``invalid``, ``absent``, or ``form``: a "No" in a survey
    form of the web app), worded by both (``issue.KEY_PERSON_NO_CONSENT.coach.blank``…).

    >>> issue = key_person_issue("sponsor", "blank", file="register.csv", line=3)
    >>> print(issue.message())  # doctest: +ELLIPSIS
    The consent cell of the sponsor is blank, which counts as no: ...
    """
    variant = f"coach.{cause}" if role == "coach" else cause
    params = (("role", role), ("cause", cause), ("variant", variant))
    code = IssueCode.KEY_PERSON_NO_CONSENT
    return Issue(code, file=file, line=line, column=column, value=value, params=params)
