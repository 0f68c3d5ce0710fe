"""The workspace refuses what it cannot trust (issue 13, item 6): a damaged, foreign or
newer file is refused before anything is written to it, by the library, the app factory
and ``serve``; a read-only workspace and a full disk are said so, never "restart".

Tests run as root in CI, where ``chmod`` does not stop a write: a read-only workspace is
opened through SQLite's read-only mode (``?mode=ro``), which fails the way a read-only file
does; a full disk is SQLite's own error raised in the middle of a write.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from alliance_graph.errors import (
    WorkspaceDamagedError,
    WorkspaceError,
    WorkspaceNewerError,
    WorkspaceReadOnlyError,
)
from alliance_graph.store import Workspace
from alliance_graph.workspace_file import MIGRATIONS
from tests.web_support import AUTH, create, log_in, make_app, ratings_csv, text, upload

PAGE = 4096


class _Server:
    """Stands in for werkzeug's server: stops at once."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.server_port = 54321

    def serve_forever(self) -> None:
        raise KeyboardInterrupt

    def server_close(self) -> None:
        pass


def serve(workspace: Path, monkeypatch) -> Any:
    monkeypatch.setattr("werkzeug.serving.make_server", _Server)
    args = ["serve", "--no-browser", "--workspace", str(workspace)]
    return CliRunner().invoke(cli, args)


def filled(path: Path) -> Path:
    """A workspace holding an engagement with two waves (their bytes span many pages)."""
    workspace = Workspace(path)
    engagement = workspace.create_engagement("Mission Lumière").id
    for n, wave in enumerate(("T1", "T2")):
        content = ratings_csv(n) * 20
        workspace.add_file(engagement, kind="ratings", filename=f"{wave}.csv", content=content)
    assert not Path(f"{path}-wal").exists()  # everything is in the file itself
    return path


def damage(path: Path, page: int) -> None:
    """Garbage over one page (numbered from 1), as a failing disk leaves it."""
    with path.open("r+b") as file:
        file.seek((page - 1) * PAGE)
        file.write(b"\xa5" * PAGE)


def read_only(monkeypatch) -> None:
    """Every workspace connection from now on opens the file read-only."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if kwargs.get("uri"):
            return real(database, *args, **kwargs)
        uri = f"{Path(database).resolve().as_uri()}?mode=ro"
        return real(uri, *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


# -- refused at start ------------------------------------------------------------------


@pytest.mark.parametrize("page", [2, "middle"])
def test_a_damaged_workspace_is_refused_before_any_write(tmp_path: Path, page: Any) -> None:
    path = filled(tmp_path / "ws.sqlite3")
    pages = path.stat().st_size // PAGE
    damage(path, pages // 2 if page == "middle" else page)
    before = path.read_bytes()
    with pytest.raises(WorkspaceDamagedError, match="damaged") as raised:
        Workspace(path)
    assert isinstance(raised.value, OSError) and "backup" in str(raised.value)
    with pytest.raises(WorkspaceDamagedError):
        make_app(path)
    assert path.read_bytes() == before


def test_serve_refuses_a_damaged_workspace_with_a_message(tmp_path: Path, monkeypatch) -> None:
    path = filled(tmp_path / "ws.sqlite3")
    damage(path, 2)
    before = path.read_bytes()
    result = serve(path, monkeypatch)
    assert result.exit_code == 1, result.output
    assert "is damaged" in result.output and "nothing was written to it" in result.output
    assert "Traceback" not in result.output and "Open the app" not in result.output
    assert isinstance(result.exception, SystemExit)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_workspace_is_refused(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "notes.csv"
    path.write_bytes(b"rater,ratee,trust\n" * 300)
    with pytest.raises(WorkspaceDamagedError, match="not a database"):
        Workspace(path)
    result = serve(path, monkeypatch)
    assert result.exit_code == 1 and "is damaged" in result.output
    assert path.read_bytes() == b"rater,ratee,trust\n" * 300


def test_a_newer_workspace_is_refused_and_left_as_it_is(tmp_path: Path, monkeypatch) -> None:
    path = filled(tmp_path / "ws.sqlite3")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceNewerError, match="schema 99"):
        Workspace(path)
    with pytest.raises(WorkspaceNewerError):
        make_app(path)
    result = serve(path, monkeypatch)
    assert result.exit_code == 1 and "newer version of alliance-graph" in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


def version_1(path: Path) -> Path:
    """A workspace as alliance-graph 0.1 left it: schema 1, one engagement, two files."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    for statement in MIGRATIONS[0]:
        db.execute(statement)
    db.execute("INSERT INTO engagement VALUES (1, 'E', '2026-01-01T00:00:00+00:00', NULL)")
    for wave in ("T1", "T2"):
        db.execute(
            "INSERT INTO file (engagement_id, kind, wave, filename, content, sha256, size,"
            " uploaded_at) VALUES (1, 'ratings', ?, 'f.csv', x'00', '', 1, '')",
            (wave,),
        )
    db.execute("PRAGMA user_version = 1")
    db.close()
    return path


def test_a_workspace_of_version_1_is_brought_up_to_date(tmp_path: Path) -> None:
    workspace = Workspace(version_1(tmp_path / "ws.sqlite3"))
    assert workspace.schema_version == len(MIGRATIONS)
    assert workspace.generation(1) == 2  # one step per file already stored
    workspace.delete_file(workspace.files(1)[0].id)
    assert workspace.generation(1) == 3 and workspace.generation(2) == 0


def test_an_older_workspace_takes_objectives_and_progress_files(tmp_path: Path) -> None:
    workspace = Workspace(version_1(tmp_path / "ws.sqlite3"))
    assert [(f.kind, f.wave) for f in workspace.files(1)] == [("ratings", "T1"), ("ratings", "T2")]
    for kind in ("objectives", "progress"):
        workspace.add_file(1, kind=kind, filename=f"{kind}.csv", content=b"id\n")
    assert [f.kind for f in workspace.files(1)] == ["ratings", "ratings", "objectives", "progress"]
    assert workspace.generation(1) == 4  # the copied table still counts every change
    with pytest.raises(ValueError, match="kind must be one of"):
        workspace.add_file(1, kind="notes", filename="n.csv", content=b"x")
    db = sqlite3.connect(tmp_path / "ws.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):  # the table itself refuses other kinds
        db.execute(
            "INSERT INTO file (engagement_id, kind, wave, filename, content, sha256, size,"
            " uploaded_at) VALUES (1, 'notes', '', 'n', x'00', '', 1, '')"
        )
    db.close()


def test_a_read_only_workspace_that_needs_an_update_is_said_so(tmp_path: Path, monkeypatch) -> None:
    path = version_1(tmp_path / "ws.sqlite3")
    before = path.read_bytes()
    read_only(monkeypatch)
    with pytest.raises(WorkspaceReadOnlyError, match="read-only") as raised:
        Workspace(path)
    assert isinstance(raised.value, PermissionError)
    result = serve(path, monkeypatch)
    assert result.exit_code == 1 and "is read-only" in result.output
    assert "Traceback" not in result.output
    assert path.read_bytes() == before


# -- said while the app runs -----------------------------------------------------------


def test_a_read_only_workspace_reads_and_says_why_it_cannot_store(
    tmp_path: Path, monkeypatch
) -> None:
    app = make_app(tmp_path / "ws.sqlite3")
    client = log_in(app.test_client())
    engagement = create(client)
    read_only(monkeypatch)
    assert client.get(f"/api/engagements/{engagement}", headers=AUTH).status_code == 200
    stored = client.post(
        f"/api/engagements/{engagement}/waves",
        data={"file": (io.BytesIO(ratings_csv()), "T1.csv")},
        headers=AUTH,
    )
    assert stored.status_code == 503 and stored.json["error"] == "unavailable"
    assert "read-only" in stored.json["message"] and "restart" not in stored.json["message"]
    assert "Retry-After" not in stored.headers
    page = upload(client, engagement, ratings_csv(), wave="T1")
    assert page.status_code == 503 and "is read-only" in text(page)
    french = client.post("/api/engagements?lang=fr", json={"name": "X"}, headers=AUTH)
    assert french.status_code == 503 and "lecture seule" in french.json["message"]
    monkeypatch.undo()
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []


def test_a_full_disk_is_said_so_and_nothing_is_stored(tmp_path: Path, monkeypatch) -> None:
    app = make_app(tmp_path / "ws.sqlite3", PROPAGATE_EXCEPTIONS=False)
    client = log_in(app.test_client())
    engagement = create(client)

    def full(*args: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("alliance_graph.store._file", full)  # in the middle of the write
    stored = client.post(
        f"/api/engagements/{engagement}/waves",
        data={"file": (io.BytesIO(ratings_csv()), "T1.csv")},
        headers=AUTH,
    )
    assert stored.status_code == 507 and stored.json["error"] == "insufficient_storage"
    assert "disk" in stored.json["message"] and "full" in stored.json["message"]
    page = upload(client, engagement, ratings_csv(), wave="T1")
    assert page.status_code == 507 and "The disk is full" in text(page)
    assert "restart" not in text(page)
    monkeypatch.undo()
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []


def test_damage_found_while_running_is_said_so(tmp_path: Path, monkeypatch) -> None:
    app = make_app(tmp_path / "ws.sqlite3", PROPAGATE_EXCEPTIONS=False)
    client = log_in(app.test_client())
    engagement = create(client)
    assert upload(client, engagement, ratings_csv(), wave="T1").status_code == 303

    def malformed(*args: Any) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("alliance_graph.store._file", malformed)
    answer = client.get(f"/api/engagements/{engagement}", headers=AUTH)
    assert answer.status_code == 503 and "damaged" in answer.json["message"]
    assert "damaged" in text(client.get(f"/engagements/{engagement}"))


def test_every_workspace_error_is_an_os_error_with_its_path(tmp_path: Path) -> None:
    for error in WorkspaceError.__subclasses__():
        raised = error(tmp_path / "ws.sqlite3", "detail")
        assert isinstance(raised, OSError) and str(tmp_path) in str(raised)
        assert raised.code != WorkspaceError.code
