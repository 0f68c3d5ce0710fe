"""The exception tree of alliance-graph; every error the library raises on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alliance_graph.model import Issue, Survey

__all__ = [
    "AllianceGraphError",
    "InputFileError",
    "ScaleError",
    "SurveyValidationError",
    "WaveNotFoundError",
    "WindowError",
]


class AllianceGraphError(Exception):
    """Root of every error raised by alliance-graph."""


class ScaleError(AllianceGraphError, ValueError):
    """A rating scale was declared in a form that cannot be used (``--scale 5:1``)."""


class WaveNotFoundError(AllianceGraphError, LookupError):
    """A wave was asked for (``--wave``) that the data does not hold."""


class WindowError(AllianceGraphError, ValueError):
    """Interaction logs were asked to be placed in time windows that cannot be used."""


class InputFileError(AllianceGraphError, OSError):
    """An input file cannot be found or opened at all."""


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
