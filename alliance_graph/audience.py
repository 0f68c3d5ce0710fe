"""Who an output is for: the coach, or the client organisation (group figures only).

The one place where the shared version's smallest group K gets its default and its floor,
where the smallest number of commenters K_c a group's comments need does too, and where
the coach's explicit choice to share the three one-person views of the objectives (the
coachee's, the sponsor's and the coach's) is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AUDIENCES",
    "COMMENTERS_FLOOR",
    "GROUP_SIZE_FLOOR",
    "MIN_COMMENTERS",
    "MIN_GROUP_SIZE",
    "Audience",
]

#: ``coach``: everything, with names (for the coach alone); ``shared``: group figures only.
AUDIENCES = ("coach", "shared")
#: The shared version shows a group's figures only from this many people (K), by default.
MIN_GROUP_SIZE = 3
#: K may be lowered to this and no further: one person's answer is never shared.
GROUP_SIZE_FLOOR = 2
#: The shared version shows a group's comments only from this many commenters (K_c).
MIN_COMMENTERS = 5
#: K_c may be lowered to this and no further: words are more telling than numbers.
COMMENTERS_FLOOR = 3


@dataclass(frozen=True)
class Audience:
    """Who an output is for and, for the shared version, the smallest group shown.

    ``share_viewpoints`` (shared version only, off by default): the coachee's, the
    sponsor's and the coach's views of the objectives' progress are shared too. Each is
    one person's answer, so they are shown only when the coach asks for them (the three
    are present at the three-way meeting; DESIGN.md section 10). ``min_commenters``
    (K_c): the shared version shows a group's comments of a wave only when at least
    that many of its people wrote one (DESIGN.md section 11).

    >>> Audience().shared, Audience("shared").min_group_size
    (False, 3)
    >>> Audience("shared", 1)
    Traceback (most recent call last):
    ...
    ValueError: min_group_size must be at least 2: one person's answer is never shared
    >>> Audience("coach", share_viewpoints=True)
    Traceback (most recent call last):
    ...
    ValueError: share_viewpoints goes with the shared audience
    >>> Audience("shared", min_commenters=2)
    Traceback (most recent call last):
    ...
    ValueError: min_commenters must be at least 3: a comment is never shared from fewer
    """

    name: str = "coach"
    min_group_size: int = MIN_GROUP_SIZE
    share_viewpoints: bool = False
    min_commenters: int = MIN_COMMENTERS

    def __post_init__(self) -> None:
        if self.name not in AUDIENCES:
            raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {self.name!r}")
        k = self.min_group_size
        if isinstance(k, bool) or (not isinstance(k, int) and not hasattr(k, "__index__")):
            raise ValueError(f"min_group_size must be a whole number, not {k!r}")
        if k < GROUP_SIZE_FLOOR:
            raise ValueError(
                f"min_group_size must be at least {GROUP_SIZE_FLOOR}: "
                "one person's answer is never shared"
            )
        object.__setattr__(self, "min_group_size", int(k))
        if not isinstance(self.share_viewpoints, bool):
            raise ValueError(
                f"share_viewpoints must be True or False, not {self.share_viewpoints!r}"
            )
        if self.share_viewpoints and not self.shared:
            raise ValueError("share_viewpoints goes with the shared audience")
        k_c = self.min_commenters
        if isinstance(k_c, bool) or (not isinstance(k_c, int) and not hasattr(k_c, "__index__")):
            raise ValueError(f"min_commenters must be a whole number, not {k_c!r}")
        if k_c < COMMENTERS_FLOOR:
            raise ValueError(
                f"min_commenters must be at least {COMMENTERS_FLOOR}: "
                "a comment is never shared from fewer"
            )
        object.__setattr__(self, "min_commenters", int(k_c))

    @property
    def shared(self) -> bool:
        """True for the version safe for the client organisation."""
        return self.name == "shared"
