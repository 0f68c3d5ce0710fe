"""Names masked in free text: every spelling of a person, whatever its case and accents.

A :class:`NameMask` is made from each person's spellings (their id, name and aliases,
:attr:`~alliance_graph.model.Survey.spellings`). In a text, it replaces, as whole words:

- each spelling of at least :data:`MIN_WHOLE` characters (``Hélène Garnier``,
  ``hgarnier``, the alias ``Léna``), its words separated by any spaces or punctuation
  (``Garnier-Hélène`` is not one, ``Hélène  Garnier`` and ``Hélène-Garnier`` are);
- each word of a spelling of at least :data:`MIN_TOKEN` characters (the first name
  ``Hélène``, the last name ``Garnier``), so that a person is not named by half their name.

Case and accents are aside: ``HÉLÈNE``, ``helene`` and ``Hélène`` are one word; the rest of
the text is kept as written. Spellings made of digits only (an id such as ``12``) are not
masked: they would erase the numbers of the text, and say nothing of anyone in it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

__all__ = ["MASK", "MIN_TOKEN", "MIN_WHOLE", "NameMask", "folded"]

#: What a masked name becomes in a shared output.
MASK = "[…]"
#: A whole spelling is masked from this many characters (letters and digits).
MIN_WHOLE = 2
#: A word of a spelling (a first or last name) is masked from this many characters.
MIN_TOKEN = 3
_WORD = re.compile(r"\w+")


def folded(text: str) -> tuple[str, list[int]]:
    """``text`` with accents stripped and case folded, and for each of its characters the
    position of the character of ``text`` it comes from.

    >>> folded("HÉLÈNE ß")
    ('helene ss', [0, 1, 2, 3, 4, 5, 6, 7, 7])
    """
    out: list[str] = []
    where: list[int] = []
    for position, character in enumerate(text):
        for part in unicodedata.normalize("NFKD", character):
            if unicodedata.combining(part):
                continue
            for piece in part.casefold():
                out.append(piece)
                where.append(position)
    return "".join(out), where


@dataclass(frozen=True)
class NameMask:
    """Every masked spelling as a pattern on folded text, and whom each whole spelling
    names (``None`` when several people share it)."""

    pattern: re.Pattern[str] | None
    owners: Mapping[str, str | None]

    @classmethod
    def of(cls, spellings: Mapping[str, Iterable[str]]) -> NameMask:
        """The mask of ``spellings``: each person's id → the ways the data names them.

        >>> mask = NameMask.of({"hg": ["Hélène Garnier", "Léna"], "12": ["Li"]})
        >>> mask.mask("HELENE et garnier, léna ; Li a 12 ans ; hg-12")
        '[…] et […], […] ; […] a 12 ans ; […]-12'
        """
        whole: dict[str, set[str]] = {}
        parts: dict[str, set[str]] = {}
        for person, names in spellings.items():
            for name in {str(person), *map(str, names)}:
                words = _WORD.findall(folded(name)[0])
                key = " ".join(words)
                if len(key.replace(" ", "")) >= MIN_WHOLE and not key.isdigit():
                    whole.setdefault(key, set()).add(str(person))
                for word in words if len(words) > 1 else ():
                    if len(word) >= MIN_TOKEN and not word.isdigit():
                        parts.setdefault(word, set()).add(str(person))
        keys = sorted({*whole, *parts}, key=lambda k: (-len(k), k))  # the longest first
        alternatives = [r"\W+".join(map(re.escape, key.split(" "))) for key in keys]
        pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
            if alternatives
            else None
        )
        # a whole spelling names its person; half a name (a first name) names no one for sure
        named = {
            k: next(iter(v)) if k not in parts and len(v) == 1 else None for k, v in whole.items()
        }
        return cls(pattern, named)

    def mask(self, text: str, by: Callable[[str | None], str] | None = None) -> str:
        """``text`` with every spelling replaced by :data:`MASK`, or by ``by(person)``:
        ``person`` is whom a whole spelling names, ``None`` for a word of a name (a first
        name may be someone else's) and a spelling several people share.

        >>> NameMask.of({"hg": ["Hélène Garnier"]}).mask("hélène GARNIER, Hélène", str)
        'hg, None'
        """
        if self.pattern is None or not text:
            return text
        key, where = folded(text)
        pieces, last = [], 0
        for match in self.pattern.finditer(key):
            start, end = where[match.start()], where[match.end() - 1] + 1
            if start < last:
                continue
            owner = self.owners.get(" ".join(_WORD.findall(match.group(0))))
            pieces += [text[last:start], MASK if by is None else by(owner)]
            last = end
        return "".join(pieces) + text[last:]

    def names_in(self, text: str) -> bool:
        """Whether ``text`` holds a spelling this mask would replace."""
        return self.pattern is not None and self.pattern.search(folded(text)[0]) is not None
