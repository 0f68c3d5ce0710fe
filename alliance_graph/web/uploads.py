"""Adding files to an engagement: check them together with what is stored, then store
them all or nothing, in one transaction (taken only to store: the check runs before).

An upload holds any of: a ratings file (a wave, placed by
:mod:`~alliance_graph.web.placing`), the stakeholder register, the objectives register
(each replaces the previous one, which stays in the history) and a file of progress
answers on the objectives (added to those stored: a rater answers once per objective
and wave).
"""

from __future__ import annotations

import dataclasses
import os
import threading
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from alliance_graph.errors import WorkspaceBusyError
from alliance_graph.ingest import read_survey
from alliance_graph.model import IssueCode, Scale, Survey
from alliance_graph.store import StoredFile, Workspace
from alliance_graph.stored_files import numbered
from alliance_graph.web.placing import clean_label, place, stored_labels
from alliance_graph.web.security import Refused, UploadedCSV, read_upload
from alliance_graph.web.stored import unreadable_scale

__all__ = ["Plan", "Upload", "UploadResult", "accept_upload", "check_upload", "turn_to_check"]

#: How many times an upload is checked again when the engagement changed meanwhile
#: (another process storing), and how long it waits for another upload's check (s).
_ATTEMPTS = 3
_GUARD_WAIT = 60.0
_guards: dict[tuple[str, int], threading.Lock] = {}
_guards_lock = threading.Lock()
#: Uploads checked at once: one per processor, so that checking many big files does
#: not starve the reads of the interpreter (the others wait their turn, idle).
_checking = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))


@dataclass(frozen=True)
class UploadResult:
    """What an accepted upload stored, and the engagement's survey with it."""

    survey: Survey
    stored: list[StoredFile]
    notices: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


def _scale(text: str | None) -> Scale | None:
    from alliance_graph.errors import ScaleError

    if not text or not text.strip():
        return None
    try:
        return Scale.parse(text)
    except ScaleError:  # a malformed field, as "1:1e400" or "nan:5": a bad request
        raise Refused(400, "upload.bad_scale", value=text.strip()[:40]) from None


#: The form field of each kind of file.
_FIELDS = {"register": "register", "objectives": "objectives", "ratings": "file",
           "progress": "progress"}  # fmt: skip


@dataclass(frozen=True)
class Upload:
    """The files of one upload, each one optional: ``ratings`` (the form's ``file``),
    ``register``, ``objectives`` and ``progress``."""

    ratings: UploadedCSV | None = None
    register: UploadedCSV | None = None
    objectives: UploadedCSV | None = None
    progress: UploadedCSV | None = None

    @classmethod
    def read(cls, files: Any, **limits: int) -> Upload:
        """The files of a request's form (``request.files``), each checked by
        :func:`~alliance_graph.web.security.read_upload` within ``limits``."""
        return cls(**{kind: read_upload(files.get(name), **limits)
                      for kind, name in _FIELDS.items()})  # fmt: skip

    def given(self) -> dict[str, UploadedCSV]:
        """The files chosen, by kind."""
        return {k: f for k in _FIELDS if (f := getattr(self, k)) is not None}


def accept_upload(
    workspace: Workspace,
    engagement_id: int,
    upload: Upload,
    *,
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
    if not upload.given():
        raise Refused(422, "upload.no_file")
    chosen = clean_label(label)
    declared = _scale(scale)
    if declared is not None and upload.ratings is None:
        raise Refused(422, "upload.scale_needs_ratings")
    with turn_to_check(workspace, engagement_id):
        for _ in range(_ATTEMPTS):
            plan = check_upload(workspace, engagement_id, upload, chosen, declared)
            with workspace.transaction():
                if workspace.generation(engagement_id) == plan.generation:
                    stored = _store(workspace, engagement_id, plan, upload)
                    return UploadResult(plan.survey, stored, plan.notices)
    raise WorkspaceBusyError(workspace.path, "the engagement kept changing while checked")


@dataclass(frozen=True)
class Plan:
    """What a check found: the state it saw, and what to store if it still holds."""

    generation: int
    survey: Survey
    wave: str
    options: dict[str, Any]
    notices: list[tuple[str, dict[str, Any]]]


def check_upload(
    workspace: Workspace,
    engagement_id: int,
    upload: Upload,
    chosen: str | None,
    declared: Scale | None,
    replacing: Collection[int] = (),
    ratings_waves: tuple[str, ...] | None = None,
) -> Plan:
    """Check the new files with a snapshot of the stored ones, but those of ids
    ``replacing`` (which the new ones replace); :class:`Refused` (422).

    ``ratings_waves``: the waves of the ratings file's wave column, when the caller wrote
    it; the file is then read once, with the others, instead of first alone to place it
    (:func:`~alliance_graph.web.placing.place`)."""
    with workspace.snapshot():
        generation = workspace.generation(engagement_id)
        live = workspace.files(engagement_id, "ratings")
        stored = workspace.sources(engagement_id)
        given = workspace.files(engagement_id, "progress")
    kept = [i for i, f in enumerate(live) if f.id not in replacing]  # sources follow files
    live, sources = [live[i] for i in kept], [stored.ratings[i] for i in kept]
    kept = [i for i, f in enumerate(given) if f.id not in replacing]
    answered = [given[i].filename for i in kept]
    stored = stored._replace(progress=[stored.progress[i] for i in kept])
    scale_text = str(declared) if declared else _stored_scale(live)
    if scale_text is None and sources:  # the stored waves fixed the scale: a new file
        # must not stretch it (a stray 9 would turn a 1:5 survey into a 1:10 one)
        scale_text = _inferred_scale(
            read_survey(sources, register=stored.register, wave_labels=stored_labels(live))
        )
    wave: str = ""  # no ratings
    waves: list[str] = []
    notices: list[tuple[str, dict[str, Any]]] = []
    new_sources: list[tuple[str, bytes]] = []
    labels = stored_labels(live)
    if upload.ratings is not None:
        wave, waves, notices = place(upload.ratings, chosen, live, scale_text, ratings_waves)
        new_sources.append((f"{wave}.csv", upload.ratings.content))
        labels.append(wave if waves == [wave] else None)
    progress = list(stored.progress)
    if upload.progress is not None:
        progress.append((numbered([*answered, upload.progress.filename])[-1],
                         upload.progress.content))  # fmt: skip
    survey = _without_no_ratings(
        read_survey(
            [*sources, *new_sources, *progress],
            register=_either(upload.register, stored.register),
            objectives=_either(upload.objectives, stored.objectives),
            scale=scale_text,
            wave_labels=[*labels, *(None for _ in progress)],
        ),
        expected=bool(sources or new_sources),
    )
    if not survey.ok:
        names = {f"{f.wave}.csv": f.filename for f in live}
        if upload.ratings is not None:
            names.update({name: upload.ratings.filename for name, _ in new_sources})
        raise Refused(422, "upload.refused", survey=survey, names=names)
    options = {"scale": scale_text if declared or sources else None, "waves": waves}
    return Plan(generation, survey, wave, options, notices)


def _either(new: UploadedCSV | None, old: tuple[str, bytes] | None) -> tuple[str, bytes] | None:
    """The file uploaded now, else the one stored."""
    return (new.filename, new.content) if new is not None else old


def _store(
    workspace: Workspace, engagement_id: int, plan: Plan, upload: Upload
) -> list[StoredFile]:
    """Store the checked files (inside the caller's transaction)."""
    stored = []
    for kind, file in upload.given().items():
        ratings = kind == "ratings"
        stored.append(
            workspace.add_file(
                engagement_id,
                kind=kind,
                wave=plan.wave if ratings else "",
                filename=file.filename,
                content=file.content,
                options=plan.options if ratings else None,
            )
        )
    return stored


@contextmanager
def turn_to_check(workspace: Workspace, engagement_id: int) -> Iterator[None]:
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
