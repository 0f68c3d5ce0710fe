"""Adding files to an engagement: check them together with what is stored, then store
them all or nothing, in one transaction (taken only to store: the check runs before).

A ratings file is one wave, labelled by the form (else by the file's name, cleaned of
what forms tools add, see :func:`~alliance_graph.ingest.wave_names.clean_title`); a file
with its own wave column brings its waves. A label or a wave already in the engagement is
refused. A register replaces the previous one (which stays in the history).
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from alliance_graph.errors import WorkspaceBusyError
from alliance_graph.ingest import read_survey
from alliance_graph.ingest.wave_names import LABEL_MAX, clean_title
from alliance_graph.model import IssueCode, Scale, Survey, natural_key
from alliance_graph.store import StoredFile, Workspace
from alliance_graph.web.security import Refused, UploadedCSV
from alliance_graph.web.stored import unreadable_scale

__all__ = [
    "UploadResult",
    "accept_upload",
    "clean_label",
    "stored_waves",
    "wave_clash",
]

#: How many times an upload is checked again when the engagement changed meanwhile
#: (another process storing), and how long it waits for another upload's check (s).
_ATTEMPTS = 3
_GUARD_WAIT = 60.0
_guards: dict[tuple[str, int], threading.Lock] = {}
_guards_lock = threading.Lock()
#: Uploads checked at once: one per processor, so that checking many big files does
#: not starve the reads of the interpreter (the others wait their turn, idle).
_checking = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))
_LABEL_FORBIDDEN = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class UploadResult:
    """What an accepted upload stored, and the engagement's survey with it."""

    survey: Survey
    stored: list[StoredFile]
    notices: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def clean_label(text: str | None) -> str | None:
    """A wave label as typed, spaces collapsed; ``None`` when blank. A label with a
    slash, a backslash or a control character, or longer than 60 characters, is refused."""
    label = " ".join((text or "").split())
    if not label:
        return None
    if len(label) > LABEL_MAX or _LABEL_FORBIDDEN.search(label):
        raise Refused(422, "upload.bad_label", label=label[:80], limit=LABEL_MAX)
    return label


def _scale(text: str | None) -> Scale | None:
    from alliance_graph.errors import ScaleError

    if not text or not text.strip():
        return None
    try:
        return Scale.parse(text)
    except ScaleError:  # a malformed field, as "1:1e400" or "nan:5": a bad request
        raise Refused(400, "upload.bad_scale", value=text.strip()[:40]) from None


def stored_waves(file: StoredFile) -> list[str]:
    """The waves a stored ratings file holds."""
    return list(file.options.get("waves") or [file.wave])


def wave_clash(file: StoredFile, live: list[StoredFile]) -> list[str]:
    """The labels and waves of ``file`` that the ``live`` files already use."""
    taken = {f.wave for f in live} | {w for f in live for w in stored_waves(f)}
    mine = {file.wave, *stored_waves(file)}
    return sorted(mine & taken, key=natural_key)


def accept_upload(
    workspace: Workspace,
    engagement_id: int,
    *,
    ratings: UploadedCSV | None,
    register: UploadedCSV | None,
    label: str | None = None,
    scale: str | None = None,
) -> UploadResult:
    """Validate the new files with the engagement's stored ones, then store them.

    The check reads a snapshot and runs outside the write lock, so reads and other
    uploads go on meanwhile; storing takes the lock only if the engagement's files are
    still those checked (its generation), else checks again. In this process, uploads
    to one engagement are checked one at a time, and no more at once than processors.

    Raises :class:`Refused` (422) with the survey's issues, or with a message, and
    stores nothing; :class:`~alliance_graph.store.NotFoundError` for no engagement;
    :class:`~alliance_graph.errors.WorkspaceBusyError` when it could not be stored.
    """
    if ratings is None and register is None:
        raise Refused(422, "upload.no_file")
    chosen = clean_label(label)
    declared = _scale(scale)
    if declared is not None and ratings is None:
        raise Refused(422, "upload.scale_needs_ratings")
    with _turn_to_check(workspace, engagement_id):
        for _ in range(_ATTEMPTS):
            plan = _check(workspace, engagement_id, ratings, register, chosen, declared)
            with workspace.transaction():
                if workspace.generation(engagement_id) == plan.generation:
                    stored = _store(workspace, engagement_id, plan, ratings, register)
                    return UploadResult(plan.survey, stored, plan.notices)
    raise WorkspaceBusyError(workspace.path, "the engagement kept changing while checked")


@dataclass(frozen=True)
class _Plan:
    """What a check found: the state it saw, and what to store if it still holds."""

    generation: int
    survey: Survey
    wave: str
    options: dict[str, Any]
    notices: list[tuple[str, dict[str, Any]]]


def _check(
    workspace: Workspace,
    engagement_id: int,
    ratings: UploadedCSV | None,
    register: UploadedCSV | None,
    chosen: str | None,
    declared: Scale | None,
) -> _Plan:
    """Check the new files with a snapshot of the stored ones; :class:`Refused` (422)."""
    with workspace.snapshot():
        generation = workspace.generation(engagement_id)
        live = workspace.files(engagement_id, "ratings")
        sources, old_register = workspace.sources(engagement_id)
    scale_text = str(declared) if declared else _stored_scale(live)
    if scale_text is None and sources:  # the stored waves fixed the scale: a new file
        # must not stretch it (a stray 9 would turn a 1:5 survey into a 1:10 one)
        stored = read_survey(sources, register=old_register, wave_labels=_labels(live))
        scale_text = _inferred_scale(stored)
    wave: str = ""  # a register alone
    waves: list[str] = []
    notices: list[tuple[str, dict[str, Any]]] = []
    new_sources: list[tuple[str, bytes]] = []
    labels = _labels(live)
    if ratings is not None:
        wave, waves, notices = _place(ratings, chosen, live, scale_text)
        new_sources.append((f"{wave}.csv", ratings.content))
        labels.append(wave if waves == [wave] else None)
    the_register = (register.filename, register.content) if register else old_register
    everything = [*sources, *new_sources]
    survey = _without_no_ratings(
        read_survey(everything, register=the_register, scale=scale_text, wave_labels=labels),
        expected=bool(sources or new_sources),
    )
    if not survey.ok:
        names = {f"{f.wave}.csv": f.filename for f in live}
        names.update({name: ratings.filename for name, _ in new_sources if ratings})
        raise Refused(422, "upload.refused", survey=survey, names=names)
    options = {"scale": scale_text if declared or sources else None, "waves": waves}
    return _Plan(generation, survey, wave, options, notices)


def _store(
    workspace: Workspace,
    engagement_id: int,
    plan: _Plan,
    ratings: UploadedCSV | None,
    register: UploadedCSV | None,
) -> list[StoredFile]:
    """Store the checked files (inside the caller's transaction)."""
    stored = []
    if register is not None:
        stored.append(
            workspace.add_file(
                engagement_id, kind="register", filename=register.filename, content=register.content
            )
        )
    if ratings is not None:
        stored.append(
            workspace.add_file(
                engagement_id,
                kind="ratings",
                wave=plan.wave,
                filename=ratings.filename,
                content=ratings.content,
                options=plan.options,
            )
        )
    return stored


@contextmanager
def _turn_to_check(workspace: Workspace, engagement_id: int) -> Iterator[None]:
    """Uploads to one engagement wait for each other here, so each check reads what
    the previous one stored (instead of all checking at once and all but one again);
    then for a free processor. Too long a wait: :class:`WorkspaceBusyError`."""
    with _guards_lock:
        guard = _guards.setdefault((str(workspace.path), engagement_id), threading.Lock())
    started = time.monotonic()
    if not guard.acquire(timeout=_GUARD_WAIT):
        raise WorkspaceBusyError(workspace.path, "another upload to this engagement is checked")
    try:
        if not _checking.acquire(timeout=max(0.0, _GUARD_WAIT - (time.monotonic() - started))):
            raise WorkspaceBusyError(workspace.path, "other uploads are being checked")
        try:
            yield
        finally:
            _checking.release()
    finally:
        guard.release()


def _place(
    ratings: UploadedCSV, chosen: str | None, live: list[StoredFile], scale: str | None
) -> tuple[str, list[str], list[tuple[str, dict[str, Any]]]]:
    """The label to store the file under, its waves, and what to tell the coach."""
    used_waves = {w for f in live for w in stored_waves(f)}
    used = used_waves | {f.wave for f in live}
    base = chosen or _stem(ratings.filename, used)
    probe = read_survey([(f"{base}.csv", ratings.content)], scale=scale, wave_labels=[base])
    if not probe.waves or probe.waves == (base,):  # one wave, named by its label
        if base in used:
            raise Refused(422, "upload.wave_exists", wave=base)
        return base, [base], []
    clash = sorted(set(probe.waves) & used_waves, key=natural_key)
    if clash:
        raise Refused(422, "upload.waves_exist", waves=", ".join(clash))
    notices: list[tuple[str, dict[str, Any]]] = [
        ("upload.waves_from_file", {"waves": ", ".join(probe.waves)})
    ]
    if chosen:
        notices.append(("upload.label_not_used", {"label": chosen}))
    name, n = base, 1
    while name in used:  # a file with a wave column is named freely: never a clash
        n += 1
        name = f"{base} ({n})"
    return name, list(probe.waves), notices


def _labels(live: list[StoredFile]) -> list[str | None]:
    """The wave each stored ratings file is read as (their names are ``<label>.csv``)."""
    return [f.chosen_wave for f in live]


def _stem(filename: str, used: set[str]) -> str:
    """The file's name made a valid label: cleaned of what forms tools add (the form's
    title is left), without / or \\ or control characters, at most 60 characters."""
    stem = clean_title(filename.replace("\\", "/"))
    stem = " ".join(_LABEL_FORBIDDEN.sub(" ", stem).split())[:LABEL_MAX].strip()
    return stem or f"wave {len(used) + 1}"


def _stored_scale(live: list[StoredFile]) -> str | None:
    """The scale the workspace reads the engagement with: the newest one declared;
    :class:`Refused` (422) when it can no longer be read."""
    broken = unreadable_scale(live)
    if broken is not None:
        scale = str(broken.options["scale"])[:40]
        raise Refused(422, "engagement.unreadable_scale", files=broken.filename, scale=scale)
    scales = [f.options.get("scale") for f in live]
    return next((s for s in reversed(scales) if s), None)


def _inferred_scale(stored: Survey) -> str | None:
    """The scale the stored waves tell, if they tell one (files stored before an
    undecidable scale was refused may not: the new file's answers then count too)."""
    return str(stored.scale) if stored.scale_known else None


def _without_no_ratings(survey: Survey, *, expected: bool) -> Survey:
    """A register given before any ratings is not an error."""
    if expected:
        return survey
    issues = tuple(i for i in survey.issues if i.code is not IssueCode.NO_RATINGS)
    return dataclasses.replace(survey, issues=issues)
