"""Files the commands are given and write, and what they print: inputs are regular files,
outputs are written whole, and the data's text cannot turn a printed line around."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

__all__ = ["InputFile", "cannot_write", "echo", "emit"]


class InputFile(click.Path):
    """An existing regular file. A pipe or a device would make reading wait forever or
    fill the memory, so it is refused, and so is a path too long for the system (not
    reported as missing)."""

    def __init__(self) -> None:
        super().__init__(exists=True, dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from alliance_graph.errors import InputFileError
        from alliance_graph.files import check_input

        try:
            check_input(value)
        except InputFileError as exc:
            self.fail(str(exc), param, ctx)
        return super().convert(value, param, ctx)


def echo(text: str, fmt: str = "table", **kwargs: Any) -> None:
    """``click.echo`` for output that holds the data's text: its bidirectional controls
    are made visible in tables and sentences (``<U+202E>``) and escaped in JSON, so they
    cannot turn the rest of a line around."""
    click.echo(_shown(text, fmt), **kwargs)


def _shown(text: str, fmt: str) -> str:
    from alliance_graph.safe_text import json_plain, plain

    if fmt == "csv":  # data for a spreadsheet, as it is
        return text
    return json_plain(text) if fmt == "json" else plain(text)


def cannot_write(path: Path, exc: OSError) -> click.ClickException:
    """The message for a file that could not be written (full disk, read-only, …)."""
    from alliance_graph.files import os_error_text

    return click.ClickException(os_error_text(path, exc))


def emit(text: str, output: Path | None, fmt: str = "table") -> None:
    """Print ``text`` (see :func:`echo`), or write it whole to ``output``."""
    if output is None:
        echo(text, fmt, nl=False)
        return
    from alliance_graph.files import write_atomic

    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(output, _shown(text, fmt))
    except OSError as exc:
        raise cannot_write(output, exc) from exc
    click.echo(f"Wrote {output}")
