"""The workspace's SQLite file: its schema, the checks made before it is used, its
transactions, and SQLite's failures turned into errors that say what to do.

A workspace that is damaged (``PRAGMA quick_check``) or was written by a newer version
(``PRAGMA user_version``) is refused before anything is written to it. The file is in WAL
mode: readers see a snapshot and never wait for a writer; writers take the write lock
(``BEGIN IMMEDIATE``) only to store, and wait for each other at most ``timeout`` seconds.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from alliance_graph.errors import (
    WorkspaceBusyError,
    WorkspaceDamagedError,
    WorkspaceDiskFullError,
    WorkspaceError,
    WorkspaceNewerError,
    WorkspaceReadOnlyError,
)

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "check_file",
    "default_workspace",
    "migrate",
    "plain_errors",
    "transaction",
    "workspace_error",
]

_FILE_TABLE = """CREATE TABLE {name} (
    id INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id),
    kind TEXT NOT NULL CHECK (kind IN ({kinds})),
    wave TEXT NOT NULL,
    filename TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    options TEXT NOT NULL DEFAULT '{{}}',
    uploaded_at TEXT NOT NULL,
    deleted_at TEXT
)"""
_KINDS_3 = "'ratings', 'register', 'objectives', 'progress'"
_GENERATION_TRIGGERS = tuple(
    f"""CREATE TRIGGER file_{event.lower()} AFTER {event} ON file BEGIN
        INSERT INTO generation (engagement_id, value) VALUES (NEW.engagement_id, 1)
        ON CONFLICT (engagement_id) DO UPDATE SET value = value + 1;
    END"""
    for event in ("INSERT", "UPDATE")
)
_CAMPAIGN_TABLES = (
    """CREATE TABLE campaign (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagement(id),
        wave TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ready', 'open', 'closed')),
        questions TEXT NOT NULL,
        secret TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        stored_version INTEGER NOT NULL DEFAULT 0,
        ratings_file INTEGER,
        progress_file INTEGER,
        problem TEXT,
        created_at TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        UNIQUE (engagement_id, wave)
    )""",
    """CREATE TABLE respondent (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaign(id),
        person TEXT NOT NULL,
        token TEXT NOT NULL,
        token_sha256 TEXT NOT NULL UNIQUE,
        ratees TEXT NOT NULL,
        added TEXT NOT NULL DEFAULT '[]',
        saved_at TEXT,
        submitted_at TEXT,
        UNIQUE (campaign_id, person)
    )""",
    """CREATE TABLE answer (
        respondent_id INTEGER NOT NULL REFERENCES respondent(id),
        state TEXT NOT NULL CHECK (state IN ('draft', 'submitted')),
        kind TEXT NOT NULL CHECK (kind IN ('rating', 'progress', 'comment', 'consent')),
        subject TEXT NOT NULL,
        item TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (respondent_id, state, kind, subject, item)
    ) WITHOUT ROWID""",
)
#: One tuple of statements per schema version; ``user_version`` is the number applied.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE engagement (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
            created_at TEXT NOT NULL,
            deleted_at TEXT
        )""",
        _FILE_TABLE.format(name="file", kinds="'ratings', 'register'"),
        "CREATE INDEX file_engagement ON file (engagement_id, kind)",
    ),
    # a counter per engagement that every change of its files moves on, so a check made
    # outside the write lock can tell, cheaply, whether it still holds when storing
    (
        """CREATE TABLE generation (
            engagement_id INTEGER PRIMARY KEY REFERENCES engagement(id),
            value INTEGER NOT NULL
        )""",
        *_GENERATION_TRIGGERS,
        "INSERT INTO generation (engagement_id, value)"
        " SELECT engagement_id, count(*) FROM file GROUP BY engagement_id",
    ),
    # the objectives agreed at the kick-off and their progress answers are files too;
    # SQLite cannot change a CHECK, so the table is copied into one that allows them
    (
        _FILE_TABLE.format(name="file_new", kinds=_KINDS_3),
        "INSERT INTO file_new SELECT * FROM file",
        "DROP TABLE file",
        "ALTER TABLE file_new RENAME TO file",
        "CREATE INDEX file_engagement ON file (engagement_id, kind)",
        *_GENERATION_TRIGGERS,
    ),
    # campaigns that collect a wave's answers (:mod:`alliance_graph.campaigns`): their
    # respondents, each with a personal link (found by its sha256), and what each answered
    _CAMPAIGN_TABLES,
    # the day by which a campaign's respondents are asked to answer (ISO, NULL: none)
    (
        "ALTER TABLE campaign ADD COLUMN closes_on TEXT CHECK (closes_on IS NULL"
        " OR closes_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

#: SQLite's failures that are about the file or the disk, not about the program:
#: (result code prefixes, words of the message, the error that says so).
_FAILURES: tuple[tuple[tuple[str, ...], tuple[str, ...], type[WorkspaceError]], ...] = (
    (("SQLITE_BUSY", "SQLITE_LOCKED"), ("database is locked", "is busy"), WorkspaceBusyError),
    (
        ("SQLITE_READONLY", "SQLITE_CANTOPEN"),
        ("readonly database", "unable to open database file"),
        WorkspaceReadOnlyError,
    ),
    (("SQLITE_FULL",), ("database or disk is full",), WorkspaceDiskFullError),
    (
        ("SQLITE_CORRUPT", "SQLITE_NOTADB"),
        ("malformed", "file is not a database"),
        WorkspaceDamagedError,
    ),
)


def workspace_error(exc: sqlite3.Error, path: Path) -> WorkspaceError | None:
    """The error that says in words what ``exc`` means for the workspace at ``path``,
    or ``None`` when it is not about the file or the disk (a bug, then)."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    text = str(exc)
    for codes, words, error in _FAILURES:
        if name.startswith(codes) or any(w in text for w in words):
            return error(path, text)
    return None


@contextmanager
def plain_errors(path: Path) -> Iterator[None]:
    """SQLite's failures about the file or the disk, raised as the errors that say so."""
    try:
        yield
    except sqlite3.Error as exc:
        error = workspace_error(exc, path)
        if error is None:
            raise
        raise error from exc


def check_file(path: Path) -> None:
    """Refuse a workspace file that is not one, is damaged or is newer than this code,
    reading it through a read-only connection (nothing is written). A missing or empty
    file is a new workspace."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise workspace_error(exc, path) or WorkspaceDamagedError(path, str(exc)) from exc
    try:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            detail = f"schema {version}; this version knows up to {SCHEMA_VERSION}"
            raise WorkspaceNewerError(path, detail)
        problems = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:  # not a database, or too damaged to be checked
        raise workspace_error(exc, path) or WorkspaceDamagedError(path, str(exc)) from exc
    finally:
        db.close()
    if problems != ["ok"]:
        raise WorkspaceDamagedError(path, "; ".join(problems))


def migrate(path: Path, timeout: float) -> None:
    """Put the file in WAL mode and bring its schema up to :data:`SCHEMA_VERSION`, all
    of it or none of it."""
    plain = sqlite3.connect(path, timeout=timeout)
    try:  # set outside any transaction; a file already in WAL mode is not written
        if plain.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            plain.execute("PRAGMA journal_mode = WAL")
        if plain.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
    finally:
        plain.close()
    with transaction(path, write=True, timeout=timeout) as db:
        version = int(db.execute("PRAGMA user_version").fetchone()[0])  # under the lock
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")


@contextmanager
def transaction(path: Path, *, write: bool, timeout: float) -> Iterator[sqlite3.Connection]:
    """A connection in one transaction: ``write`` takes the write lock at once (waiting
    for another writer at most ``timeout`` s); else a read snapshot that waits for
    nobody. Committed at the end, rolled back if the block raises."""
    db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    db.row_factory = sqlite3.Row
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield db
        except BaseException:
            with suppress(sqlite3.Error):  # SQLite may have rolled back already
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
    finally:
        db.close()


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
