"""A campaign's closing date: the day by which its respondents are asked to answer.

It is a deadline told to people (on their form, in the invitations and reminders, in the
offline workbooks), not a cut-off: after it, the form still takes answers until the
coach closes the survey, so that nothing sent late is lost. It can be given, changed or
taken away while the survey is prepared or open, never to a day already past.
"""

from __future__ import annotations

import re
from datetime import date

from alliance_graph.campaigns.model import Campaign
from alliance_graph.campaigns.questions import CampaignError

__all__ = ["check_closing_date", "days_left", "parse_closing_date"]

#: How a closing date is written: ISO, as a browser's date field sends it.
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_closing_date(value: object) -> date | None:
    """The day ``value`` writes as ``YYYY-MM-DD``; ``None`` for nothing (``None`` or
    blank: no closing date). Anything else raises :class:`CampaignError`
    (``closes_bad_date``, with the value as given).

    >>> parse_closing_date("2026-12-18"), parse_closing_date(" ")
    (datetime.date(2026, 12, 18), None)
    >>> parse_closing_date("18/12/2026")
    Traceback (most recent call last):
    ...
    alliance_graph.campaigns.questions.CampaignError: closes_bad_date: {'value': '18/12/2026'}
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = value.strip() if isinstance(value, str) else None
    if text is not None and _ISO_DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:  # 2026-02-30
            pass
    raise CampaignError("closes_bad_date", value=str(value)[:40])


def check_closing_date(campaign: Campaign, day: date | None, today: date) -> None:
    """Refuse to give ``campaign`` the closing date ``day`` (``None``: none) on ``today``:
    a closed campaign's (``closes_closed``), a day before ``today`` (``closes_past``,
    with ``day``). Today itself is allowed: "please answer today".

    >>> from alliance_graph.campaigns.model import Questions
    >>> survey = Campaign(1, 1, "T2", "open", Questions(("trust",), 1, 5, ()), "s")
    >>> check_closing_date(survey, date(2026, 12, 18), date(2026, 12, 18))
    >>> try:
    ...     check_closing_date(survey, date(2026, 12, 17), date(2026, 12, 18))
    ... except CampaignError as refused:
    ...     print(refused.key, refused.params)
    closes_past {'day': datetime.date(2026, 12, 17)}
    """
    if campaign.status == "closed":
        raise CampaignError("closes_closed")
    if day is not None and day < today:
        raise CampaignError("closes_past", day=day)


def days_left(campaign: Campaign, today: date) -> int | None:
    """Days from ``today`` to the campaign's closing date: 0 on the day, negative once it
    has passed; ``None`` without one.

    >>> from alliance_graph.campaigns.model import Questions
    >>> survey = Campaign(1, 1, "T2", "open", Questions(("trust",), 1, 5, ()), "s",
    ...                   closes_on=date(2026, 12, 18))
    >>> days_left(survey, date(2026, 12, 15)), days_left(survey, date(2026, 12, 19))
    (3, -1)
    """
    return None if campaign.closes_on is None else (campaign.closes_on - today).days
