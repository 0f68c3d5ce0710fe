"""Files on disk: inputs must be regular files, outputs are written whole or not at all."""

from __future__ import annotations

import contextlib
import errno
import gc
import io
import os
import secrets
import shutil
import stat
import sys
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


def workbook_bytes(book: Any) -> bytes:
    """The workbook's bytes. openpyxl writes each sheet to a temporary file first: when
    the disk is full, the error is raised as one plain :class:`OSError`, and the parts
    it leaves half-written are collected quietly (not as "Exception ignored" noise)."""
    buffer, failed = io.BytesIO(), None
    hook, sys.unraisablehook = sys.unraisablehook, lambda _: None
    try:
        try:
            book.save(buffer)
        except OSError as exc:
            failed = OSError(exc.errno, exc.strerror)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failed is not None:
        raise failed
    return buffer.getvalue()


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
