"""The report: plain-text summaries, CSV tables, and the self-contained HTML report.

``build_report`` computes what is missing and returns the page; ``write_report``
writes it as UTF-8. Heavy libraries (matplotlib, pyvis, Jinja2) load on first use.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alliance_graph.metrics import Metrics
    from alliance_graph.model import Survey

__all__ = ["build_report", "write_report"]


def build_report(
    survey: Survey,
    *,
    metrics: Metrics | None = None,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
) -> str:
    """The HTML report of ``survey`` in ``lang`` (``en`` or ``fr``).

    ``generated`` is the only clock the page shows (omit it for byte-identical
    pages); ``seed`` fixes the layout and every random choice of the metrics.
    """
    from alliance_graph.metrics import compute_metrics
    from alliance_graph.report.context import build_context
    from alliance_graph.report.html import render_html

    metrics = metrics or compute_metrics(survey, seed=seed)
    context = build_context(survey, metrics, lang=lang, title=title, generated=generated, seed=seed)
    return render_html(context)


def write_report(survey: Survey, path: Path, **options: object) -> Path:
    """Build the report (same options as :func:`build_report`) and write it to ``path``."""
    from alliance_graph.report.html import write_html

    return write_html(build_report(survey, **options), Path(path))  # type: ignore[arg-type]
