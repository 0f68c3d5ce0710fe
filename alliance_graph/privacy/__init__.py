"""Pseudonyms for everyone, and anonymity for the stakeholders who gave no consent.

:func:`pseudonymise` replaces every stakeholder's id and name by a stable label: the
coach, the sponsor and the coachee are named by their role; everyone else by their group
and a number (``Managers 1``, ``Managers 2`` …), numbered in the order of their ids, so
the same survey always gives the same labels.

A stakeholder whose register says no consent is never named, even to the coach:
:func:`conceal` labels them ``Managers (anonymous 1)``, and :func:`withhold_answers` and
:func:`without_answers` take their own answers out of the figures and networks shown, so
that those answers count only in group figures.
"""

from alliance_graph.privacy.answers import withhold_answers, without_answers
from alliance_graph.privacy.consent import conceal, localised, withheld, without_consent
from alliance_graph.privacy.pseudonyms import pseudonymise

__all__ = [
    "conceal",
    "localised",
    "pseudonymise",
    "withheld",
    "withhold_answers",
    "without_answers",
    "without_consent",
]
