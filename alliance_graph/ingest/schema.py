"""The input schema as data: every column alliance-graph reads, and the headers it accepts.

One row per canonical column: the file it belongs to, its aliases in English and French
**as a person writes them** (accents, capitals, punctuation), the shapes that use it, and
whether it is required. The readers never see these spellings: they look headers up in
maps built once, here, with :func:`~alliance_graph.ingest.text.fold` (the function that
folds every header), so ``"Évalué(e)"`` is stored as written and matched as ``evalue e``.

Files:

- ``survey`` and ``register``: ratings files (shapes ``long``, ``wide``, ``matrix``) and
  the stakeholder register. Both are read by
  :func:`~alliance_graph.ingest.headers.match_header` through one map, so an alias names
  one column across the two.
- ``form``: the columns online forms add to a wide export (who answered, their e-mail,
  metadata), read by :mod:`~alliance_graph.ingest.forms` before the question columns.
- ``log``: interaction logs, read by :mod:`~alliance_graph.ingest.interactions`.

``docs/input-format.md`` shows the tables made from this one (``tools/input_schema_docs.py``
writes them; ``tests/test_input_schema.py`` checks they are up to date).

The table itself is :mod:`~alliance_graph.ingest._schema_table`; this module answers
questions about it and builds the maps the readers use.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from alliance_graph.ingest._schema_table import COLUMNS, FILES, Column
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "COLUMNS",
    "FILES",
    "FORM_LOOKUP",
    "FORM_SUBHEADERS",
    "FORM_SUBHEADER_KEYS",
    "HEADER_LOOKUP",
    "LOG_LOOKUP",
    "SIDE_KEYS",
    "SIDE_WORDS",
    "TWO_ROW_MARKER",
    "Column",
    "column",
    "columns",
    "folded_aliases",
    "header_columns",
    "lookup",
    "missing_column",
    "needed_columns",
    "required_columns",
]

#: Words that turn a ``sided`` column into an attribute of the rater or of the ratee,
#: as written (``Groupe de l'évaluateur`` → ``rater_group``).
SIDE_WORDS: tuple[tuple[str, str], ...] = (
    ("rater", "rater"),
    ("from", "rater"),
    ("source", "rater"),
    ("évaluateur", "rater"),
    ("répondant", "rater"),
    ("ratee", "ratee"),
    ("to", "ratee"),
    ("target", "ratee"),
    ("évalué", "ratee"),
    ("cible", "ratee"),
)

#: What SurveyMonkey writes on its second header row below a column that is not about a
#: person (the respondent's name, a comment): not a person's name.
FORM_SUBHEADERS = ("Response", "Open-Ended Response", "Réponse", "Réponse ouverte")

#: The header by which a SurveyMonkey export (two header rows) is recognised.
TWO_ROW_MARKER = "Respondent ID"


def columns(*files: str) -> tuple[Column, ...]:
    """The columns of these kinds of file, in table order."""
    unknown = set(files) - set(FILES)
    if unknown:
        raise ValueError(f"unknown file kind: {', '.join(sorted(unknown))}")
    return tuple(c for c in COLUMNS if c.file in files)


def column(name: str, file: str) -> Column:
    """The column ``name`` of a kind of file."""
    for found in columns(file):
        if found.name == name:
            return found
    raise KeyError(f"no column {name!r} in {file} files")


def folded_aliases(name: str, file: str) -> tuple[str, ...]:
    """A column's aliases, folded, in table order, each once."""
    return tuple(dict.fromkeys(fold(alias) for alias in column(name, file).aliases))


def lookup(*files: str) -> Mapping[str, str]:
    """Folded alias → canonical column, over the columns of ``files`` (read together by
    one header matching). An alias of two columns is an error in this table."""
    found: dict[str, str] = {}
    for col in columns(*files):
        for alias in col.aliases:
            key = fold(alias)
            if found.get(key, col.name) != col.name:
                raise ValueError(f"alias {alias!r} names both {found[key]!r} and {col.name!r}")
            found[key] = col.name
    return MappingProxyType(found)


def header_columns(file: str, headers: Iterable[object]) -> dict[str, str]:
    """Canonical column → the first header of a file of this kind that names it.

    >>> header_columns("progress", ["Vague", "Répondant", "Objectif", "Progrès", "Note"])
    {'wave': 'Vague', 'rater': 'Répondant', 'objective': 'Objectif', 'progress': 'Progrès'}
    """
    known = _LOOKUPS.get(file) or lookup(file)
    found: dict[str, str] = {}
    for header in headers:
        name = known.get(fold(str(header)))
        if name and name not in found:
            found[name] = str(header)
    return found


def missing_column(file_name: str, headers: Iterable[object], needed: Iterable[str]) -> Issue:
    """The ``MISSING_COLUMN`` issue of a file whose headers lack the columns ``needed``."""
    return Issue(
        IssueCode.MISSING_COLUMN,
        file=file_name,
        line=1,
        value=", ".join(map(str, headers)),
        params=(("needed", ", ".join(needed)),),
    )


def required_columns(file: str) -> tuple[str, ...]:
    """What a file of this kind must have: required columns, a ``one_of`` group once."""
    return tuple(dict.fromkeys(c.one_of or c.name for c in columns(file) if c.required))


def needed_columns(file: str, found: Iterable[str | None]) -> tuple[str, ...]:
    """The required columns (or ``one_of`` groups) missing from ``found``, the canonical
    columns a file's headers name, in table order: the ``needed`` of ``MISSING_COLUMN``.

    >>> needed_columns("log", ["source", None])
    ('target', 'timestamp')
    >>> needed_columns("register", ["group"])
    ('person',)
    """
    have = set(found)
    present = {c.one_of or c.name for c in columns(file) if c.name in have}
    return tuple(n for n in required_columns(file) if n not in present)


#: Header of ratings files and registers (folded) → canonical column.
HEADER_LOOKUP = lookup("survey", "register")
#: Header of an interaction log (folded) → canonical column.
LOG_LOOKUP = lookup("log")
#: The header lookups of logs, the objectives register and the progress answers, made once.
_LOOKUPS = {file: lookup(file) for file in ("log", "objectives", "progress")}
#: Header of a form export (folded) → ``respondent``, ``email`` or ``meta``.
FORM_LOOKUP = lookup("form")
#: Side word (folded) → ``rater`` or ``ratee``.
SIDE_KEYS: Mapping[str, str] = MappingProxyType({fold(w): side for w, side in SIDE_WORDS})
#: :data:`FORM_SUBHEADERS`, folded.
FORM_SUBHEADER_KEYS = frozenset(fold(label) for label in FORM_SUBHEADERS)
