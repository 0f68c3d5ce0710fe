"""Files the commands are given and write, and what they print: inputs are regular files,
outputs are written whole, the data's text cannot turn a printed line around, and
progress shows on a terminal only."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

__all__ = [
    "Failure",
    "InputFile",
    "SurveyFile",
    "cannot_write",
    "echo",
    "emit",
    "progress",
    "report_path",
    "wrote",
]


class InputFile(click.Path):
    """An existing regular file, or a sheet of a workbook (``book.xlsx#Sheet``). A pipe
    or a device would make reading wait forever or fill the memory, so it is refused,
    and so is a path too long for the system (not reported as missing)."""

    def __init__(self) -> None:
        super().__init__(exists=True, dir_okay=False, path_type=Path)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from alliance_graph.errors import InputFileError
        from alliance_graph.files import check_input

        book, sheet = _workbook_sheet(value)
        if sheet is not None:  # the workbook must be a file; its sheet is looked up later
            return Path(f"{super().convert(book, param, ctx)!s}#{sheet}")
        try:
            check_input(value)
        except InputFileError as exc:
            self.fail(str(exc), param, ctx)
        return super().convert(value, param, ctx)


class SurveyFile(InputFile):
    """An INPUT argument: ``FILE``, or ``FILE=LABEL`` to name the wave of a file without
    a wave column; converted to ``(path, label or None)``.

    An argument that is an existing file is a file, even with ``=`` in its name;
    otherwise it is split at its last ``=`` (a file name may hold ``=``, a label not),
    also after a sheet: ``book.xlsx#Réponses=Lancement`` is the sheet ``Réponses``
    named ``Lancement`` (a sheet whose name holds ``=`` takes a label too:
    ``book.xlsx#A=B=Lancement``).
    """

    name = "file[=label]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        text = str(value)
        path, _, label = text.rpartition("=")
        if not path or _plain_exists(text) or (_exists(text) and not _exists(path)):
            return super().convert(text, param, ctx), None
        try:
            file = super().convert(path, param, ctx)
        except click.BadParameter:
            if _exists(path):  # a folder, a pipe: said as it is
                raise
            hint = "FILE=LABEL names a file's wave"
            self.fail(f"no file {text!r}, nor {path!r} ({hint})", param, ctx)
        from alliance_graph.errors import WaveNameError
        from alliance_graph.ingest.wave_names import check_label

        try:
            return file, check_label(label)
        except WaveNameError as exc:
            self.fail(f"{exc} (in {text!r})", param, ctx)


def _exists(path: str) -> bool:
    return _plain_exists(path) or _workbook_sheet(path)[1] is not None


def _plain_exists(path: Any) -> bool:
    try:
        return Path(path).exists()
    except (OSError, ValueError):  # a name too long, a NUL: said by InputFile
        return False


def _workbook_sheet(value: Any) -> tuple[Any, str | None]:
    """``book.xlsx#Sheet`` → ``(book.xlsx, "Sheet")`` when the whole is no file and the
    part before a ``#`` is one."""
    if "#" not in str(value) or _plain_exists(value):
        return value, None
    from alliance_graph.ingest.sheets import split_sheet

    return split_sheet(str(value))


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


def emit(
    text: str,
    output: Path | None,
    fmt: str = "table",
    *,
    lang: str = "en",
    notes: Callable[[], None] | None = None,
) -> None:
    """Print ``text`` (see :func:`echo`), or write it whole to ``output`` and say so.

    ``notes`` (the warnings summary) is called once the text is out, before the line
    naming the file written, which stays the last line."""
    if output is None:
        echo(text, fmt, nl=False)
    else:
        from alliance_graph.files import write_atomic

        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(output, _shown(text, fmt))
        except OSError as exc:
            raise cannot_write(output, exc) from exc
    if notes is not None:
        notes()
    if output is not None:
        wrote(output, lang)


def report_path(first_input: Path, lang: str, *, shared: bool = False) -> Path:
    """Where ``report`` writes without ``-o``: ``outputs/<first input>-report.html``,
    ``-rapport.html`` in French (``-shared-report``, ``-rapport-partage`` for the shared
    audience)."""
    from alliance_graph.i18n import translate

    key = "cli.shared_report_file" if shared else "cli.report_file"
    return Path("outputs") / translate(key, lang, stem=first_input.stem)


def wrote(path: Path, lang: str = "en", key: str = "cli.wrote", *, err: bool = False) -> None:
    """Say that ``path`` was written, in the user's language (on standard output
    unless ``err``)."""
    from alliance_graph.i18n import translate

    click.echo(translate(key, lang, path=path), err=err)


@contextmanager
def progress(label: str, steps: int, *, quiet: bool = False) -> Iterator[Callable[[str], None]]:
    """A progress bar on the terminal's standard error, advanced by calling the yielded
    function with the name of the step done; silent when ``quiet`` or when standard
    error is not a terminal (piped, redirected, in tests)."""
    stream = sys.stderr
    if quiet or not stream.isatty():
        yield lambda _name: None
        return
    bar: Any = click.progressbar(
        length=steps, label=label, file=stream, show_eta=False, item_show_func=lambda s: s
    )
    with bar:
        yield lambda name: bar.update(1, name)


class Failure(click.ClickException):
    """A :class:`click.ClickException` whose "Error:" is in the user's language."""

    def __init__(self, message: str, lang: str = "en") -> None:
        super().__init__(message)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        from alliance_graph.i18n import translate

        text = translate("cli.error", self.lang, message=self.format_message())
        click.echo(text, err=True, file=file)
