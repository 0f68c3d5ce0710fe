"""Campaigns: a wave's survey run from the web app (DESIGN.md section 11).

A campaign belongs to one wave of an engagement. It asks each person of the register,
at a personal link, about the people they work with (:mod:`.model`), on the engagement's
dimensions and scale, the objectives' progress and an optional comment
(:mod:`.questions`). What they answer is kept in the workspace (:mod:`.storage`) and
written as the wave's files (:mod:`.answers`), which the web app stores as it stores an
uploaded file; :mod:`.tracker` says who has answered and what the shared version still
needs; :mod:`.closing` checks the day by which people are asked to answer. Offline, each
respondent answers in a workbook of their own (:mod:`.workbook`, zipped for the coach by
:mod:`.offline`), read back by :mod:`.returned`.
"""

from alliance_graph.campaigns.answers import (
    COMMENT_LIMIT,
    DONT_KNOW,
    Answers,
    consent_missing,
    progress_csv,
    ratings_csv,
)
from alliance_graph.campaigns.closing import check_closing_date, days_left, parse_closing_date
from alliance_graph.campaigns.model import (
    STATUSES,
    Campaign,
    Objective,
    Person,
    Questions,
    Respondent,
    asked_objectives,
    default_ratees,
    form_key,
    new_token,
    token_hash,
)
from alliance_graph.campaigns.questions import DEFAULT_DIMENSIONS, CampaignError, campaign_questions
from alliance_graph.campaigns.storage import Campaigns
from alliance_graph.campaigns.tracker import GroupProgress, Reason, Tracker, Weighty, track

__all__ = [
    "COMMENT_LIMIT",
    "DEFAULT_DIMENSIONS",
    "DONT_KNOW",
    "STATUSES",
    "Answers",
    "Campaign",
    "CampaignError",
    "Campaigns",
    "GroupProgress",
    "Objective",
    "Person",
    "Questions",
    "Reason",
    "Respondent",
    "Tracker",
    "Weighty",
    "asked_objectives",
    "campaign_questions",
    "check_closing_date",
    "consent_missing",
    "days_left",
    "default_ratees",
    "form_key",
    "new_token",
    "parse_closing_date",
    "progress_csv",
    "ratings_csv",
    "token_hash",
    "track",
]
