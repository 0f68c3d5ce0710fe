"""Who an output is for: the coach, or the client organisation (group figures only).

The one place where the shared version's smallest group K gets its default and its floor,
and where the coach's explicit choice to share the three one-person views of the
objectives (the coachee's, the sponsor's and the coach's) is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AUDIENCES", "GROUP_SIZE_FLOOR", "MIN_GROUP_SIZE", "Audience"]

#: ``coach``: everything, with names (for the coach alone); ``shared``: group figures only.
AUDIENCES = ("coach", "shared")
#: The shared version shows a group's figures only from this many people (K), by default.
MIN_GROUP_SIZE = 3
#: K may be lowered to this and no further: one person's answer is never shared.
GROUP_SIZE_FLOOR = 2


@dataclass(frozen=True)
class Audience:
    """Who an output is for and, for the shared version, the smallest group shown.

    ``share_viewpoints`` (shared version only, off by default): the coachee's, the
    sponsor's and the coach's views of the objectives' progress are shared too. Each is
    one person's answer, so they are shown only when the coach asks for them (the three
    are present at the three-way meeting; DESIGN.md section 10).

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
    """

    name: str = "coach"
    min_group_size: int = MIN_GROUP_SIZE
    share_viewpoints: bool = False

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

    @property
    def shared(self) -> bool:
        """True for the version safe for the client organisation."""
        return self.name == "shared"
