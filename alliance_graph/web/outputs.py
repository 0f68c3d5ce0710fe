"""What an engagement's analysis gives the pages and the API, for an audience: the
comparison of its waves, its HTML report and its network files (cached by the files
they come from)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from alliance_graph.audience import (
    AUDIENCES,
    COMMENTERS_FLOOR,
    GROUP_SIZE_FLOOR,
    MIN_COMMENTERS,
    MIN_GROUP_SIZE,
    Audience,
)
from alliance_graph.web.security import Refused
from alliance_graph.web.state import EngagementState, cached

if TYPE_CHECKING:
    from alliance_graph.analysis import Analysis

__all__ = [
    "NETWORK_FORMATS",
    "analysis_for",
    "audience_from",
    "comparison",
    "network_file",
    "pack_html",
    "report_html",
]

#: Network downloads: format → media type.
NETWORK_FORMATS = {
    "gexf": "application/gexf+xml",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def comparison(
    state: EngagementState, lang: str, audience: Audience | None = None
) -> list[dict[str, Any]]:
    """Each compared pair of waves: its labels, the plain-language sentences, the figures
    (group figures only for the shared audience)."""
    return analysis_for(state, audience or Audience(), lang).compared()


_COACH = Audience()


def audience_from(args: Any) -> Audience:
    """Who an output is for, from ``?audience=coach|shared`` and, for the shared one,
    ``?min_group_size=K`` (at least the floor, default K) and ``?min_commenters=K_c``
    (the commenters a group's comments need, at least the floor, default K_c);
    :class:`Refused` (400) for anything else."""
    name = args.get("audience", "coach")
    if name not in AUDIENCES:
        raise Refused(400, "error.audience", value=str(name)[:20])
    k = _whole(args, "min_group_size", MIN_GROUP_SIZE, GROUP_SIZE_FLOOR)
    k_c = _whole(args, "min_commenters", MIN_COMMENTERS, COMMENTERS_FLOOR)
    return Audience(name, k, min_commenters=k_c)


def _whole(args: Any, name: str, default: int, floor: int) -> int:
    """The whole number ``?name=`` from ``floor`` to 1,000, else ``default``."""
    given = args.get(name, str(default))
    # ASCII digits only: "²" and "٣" pass isdigit() and are no group size
    if not re.fullmatch("[0-9]{1,4}", given) or not floor <= int(given) <= 1000:
        raise Refused(400, f"error.{name}", value=str(given)[:20], floor=floor)
    return int(given)


def analysis_for(state: EngagementState, audience: Audience, lang: str) -> Analysis:
    """The engagement's analysis for ``audience``, speaking ``lang``: made once per set of
    files, whatever the language, so its figures, intervals and networks are computed once
    (a page in another language says the same figures in its words)."""
    from alliance_graph.analysis import Analysis

    survey = state.ready()
    analysis = cached(
        ("analysis", *state.key, audience), lambda: Analysis(survey, audience=audience)
    )
    return analysis.in_language(lang)


def report_html(state: EngagementState, lang: str, audience: Audience = _COACH) -> str:
    """The HTML report of the engagement for ``audience``, titled by its name."""
    analysis, title = analysis_for(state, audience, lang), state.engagement.name
    return cached(("report", *state.key, lang, audience), lambda: analysis.report_html(title=title))


def pack_html(state: EngagementState, stage: str, lang: str, min_group_size: int) -> str:
    """The three-way meeting pack of the engagement for ``stage`` (groups of at least
    ``min_group_size`` people, as the shared version), titled by its name and dated
    today; :class:`Refused` (422) without objectives, (400) for another stage."""
    from alliance_graph.report.pack import STAGES
    from alliance_graph.web.clock import now

    if stage not in STAGES:
        raise Refused(400, "error.stage", value=str(stage)[:20])
    survey = state.ready()
    if survey.objectives is None and survey.progress is None:
        raise Refused(422, "engagement.no_objectives")
    analysis = analysis_for(state, Audience("shared", min_group_size), lang)
    today = now()  # the app's clock, as the closing dates read it
    return cached(
        ("pack", *state.key, lang, stage, min_group_size, today.date()),
        lambda: analysis.pack_html(stage, title=state.engagement.name, generated=today),
    )


def network_file(state: EngagementState, fmt: str, audience: Audience = _COACH) -> bytes:
    """The network of every wave as a file in ``fmt`` (see :data:`NETWORK_FORMATS`),
    between groups for the shared audience; :class:`Refused` (422) while the engagement
    has no valid survey."""
    import tempfile
    from pathlib import Path

    analysis = analysis_for(state, audience, state.lang)
    with tempfile.TemporaryDirectory() as folder:  # our own file name, never the upload's
        (path,) = analysis.export(Path(folder) / f"network.{fmt}", fmt)
        return path.read_bytes()
