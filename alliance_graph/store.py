"""The engagement workspace: engagements, their uploaded files (original bytes), in SQLite.

Every write is one transaction (``BEGIN IMMEDIATE``): a failure leaves the workspace as
it was, and concurrent writers wait for each other. Reads are snapshots that wait for no
writer (WAL). Deleting only moves to a trash, so a deletion can be undone. Surveys are
rebuilt from the stored bytes, never from a cache. A damaged or newer workspace file is
refused when opened (:mod:`~alliance_graph.workspace_file`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from alliance_graph.errors import AllianceGraphError
from alliance_graph.ingest import read_survey
from alliance_graph.model import Survey
from alliance_graph.stored_files import (
    FILE_KINDS,
    Engagement,
    Sources,
    StoredFile,
    progress_names,
)
from alliance_graph.workspace_file import (
    check_file,
    default_workspace,
    migrate,
    plain_errors,
    transaction,
)

__all__ = [
    "FILE_KINDS",
    "Engagement",
    "NotFoundError",
    "Sources",
    "StoredFile",
    "Workspace",
    "default_workspace",
]

#: The columns of a file but its bytes (read only by :meth:`Workspace.content`).
_FILE_COLUMNS = (
    "id, engagement_id, kind, wave, filename, sha256, size, options, uploaded_at, deleted_at"
)


class NotFoundError(AllianceGraphError, LookupError):
    """No such engagement or file in the workspace (or it is in the trash)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Workspace:
    """An SQLite workspace file; safe to share between threads (one connection per call).

    Opening it refuses a damaged or newer file before writing anything. A write waits
    for another writer at most ``timeout`` seconds. SQLite's failures about the file or
    the disk (busy, read-only, full, damaged) are raised as the
    :class:`~alliance_graph.errors.WorkspaceError` that says so.
    """

    def __init__(self, path: str | Path, *, timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._local = threading.local()  # the open transaction of this thread, if any
        self.path.parent.mkdir(parents=True, exist_ok=True)
        check_file(self.path)
        with plain_errors(self.path):
            migrate(self.path, self.timeout)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every call inside the block one transaction: all of it is stored, or
        none of it if the block raises. Other writers wait until the block ends, so
        keep it short: check first, then store."""
        with self._transaction(write=True):
            yield

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Make every read inside the block see one state of the workspace, without
        waiting for writers nor making them wait. Nothing can be written inside it."""
        with self._transaction(write=False):
            yield

    @property
    def in_transaction(self) -> bool:
        """Whether this thread is inside :meth:`transaction` or :meth:`snapshot`."""
        return getattr(self._local, "db", None) is not None

    @contextmanager
    def connection(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """The connection of a transaction (``write``) or of a snapshot, joining the one
        open in this thread: for the tables other modules keep in this file (campaigns)."""
        with self._transaction(write=write) as db:
            yield db

    @contextmanager
    def _transaction(self, *, write: bool) -> Iterator[sqlite3.Connection]:
        db = getattr(self._local, "db", None)
        if db is not None:  # inside transaction() or snapshot(): join it
            if write and not self._local.write:
                raise RuntimeError("cannot write inside a read snapshot of the workspace")
            yield db
            return
        with (
            plain_errors(self.path),
            transaction(self.path, write=write, timeout=self.timeout) as db,
        ):
            self._local.db, self._local.write = db, write
            try:
                yield db
            finally:
                self._local.db = None

    @property
    def schema_version(self) -> int:
        with self._transaction(write=False) as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    def generation(self, engagement_id: int) -> int:
        """A number that changes whenever a file of the engagement is added, deleted or
        restored: a check made outside :meth:`transaction` still holds while it is equal."""
        with self._transaction(write=False) as db:
            row = db.execute(
                "SELECT value FROM generation WHERE engagement_id = ?", (engagement_id,)
            ).fetchone()
        return int(row["value"]) if row else 0

    # -- engagements -------------------------------------------------------------------

    def create_engagement(self, name: str) -> Engagement:
        from alliance_graph.safe_text import CONTROL_CHARACTERS

        name = " ".join(CONTROL_CHARACTERS.sub(" ", str(name)).split())  # NUL ends SQLite text
        if not 1 <= len(name) <= 200:
            raise ValueError(f"an engagement needs a name of 1 to 200 characters, not {name!r}")
        with self._transaction(write=True) as db:
            cursor = db.execute(
                "INSERT INTO engagement (name, created_at) VALUES (?, ?)", (name, _now())
            )
            row = db.execute(
                "SELECT * FROM engagement WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
        return Engagement(**dict(row))

    def engagements(self, *, deleted: bool = False) -> list[Engagement]:
        clause = "IS NOT NULL" if deleted else "IS NULL"
        with self._transaction(write=False) as db:
            rows = db.execute(f"SELECT * FROM engagement WHERE deleted_at {clause} ORDER BY id")
            return [Engagement(**dict(r)) for r in rows]

    def engagement(self, engagement_id: int) -> Engagement:
        with self._transaction(write=False) as db:
            row = db.execute(
                "SELECT * FROM engagement WHERE id = ? AND deleted_at IS NULL", (engagement_id,)
            ).fetchone()
        if row is None:
            raise NotFoundError(f"no engagement {engagement_id}")
        return Engagement(**dict(row))

    def delete_engagement(self, engagement_id: int) -> None:
        """Move to the trash; :meth:`restore_engagement` brings it back."""
        self._mark("engagement", engagement_id, _now())

    def restore_engagement(self, engagement_id: int) -> None:
        self._mark("engagement", engagement_id, None)

    # -- files -------------------------------------------------------------------------

    def add_file(
        self,
        engagement_id: int,
        *,
        kind: str,
        filename: str,
        content: bytes,
        wave: str = "",
        options: dict[str, Any] | None = None,
    ) -> StoredFile:
        """Store an upload as it came, with its hash. Checking it is the caller's job."""
        if kind not in FILE_KINDS:
            raise ValueError(f"kind must be one of {', '.join(FILE_KINDS)}, not {kind!r}")
        with self._transaction(write=True) as db:
            if (
                db.execute(
                    "SELECT 1 FROM engagement WHERE id = ? AND deleted_at IS NULL", (engagement_id,)
                ).fetchone()
                is None
            ):
                raise NotFoundError(f"no engagement {engagement_id}")
            cursor = db.execute(
                "INSERT INTO file (engagement_id, kind, wave, filename, content, sha256, size,"
                " options, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    engagement_id,
                    kind,
                    wave,
                    filename,
                    content,
                    hashlib.sha256(content).hexdigest(),
                    len(content),
                    json.dumps(options or {}, sort_keys=True),
                    _now(),
                ),
            )
            row = db.execute(
                f"SELECT {_FILE_COLUMNS} FROM file WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
            return _file(row)  # inside the transaction: if anything fails, nothing is kept

    def files(
        self, engagement_id: int, kind: str | None = None, *, deleted: bool = False
    ) -> list[StoredFile]:
        clause = "IS NOT NULL" if deleted else "IS NULL"
        query = f"SELECT {_FILE_COLUMNS} FROM file WHERE engagement_id = ? AND deleted_at {clause}"
        params: list[Any] = [engagement_id]
        if kind:
            query += " AND kind = ?"
            params.append(kind)
        with self._transaction(write=False) as db:
            return [_file(r) for r in db.execute(query + " ORDER BY id", params)]

    def content(self, file_id: int) -> bytes:
        with self._transaction(write=False) as db:
            row = db.execute("SELECT content FROM file WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no file {file_id}")
        return bytes(row["content"])

    def delete_file(self, file_id: int) -> None:
        self._mark("file", file_id, _now())

    def restore_file(self, file_id: int) -> None:
        self._mark("file", file_id, None)

    def _mark(self, table: str, row_id: int, when: str | None) -> None:
        with self._transaction(write=True) as db:
            cursor = db.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (when, row_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no {table} {row_id}")

    # -- surveys -----------------------------------------------------------------------

    def sources(self, engagement_id: int) -> Sources:
        """The engagement's files to read, from the stored bytes (one snapshot)."""
        with self.snapshot():
            self.engagement(engagement_id)
            files = self.files(engagement_id)
            return Sources(
                ratings=[
                    (f"{f.wave}.csv", self.content(f.id)) for f in files if f.kind == "ratings"
                ],
                register=self._newest(files, "register"),
                objectives=self._newest(files, "objectives"),
                progress=[(name, self.content(f.id)) for f, name in progress_names(files)],
            )

    def _newest(self, files: list[StoredFile], kind: str) -> tuple[str, bytes] | None:
        """The newest file of ``kind`` (it replaces the earlier ones), as read."""
        newest = next((f for f in reversed(files) if f.kind == kind), None)
        return (newest.filename, self.content(newest.id)) if newest else None

    def survey(
        self, engagement_id: int, *, waves: Sequence[str] | None = None, scale: str | None = None
    ) -> Survey:
        """The engagement's survey, read again from the stored bytes."""
        with self.snapshot():
            sources = self.sources(engagement_id)
            files = self.files(engagement_id, "ratings")
        scales = [f.options.get("scale") for f in files]
        if scale is None:
            scale = next((s for s in reversed(scales) if s), None)
        return read_survey(
            sources.inputs,
            register=sources.register,
            objectives=sources.objectives,
            scale=scale,
            waves=waves,
            wave_labels=[*(f.chosen_wave for f in files), *(None for _ in sources.progress)],
        )


def _file(row: sqlite3.Row) -> StoredFile:
    data = dict(row)
    data["options"] = json.loads(data["options"])
    return StoredFile(**data)
