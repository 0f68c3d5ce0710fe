"""The engagement workspace: engagements, their uploaded files (original bytes), in SQLite.

Every write is one transaction (``BEGIN IMMEDIATE``): a failure leaves the workspace as
it was, and concurrent writers wait for each other. Deleting only moves to a trash, so a
deletion can be undone. Surveys are rebuilt from the stored bytes, never from a cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from alliance_graph.errors import AllianceGraphError
from alliance_graph.ingest import read_survey
from alliance_graph.model import Survey

__all__ = ["Engagement", "NotFoundError", "StoredFile", "Workspace", "default_workspace"]

_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE engagement (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE TABLE file (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagement(id),
        kind TEXT NOT NULL CHECK (kind IN ('ratings', 'register')),
        wave TEXT NOT NULL,
        filename TEXT NOT NULL,
        content BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        uploaded_at TEXT NOT NULL,
        deleted_at TEXT
    );
    CREATE INDEX file_engagement ON file (engagement_id, kind);
    """,
)


class NotFoundError(AllianceGraphError, LookupError):
    """No such engagement or file in the workspace (or it is in the trash)."""


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


def default_workspace() -> Path:
    """``workspace.sqlite3`` in the user's data directory (XDG on Linux, AppData on
    Windows, Application Support on macOS)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "alliance-graph" / "workspace.sqlite3"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Workspace:
    """An SQLite workspace file; safe to share between threads (one connection per call)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()  # the open transaction of this thread, if any
        self.path.parent.mkdir(parents=True, exist_ok=True)
        plain = sqlite3.connect(self.path, timeout=30)
        try:  # WAL: readers never wait for a writer; set outside any transaction
            plain.execute("PRAGMA journal_mode = WAL")
        finally:
            plain.close()
        with self._transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                for statement in filter(str.strip, script.split(";")):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Make every call inside the block one transaction: all of it is stored, or
        none of it if the block raises. Other writers wait until the block ends."""
        with self._transaction():
            yield

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if getattr(self._local, "db", None) is not None:  # inside transaction(): join it
            yield self._local.db
            return
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("BEGIN IMMEDIATE")
            self._local.db = db
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            finally:
                self._local.db = None
            db.execute("COMMIT")
        finally:
            db.close()

    @property
    def schema_version(self) -> int:
        with self._transaction() as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])

    # -- engagements -------------------------------------------------------------------

    def create_engagement(self, name: str) -> Engagement:
        name = " ".join(str(name).split())
        if not 1 <= len(name) <= 200:
            raise ValueError(f"an engagement needs a name of 1 to 200 characters, not {name!r}")
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO engagement (name, created_at) VALUES (?, ?)", (name, _now())
            )
            row = db.execute(
                "SELECT * FROM engagement WHERE id = ?", (cursor.lastrowid,)
            ).fetchone()
        return Engagement(**dict(row))

    def engagements(self, *, deleted: bool = False) -> list[Engagement]:
        clause = "IS NOT NULL" if deleted else "IS NULL"
        with self._transaction() as db:
            rows = db.execute(f"SELECT * FROM engagement WHERE deleted_at {clause} ORDER BY id")
            return [Engagement(**dict(r)) for r in rows]

    def engagement(self, engagement_id: int) -> Engagement:
        with self._transaction() as db:
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
        if kind not in ("ratings", "register"):
            raise ValueError(f"kind must be ratings or register, not {kind!r}")
        with self._transaction() as db:
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
            row = db.execute("SELECT * FROM file WHERE id = ?", (cursor.lastrowid,)).fetchone()
            return _file(row)  # inside the transaction: if anything fails, nothing is kept

    def files(
        self, engagement_id: int, kind: str | None = None, *, deleted: bool = False
    ) -> list[StoredFile]:
        clause = "IS NOT NULL" if deleted else "IS NULL"
        query = f"SELECT * FROM file WHERE engagement_id = ? AND deleted_at {clause}"
        params: list[Any] = [engagement_id]
        if kind:
            query += " AND kind = ?"
            params.append(kind)
        with self._transaction() as db:
            return [_file(r) for r in db.execute(query + " ORDER BY id", params)]

    def content(self, file_id: int) -> bytes:
        with self._transaction() as db:
            row = db.execute("SELECT content FROM file WHERE id = ?", (file_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no file {file_id}")
        return bytes(row["content"])

    def delete_file(self, file_id: int) -> None:
        self._mark("file", file_id, _now())

    def restore_file(self, file_id: int) -> None:
        self._mark("file", file_id, None)

    def _mark(self, table: str, row_id: int, when: str | None) -> None:
        with self._transaction() as db:
            cursor = db.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (when, row_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no {table} {row_id}")

    # -- surveys -----------------------------------------------------------------------

    def sources(
        self, engagement_id: int
    ) -> tuple[list[tuple[str, bytes]], tuple[str, bytes] | None]:
        """Ratings as ``(wave.csv, bytes)`` pairs (a file without a wave column is the wave
        of its label) and the newest register, from the stored bytes."""
        self.engagement(engagement_id)
        ratings = [
            (f"{f.wave}.csv", self.content(f.id)) for f in self.files(engagement_id, "ratings")
        ]
        registers = self.files(engagement_id, "register")
        register = (registers[-1].filename, self.content(registers[-1].id)) if registers else None
        return ratings, register

    def survey(
        self, engagement_id: int, *, waves: Sequence[str] | None = None, scale: str | None = None
    ) -> Survey:
        """The engagement's survey, read again from the stored bytes."""
        ratings, register = self.sources(engagement_id)
        if scale is None:
            scales = [f.options.get("scale") for f in self.files(engagement_id, "ratings")]
            scale = next((s for s in reversed(scales) if s), None)
        return read_survey(ratings, register=register, scale=scale, waves=waves)


def _file(row: sqlite3.Row) -> StoredFile:
    data = {k: row[k] for k in row.keys() if k != "content"}  # noqa: SIM118 (a Row, not a dict)
    data["options"] = json.loads(data["options"])
    return StoredFile(**data)
