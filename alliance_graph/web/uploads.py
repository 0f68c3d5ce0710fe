"""Adding files to an engagement: check them together with what is stored, then store
them all or nothing, in one transaction.

A ratings file is one wave, labelled by the form (else by the file's name); a file with
its own wave column brings its waves. A label or a wave already in the engagement is
refused. A register replaces the previous one (which stays in the history).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from alliance_graph.ingest import read_survey
from alliance_graph.model import IssueCode, Scale, Survey, natural_key
from alliance_graph.store import StoredFile, Workspace
from alliance_graph.web.security import Refused, UploadedCSV

__all__ = ["UploadResult", "accept_upload", "clean_label", "stored_waves", "wave_clash"]

LABEL_MAX = 60
_LABEL_FORBIDDEN = re.compile(r"[/\\\x00-\x1f\x7f]")


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
    except ScaleError:
        raise Refused(422, "upload.bad_scale", value=text.strip()[:40]) from None


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

    Raises :class:`Refused` (422) with the survey's issues, or with a message, and
    stores nothing; :class:`~alliance_graph.store.NotFoundError` for no engagement.
    """
    if ratings is None and register is None:
        raise Refused(422, "upload.no_file")
    chosen = clean_label(label)
    declared = _scale(scale)
    if declared is not None and ratings is None:
        raise Refused(422, "upload.scale_needs_ratings")
    with workspace.transaction():  # checks and writes see one state; others wait
        live = workspace.files(engagement_id, "ratings")
        sources, old_register = workspace.sources(engagement_id)
        scale_text = str(declared) if declared else _stored_scale(live)
        if scale_text is None and sources:  # the stored waves fixed the scale: a new file
            # must not stretch it (a stray 9 would turn a 1:5 survey into a 1:10 one)
            scale_text = _inferred_scale(read_survey(sources, register=old_register))
        notices: list[tuple[str, dict[str, Any]]] = []
        new_sources: list[tuple[str, bytes]] = []
        if ratings is not None:
            wave, waves, notices = _place(ratings, chosen, live, scale_text)
            new_sources.append((f"{wave}.csv", ratings.content))
        the_register = (register.filename, register.content) if register else old_register
        survey = _without_no_ratings(
            read_survey([*sources, *new_sources], register=the_register, scale=scale_text),
            expected=bool(sources or new_sources),
        )
        if not survey.ok:
            names = {f"{f.wave}.csv": f.filename for f in live}
            names.update({name: ratings.filename for name, _ in new_sources if ratings})
            raise Refused(422, "upload.refused", survey=survey, names=names)
        stored = []
        if register is not None:
            stored.append(
                workspace.add_file(
                    engagement_id,
                    kind="register",
                    filename=register.filename,
                    content=register.content,
                )
            )
        if ratings is not None:
            options = {"scale": scale_text if declared or sources else None, "waves": waves}
            stored.append(
                workspace.add_file(
                    engagement_id,
                    kind="ratings",
                    wave=wave,
                    filename=ratings.filename,
                    content=ratings.content,
                    options=options,
                )
            )
    return UploadResult(survey, stored, notices)


def _place(
    ratings: UploadedCSV, chosen: str | None, live: list[StoredFile], scale: str | None
) -> tuple[str, list[str], list[tuple[str, dict[str, Any]]]]:
    """The label to store the file under, its waves, and what to tell the coach."""
    used_waves = {w for f in live for w in stored_waves(f)}
    used = used_waves | {f.wave for f in live}
    base = chosen or _stem(ratings.filename, used)
    probe = read_survey([(f"{base}.csv", ratings.content)], scale=scale)
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


def _stem(filename: str, used: set[str]) -> str:
    """The file name without its extension, made a valid label."""
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    stem = " ".join(_LABEL_FORBIDDEN.sub(" ", stem).split())[:LABEL_MAX].strip()
    return stem or f"wave {len(used) + 1}"


def _stored_scale(live: list[StoredFile]) -> str | None:
    """The scale the workspace reads the engagement with: the newest one declared."""
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
