"""Which columns hold comments: free text a respondent adds, in English or French.

A header is a comment column when it is one of the comment aliases of the input schema
(``comment``, ``Commentaires``, ``Un mot ?`` …, see
:data:`~alliance_graph.ingest._schema_column.COMMENT_ALIASES`), case, accents and
punctuation aside. A form's question about one person is a comment on that person when
the question is such a word, alone or followed by a word that says "about"
(``Comments [Ana]``, ``Comment about Ana``, ``Commentaire sur Ana``).
"""

from __future__ import annotations

from alliance_graph.ingest import schema
from alliance_graph.ingest.text import fold

__all__ = ["comment_question", "is_comment"]

#: The comment headers, folded.
_WORDS = frozenset(schema.folded_aliases("comment", "survey"))
#: Words between a comment word and the person it is about, folded.
_ABOUT = ("about", "on", "for", "regarding", "sur", "pour", "a propos de", "concernant")


def is_comment(header: object) -> bool:
    """Whether a column's header names a comment column.

    >>> is_comment("Un mot ?"), is_comment("Commentaires"), is_comment("Note")
    (True, True, False)
    """
    return fold(str(header)) in _WORDS


def comment_question(question: str) -> bool:
    """Whether a form's question about a person asks for a comment on them.

    >>> comment_question("Comments"), comment_question("Commentaire à propos de")
    (True, True)
    >>> comment_question("Confiance"), comment_question("Comment about")
    (False, True)
    """
    key = fold(question)
    if key in _WORDS:
        return True
    for word in _ABOUT:
        if key.endswith(f" {word}") and key[: -len(word) - 1].strip() in _WORDS:
            return True
    return False
