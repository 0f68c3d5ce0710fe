"""One canonical column of the input schema (:mod:`alliance_graph.ingest.schema`)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["COMMENT_ALIASES", "Column"]

#: The headers of a comment column (free text the respondent adds), in ratings files and
#: in progress answers alike: the words alone, as a form titles them, nothing that could
#: be a score ("note" is one, in French). Kept short on purpose: a column is read as
#: comments only when its header says so plainly.
COMMENT_ALIASES = (
    "comment", "comments", "commentaire", "commentaires", "remark", "remarks",
    "remarque", "remarques", "Un mot ?", "any comments", "other comments",
    "additional comments", "your comments", "autres commentaires", "vos commentaires",
    "commentaire libre", "un commentaire",
)  # fmt: skip


@dataclass(frozen=True)
class Column:
    """One canonical column.

    ``aliases`` are the headers that name it, as written (the canonical name included
    when a header may say it); their order is the order of preference when several
    headers of a file name the column (the form's respondent). ``contains``: words that
    name the column anywhere inside a header. ``required``: a file without the column
    cannot be read; columns with the same ``one_of`` stand in for each other, and a file
    with none of them lacks ``one_of``. ``sided``: a side word turns the column into an
    attribute of the rater or the ratee (``Rater group`` → ``rater_group``).
    """

    name: str
    file: str
    aliases: tuple[str, ...]
    shapes: tuple[str, ...]
    required: bool = False
    doc: str = ""
    one_of: str = ""
    contains: tuple[str, ...] = ()
    sided: bool = False
