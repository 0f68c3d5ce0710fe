"""The response tracker as the engagement page and the API show it: the campaign's
groups with who answered and the answers the shared version still needs, the coach's
own answers, and the non-respondents whose absence weighs most, each with why (and a
reminder to write, when the register gives their address).

The rules are :mod:`alliance_graph.campaigns.tracker`'s; here they get names, words and
the PageRank of the engagement's last wave before the campaign's, from the analysis the
engagement page already makes (people without consent are concealed there, so they are
never ranked by it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from alliance_graph.audience import Audience
from alliance_graph.campaigns import Campaign, Campaigns, Reason, Respondent, Tracker, track
from alliance_graph.campaigns.questions import register_rows
from alliance_graph.i18n import translate
from alliance_graph.stored_files import Sources
from alliance_graph.web.clock import today
from alliance_graph.web.reminders import Reminder, reminder_for
from alliance_graph.web.state import EngagementState, cached, engagement_state, workspace

__all__ = ["campaign_reminders", "current_emails", "deadline", "pagerank_of", "tracker_record"]


def tracker_record(
    campaign: Campaign,
    respondents: Sequence[Respondent],
    records: Mapping[str, dict[str, Any]],
    lang: str,
    state: EngagementState | None = None,
) -> dict[str, Any]:
    """The campaign's tracker (see docs/web.md, "The API"): ``records`` are the
    respondents' records by person (name, group, state, link), ``state`` the engagement
    (read again when not given)."""
    state = state or engagement_state(campaign.engagement_id)
    tracker = _tracker(state, campaign, respondents, lang)
    emails = current_emails(state, campaign)

    def who(person: str) -> dict[str, Any]:
        record = records[person]
        return {"person": person, "name": record["name"], "state": record["state"]}

    weighty = []
    for item in tracker.weighty:
        k = tracker.min_group_size
        reminder = reminder_for(
            campaign, records[item.person], emails, lang, k, deadline=deadline(campaign)
        )
        weighty.append(
            {
                **who(item.person),
                "group": records[item.person]["group"],
                "reasons": [_reason(r, lang) for r in item.reasons],
                "mailto": reminder.mailto,
            }
        )
    coach = tracker.coach
    return {
        "min_group_size": tracker.min_group_size,
        "groups": [
            {
                "group": g.group or None,
                "label": g.group or translate("report.shared.no_group", lang),
                "members": len(g.members),
                "answered": len(g.answered),
                "counted": g.counted,
                "not_counted": len(g.answered) - g.counted,
                "needed": g.needed,
                "shown": g.shown,
                "reachable": g.reachable,
                "answered_by": [who(p) for p in g.answered],
                "waiting": [who(p) for p in g.waiting],
            }
            for g in tracker.groups
        ],
        "coach": None if coach is None else {**who(coach), "answered": tracker.coach_answered},
        "waiting": len(tracker.waiting),
        "without_email": sum(not emails.get(p) for p in tracker.waiting),
        "weighty": weighty,
        "pagerank_wave": tracker.pagerank_wave,
    }


def campaign_reminders(
    campaign: Campaign,
    respondents: Sequence[Respondent],
    records: Mapping[str, dict[str, Any]],
    lang: str,
    *,
    everyone: bool = False,
) -> list[Reminder]:
    """A reminder to each person who has not sent their answers, those whose absence
    weighs most first, then in register order; with ``everyone``, an invitation to each
    respondent, in register order. Never the coach; never, as a reminder, someone who
    answered."""
    state = engagement_state(campaign.engagement_id)
    tracker = _tracker(state, campaign, respondents, lang)
    emails = current_emails(state, campaign)
    k, day = tracker.min_group_size, deadline(campaign)
    if everyone:
        people = [p.id for p in campaign.questions.roster
                  if p.id in records and p.id != tracker.coach]  # fmt: skip
        kind = "invitation"
    else:
        first = [w.person for w in tracker.weighty]
        people = [p for p in (*first, *(p for p in tracker.waiting if p not in first))
                  if records[p]["state"] != "submitted"]  # fmt: skip
        kind = "reminder"
    return [reminder_for(campaign, records[p], emails, lang, k, kind, day) for p in people]


def deadline(campaign: Campaign) -> date | None:
    """The day the messages ask people to answer by: the campaign's closing date, unless
    it has passed (a message never asks for answers by a day gone; the reminders page
    says so, for the coach to set another)."""
    day = campaign.closes_on
    return day if day is not None and day >= today() else None


def _tracker(
    state: EngagementState, campaign: Campaign, respondents: Sequence[Respondent], lang: str
) -> Tracker:
    wave, ranks = pagerank_of(state, campaign.wave, lang)
    sent = Campaigns(workspace()).sent(campaign)
    return track(campaign, respondents, sent, pagerank=ranks, pagerank_wave=wave)


def _reason(reason: Reason, lang: str) -> dict[str, Any]:
    """A reason as data, with its words in ``lang``."""
    if reason.kind == "pagerank":
        text = translate(
            "web.tracker.reason.pagerank", lang, rank=reason.rank, of=reason.of, wave=reason.wave
        )
        return {"kind": reason.kind, "rank": reason.rank, "of": reason.of,
                "wave": reason.wave, "text": text}  # fmt: skip
    return {"kind": reason.kind, "text": translate(f"web.tracker.reason.{reason.kind}", lang)}


def pagerank_of(
    state: EngagementState, wave: str, lang: str
) -> tuple[str | None, dict[str, float]]:
    """The PageRank of each person in the engagement's last wave before ``wave`` (the
    last other wave stored), and that wave; ``(None, {})`` when there is none, when the
    survey gives no figures, or when it is too large for the page to wait for them
    (:data:`~alliance_graph.web.now.INLINE_LIMIT`, as "What to do now")."""
    from alliance_graph.web.now import INLINE_LIMIT
    from alliance_graph.web.outputs import analysis_for

    survey = state.survey
    if state.unreadable is not None or survey is None or not state.ratings or not survey.ok:
        return None, {}
    earlier = [w for w in survey.waves if w != wave]
    if not earlier or len(survey.stakeholders) > INLINE_LIMIT:
        return None, {}
    last = earlier[-1]
    nodes = analysis_for(state, Audience(), lang).metrics().waves[last].nodes
    ranks = {str(p): r.get("pagerank") for p, r in nodes.items()}
    return last, {p: float(v) for p, v in ranks.items() if v is not None}


def current_emails(state: EngagementState, campaign: Campaign) -> dict[str, str]:
    """Each person's address: as the engagement's register says it now (an address
    added or corrected since the campaign was made counts), else, for someone no longer
    in it, as it said when the campaign was made."""
    emails = {p.id: p.email for p in campaign.questions.roster}
    if not state.registers:
        return emails
    newest = state.registers[-1]

    def read() -> dict[str, str]:
        content = workspace().content(newest.id)
        said = register_rows(Sources([], (newest.filename, content), None, []))
        return {person: s.email for person, s in said.items()}

    now = cached(("emails", newest.id, newest.sha256), read)
    return {person: now.get(person, email) for person, email in emails.items()}
