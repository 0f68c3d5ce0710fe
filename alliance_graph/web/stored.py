"""Reading an engagement's stored files back: its survey, or which stored file keeps it
from being read (a scale stored by an earlier version, say), to be removed from the
engagement page rather than answering 500 on every page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import current_app

from alliance_graph.errors import ScaleError
from alliance_graph.model import Scale, Survey
from alliance_graph.store import StoredFile, Workspace

__all__ = ["Unreadable", "read_stored_survey", "unreadable_scale"]


@dataclass(frozen=True)
class Unreadable:
    """Stored files the engagement can no longer be read with (``scale``: the stored
    scale text that cannot be read, when that is why), and the message (``key``,
    ``params``) saying how to remove them."""

    files: tuple[StoredFile, ...]
    scale: str | None = None

    @property
    def key(self) -> str:
        return "engagement.unreadable" + ("_scale" if self.scale is not None else "")

    @property
    def params(self) -> dict[str, Any]:
        names = ", ".join(f.filename for f in self.files)
        return {"files": names} if self.scale is None else {"files": names, "scale": self.scale}


def read_stored_survey(
    ws: Workspace, engagement_id: int, files: list[StoredFile]
) -> tuple[Survey | None, Unreadable | None]:
    """The engagement's survey read again from ``files`` (its live files), or which of
    them keeps it from being read: the one holding a scale that can no longer be read,
    else the newest (the engagement was read before it came)."""
    try:
        return ws.survey(engagement_id), None
    except ValueError as exc:  # the data's own problems are issues: this is the files
        current_app.logger.warning("engagement %s cannot be read: %s", engagement_id, exc)
    broken = unreadable_scale([f for f in files if f.kind == "ratings"])
    if broken is not None:
        return None, Unreadable((broken,), str(broken.options["scale"])[:40])
    return None, Unreadable((max(files, key=lambda f: f.id),))


def unreadable_scale(live: list[StoredFile]) -> StoredFile | None:
    """The file holding the scale the engagement is read with (the newest declared),
    when that text can no longer be read (written by an earlier version, or damaged)."""
    file = next((f for f in reversed(live) if f.options.get("scale")), None)
    if file is None:
        return None
    try:
        Scale.parse(str(file.options["scale"]))
    except ScaleError:
        return file
    return None
