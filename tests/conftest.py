"""Shared fixtures: paths to the sample engagement and a helper to write CSV bytes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample"
DATA = Path(__file__).resolve().parent / "data"
#: The bundled sample with its objectives and progress answers, as the command line takes it.
SAMPLE_WITH_OBJECTIVES = [
    str(SAMPLE / "survey.csv"),
    str(SAMPLE / "progress.csv"),
    "--register",
    str(SAMPLE / "register.csv"),
    "--objectives",
    str(SAMPLE / "objectives.csv"),
]


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def write_csv(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` to a file in ``encoding`` (``bytes`` are written as they are)."""

    def write(name: str, text: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))
        return path

    return write


@pytest.fixture
def app(tmp_path: Path) -> Any:
    """The web app on a fresh workspace (a test file may define its own)."""
    from tests.web_support import make_app

    return make_app(tmp_path / "ws.sqlite3")


@pytest.fixture
def client(app: Any) -> Any:
    """A test client of ``app``, logged in."""
    from tests.web_support import log_in

    return log_in(app.test_client())
