"""The package as a user installs it: a wheel built from the checkout, installed in a fresh
virtual environment, runs ``alliance-graph demo`` with no option, far from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: object, cwd: Path | None = None, env: dict | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", out, ROOT)  # fmt: skip
    (built,) = out.glob("alliance_graph-*.whl")
    return built


def test_the_wheel_carries_the_sample(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("survey.csv", "register.csv", "meetings.csv", "forms/2026-01.csv"):
        assert f"alliance_graph/sample/{name}" in names


def test_demo_runs_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    site = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").strip()
    )
    # the wheel itself goes in the fresh environment; its dependencies are borrowed from
    # this one (installing them would need the network), after the wheel on the path
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    _run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel)
    elsewhere = tmp_path / "anywhere"
    elsewhere.mkdir()
    env = {**os.environ, "MPLCONFIGDIR": str(tmp_path / "mpl"), "PYTHONNOUSERSITE": "1"}
    where = _run(
        python,
        "-c",
        "import alliance_graph; print(alliance_graph.__file__)",
        cwd=elsewhere,
        env=env,
    )
    assert where.startswith(str(site)), where  # not the checkout
    printed = _run(venv / "bin" / "alliance-graph", "demo", cwd=elsewhere, env=env)
    report = elsewhere / "outputs" / "sample-report.html"
    assert report.is_file() and str(report.name) in printed
    overview = (elsewhere / "outputs" / "sample-overview.json").read_text(encoding="utf-8")
    assert '"coach": "cmoreau"' in overview  # the bundled engagement, read from the wheel
