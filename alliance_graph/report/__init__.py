"""The report: plain-text summaries, CSV tables, and the self-contained HTML report.

``build_report`` computes what is missing and returns the page; ``write_report``
writes it as UTF-8. Heavy libraries (pyvis, Jinja2) load on first use.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from alliance_graph.audience import AUDIENCES, MIN_COMMENTERS, MIN_GROUP_SIZE

if TYPE_CHECKING:
    import networkx as nx

    from alliance_graph.metrics import Metrics, Thresholds
    from alliance_graph.metrics.shared import SharedResult
    from alliance_graph.model import Survey

__all__ = ["AUDIENCES", "build_report", "write_report"]


def build_report(
    survey: Survey,
    *,
    metrics: Metrics | None = None,
    lang: str = "en",
    title: str | None = None,
    generated: datetime | None = None,
    seed: int = 0,
    audience: str = "coach",
    min_group_size: int = MIN_GROUP_SIZE,
    alpha: float | None = None,
    half_life_days: float | None = None,
    shared: SharedResult | None = None,
    graphs: dict[str, nx.DiGraph] | None = None,
    positions: dict[str, tuple[float, float]] | None = None,
    share_viewpoints: bool = False,
    thresholds: Thresholds | None = None,
    min_commenters: int = MIN_COMMENTERS,
) -> str:
    """The HTML report of ``survey`` in ``lang`` (``en`` or ``fr``).

    ``generated`` is the only clock the page shows (omit it for byte-identical
    pages); ``seed`` fixes the layout and every random choice of the metrics.
    ``audience="shared"`` gives the version safe for the client organisation: group
    figures from at least ``min_group_size`` people each, no names (``metrics`` is then
    ignored: the shared figures are computed from the survey), and with
    ``share_viewpoints`` the coachee's, the sponsor's and the coach's views of the
    objectives (:class:`~alliance_graph.audience.Audience`). ``alpha`` and
    ``half_life_days`` go to :func:`~alliance_graph.metrics.compute_metrics` for an
    interaction log. What is already computed is not redone: ``metrics`` (the coach's
    figures), ``shared`` (:func:`~alliance_graph.metrics.shared.redact`), ``graphs``
    (the coach's wave networks as shown, labels in ``lang``) and ``positions`` (their
    layout). ``thresholds`` are those of the alerts (default: the defaults), drawn on the
    alliance map. The comments are the coach's in full; the shared version's come from
    groups of at least ``min_commenters`` commenters (K_c), masked
    (:mod:`~alliance_graph.report.comments_view`), in an order drawn from ``seed``.
    """
    from alliance_graph.i18n import translate
    from alliance_graph.metrics import compute_metrics
    from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS
    from alliance_graph.privacy import conceal, localised
    from alliance_graph.report.comments_view import coach_comments, shared_comments
    from alliance_graph.report.context import build_context
    from alliance_graph.report.html import render_html

    if audience not in AUDIENCES:
        raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
    if share_viewpoints and audience != "shared":
        raise ValueError("share_viewpoints goes with the shared audience")
    concealed = conceal(survey)
    if not concealed.stakeholders["id"].equals(survey.stakeholders["id"]):
        # what is keyed by names is redone
        survey, metrics, graphs, positions = concealed, None, None, None
    survey = localised(survey, lang)  # their labels in the reader's words
    thresholds = thresholds or DEFAULT_THRESHOLDS
    if audience == "shared":
        if shared is None:
            from alliance_graph.metrics.shared import redact

            shared = redact(
                survey,
                min_group_size=min_group_size,
                seed=seed,
                share_viewpoints=share_viewpoints,
                thresholds=thresholds,
            )
        context = _shared_context(survey, shared, lang, title, generated, seed, thresholds)
        context["comments"] = shared_comments(survey, lang, min_commenters, seed)
        if context["comments"]:  # how they are protected, with the other rules
            said = translate("report.shared.about.comments", lang, k=min_commenters)
            context["about"] = [*cast("list[str]", context["about"]), said]
        return render_html(context)
    metrics = metrics or compute_metrics(
        survey, seed=seed, alpha=alpha, half_life_days=half_life_days, thresholds=thresholds
    )
    context = build_context(
        survey,
        metrics,
        lang=lang,
        title=title,
        generated=generated,
        seed=seed,
        graphs=graphs,
        positions=positions,
        thresholds=thresholds,
    )
    context["comments"] = coach_comments(survey, lang)
    return render_html(context)


def _shared_context(
    survey: Survey,
    shared: SharedResult,
    lang: str,
    title: str | None,
    generated: datetime | None,
    seed: int,
    thresholds: Thresholds,
) -> dict[str, object]:
    from alliance_graph.report.shared import build_shared_context

    return build_shared_context(
        survey,
        shared.to_dict(lang),
        shared.graphs,
        lang=lang,
        title=title,
        generated=generated,
        seed=seed,
        thresholds=thresholds,
    )


def write_report(survey: Survey, path: Path, **options: object) -> Path:
    """Build the report (same options as :func:`build_report`) and write it to ``path``."""
    from alliance_graph.report.html import write_html

    return write_html(build_report(survey, **options), Path(path))  # type: ignore[arg-type]
