"""Returned workbooks read back together: the files given, and the workbooks of a zip
among them (unpacked within limits), each read by :mod:`.returned_book`. A workbook is
taken whole or refused whole; two workbooks of one person are both refused."""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from alliance_graph.campaigns.answers import Answers
from alliance_graph.campaigns.model import Campaign, Respondent
from alliance_graph.campaigns.offline import README
from alliance_graph.campaigns.returned_book import BookProblem, read_book
from alliance_graph.ingest.workbook import (
    WORKBOOK_SUFFIXES,
    Limits,
    WorkbookRefused,
    is_workbook,
    workbook_cells,
)
from alliance_graph.safe_text import BIDI_CONTROLS, CONTROL_CHARACTERS

__all__ = ["MAX_FILES", "Refusal", "Returned", "ReturnedBook", "read_returned"]

#: The most workbooks one zip may hold.
MAX_FILES = 500
_BAD_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError)


@dataclass(frozen=True)
class ReturnedBook:
    """A workbook read: the file (``archive.zip › name.xlsx`` inside a zip), whose it
    is, and their answers."""

    file: str
    respondent: Respondent
    answers: Answers


@dataclass(frozen=True)
class Refusal:
    """A file refused, with every problem found in it."""

    file: str
    problems: tuple[BookProblem, ...]


@dataclass(frozen=True)
class Returned:
    """The workbooks that can be stored, and the files refused, in the order given."""

    accepted: tuple[ReturnedBook, ...]
    refused: tuple[Refusal, ...]


def read_returned(
    campaign: Campaign,
    respondents: Sequence[Respondent],
    files: Sequence[tuple[str, bytes]],
    limits: Limits | None = None,
) -> Returned:
    """Read ``files`` (name, bytes: workbooks, or zips of them) as the returned
    workbooks of ``campaign``. The same bytes given twice are read once; two different
    workbooks of one person are both refused (which one to keep is the coach's call)."""
    limits = limits or Limits()
    people = {r.person: r for r in respondents}
    accepted: list[ReturnedBook] = []
    refused: list[Refusal] = []
    seen: set[str] = set()
    for name, data in _workbooks(files, limits, refused):
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        try:
            read = read_book(campaign, people, workbook_cells(data, limits))
        except WorkbookRefused as exc:
            refused.append(_refusal(name, "unreadable", reason_key=exc.reason, **exc.params))
            continue
        if isinstance(read, list):
            refused.append(Refusal(name, tuple(read)))
        else:
            accepted.append(ReturnedBook(name, *read))
    return _one_each(campaign, accepted, refused)


def _workbooks(
    files: Sequence[tuple[str, bytes]], limits: Limits, refused: list[Refusal]
) -> Iterator[tuple[str, bytes]]:
    """Each workbook given, and each of every zip given; what is neither goes to
    ``refused``."""
    for name, data in files:
        lower = name.lower()
        if lower.endswith(".zip") and data.startswith(b"PK"):
            yield from _unzip(name, data, limits, refused)
        elif lower.endswith(WORKBOOK_SUFFIXES) and is_workbook(data):
            yield name, data
        else:
            refused.append(_refusal(name, "not_workbook"))


def _unzip(
    name: str, data: bytes, limits: Limits, refused: list[Refusal]
) -> Iterator[tuple[str, bytes]]:
    """The workbooks of a zip, after checking what its parts declare (how many, their
    size unpacked, no password); folders and the files a Mac adds are skipped."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir() and not _skipped(i.filename)]
    except (*_BAD_ZIP, ValueError):
        refused.append(_refusal(name, "not_workbook"))
        return
    size = sum(i.file_size for i in infos)
    if len(infos) > MAX_FILES or size > limits.max_bytes or any(i.flag_bits & 1 for i in infos):
        refused.append(_refusal(name, "zip_refused", files=MAX_FILES, limit=limits.max_bytes >> 20))
        return
    for info in infos:
        shown = f"{name} › {_shown(info.filename)}"
        if not info.filename.lower().endswith(WORKBOOK_SUFFIXES):
            refused.append(_refusal(shown, "not_workbook"))
            continue
        try:
            content = archive.read(info)
        except (*_BAD_ZIP, RuntimeError, ValueError):
            refused.append(_refusal(shown, "not_workbook"))
            continue
        if is_workbook(content):
            yield shown, content
        else:
            refused.append(_refusal(shown, "not_workbook"))


def _shown(member: str) -> str:
    """A zip member's name to show: no control or bidirectional character, at most 120
    characters (its end, where the file's own name is)."""
    return BIDI_CONTROLS.sub("", CONTROL_CHARACTERS.sub(" ", member))[-120:]


def _skipped(member: str) -> bool:
    """A Mac's resource files (``__MACOSX/``, ``._name``), hidden files, the README."""
    base = posixpath.basename(member)
    return member.startswith("__MACOSX/") or base.startswith(".") or base == README


def _one_each(campaign: Campaign, accepted: list[ReturnedBook], refused: list[Refusal]) -> Returned:
    """Two workbooks of one person: both refused, each naming the other."""
    files: dict[str, list[str]] = {}
    for book in accepted:
        files.setdefault(book.respondent.person, []).append(book.file)
    kept = []
    for book in accepted:
        twins = [f for f in files[book.respondent.person] if f != book.file]
        if not twins:
            kept.append(book)
            continue
        person = campaign.questions.person(book.respondent.person)
        refused.append(
            _refusal(book.file, "two_workbooks", other=", ".join(twins), name=person.name)
        )
    return Returned(tuple(kept), tuple(refused))


def _refusal(file: str, code: str, **params: object) -> Refusal:
    return Refusal(file, (BookProblem.of(code, **params),))
