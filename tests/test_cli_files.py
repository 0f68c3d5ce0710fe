"""What the commands read and write (issue 13, item 10): regular input files only, paths
too long said as such, files written whole (a full disk leaves the previous file, never
a truncated one), a message and no traceback on a full disk, and the data's
bidirectional controls made harmless in what is printed."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli
from tests.conftest import ROOT, SAMPLE

SURVEY = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(
    not (FULL.exists() and os.access(FULL, os.W_OK)), reason="no writable /dev/full here"
)


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _run(*args: str, limit: int | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """The command in its own process (bounded in time); ``limit``: the largest file it
    may write, in bytes, as a disk that fills up would allow."""

    def cap() -> None:  # Python ignores SIGXFSZ: a write past the cap fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "MPLCONFIGDIR": os.environ.get("MPLCONFIGDIR", "/tmp/mpl")}
    return subprocess.run(
        [sys.executable, "-m", "alliance_graph", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
        preexec_fn=cap if limit else None,
    )


# -- inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["input", "register"])
def test_a_named_pipe_is_refused_not_waited_for(tmp_path: Path, where: str) -> None:
    pipe = tmp_path / "survey.csv"
    os.mkfifo(pipe)
    args = [str(pipe)] if where == "input" else [SURVEY[0], "--register", str(pipe)]
    try:
        done = _run("validate", *args, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("validate waited for the pipe")
    assert done.returncode == 2
    assert "named pipe, not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_a_device_is_refused() -> None:
    result = _invoke("validate", "/dev/null")
    assert result.exit_code == 2
    assert "/dev/null is a device, not a regular file" in result.output


@pytest.mark.parametrize("path", ["a" * 300 + ".csv", "x/" * 2100 + "survey.csv"])
def test_a_path_too_long_is_reported_as_such(path: str) -> None:
    result = _invoke("validate", path)
    assert result.exit_code == 2
    assert "too long for this system" in result.output and "does not exist" not in result.output
    assert len(result.output) < 1000  # the path is shortened in the message


def test_an_output_path_too_long_is_reported_as_such(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".html")
    result = _invoke("report", *SURVEY, "-o", str(target))
    assert result.exit_code == 1 and "too long for this system" in result.output
    assert "Traceback" not in result.output


# -- outputs: whole or not at all ------------------------------------------------------

#: command → (arguments after the survey options, the files it writes, a cap below
#: their size)
WRITES = {
    "report": (["report", *SURVEY, "-o", "{out}/r.html"], ["r.html"], 200_000),
    "metrics": (["metrics", *SURVEY, "--format", "json", "-o", "{out}/m.json"], ["m.json"], 4000),
    "export-xlsx": (
        ["export", *SURVEY, "--format", "xlsx", "-o", "{out}/n.xlsx"],
        ["n.xlsx"],
        4000,
    ),
    "export-gexf": (
        ["export", *SURVEY, "--format", "gexf", "-o", "{out}/n.gexf"],
        ["n.gexf"],
        4000,
    ),
    "export-csv": (
        ["export", *SURVEY, "--format", "csv", "-o", "{out}/n.csv"],
        ["n-ties.csv", "n-people.csv"],
        4000,
    ),
    "mapping": (
        ["metrics", *SURVEY, "--pseudonymise", "--mapping", "{out}/key.csv"],
        ["key.csv"],
        300,
    ),
    "template": (
        ["template", "-o", "{out}"],
        ["survey-kit.xlsx", "register.csv", "survey.csv"],
        100,
    ),
}


@pytest.mark.parametrize("name", list(WRITES))
def test_a_full_disk_leaves_the_previous_file_not_a_truncated_one(
    tmp_path: Path, name: str
) -> None:
    args, files, cap = WRITES[name]
    before = b"the previous file, whole\n"
    for file in files:
        (tmp_path / file).write_bytes(before)
    done = _run(*(a.replace("{out}", str(tmp_path)) for a in args), limit=cap)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "cannot " in done.stderr
    for file in files:
        assert (tmp_path / file).read_bytes() == before, file
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_a_written_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "m.json"
    target.write_text("{}")
    target.chmod(0o600)
    assert _invoke("metrics", *SURVEY, "--format", "json", "-o", str(target)).exit_code == 0
    assert json.loads(target.read_text())["waves"]
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_link_is_followed_and_a_device_written_to(tmp_path: Path) -> None:
    real, link = tmp_path / "real.json", tmp_path / "link.json"
    link.symlink_to(real)
    assert _invoke("metrics", *SURVEY, "--format", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(real.read_text())["waves"]
    assert _invoke("metrics", *SURVEY, "-o", os.devnull).exit_code == 0
    assert Path(os.devnull).is_char_device()  # written to, not replaced by a file


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        ["export", *SURVEY, "--format", "xlsx", "-o", str(FULL)],
        ["export", *SURVEY, "--format", "gexf", "-o", str(FULL)],
        ["metrics", *SURVEY, "-o", str(FULL)],
        ["metrics", *SURVEY, "--pseudonymise", "--mapping", str(FULL)],
        ["report", *SURVEY, "-o", str(FULL)],
    ],
    ids=["xlsx", "gexf", "metrics", "mapping", "report"],
)
def test_a_full_disk_ends_in_a_message(args: list[str]) -> None:
    done = _run(*args)
    assert done.returncode == 1
    assert "the disk is full" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


# -- what is printed ---------------------------------------------------------------------

RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: what follows it is shown reversed


def test_bidirectional_controls_cannot_turn_printed_lines_around(tmp_path: Path) -> None:
    survey = tmp_path / "s.csv"
    survey.write_text(
        f"rater,ratee,score\nAnne {RLO}Petit,Anne {RLO}Petit,4\n"
        f"Anne {RLO}Petit,Bruno,4\nBruno,Anne {RLO}Petit,2\nChloé,Bruno,5\n",
        encoding="utf-8",
    )
    table = _invoke("validate", str(survey), "--scale", "1:5")
    assert "Anne <U+202E>Petit rated themself" in table.output and RLO not in table.output
    as_json = _invoke("validate", str(survey), "--scale", "1:5", "--json")
    assert RLO not in as_json.output and "\\u202e" in as_json.output
    assert "Anne \u202ePetit" in json.dumps(json.loads(as_json.output), ensure_ascii=False)
    metrics = _invoke("metrics", str(survey), "--scale", "1:5")
    assert metrics.exit_code == 0 and RLO not in metrics.output
