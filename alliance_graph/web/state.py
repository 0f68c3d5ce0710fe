"""An engagement as stored now, for the pages and the API: its uploads and waves, its
survey read again from the stored bytes (cached by the files it comes from, so an upload
or a deletion is seen at once), and its files found or restored."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import current_app

from alliance_graph.i18n import label
from alliance_graph.ingest.wave_order import label_order
from alliance_graph.model import Survey, natural_key
from alliance_graph.store import Engagement, StoredFile, Workspace
from alliance_graph.stored_files import progress_names
from alliance_graph.web.placing import stored_waves, wave_clash
from alliance_graph.web.security import Refused
from alliance_graph.web.stored import Unreadable, read_stored_survey

__all__ = [
    "EngagementState",
    "cached",
    "engagement_rows",
    "engagement_state",
    "file_record",
    "find_file",
    "restore_file",
    "survey_dict",
    "workspace",
]

_CACHE_SIZE = 8


def workspace() -> Workspace:
    """The app's workspace."""
    return current_app.extensions["alliance_graph"]["workspace"]


def survey_dict(survey: Survey, lang: str, names: dict[str, str]) -> dict[str, Any]:
    """The validate JSON (DESIGN.md 5.7), files named as the coach uploaded them (its
    messages name the upload form's fields rather than command-line options: the app
    reads its words in :func:`~alliance_graph.i18n.words_for`)."""
    data = survey.to_dict(lang)
    for issue in data["issues"]:
        issue["file"] = names.get(issue["file"], issue["file"])
        if issue["column"]:  # a column the code named ("ratee") is said in the page's language
            issue["column"] = label("field", issue["column"], lang)
    for info in data["files"]:
        info["path"] = names.get(info["path"], info["path"])
    return data


def engagement_rows(*, deleted: bool = False) -> list[dict[str, Any]]:
    """The engagements (or those in the trash) with their waves and last upload."""
    ws = workspace()
    rows = []
    with ws.snapshot():  # one state, without waiting for uploads
        for engagement in ws.engagements(deleted=deleted):
            files = ws.files(engagement.id)
            waves = [w for f in files if f.kind == "ratings" for w in stored_waves(f)]
            rows.append(
                {
                    "id": engagement.id,
                    "name": engagement.name,
                    "created_at": engagement.created_at,
                    "deleted_at": engagement.deleted_at,
                    "waves": label_order(waves) or waves,  # as uploaded, unless they say
                    "last_upload": max((f.uploaded_at for f in files), default=None),
                }
            )
    return rows


def file_record(file: StoredFile) -> dict[str, Any]:
    """A stored file as the API shows it (never its bytes)."""
    ratings = file.kind == "ratings"
    return {
        "id": file.id,
        "kind": file.kind,
        "label": file.wave if ratings else None,
        "waves": stored_waves(file) if ratings else [],
        "filename": file.filename,
        "uploaded_at": file.uploaded_at,
        "size": file.size,
        "sha256": file.sha256,
        "scale": file.options.get("scale"),
        "deleted_at": file.deleted_at,
    }


@dataclass(frozen=True)
class EngagementState:
    """An engagement with its live files, its trash, and its survey (``None`` before any
    upload, or when ``unreadable``)."""

    engagement: Engagement
    files: list[StoredFile]
    trash: list[StoredFile]
    survey: Survey | None
    lang: str = "en"
    unreadable: Unreadable | None = None

    @property
    def ratings(self) -> list[StoredFile]:
        return [f for f in self.files if f.kind == "ratings"]

    @property
    def registers(self) -> list[StoredFile]:
        return [f for f in self.files if f.kind == "register"]

    @property
    def objective_registers(self) -> list[StoredFile]:
        return [f for f in self.files if f.kind == "objectives"]

    @property
    def progress(self) -> list[tuple[StoredFile, str]]:
        """The progress files, each with the name its answers are reported under."""
        return progress_names(self.files)

    @property
    def key(self) -> tuple[int, tuple[tuple[int, str], ...]]:
        """Changes whenever a file is added, deleted or restored, or rewritten (the wave
        of a campaign, at each answer sent)."""
        return self.engagement.id, tuple((f.id, f.sha256) for f in self.files)

    def names(self) -> dict[str, str]:
        """How the survey names each stored file → the name the coach uploaded."""
        return {f"{f.wave}.csv": f.filename for f in self.ratings}

    def waves(self) -> list[dict[str, Any]]:
        """One record per wave, in the survey's order (dates, else labels)."""
        rows = [
            {"wave": w, "file_id": f.id, "filename": f.filename, "uploaded_at": f.uploaded_at}
            for f in self.ratings
            for w in stored_waves(f)
        ]
        order = {w: i for i, w in enumerate(self.survey.waves if self.survey else ())}
        return sorted(
            rows, key=lambda r: (order.get(r["wave"], len(order)), natural_key(r["wave"]))
        )

    def survey_record(self, lang: str) -> dict[str, Any] | None:
        """The validate JSON of the stored data, with the uploaded file names."""
        return None if self.survey is None else survey_dict(self.survey, lang, self.names())

    def ready(self) -> Survey:
        """The survey, if it can give metrics; else :class:`Refused` (422)."""
        if self.unreadable is not None:
            raise Refused(422, self.unreadable.key, **self.unreadable.params)
        if self.survey is None or not self.ratings:
            raise Refused(422, "engagement.no_data")
        if not self.survey.ok:
            raise Refused(422, "engagement.invalid", survey=self.survey)
        return self.survey

    def to_dict(self, lang: str) -> dict[str, Any]:
        register = self.registers[-1] if self.registers else None
        objectives = self.objective_registers[-1] if self.objective_registers else None
        return {
            "id": self.engagement.id,
            "name": self.engagement.name,
            "created_at": self.engagement.created_at,
            "waves": self.waves(),
            "uploads": [file_record(f) for f in self.files],
            "register": file_record(register) if register else None,
            "objectives": file_record(objectives) if objectives else None,
            "progress": [{**file_record(f), "read_as": name} for f, name in self.progress],
            "trash": [file_record(f) for f in self.trash],
            "survey": self.survey_record(lang),
            "unreadable": self._unreadable_record(lang),
        }

    def _unreadable_record(self, lang: str) -> dict[str, Any] | None:
        if self.unreadable is None:
            return None
        from alliance_graph.web import message

        text = message(self.unreadable.key, self.unreadable.params, lang)
        return {"files": [f.id for f in self.unreadable.files], "message": text}


def engagement_state(engagement_id: int, *, read: bool = True) -> EngagementState:
    """The engagement as stored now (one consistent snapshot); ``read=False`` skips
    reading the survey. Raises :class:`~alliance_graph.store.NotFoundError`."""
    ws = workspace()
    with ws.snapshot():  # one state, without waiting for uploads
        engagement = ws.engagement(engagement_id)
        files = ws.files(engagement_id)
        trash = ws.files(engagement_id, deleted=True)
        ratings = any(f.kind == "ratings" for f in files)  # a register alone is no survey yet
        survey, unreadable = (
            cached(  # stored files never change: the same ones are read once
                ("survey", engagement_id, *((f.id, f.sha256, repr(f.options)) for f in files)),
                lambda: read_stored_survey(ws, engagement_id, files),
            )
            if read and ratings
            else (None, None)
        )
    if survey is not None:  # people without consent are never named, on any page
        from alliance_graph.campaigns import Campaigns
        from alliance_graph.privacy import conceal, without_consent
        from alliance_graph.web import current_lang

        survey = without_consent(survey, Campaigns(ws).declined(engagement_id))  # in a form
        return EngagementState(engagement, files, trash, conceal(survey), current_lang())
    return EngagementState(engagement, files, trash, survey, unreadable=unreadable)


_lock = threading.Lock()


def cached(key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered under ``key`` for the app's last few results."""
    cache: OrderedDict[tuple[Any, ...], Any] = current_app.extensions["alliance_graph"]["cache"]
    with _lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    value = compute()
    with _lock:
        cache[key] = value
        while len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)
    return value


def find_file(engagement_id: int, file_id: int, *, deleted: bool | None = False) -> StoredFile:
    """A file of this (live) engagement: live, in the trash (``deleted=True``), or
    either (``None``). Raises :class:`Refused` (404)."""
    ws = workspace()
    ws.engagement(engagement_id)
    for state in (False, True) if deleted is None else (deleted,):
        for file in ws.files(engagement_id, deleted=state):
            if file.id == file_id:
                return file
    raise Refused(404, "error.not_found")


def restore_file(engagement_id: int, file_id: int) -> tuple[StoredFile, list[str]]:
    """Bring a file back from the trash, unless its waves are now used by another file;
    returns the file and those waves (nothing restored when there are any)."""
    ws = workspace()
    with ws.transaction():
        file = find_file(engagement_id, file_id, deleted=True)
        clash = (
            wave_clash(file, ws.files(engagement_id, "ratings")) if file.kind == "ratings" else []
        )
        if not clash:
            ws.restore_file(file.id)
    return file, clash
