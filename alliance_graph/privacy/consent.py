"""Consent: the stakeholders whose register says no consent, never named, even to the
coach."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from alliance_graph.i18n import say_anonymous, translate
from alliance_graph.ingest.consent import declined_in_form
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, Survey
from alliance_graph.privacy._labels import (
    ROLES,
    relabel_issue,
    relabelled,
)

__all__ = ["conceal", "localised", "withheld", "without_consent"]


def withheld(survey: Survey) -> frozenset[str]:
    """The ids of the stakeholders without consent (``consent`` is ``False``).

    Empty when the stakeholder table has no ``consent`` column.
    """
    people = survey.stakeholders
    if "consent" not in people.columns:
        return frozenset()
    return frozenset(people.loc[people["consent"].eq(False), "id"].astype(str))


def without_consent(survey: Survey, people: frozenset[str]) -> Survey:
    """The survey where ``people`` (ids) have no consent, whatever the register says:
    those who asked, in a survey form, not to be named. Consent is only ever taken away.
    A sponsor, coachee or coach who had it gets a ``KEY_PERSON_NO_CONSENT`` warning
    (:func:`~alliance_graph.ingest.consent.declined_in_form`): their answers leave
    the coach's figures.

    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["a", "b"], "name": ["Ann", "Bob"], "group": [None] * 2,
    ...                        "role": ["stakeholder"] * 2, "consent": [True, True]})
    >>> survey = Survey(pd.DataFrame(), people, Scale(1, 5), ("w",))
    >>> sorted(withheld(without_consent(survey, frozenset({"b", "nobody"}))))
    ['b']
    """
    stakeholders = survey.stakeholders
    asked = stakeholders["id"].astype(str).isin(people)
    if not asked.any():
        return survey
    taken = stakeholders.assign(consent=stakeholders["consent"] & ~asked)
    found = declined_in_form(taken, asked & stakeholders["consent"])  # the sponsor: say so
    return replace(survey, stakeholders=taken, issues=(*found, *survey.issues))


def conceal(survey: Survey) -> Survey:
    """The survey where no stakeholder without consent is named.

    Each of them gets, as id and name, the label ``<group> (anonymous N)``, numbered in
    the order of their ids within their group; ``Stakeholder (anonymous N)`` without a
    group. A coach, sponsor or coachee is ``Sponsor (anonymous)`` (numbered when there
    are several). The label is the same in every language, so a person's id never
    depends on the language of a page; it is said in the reader's language where it is
    shown (:func:`localised`, :func:`~alliance_graph.i18n.say_anonymous`). Their ratings, given and
    received, carry the label, and their ids and names leave the issues; their comments
    carry the label, and their names (any of their spellings, first and last names too)
    leave every comment's text. They keep
    ``consent`` ``False``, so :func:`withheld` finds them by their labels. Everyone else
    is untouched; with nobody withheld, ``survey`` itself is returned.

    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["a", "b", "c"], "name": ["Ann", "Bob", "Cy"],
    ...                        "group": ["Team", "Team", None], "role": ["stakeholder"] * 3,
    ...                        "consent": [False, True, False]})
    >>> ratings = pd.DataFrame({"wave": ["w"], "rater": ["a"], "ratee": ["b"],
    ...                         "dimension": ["trust"], "score": [4.0]})
    >>> hidden = conceal(Survey(ratings, people, Scale(1, 5), ("w",)))
    >>> hidden.stakeholders["name"].tolist()
    ['Team (anonymous 1)', 'Bob', 'Stakeholder (anonymous 1)']
    >>> sorted(withheld(hidden))
    ['Stakeholder (anonymous 1)', 'Team (anonymous 1)']
    """
    hidden = withheld(survey)
    if not hidden or all(_LABELLED.fullmatch(person) for person in hidden):
        return survey  # nobody to conceal, or concealed already: once is enough
    people = survey.stakeholders
    mapping = _anonymous_labels(people, hidden)
    names = {
        str(person): str(name)
        for person, name in zip(people["id"], people["name"])
        if str(person) in hidden
    }
    hide = _text_hider({**{names[k]: v for k, v in mapping.items()}, **mapping})
    ids = people["id"].astype(str)
    stakeholders = people.assign(
        id=ids.map(lambda k: mapping.get(k, k)),
        name=people["name"].where(~ids.isin(hidden), ids.map(mapping)),
    )
    issues = tuple(_concealed_issue(i, hide) for i in survey.issues)
    # their names leave the comments' texts too, whoever wrote them
    masked = {k: survey.spellings.get(k, (k, names[k])) for k in hidden if k in names}
    return relabelled(survey, mapping, stakeholders=stakeholders, issues=issues, masked=masked)


def localised(survey: Survey, lang: str) -> Survey:
    """The survey with the labels of people without consent said in ``lang`` in its
    ``name`` column (their ids, and everything else, stay as they are).

    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["s"], "name": ["Sam"], "group": [None],
    ...                        "role": ["sponsor"], "consent": [False]})
    >>> ratings = pd.DataFrame({"wave": ["w"], "rater": ["s"], "ratee": ["s"],
    ...                         "dimension": ["trust"], "score": [4.0]})
    >>> hidden = conceal(Survey(ratings, people, Scale(1, 5), ("w",)))
    >>> localised(hidden, "fr").stakeholders[["id", "name"]].values.tolist()
    [['Sponsor (anonymous)', 'Commanditaire (anonyme)']]
    """
    hidden = withheld(survey)
    if lang == "en" or not hidden:
        return survey
    people = survey.stakeholders
    ids = people["id"].astype(str)
    said = people["name"].where(~ids.isin(hidden), ids.map(lambda k: say_anonymous(k, lang)))
    return replace(survey, stakeholders=people.assign(name=said))


#: The id :func:`conceal` gives: ``Managers (anonymous 2)``, ``Sponsor (anonymous)``.
_LABELLED = re.compile(r".+ \(anonymous(?: [0-9]+)?\)")


def _anonymous_labels(people: pd.DataFrame, hidden: frozenset[str]) -> dict[str, str]:
    """``{id: label}`` for the ``hidden`` ids, numbered in id order per group or role."""
    rows = people[people["id"].astype(str).isin(hidden)]
    rows = rows.sort_values("id", key=lambda s: s.astype(str), kind="stable")
    bases = []
    for person, group, role in zip(rows["id"], rows["group"], rows["role"]):
        if role in ROLES:
            bases.append((str(person), translate(f"privacy.{role}"), True))
        elif isinstance(group, str) and group:
            bases.append((str(person), group, False))
        else:
            bases.append((str(person), translate("privacy.stakeholder"), False))
    sizes = Counter((base, by_role) for _, base, by_role in bases)
    taken = set(people["id"].astype(str)) - hidden
    counts: Counter[str] = Counter()
    mapping = {}
    for person, base, by_role in bases:
        alone = by_role and sizes[base, by_role] == 1  # "Sponsor (anonymous)"
        label = translate("privacy.anonymous_role", base=base) if alone else ""
        while not label or label in taken:  # the next number no one has
            counts[base] += 1
            label = translate("privacy.anonymous", base=base, n=counts[base])
        taken.add(label)
        mapping[person] = label
    return mapping


def _text_hider(by_text: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces the ids and names of ``by_text`` in a text by labels.

    A whole text matches as written or case-, accent- and space-insensitively; inside a
    longer text (a list of names, a form's question), ids and names of three characters
    or more with a letter are replaced where they stand as words.
    """
    folded = {fold(k): v for k, v in by_text.items() if fold(k)}
    words = sorted(
        (k for k in by_text if len(k) >= 3 and any(c.isalpha() for c in k)), key=len, reverse=True
    )
    pattern = (
        re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in words), re.IGNORECASE)
        if words
        else None
    )
    lowered = {k.casefold(): v for k, v in by_text.items()}

    def hide(text: str) -> str:
        if text in by_text:
            return by_text[text]
        if fold(text) in folded:
            return folded[fold(text)]
        if pattern is None:
            return text
        return pattern.sub(lambda m: lowered.get(m.group(0).casefold(), m.group(0)), text)

    return hide


def _concealed_issue(issue: Issue, hide: Callable[[str], str]) -> Issue:
    values = [v for _, v in issue.params]
    texts = [issue.value, *values, *(t for v in values if isinstance(v, tuple) for t in v)]
    by_text = {t: hide(t) for t in texts if isinstance(t, str) and hide(t) != t}
    column = hide(issue.column) if issue.column is not None else None
    return replace(relabel_issue(issue, by_text), column=column)
