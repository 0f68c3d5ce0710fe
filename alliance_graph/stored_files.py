"""What a workspace holds: engagements, their stored files, and the files as read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = ["FILE_KINDS", "Engagement", "Sources", "StoredFile", "numbered", "progress_names"]

#: What an engagement's files hold: answers of waves, the stakeholder register, the
#: objectives agreed at the kick-off, and progress answers on them.
FILE_KINDS = ("ratings", "register", "objectives", "progress")


@dataclass(frozen=True)
class Engagement:
    id: int
    name: str
    created_at: str
    deleted_at: str | None = None


@dataclass(frozen=True)
class StoredFile:
    """An uploaded file: ratings of one wave, or the register (``wave`` is then empty)."""

    id: int
    engagement_id: int
    kind: str
    wave: str
    filename: str
    sha256: str
    size: int
    options: dict[str, Any]
    uploaded_at: str
    deleted_at: str | None = None

    @property
    def chosen_wave(self) -> str | None:
        """The wave a ratings file of one wave is read as (``None`` for the register, or
        for a file that names its waves in its own wave column)."""
        waves = self.options.get("waves") or [self.wave]
        return self.wave if self.kind == "ratings" and list(waves) == [self.wave] else None


class Sources(NamedTuple):
    """An engagement's files as read: ratings as ``(wave.csv, bytes)`` pairs (a file
    without a wave column is the wave of its label), the newest register and objectives
    register, and the progress answers (named as :func:`progress_names` says)."""

    ratings: list[tuple[str, bytes]]
    register: tuple[str, bytes] | None
    objectives: tuple[str, bytes] | None
    progress: list[tuple[str, bytes]]

    @property
    def inputs(self) -> list[tuple[str, bytes]]:
        """The files read as inputs: ratings, then progress answers."""
        return [*self.ratings, *self.progress]


def progress_names(files: Sequence[StoredFile]) -> list[tuple[StoredFile, str]]:
    """The progress files among ``files``, each with the name its answers are read (and
    reported) under (see :func:`numbered`)."""
    mine = [f for f in files if f.kind == "progress"]
    return list(zip(mine, numbered([f.filename for f in mine])))


def numbered(filenames: Sequence[str]) -> list[str]:
    """Each name as it is, numbered when an earlier one has it (the kit's ``progress.csv``
    comes back every wave).

    >>> numbered(["progress.csv", "T3.csv", "progress.csv", "notes"])
    ['progress.csv', 'T3.csv', 'progress (2).csv', 'notes']
    """
    names, seen = [], dict[str, int]()
    for filename in filenames:
        n = seen[filename] = seen.get(filename, 0) + 1
        stem, dot, suffix = filename.rpartition(".")
        names.append(filename if n == 1 else f"{stem} ({n}).{suffix}" if dot else f"{suffix} ({n})")
    return names
