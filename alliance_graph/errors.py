"""The exception tree of alliance-graph; every error the library raises on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alliance_graph.model import Issue, Survey

__all__ = [
    "AllianceGraphError",
    "InputFileError",
    "NoObjectivesError",
    "ScaleError",
    "SurveyValidationError",
    "WaveNameError",
    "WaveNotFoundError",
    "WindowError",
    "WorkspaceBusyError",
    "WorkspaceDamagedError",
    "WorkspaceDiskFullError",
    "WorkspaceError",
    "WorkspaceNewerError",
    "WorkspaceReadOnlyError",
]


class AllianceGraphError(Exception):
    """Root of every error raised by alliance-graph."""


class ScaleError(AllianceGraphError, ValueError):
    """A rating scale was declared in a form that cannot be used (``--scale 5:1``)."""


class WaveNameError(AllianceGraphError, ValueError):
    """A wave name was chosen that cannot be used (blank, too long, control characters)."""


class WaveNotFoundError(AllianceGraphError, LookupError):
    """A wave was asked for (``--wave``) that the data does not hold."""


class WindowError(AllianceGraphError, ValueError):
    """Interaction logs were asked to be placed in time windows that cannot be used."""


class NoObjectivesError(AllianceGraphError, ValueError):
    """An output about the objectives (the three-way meeting pack) was asked of a survey
    that holds none: neither an objectives register nor progress answers."""


class InputFileError(AllianceGraphError, OSError):
    """An input file cannot be found or opened at all."""


class WorkspaceError(AllianceGraphError, OSError):
    """The workspace file cannot be used for this; the message says why and what to do.

    Parameters
    ----------
    path : path-like
        The workspace file.
    detail : str
        What SQLite or the check said, for the log.
    """

    #: Why, for scripts and for the words of the web app (``web.error.workspace_<code>``).
    code = "unavailable"
    _text = "the workspace {path} cannot be used: {detail}"

    def __init__(self, path: object, detail: str = "") -> None:
        self.path, self.detail = path, detail
        super().__init__(self._text.format(path=path, detail=detail))


class WorkspaceDamagedError(WorkspaceError):
    """The workspace file is not an SQLite database, or its integrity check fails."""

    code = "damaged"
    _text = (
        "the workspace {path} is damaged, or is not a workspace file ({detail}); nothing "
        "was written to it. Keep a copy of it, restore it from a backup, or start with "
        "another --workspace."
    )


class WorkspaceNewerError(WorkspaceError):
    """The workspace was written by a newer alliance-graph (its schema is unknown here)."""

    code = "newer"
    _text = (
        "the workspace {path} was written by a newer version of alliance-graph ({detail}); "
        "nothing was written to it. Upgrade alliance-graph to open it."
    )


class WorkspaceReadOnlyError(WorkspaceError, PermissionError):
    """The workspace file, or its folder, cannot be written."""

    code = "read_only"
    _text = (
        "the workspace {path} is read-only: the file or its folder cannot be written "
        "({detail}). Nothing was stored; make them writable, or use another --workspace."
    )


class WorkspaceDiskFullError(WorkspaceError):
    """The disk holding the workspace is full."""

    code = "disk_full"
    _text = (
        "the disk holding the workspace {path} is full ({detail}). Nothing was stored; "
        "free some space and try again."
    )


class WorkspaceBusyError(WorkspaceError, TimeoutError):
    """Another write held the workspace longer than the wait allowed; try again."""

    code = "busy"
    _text = "the workspace {path} is busy with another change ({detail}); try again in a moment."


class SurveyValidationError(AllianceGraphError, ValueError):
    """The survey holds errors; carries every issue found, not only the first.

    Parameters
    ----------
    survey : Survey
        What could be read, with every issue found (errors and warnings).
    """

    def __init__(self, survey: Survey) -> None:
        self.survey = survey
        errors = survey.errors
        first = errors[0].describe() if errors else "invalid survey"
        more = f" (and {len(errors) - 1} more errors)" if len(errors) > 1 else ""
        super().__init__(first + more)

    @property
    def issues(self) -> Sequence[Issue]:
        """Every issue found, errors and warnings, in file and line order."""
        return self.survey.issues
