"""The register's ``email`` column: one address per person, for the web app's reminders.

An address is kept only when it is one: ``anne@corp.example``, also written
``<anne@corp.example>``, ``mailto:anne@corp.example`` or ``Anne Dupont <anne@corp.example>``.
Anything else (two addresses, a name, a phone number) is an ``INVALID_EMAIL`` warning on
its line, and the person has no address. The addresses never reach the survey: they stay
in the register (:func:`~alliance_graph.ingest.people.build_stakeholders` leaves them out).
"""

from __future__ import annotations

import re

import pandas as pd

from alliance_graph.ingest.text import clean_text
from alliance_graph.model import Issue, IssueCode

__all__ = ["check_emails", "email_address"]

#: What an address may not hold: white space, and the characters that would end it in
#: a header or a link (``< > ( ) [ ] \\ , ; : "``) or change a ``mailto:`` link or a
#: spreadsheet cell (``? & % # = /``).
_NOT_IN_ADDRESS = r"\s@<>()\[\]\\,;:\"?&%#=/"
_ADDRESS = re.compile(
    rf"[^{_NOT_IN_ADDRESS}+\-][^{_NOT_IN_ADDRESS}]*@[^{_NOT_IN_ADDRESS}.][^{_NOT_IN_ADDRESS}]*"
    rf"\.[^{_NOT_IN_ADDRESS}.]{{2,}}"
)
_WRITTEN = re.compile(r"(?:mailto:|[^<>@]*<)?\s*([^<>]*?)\s*>?", re.IGNORECASE)
#: The longest address a mail server takes (RFC 5321).
_MAX_LENGTH = 254


def email_address(text: str) -> str | None:
    """The address a cell holds; ``""`` for a blank cell, ``None`` when it is no address.

    An address may not start with ``+`` or ``-``: a spreadsheet would read it as a
    formula (and the mail-merge file would have to change it).

    >>> [email_address(t) for t in (" Anne.Dupont@corp.example ", "<lea@x.fr>",
    ...     "Léa Petit <lea@x.fr>", "MAILTO:bo@x.org", "")]
    ['Anne.Dupont@corp.example', 'lea@x.fr', 'lea@x.fr', 'bo@x.org', '']
    >>> [email_address(t) for t in ("anne", "a@b", "a@x.fr; b@x.fr", "=1+1@x.fr", "-a@x.fr")]
    [None, None, None, None, None]
    """
    cell = clean_text(text)
    if not cell:
        return ""
    written = _WRITTEN.fullmatch(cell)
    address = written.group(1) if written else cell
    if len(address) > _MAX_LENGTH or not _ADDRESS.fullmatch(address):
        return None
    return address


def check_emails(
    frame: pd.DataFrame, file_name: str, header: str | None
) -> tuple[pd.DataFrame, list[Issue]]:
    """The register with its ``email`` column read (blank when not an address), and an
    ``INVALID_EMAIL`` warning for each cell that is not one; ``header`` is the column's
    header (``None``: the register has no such column, and everyone's address is blank).
    """
    if header is None:
        return frame.assign(email=""), []
    read = frame["email"].map(email_address)
    issues = [
        Issue(IssueCode.INVALID_EMAIL, file=file_name, line=int(line), column=header, value=value)
        for line, value in zip(frame.loc[read.isna(), "line"], frame.loc[read.isna(), "email"])
    ]
    return frame.assign(email=read.fillna("")), issues
