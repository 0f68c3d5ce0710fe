"""Where an uploaded ratings file goes: the wave label it is stored under, the waves it
brings, and which of them clash with the engagement's other files.

A ratings file is one wave, labelled by the form (else by the file's name, cleaned of
what forms tools add, see :func:`~alliance_graph.ingest.wave_names.clean_title`); a file
with its own wave column brings its waves. A label or a wave already in the engagement is
refused.
"""

from __future__ import annotations

import re
from typing import Any

from alliance_graph.ingest import read_survey
from alliance_graph.ingest.wave_names import LABEL_MAX, clean_title
from alliance_graph.model import natural_key
from alliance_graph.store import StoredFile
from alliance_graph.web.security import Refused, UploadedCSV

__all__ = ["clean_label", "place", "stored_labels", "stored_waves", "wave_clash"]

_LABEL_FORBIDDEN = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")


def clean_label(text: str | None) -> str | None:
    """A wave label as typed, spaces collapsed; ``None`` when blank. A label with a
    slash, a backslash or a control character, or longer than 60 characters, is refused."""
    label = " ".join((text or "").split())
    if not label:
        return None
    if len(label) > LABEL_MAX or _LABEL_FORBIDDEN.search(label):
        raise Refused(422, "upload.bad_label", label=label[:80], limit=LABEL_MAX)
    return label


def stored_waves(file: StoredFile) -> list[str]:
    """The waves a stored ratings file holds."""
    return list(file.options.get("waves") or [file.wave])


def wave_clash(file: StoredFile, live: list[StoredFile]) -> list[str]:
    """The labels and waves of ``file`` that the ``live`` files already use."""
    taken = {f.wave for f in live} | {w for f in live for w in stored_waves(f)}
    mine = {file.wave, *stored_waves(file)}
    return sorted(mine & taken, key=natural_key)


def place(
    ratings: UploadedCSV,
    chosen: str | None,
    live: list[StoredFile],
    scale: str | None,
    waves: tuple[str, ...] | None = None,
) -> tuple[str, list[str], list[tuple[str, dict[str, Any]]]]:
    """The label to store the file under, its waves, and what to tell the coach.

    The file's waves are read from it, unless the caller wrote it and passes them
    (``waves``: the waves of its wave column, as the reader finds them)."""
    used_waves = {w for f in live for w in stored_waves(f)}
    used = used_waves | {f.wave for f in live}
    base = chosen or _stem(ratings.filename, used)
    if waves is None:
        waves = read_survey(
            [(f"{base}.csv", ratings.content)], scale=scale, wave_labels=[base]
        ).waves
    if not waves or waves == (base,):  # one wave, named by its label
        if base in used:
            raise Refused(422, "upload.wave_exists", wave=base)
        return base, [base], []
    clash = sorted(set(waves) & used_waves, key=natural_key)
    if clash:
        raise Refused(422, "upload.waves_exist", waves=", ".join(clash), n_waves=len(clash))
    notices: list[tuple[str, dict[str, Any]]] = [
        ("upload.waves_from_file", {"waves": ", ".join(waves)})
    ]
    if chosen:
        notices.append(("upload.label_not_used", {"label": chosen}))
    name, n = base, 1
    while name in used:  # a file with a wave column is named freely: never a clash
        n += 1
        name = f"{base} ({n})"
    return name, list(waves), notices


def stored_labels(live: list[StoredFile]) -> list[str | None]:
    """The wave each stored ratings file is read as (their names are ``<label>.csv``)."""
    return [f.chosen_wave for f in live]


def _stem(filename: str, used: set[str]) -> str:
    """The file's name made a valid label: cleaned of what forms tools add (the form's
    title is left), without / or \\ or control characters, at most 60 characters."""
    stem = clean_title(filename.replace("\\", "/"))
    stem = " ".join(_LABEL_FORBIDDEN.sub(" ", stem).split())[:LABEL_MAX].strip()
    return stem or f"wave {len(used) + 1}"
