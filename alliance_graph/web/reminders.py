"""The words a coach sends to respondents, in each one's language: a reminder to those
who have not answered, or an invitation with their personal link; a ``mailto:`` link
that opens it in the coach's mail program; and a mail-merge file of them.

Each text says, as docs/privacy.md does, where the answers go and what the version
shared with the organisation shows; each carries the person's own link, and says that
it is theirs alone; and, when the survey has a closing date still to come, by when to
answer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from alliance_graph.campaigns import Campaign
from alliance_graph.campaigns.wording import answer_by
from alliance_graph.i18n import LANGUAGES, translate
from alliance_graph.safe_text import safe_cell

__all__ = ["CSV_FIELDS", "KINDS", "Reminder", "mailto", "merge_csv", "reminder_for"]

#: ``reminder`` for someone who has not answered; ``invitation`` for anyone (the first
#: message, with the link).
KINDS = ("reminder", "invitation")
#: The mail-merge file's columns (headers in the coach's language).
CSV_FIELDS = ("name", "email", "language", "group", "state", "link", "subject", "body")


@dataclass(frozen=True)
class Reminder:
    """What to send one person: ``email`` is ``""`` when the register gives none."""

    person: str
    name: str
    group: str | None
    email: str
    lang: str
    link: str
    state: str
    subject: str
    body: str

    @property
    def mailto(self) -> str | None:
        """The message as a ``mailto:`` link; ``None`` without an address."""
        return mailto(self.email, self.subject, self.body) if self.email else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "name": self.name,
            "group": self.group,
            "email": self.email or None,
            "language": self.lang,
            "state": self.state,
            "link": self.link,
            "subject": self.subject,
            "body": self.body,
            "mailto": self.mailto,
        }


def reminder_for(
    campaign: Campaign,
    record: Mapping[str, Any],
    emails: Mapping[str, str],
    lang: str,
    k: int,
    kind: str = "reminder",
    deadline: date | None = None,
) -> Reminder:
    """The message to the respondent of ``record`` (their record in the campaign: name,
    group, language, state, link): in their register language, else ``lang`` (the
    coach's page), about groups of at least ``k`` people; asking for an answer by
    ``deadline`` when given (the campaign's closing date, unless already past)."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    said = record.get("language")
    language = said if said in LANGUAGES else lang
    coach = next((p.name for p in campaign.questions.roster if p.role == "coach"), None)
    draft = kind == "reminder" and record["state"] == "draft"
    return Reminder(
        person=record["person"],
        name=record["name"],
        group=record["group"],
        email=emails.get(record["person"], ""),
        lang=language,
        link=record["link"],
        state=record["state"],
        subject=translate(f"web.remind.subject.{kind}", language),
        body=_body(record["name"], record["link"], coach, language, k, kind, draft, deadline),
    )


def _body(
    name: str,
    link: str,
    coach: str | None,
    lang: str,
    k: int,
    kind: str,
    draft: bool,
    deadline: date | None,
) -> str:
    def say(key: str, **params: Any) -> str:
        return translate(f"web.remind.{key}", lang, **params)

    parts = [say("hello", name=name), f"{say(f'intro.{kind}')}\n{link}"]
    if deadline is not None:
        parts.append(answer_by(deadline, lang))
    if draft:
        parts.append(say("draft"))
    parts += [say("when", k=k), say("privacy", k=k), say("own_link")]
    parts.append(f"{say('thanks')}\n{coach}" if coach else say("thanks"))
    return "\n\n".join(parts)


def mailto(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` link (RFC 6068): every character of the subject and the body that
    is not plain is percent-encoded as UTF-8, line ends as ``%0D%0A``.

    >>> mailto("ana@x.example", "Rappel : ça va ?", "Bonjour,\\n1 & 2")
    'mailto:ana@x.example?subject=Rappel%20%3A%20%C3%A7a%20va%20%3F&body=Bonjour%2C%0D%0A1%20%26%202'
    """

    def encoded(text: str) -> str:
        return quote("\r\n".join(text.splitlines()), safe="")

    return f"mailto:{quote(address, safe='@')}?subject={encoded(subject)}&body={encoded(body)}"


def merge_csv(reminders: Sequence[Reminder], lang: str) -> bytes:
    """The mail-merge file: one row per person, with the columns of :data:`CSV_FIELDS`
    (headers in ``lang``), every cell a spreadsheet would run as a formula made plain
    (:func:`~alliance_graph.safe_text.safe_cell`).

    UTF-8 with a byte order mark, so that Excel reads accents right (without it, Excel
    reads a CSV file in the system's code page); ``;`` between cells in French, as French
    Excel expects, ``,`` in English; Windows line ends.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "fr" else ",", lineterminator="\r\n")
    writer.writerow([translate(f"web.remind.csv.{field}", lang) for field in CSV_FIELDS])
    for r in reminders:
        state = translate(f"web.collect.state.{r.state}", lang)
        cells = (r.name, r.email, r.lang, r.group or "", state, r.link, r.subject, r.body)
        writer.writerow([safe_cell(cell) for cell in cells])
    return out.getvalue().encode("utf-8-sig")
