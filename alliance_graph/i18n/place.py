"""Where the words are read: the web app has form fields where the command line has
options, so a message that advises an option has a ``web.`` variant there.

The web app reads its words inside :func:`words_for` (``"web"``), for the time of each
request; everything else (the commands, the reports they write, the library) reads the
catalogue's own keys. Only the messages that ask for it look for a variant
(:meth:`~alliance_graph.model.Issue.message`, the alerts'), never a page's own strings.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from alliance_graph.i18n import en

__all__ = ["placed", "words_for"]

_PLACE: ContextVar[str | None] = ContextVar("alliance_graph_place", default=None)


@contextmanager
def words_for(place: str) -> Iterator[None]:
    """Inside, messages are worded for ``place`` (``"web"``): see :func:`placed`."""
    token = _PLACE.set(place)
    try:
        yield
    finally:
        _PLACE.reset(token)


def placed(key: str) -> str:
    """``key``, or its variant ``<place>.<key>`` when the words are read in a place (see
    :func:`words_for`) and the catalogue has that variant.

    >>> with words_for("web"):
    ...     placed("issue.SCALE_INFERRED"), placed("issue.SELF_RATING")
    ('web.issue.SCALE_INFERRED', 'issue.SELF_RATING')
    >>> placed("issue.SCALE_INFERRED")
    'issue.SCALE_INFERRED'
    """
    place = _PLACE.get()
    variant = f"{place}.{key}"
    return variant if place is not None and variant in en.MESSAGES else key
