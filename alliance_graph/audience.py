"""Who an output is for: the coach, or the client organisation (group figures only).

The one place where the shared version's smallest group K gets its default and its floor.
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

    >>> Audience().shared, Audience("shared").min_group_size
    (False, 3)
    >>> Audience("shared", 1)
    Traceback (most recent call last):
    ...
    ValueError: min_group_size must be at least 2: one person's answer is never shared
    """

    name: str = "coach"
    min_group_size: int = MIN_GROUP_SIZE

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

    @property
    def shared(self) -> bool:
        """True for the version safe for the client organisation."""
        return self.name == "shared"
