"""Files on disk: inputs must be regular files, outputs are written whole or not at all."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import gc
import io
import os
import secrets
import shutil
import stat
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from alliance_graph.errors import InputFileError

__all__ = [
    "check_input",
    "os_error_text",
    "short_path",
    "special_file",
    "workbook_bytes",
    "write_atomic",
    "zip_bytes",
]

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def short_path(path: str | os.PathLike[str], limit: int = 80) -> str:
    """A path to show in a message: a very long one is cut in the middle."""
    text = str(path)
    return text if len(text) <= limit else f"{text[: limit // 2]}…{text[-limit // 2 :]}"


def os_error_text(path: str | os.PathLike[str], exc: OSError, *, writing: bool = True) -> str:
    """What went wrong with ``path``, in words a user can act on."""
    shown = short_path(path)
    if exc.errno == errno.ENAMETOOLONG:
        return (
            f"the path {shown} is too long for this system ({len(str(path))} characters; "
            f"a file name may have at most {_name_max(path)} and a path {_path_max(path)})"
        )
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {shown}: the disk is full (no space left on the device)"
    if exc.errno == errno.EFBIG:
        return f"cannot write {shown}: the file would be larger than the system allows"
    if exc.errno == errno.EROFS:
        return f"cannot write {shown}: the disk or folder is read-only"
    return f"cannot {'write' if writing else 'read'} {shown}: {exc.strerror or exc}"


def special_file(path: str | os.PathLike[str]) -> str | None:
    """``"a named pipe"``, ``"a device"``… when ``path`` exists and is not a regular
    file; ``None`` for a regular file or a path that does not exist."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def check_input(path: str | os.PathLike[str]) -> None:
    """Refuse an input that is not a regular file: a pipe or a device would make reading
    wait forever or fill the memory. Raises :class:`InputFileError`."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            raise InputFileError(os_error_text(path, exc)) from exc
        return  # reading it says what is wrong
    kind = special_file(path)
    if kind is not None:
        raise InputFileError(
            f"{short_path(path)} is {kind}, not a regular file: give a file saved on disk"
        )


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file in the same
    folder, renamed over ``path`` once complete: a full disk or a crash leaves the
    previous file, or none, never a truncated one. A path that exists and is not a
    regular file (``/dev/null``, a pipe) is written to directly.
    """
    target = Path(path)
    content = data.encode("utf-8") if isinstance(data, str) else data
    if special_file(target) is not None:  # followed through links: /dev/stdout, a pipe
        with target.open("wb") as handle:
            handle.write(content)
        return target
    if target.is_symlink():  # replace the file the link points to, keep the link
        target = target.resolve()
    temp = target.with_name(f".{target.name[:150]}.{secrets.token_hex(4)}.tmp")
    descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            shutil.copymode(target, temp)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return Path(path)


def workbook_bytes(book: Any, moment: dt.datetime | None = None) -> bytes:
    """The workbook's bytes. openpyxl writes each sheet to a temporary file first: when
    the disk is full, the error is raised as one plain :class:`OSError`, and the parts
    it leaves half-written are collected quietly (not as "Exception ignored" noise).

    With ``moment`` (UTC), the workbook says it was made and changed then, and so do its
    parts: the same workbook gives the same bytes whenever it is written."""
    buffer, failed = io.BytesIO(), None
    hook, sys.unraisablehook = sys.unraisablehook, lambda _: None
    try:
        try:
            if moment is None:
                book.save(buffer)
            else:
                _save_at(book, buffer, moment)
        except OSError as exc:
            failed = OSError(exc.errno, exc.strerror)
        if failed is not None:  # only then: a full collection costs ~20 ms per workbook
            gc.collect()
    finally:
        sys.unraisablehook = hook
    if failed is not None:
        raise failed
    return buffer.getvalue()


def zip_bytes(members: Iterable[tuple[str, bytes]], moment: dt.datetime) -> bytes:
    """A zip of ``members`` (name, content), in their order, each dated ``moment``: the
    same members give the same bytes. Names are stored in UTF-8.

    >>> data = zip_bytes([("a.txt", b"A")], dt.datetime(2026, 1, 2))
    >>> zipfile.ZipFile(io.BytesIO(data)).getinfo("a.txt").date_time
    (2026, 1, 2, 0, 0, 0)
    """
    buffer = io.BytesIO()
    with _DatedZip(buffer, "w", zipfile.ZIP_DEFLATED, moment=moment) as archive:
        for name, content in members:
            archive.writestr(name, content)
    return buffer.getvalue()


class _DatedZip(zipfile.ZipFile):
    """A zip whose every part is dated ``moment`` (not the time it is written)."""

    def __init__(self, *args: Any, moment: dt.datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.moment = max(moment.replace(tzinfo=None), dt.datetime(1980, 1, 1))

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        info = zinfo_or_arcname
        if not isinstance(info, zipfile.ZipInfo):
            info = zipfile.ZipInfo(info, date_time=self.moment.timetuple()[:6])
            info.compress_type = self.compression
        super().writestr(info, data, compress_type, compresslevel)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as handle:  # a sheet openpyxl wrote to a temporary file
            self.writestr(arcname or os.fspath(filename), handle.read(), *args, **kwargs)


def _save_at(book: Any, buffer: io.BytesIO, moment: dt.datetime) -> None:
    """What ``book.save`` does, with ``moment`` as the workbook's times and its parts'."""
    from openpyxl.writer.excel import ExcelWriter

    at = moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
    book.properties.created = book.properties.modified = at
    with _DatedZip(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True, moment=at) as archive:
        ExcelWriter(book, archive).save()


def _name_max(path: str | os.PathLike[str]) -> int:
    return _limit(path, "PC_NAME_MAX", 255)


def _path_max(path: str | os.PathLike[str]) -> int:
    return _limit(path, "PC_PATH_MAX", 4096)


def _limit(path: str | os.PathLike[str], name: str, default: int) -> int:
    folder = Path(path).anchor or "."
    try:
        return int(os.pathconf(folder, name))
    except (OSError, ValueError, AttributeError):
        return default
