"""English and French strings: one catalogue per language, looked up by key."""

from __future__ import annotations

import re
from typing import Any

from alliance_graph.i18n import en, fr
from alliance_graph.i18n.place import placed, words_for

__all__ = [
    "LANGUAGES",
    "format_count",
    "format_date",
    "format_day",
    "format_number",
    "format_percent",
    "format_value",
    "group_label",
    "label",
    "placed",
    "say_anonymous",
    "translate",
    "words_for",
]

LANGUAGES = ("en", "fr")
_CATALOGUES = {"en": en.MESSAGES, "fr": fr.MESSAGES}


def translate(key: str, lang: str = "en", /, **params: Any) -> str:
    """The string ``key`` in ``lang`` with ``params`` filled in.

    Falls back to English when the key is missing in ``lang``, and to the key itself
    when it is missing everywhere, so a missing string never raises.

    >>> translate("issue.EMPTY_FILE", "fr")
    'Le fichier est vide.'
    """
    if lang not in _CATALOGUES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    template = _CATALOGUES[lang].get(key) or en.MESSAGES.get(key) or key
    if "|" in template:
        template = _PLURAL.sub(lambda m: _agreed(m, params, lang), template)
    shown = {name: "" if value is None else value for name, value in params.items()}
    return template.format_map(_Default(shown))


#: ``{count|wave|waves}`` in a catalogue: the word that agrees with the number ``count``.
_PLURAL = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def _agreed(match: re.Match[str], params: dict[str, Any], lang: str) -> str:
    """The singular or the plural of ``{count|one|many}``: singular for 1 in English, for 0
    and 1 in French; plural when ``count`` is not given. A count may be a number, a
    number already formatted (``2 746``) or a list (its length).

    >>> translate("report.now.contact", "en", days=1, date="x"), translate("cli.warnings_more", "fr", count=0)
    ('last contact 1 day ago (x)', '  … et 0 autre')
    """
    name, one, many = match.groups()
    value = params.get(name)
    if isinstance(value, (list, tuple, set, dict)):
        value = len(value)
    elif isinstance(value, str):
        digits = re.sub(r"[^0-9]", "", value)
        value = int(digits) if digits else None
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return many
    singular = abs(value) < 2 if lang == "fr" else value == 1
    return one if singular else many


def label(kind: str, name: str, lang: str = "en") -> str:
    """The word for ``name`` among the names of ``kind`` (``shape``, ``delimiter``,
    ``field``, ``report.dimension`` …), or ``name`` itself when it has none: names that
    come from the data are shown as they are.

    >>> label("delimiter", "semicolon", "fr"), label("field", "Confiance", "fr")
    ('point-virgule', 'Confiance')
    """
    key = f"{kind}.{name}"
    text = translate(key, lang)
    return name if text == key else text


def format_number(value: float, lang: str = "en", digits: int = 2) -> str:
    """``0.8234`` → ``0.82`` in English, ``0,82`` in French; a minus sign, not a hyphen,
    and none before a value that rounds to zero.

    >>> format_number(-0.8234, "fr"), format_number(-0.0035)
    ('−0,82', '0.00')
    """
    text = f"{value:.{digits}f}"
    if float(text) == 0:
        text = text.lstrip("-")
    text = text.replace("-", "−")
    return text.replace(".", ",") if lang == "fr" else text


def format_count(value: int, lang: str = "en") -> str:
    """A whole number with its thousands marked: ``2,746`` in English, ``2 746`` in French
    (a narrow no-break space, so the number never breaks across lines).

    >>> format_count(2746), format_count(2746, "fr"), format_count(30, "fr")
    ('2,746', '2\u202f746', '30')
    """
    text = f"{int(value):,}"
    return text.replace(",", "\u202f") if lang == "fr" else text


def format_value(value: float | None, lang: str = "en", signed: bool = False) -> str:
    """:func:`format_number`, with ``—`` for an undefined value and, if ``signed``, a
    ``+`` before a positive one.

    >>> format_value(0.25, "fr", signed=True), format_value(None)
    ('+0,25', '—')
    """
    if value is None:
        return "—"
    text = format_number(value, lang)
    return "+" + text if signed and value > 0 else text


_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


def format_date(value: Any, lang: str = "en") -> str:
    """A date for people: ``15 Jan 2026`` in English, ``15 janv. 2026`` in French.

    >>> import datetime
    >>> format_date(datetime.date(2026, 1, 15), "fr")
    '15 janv. 2026'
    """
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


#: The names of the week's days (Monday first) and of the months, written out, for a date
#: said in a sentence; never the computer's locale.
_DAY_NAMES = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
_MONTH_NAMES = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
}  # fmt: skip


def format_day(value: Any, lang: str = "en") -> str:
    """A day as a sentence says it, its weekday and month written out: ``Friday 18
    December 2026`` in English, ``vendredi 18 décembre 2026`` in French (``1er`` for the
    first of a month, as French writes it).

    >>> import datetime
    >>> format_day(datetime.date(2026, 12, 18)), format_day(datetime.date(2027, 1, 1), "fr")
    ('Friday 18 December 2026', 'vendredi 1er janvier 2027')
    """
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    weekday, month = _DAY_NAMES[lang][value.weekday()], _MONTH_NAMES[lang][value.month - 1]
    return f"{weekday} {day} {month} {value.year}"


def group_label(group: str, lang: str = "en") -> str:
    """How a balance group is named in sentences: ``sponsor`` → "the sponsor"."""
    key = f"group.{group}"
    text = translate(key, lang)
    return group if text == key else text


def format_percent(share: float, lang: str = "en") -> str:
    """``0.45`` → ``45%`` in English, ``45 %`` in French (narrow no-break space)."""
    number = f"{share * 100:.0f}"
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"


class _Default(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


#: An anonymous label as written in the data (English, the same in every language): a role
#: word or a group, then "(anonymous N)" or "(anonymous)".
_ANONYMOUS = re.compile(
    r"(?:(?<![\w])(?P<role>Coachee|Coach|Sponsor|Stakeholder) )?\(anonymous(?: (?P<n>[0-9]+))?\)"
)
_ROLES = {
    "Coach": "coach",
    "Coachee": "coachee",
    "Sponsor": "sponsor",
    "Stakeholder": "stakeholder",
}


def say_anonymous(text: str, lang: str = "en") -> str:
    """``text`` with the labels of people without consent said in ``lang``.

    Their labels are ids, the same in every language (``Sponsor (anonymous)``, ``Managers
    (anonymous 2)``); this turns them into the words of ``lang`` where they are shown.

    >>> say_anonymous("Sponsor (anonymous), Managers (anonymous 2)", "fr")
    'Commanditaire (anonyme), Managers (anonyme 2)'
    """
    if lang == "en" or "(anonymous" not in text:
        return text

    def said(match: re.Match[str]) -> str:
        role, n = match.group("role"), match.group("n")
        key = "privacy.anonymous" if n else "privacy.anonymous_role"
        if role:
            return translate(key, lang, base=translate(f"privacy.{_ROLES[role]}", lang), n=n)
        return translate(key, lang, base="", n=n).strip()  # the group before it stays

    return _ANONYMOUS.sub(said, text)
