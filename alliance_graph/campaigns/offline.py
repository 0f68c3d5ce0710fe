"""The coach's bundle for answering offline: every respondent's workbook
(:mod:`.workbook`) in one zip, each named after its respondent, with a short README in
English and French."""

from __future__ import annotations

from collections.abc import Sequence

from alliance_graph.campaigns.model import Campaign, Respondent
from alliance_graph.campaigns.workbook import respondent_workbook, workbook_moment
from alliance_graph.files import zip_bytes
from alliance_graph.i18n import LANGUAGES, format_day, translate
from alliance_graph.safe_text import download_name, file_part

__all__ = ["README", "workbook_filename", "workbooks_zip"]

#: The text file the zip holds besides the workbooks.
README = "README.txt"


def workbook_filename(campaign: Campaign, respondent: Respondent) -> str:
    """A respondent's workbook's name, safe on every system: wave, name and id.

    >>> from alliance_graph.campaigns.model import Person, Questions
    >>> q = Questions(("trust",), 1, 5, (Person("m1", "Marc / R&D"),))
    >>> workbook_filename(Campaign(1, 1, "T2", "open", q, "s"), Respondent(1, 1, "m1", "t"))
    'T2 - Marc _ R&D (m1).xlsx'
    """
    person = campaign.questions.person(respondent.person)
    wave, who = file_part(campaign.wave, limit=30), file_part(person.id, limit=30)
    stem = f"{wave} - {file_part(person.name)} ({who})"
    return download_name(f"{stem}.xlsx", "workbook.xlsx")


def workbooks_zip(campaign: Campaign, respondents: Sequence[Respondent], lang: str) -> bytes:
    """One workbook per respondent (in their register language, else ``lang``), in
    register order, and the README first. The same campaign gives the same bytes."""
    order = {p.id: n for n, p in enumerate(campaign.questions.roster)}
    chosen = sorted(respondents, key=lambda r: order.get(r.person, len(order)))
    members = [(README, _readme(campaign, len(chosen), lang))]
    names: set[str] = set()
    for respondent in chosen:
        name = workbook_filename(campaign, respondent)
        while name.lower() in names:  # two names cut to the same file name
            name = f"{name.removesuffix('.xlsx')}_.xlsx"
        names.add(name.lower())
        members.append((name, respondent_workbook(campaign, respondent, lang)))
    return zip_bytes(members, workbook_moment(campaign))


def _readme(campaign: Campaign, count: int, lang: str) -> bytes:
    """What the zip holds and what to do with it, in ``lang`` first, then the other
    language; Windows line ends, so that Notepad shows the lines."""
    langs = (lang, *(other for other in LANGUAGES if other != lang))
    text = "\n\n".join(_readme_text(campaign, count, code) for code in langs)
    return (text.replace("\n", "\r\n") + "\r\n").encode("utf-8-sig")


def _readme_text(campaign: Campaign, count: int, lang: str) -> str:
    """The README in ``lang``; under its first line, by when to answer, when the survey
    has a closing date."""
    text = translate("offline.readme", lang, wave=campaign.wave, count=count)
    if campaign.closes_on is None:
        return text
    head, _, rest = text.partition("\n\n")
    closes = translate("offline.readme_closes", lang, date=format_day(campaign.closes_on, lang))
    return f"{head}\n\n{closes}\n\n{rest}"
