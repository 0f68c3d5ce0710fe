"""Every malformed file of the corpus through every command and the web upload: no traceback,
no 500, no hang, and either the exact number of answers or issues that say where."""

from __future__ import annotations

import io
import json
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli
from tests.fuzz_corpus import CASES, Case
from tests.web_support import TOKEN, make_app

#: Issues about a whole file, which have no line of their own.
FILE_LEVEL = {
    "EMPTY_FILE",
    "UNREADABLE_FILE",
    "NO_DATA_ROWS",
    "MISSING_COLUMN",
    "NO_RATINGS",
    "NO_ANSWERS",
    "SCALE_UNKNOWN",
    "SCALE_TOO_WIDE",
    "SEVERAL_COACHES",
    "UNKNOWN_COACH",
}
SECONDS = 60  # per command: a hang fails the test instead of stalling the suite


@contextmanager
def time_bound(what: str) -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what} took more than {SECONDS} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _files(case: Case, folder: Path) -> list[str]:
    path = folder / case.filename
    path.write_bytes(case.content)
    args = [str(path)]
    if case.register is not None:
        (folder / "register.csv").write_bytes(case.register)
        args += ["--register", str(folder / "register.csv")]
    if case.scale:
        args += ["--scale", case.scale]
    return args


def _run(args: list[str], what: str) -> Result:
    with time_bound(what):
        result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), (what, result.exit_code, result.output)
    assert "Traceback" not in result.output, (what, result.output)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"{what}: {result.exception!r}") from result.exception
    return result


def _check_validation(case: Case, report: dict) -> None:
    errors = [i for i in report["issues"] if i["severity"] == "error"]
    unplaced = [i["code"] for i in errors if i["line"] is None and i["code"] not in FILE_LEVEL]
    assert not unplaced, f"{case.name}: errors without a line: {unplaced}"
    if report["ok"]:
        assert case.ratings is not None, f"{case.name}: read as valid, expected a refusal"
        assert report["ratings"] == case.ratings, f"{case.name}: {report['ratings']} answers"
    else:
        assert errors, f"{case.name}: not ok without an error"
        assert case.ratings is None or case.either, f"{case.name}: refused: {errors}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_command_on_a_malformed_file(case: Case, tmp_path: Path) -> None:
    args = _files(case, tmp_path)
    validated = _run(["validate", *args, "--json"], f"validate {case.name}")
    _check_validation(case, json.loads(validated.stdout))
    valid = validated.exit_code == 0
    for command, extra in (
        ("metrics", ["--format", "json"]),
        ("compare", ["--permutations", "0"]),
        ("report", ["-o", str(tmp_path / "r.html")]),
        ("export", ["--format", "gexf", "-o", str(tmp_path / "x.gexf")]),
    ):
        result = _run([command, *args, *extra], f"{command} {case.name}")
        assert (result.exit_code == 0) == valid, (command, case.name, result.output)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory):
    app = make_app(tmp_path_factory.mktemp("fuzz") / "ws.sqlite3")
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {TOKEN}"
    return client


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_malformed_file_uploaded(case: Case, api) -> None:
    created = api.post("/api/engagements", json={"name": case.name[:100]})
    assert created.status_code == 201, created.get_data(as_text=True)
    engagement = created.get_json()["id"]
    data = {"file": (io.BytesIO(case.content), case.filename)}
    if case.register is not None:
        data["register"] = (io.BytesIO(case.register), "register.csv")
    if case.scale:
        data["scale"] = case.scale
    with time_bound(f"upload {case.name}"):
        response = api.post(
            f"/api/engagements/{engagement}/waves", data=data, content_type="multipart/form-data"
        )
    assert response.status_code in (201, 400, 413, 415, 422), (case.name, response.data[:300])
    if response.status_code == 201:
        for page in ("metrics", "network?format=json"):
            assert api.get(f"/api/engagements/{engagement}/{page}").status_code < 500
        assert api.get(f"/engagements/{engagement}/report").status_code < 500
