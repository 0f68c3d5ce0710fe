"""The SQLite workspace: persistence, transactions, trash, concurrency, rebuilt surveys."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from alliance_graph.store import NotFoundError, Workspace, default_workspace
from alliance_graph.workspace_file import SCHEMA_VERSION
from tests.conftest import SAMPLE


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "ws.sqlite3")


def test_engagements_persist_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "ws.sqlite3"
    first = Workspace(path)
    created = first.create_engagement("  Maison   Lumière ")
    assert created.name == "Maison Lumière"
    again = Workspace(path)
    assert [e.name for e in again.engagements()] == ["Maison Lumière"]
    assert again.schema_version == SCHEMA_VERSION == 5


def test_wal_and_foreign_keys(workspace: Workspace) -> None:
    db = sqlite3.connect(workspace.path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with pytest.raises(NotFoundError):
        workspace.add_file(99, kind="ratings", filename="x.csv", content=b"a", wave="T1")


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_names_are_checked(workspace: Workspace, name: str) -> None:
    with pytest.raises(ValueError, match="name"):
        workspace.create_engagement(name)


def test_files_keep_their_bytes_hash_and_options(workspace: Workspace) -> None:
    engagement = workspace.create_engagement("E")
    content = (SAMPLE / "survey.csv").read_bytes()
    stored = workspace.add_file(
        engagement.id,
        kind="ratings",
        filename="../../etc/passwd",
        content=content,
        wave="all",
        options={"scale": "1:5"},
    )
    assert workspace.content(stored.id) == content
    assert stored.size == len(content) and len(stored.sha256) == 64
    assert stored.options == {"scale": "1:5"} and stored.filename == "../../etc/passwd"
    assert not (Path.cwd() / "etc").exists()


def test_survey_is_rebuilt_from_the_stored_bytes(workspace: Workspace) -> None:
    engagement = workspace.create_engagement("E")
    for wave in ("2026-01", "2026-04", "2026-06"):
        content = (SAMPLE / "forms" / f"{wave}.csv").read_bytes()
        workspace.add_file(
            engagement.id, kind="ratings", filename=f"export {wave}.csv", content=content, wave=wave
        )
    workspace.add_file(
        engagement.id,
        kind="register",
        filename="register.csv",
        content=(SAMPLE / "register.csv").read_bytes(),
    )
    survey = workspace.survey(engagement.id)
    assert survey.ok and survey.waves == ("2026-01", "2026-04", "2026-06")
    assert len(survey.ratings) == 2746 and survey.coach == "cmoreau"


def test_trash_and_restore(workspace: Workspace) -> None:
    engagement = workspace.create_engagement("E")
    stored = workspace.add_file(
        engagement.id,
        kind="ratings",
        filename="a.csv",
        content=b"rater,ratee,score\nA,B,4\n",
        wave="T1",
    )
    workspace.delete_file(stored.id)
    assert workspace.files(engagement.id) == []
    assert [f.id for f in workspace.files(engagement.id, deleted=True)] == [stored.id]
    workspace.restore_file(stored.id)
    assert [f.id for f in workspace.files(engagement.id)] == [stored.id]
    workspace.delete_engagement(engagement.id)
    assert workspace.engagements() == []
    with pytest.raises(NotFoundError):
        workspace.engagement(engagement.id)
    workspace.restore_engagement(engagement.id)
    assert workspace.engagement(engagement.id).name == "E"
    with pytest.raises(NotFoundError):
        workspace.delete_file(12345)


def test_a_failure_inside_a_write_leaves_nothing(workspace: Workspace, monkeypatch) -> None:
    engagement = workspace.create_engagement("E")

    def broken(*args, **kwargs):
        raise OSError("disk unplugged")

    monkeypatch.setattr("alliance_graph.store._file", broken)  # fails after the INSERT
    with pytest.raises(OSError):
        workspace.add_file(engagement.id, kind="ratings", filename="a.csv", content=b"x", wave="T")
    monkeypatch.undo()
    assert workspace.files(engagement.id) == []


def test_concurrent_writers_do_not_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    engagement = Workspace(path).create_engagement("E")
    errors: list[BaseException] = []

    def upload(worker: int) -> None:
        try:
            ws = Workspace(path)
            for i in range(10):
                ws.add_file(
                    engagement.id,
                    kind="ratings",
                    filename="f.csv",
                    content=f"{worker}-{i}".encode(),
                    wave=f"w{worker}-{i}",
                )
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    files = Workspace(path).files(engagement.id)
    assert len(files) == 40 and len({f.wave for f in files}) == 40
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_default_workspace_is_in_the_user_data_directory(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr("sys.platform", "linux")
    assert default_workspace() == tmp_path / "alliance-graph" / "workspace.sqlite3"


def test_a_snapshot_sees_one_state_and_writes_nothing(workspace: Workspace) -> None:
    engagement = workspace.create_engagement("E")
    other = Workspace(workspace.path)
    with workspace.snapshot():
        before = workspace.generation(engagement.id)
        other.add_file(engagement.id, kind="ratings", filename="a.csv", content=b"x", wave="T")
        assert workspace.files(engagement.id) == []  # the snapshot did not wait, nor see it
        assert workspace.generation(engagement.id) == before
        with pytest.raises(RuntimeError, match="read snapshot"):
            workspace.create_engagement("F")
    assert [f.wave for f in workspace.files(engagement.id)] == ["T"]
    assert workspace.generation(engagement.id) == before + 1


def test_the_generation_moves_with_every_change_of_files(workspace: Workspace) -> None:
    engagement = workspace.create_engagement("E").id
    seen = [workspace.generation(engagement)]
    stored = workspace.add_file(engagement, kind="ratings", filename="a", content=b"x", wave="T")
    seen.append(workspace.generation(engagement))
    workspace.delete_file(stored.id)
    seen.append(workspace.generation(engagement))
    workspace.restore_file(stored.id)
    seen.append(workspace.generation(engagement))
    assert seen == [0, 1, 2, 3]
