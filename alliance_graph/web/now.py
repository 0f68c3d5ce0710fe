"""The engagement page's "What to do now": the same words as the top of the coach's
report (:func:`~alliance_graph.report.now_view.now_section`), each link going to its
evidence in that report."""

from __future__ import annotations

from typing import Any

from alliance_graph.audience import Audience
from alliance_graph.web.outputs import analysis_for
from alliance_graph.web.state import EngagementState, cached

__all__ = ["INLINE_LIMIT", "now_box"]

#: Above this many stakeholders the page does not wait for the figures (they take seconds
#: to minutes): the box says what to do now is at the top of the report.
INLINE_LIMIT = 500


def now_box(state: EngagementState, lang: str) -> dict[str, Any] | None:
    """What to do now after the engagement's last wave, in ``lang``; ``None`` while it has
    no valid survey, or no coach; ``{"deferred": count}`` above :data:`INLINE_LIMIT`
    stakeholders."""
    survey = state.survey
    if state.unreadable is not None or survey is None or not state.ratings or not survey.ok:
        return None
    if len(survey.stakeholders) > INLINE_LIMIT:
        return {"deferred": len(survey.stakeholders)}
    from alliance_graph.report.now_view import now_section

    analysis = analysis_for(state, Audience(), lang)
    return cached(
        ("now", *state.key, lang),
        lambda: now_section(analysis.metrics(), analysis.survey, lang),
    )
