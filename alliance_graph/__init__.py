"""alliance-graph: a coach's trust surveys as a signed network of alliances.

The public names below are imported on first use, so ``import alliance_graph`` (and the
command line's ``--help``) stay fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "AllianceGraphError": "alliance_graph.errors",
    "Analysis": "alliance_graph.analysis",
    "Audience": "alliance_graph.audience",
    "InputFileError": "alliance_graph.errors",
    "Issue": "alliance_graph.model",
    "IssueCode": "alliance_graph.model",
    "Role": "alliance_graph.model",
    "Scale": "alliance_graph.model",
    "ScaleError": "alliance_graph.errors",
    "Severity": "alliance_graph.model",
    "Survey": "alliance_graph.model",
    "SurveyValidationError": "alliance_graph.errors",
    "build_graphs": "alliance_graph.graph",
    "load_survey": "alliance_graph.ingest",
    "read_survey": "alliance_graph.ingest",
    "overview": "alliance_graph.overview",
    "to_sparse": "alliance_graph.graph",
}

__all__ = [
    "AllianceGraphError",
    "Analysis",
    "Audience",
    "InputFileError",
    "Issue",
    "IssueCode",
    "Role",
    "Scale",
    "ScaleError",
    "Severity",
    "Survey",
    "SurveyValidationError",
    "__version__",
    "build_graphs",
    "load_survey",
    "overview",
    "read_survey",
    "to_sparse",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'alliance_graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from alliance_graph.analysis import Analysis
    from alliance_graph.audience import Audience
    from alliance_graph.errors import (
        AllianceGraphError,
        InputFileError,
        ScaleError,
        SurveyValidationError,
    )
    from alliance_graph.graph import build_graphs, to_sparse
    from alliance_graph.ingest import load_survey, read_survey
    from alliance_graph.model import Issue, IssueCode, Role, Scale, Severity, Survey
    from alliance_graph.overview import overview
