"""The engagement page's objectives: those agreed at the kick-off, as read from the stored
objectives register, and how many progress answers each wave holds on them."""

from __future__ import annotations

from typing import Any

from alliance_graph.i18n import translate
from alliance_graph.model import Survey
from alliance_graph.report.objectives_view import objectives_register
from alliance_graph.web.state import EngagementState, workspace

__all__ = ["objectives_page"]


def objectives_page(state: EngagementState, lang: str) -> dict[str, Any] | None:
    """The objectives (worded in ``lang``) with their progress answers per wave, and the
    waves' answer counts; ``None`` when the engagement has neither."""
    survey = state.survey
    if survey is None and state.objective_registers and not state.unreadable:
        survey = _register_alone(state)  # before any wave: the objectives agreed already
    if survey is None or (survey.objectives is None and survey.progress is None):
        return None

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    items = [] if survey.objectives is None else objectives_register(survey.objectives, lang, t)
    answers = survey.progress
    counts: dict[tuple[str, str], int] = {}
    if answers is not None and len(answers):
        sizes = answers.groupby(["objective", "wave"]).size().reset_index(name="n")
        counts = {
            (str(o), str(w)): int(n)
            for o, w, n in zip(sizes["objective"], sizes["wave"], sizes["n"])
        }
    waves = [w for w in survey.waves if any(k[1] == w for k in counts)]
    for item in items:
        item["answers"] = [counts.get((item["id"], w), 0) for w in waves]
    return {"items": items, "waves": waves, "answers": sum(counts.values())}


def _register_alone(state: EngagementState) -> Survey:
    """The objectives register read without answers (they come with the first wave)."""
    from alliance_graph.ingest import read_survey

    sources = workspace().sources(state.engagement.id)
    return read_survey([], register=sources.register, objectives=sources.objectives)
