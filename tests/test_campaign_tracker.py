"""The response tracker: per group, who answered and how many more answers the shared
version needs, checked against the shared version itself once the answers are stored;
the non-respondents whose absence weighs most, never someone who answered; the register's
e-mail column, read into the campaign and never into the survey."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliance_graph import read_survey
from alliance_graph.campaigns import (
    Answers,
    Campaign,
    Campaigns,
    Questions,
    Respondent,
    campaign_questions,
    ratings_csv,
    track,
)
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.shared import redact
from alliance_graph.store import Workspace

#: Four groups and three people without one; the coach apart. Team has 2 people: with
#: K = 3 it can never be shown.
REGISTER = b"""id,name,group,role,e-mail
coach,Claire Coach,Coach,coach,claire@conseil.example
boss,Paul Boss,Direction,sponsor,paul.boss@client.example
lead,Helene Lead,Direction,coachee,
d1,Denis,Direction,stakeholder,denis@client.example
m1,Marc,Managers,stakeholder,marc@client.example
m2,Nina,Managers,stakeholder,
m3,Omar,Managers,stakeholder,
m4,Pia,Managers,stakeholder,pia@client.example
t1,Zoe,Team,stakeholder,
t2,Yann,Team,stakeholder,pas une adresse
x1,Xavier,,stakeholder,
x2,Wanda,,stakeholder,
x3,Victor,,stakeholder,
"""

SCORE = {("coach", "trust"): "4"}
#: Who sent what: d1 sent "don't know" alone (no tie: does not count); m3 rated the coach
#: only (counts); the coach rated everyone (counts in no group).
SENT = {
    "coach": Answers({(p, "trust"): "3" for p in ("boss", "lead", "m1", "x1")}),
    "boss": Answers({("lead", "trust"): "5", ("coach", "trust"): "4"}),
    "d1": Answers({("coach", "trust"): "dk", ("boss", "trust"): "dk"}),
    "m1": Answers({("m2", "trust"): "2", ("coach", "trust"): "5"}),
    "m2": Answers({("m1", "trust"): "4"}),
    "m3": Answers(SCORE),
    "t1": Answers(SCORE),
    "x1": Answers({("x2", "trust"): "1"}),
    "x2": Answers(SCORE),
}
DRAFTS = {"x3": Answers(SCORE)}


@pytest.fixture
def made(tmp_path: Path) -> tuple[Campaigns, Campaign]:
    workspace = Workspace(tmp_path / "ws.sqlite3")
    eid = workspace.create_engagement("E").id
    workspace.add_file(eid, kind="register", filename="register.csv", content=REGISTER)
    store = Campaigns(workspace)
    campaign = store.create(eid, "T2", campaign_questions(workspace.sources(eid), None))
    by_person = {r.person: r for r in store.respondents(campaign)}
    for person, answers in SENT.items():
        store.save(by_person[person], answers, submit=True)
    for person, answers in DRAFTS.items():
        store.save(by_person[person], answers, submit=False)
    return store, campaign


def _shared_groups(campaign: Campaign, sent: dict[str, Answers], k: int) -> dict[str, dict]:
    """What the shared version shows of the wave once ``sent`` is stored: the wave's file
    the campaign writes, read with the register, seen through the shared rules."""
    ratings = ("answers-T2.csv", ratings_csv("T2", campaign.questions, sent))
    survey = read_survey([ratings], register=("register.csv", REGISTER))
    assert survey.ok, [i.describe() for i in survey.errors]
    return redact(survey, min_group_size=k, patterns=0).figures["waves"]["T2"]["groups"]


def _key(group: str) -> str:
    return group or UNGROUPED


@pytest.mark.parametrize("k", [3, 2, 4])
def test_the_counts_are_those_of_the_shared_version(
    made: tuple[Campaigns, Campaign], k: int
) -> None:
    store, campaign = made
    sent = store.sent(campaign)
    tracker = track(campaign, store.respondents(campaign), sent, min_group_size=k)
    shared = _shared_groups(campaign, sent, k)
    assert {_key(g.group) for g in tracker.groups} == set(shared)
    for group in tracker.groups:
        figures = shared[_key(group.group)]
        assert group.counted == figures["raters"], group
        assert group.shown is figures["shown"], group
        assert len(group.members) == figures["members"], group
    assert tracker.min_group_size == k


def test_the_numbers_by_hand(made: tuple[Campaigns, Campaign]) -> None:
    store, campaign = made
    tracker = track(campaign, store.respondents(campaign), store.sent(campaign))
    rows = {g.group: (g.answered, g.counted, g.needed, g.reachable) for g in tracker.groups}
    assert rows == {
        # boss counts; d1 sent "don't know" only: answered, but no rating to count
        "Direction": (("boss", "d1"), 1, 2, True),
        "Managers": (("m1", "m2", "m3"), 3, 0, True),
        "Team": (("t1",), 1, 2, False),  # 2 people can never make 3
        "": (("x1", "x2"), 2, 1, True),  # x3 has a draft only
    }
    assert [g.group for g in tracker.groups] == ["Direction", "Managers", "Team", ""]
    assert (tracker.coach, tracker.coach_answered) == ("coach", True)
    assert tracker.waiting == ("lead", "m4", "t2", "x3")


def test_the_answers_needed_make_the_group_appear_and_one_fewer_does_not(
    made: tuple[Campaigns, Campaign],
) -> None:
    store, campaign = made
    sent = store.sent(campaign)
    tracker = track(campaign, store.respondents(campaign), sent)
    for group in tracker.groups:
        if group.shown or not group.reachable:
            continue
        uncounted = [p for p in group.members if p not in sent or p == "d1"]
        more = {p: Answers({("coach", "trust"): "4"}) for p in uncounted[: group.needed]}
        fewer = dict(list(more.items())[:-1])
        assert _shared_groups(campaign, {**sent, **more}, 3)[_key(group.group)]["shown"]
        assert not _shared_groups(campaign, {**sent, **fewer}, 3)[_key(group.group)]["shown"]


def test_the_absences_that_weigh_most_never_name_someone_who_answered(
    made: tuple[Campaigns, Campaign],
) -> None:
    store, campaign = made
    respondents = store.respondents(campaign)
    # PageRank of an earlier wave: the coach (first) is left out of the ranking; m1 ranks
    # high but answered; m4 ranks 2nd of 12 (in the first 3); x3 ranks 4th (not in them)
    ranks = {"coach": 0.5, "m1": 0.3, "m4": 0.2, "boss": 0.15, "x3": 0.1, "t2": 0.01}
    ranks.update({p: 0.001 for p in ("lead", "d1", "m2", "m3", "t1", "x1", "x2")})
    tracker = track(campaign, respondents, store.sent(campaign), pagerank=ranks,
                    pagerank_wave="T1")  # fmt: skip
    answered = {r.person for r in respondents if r.submitted_at}
    assert [(w.person, [r.kind for r in w.reasons]) for w in tracker.weighty] == [
        ("lead", ["coachee"]),
        ("m4", ["pagerank"]),
    ]
    (why,) = tracker.weighty[1].reasons
    assert (why.rank, why.of, why.wave) == (2, 12, "T1")
    assert not {w.person for w in tracker.weighty} & answered
    assert not set(tracker.waiting) & answered
    # once the sponsor has not answered either, they come first
    boss = next(r for r in respondents if r.person == "boss")
    unsent = [r if r is not boss else Respondent(r.id, r.campaign_id, "boss", "t")
              for r in respondents]  # fmt: skip
    again = track(campaign, unsent, store.sent(campaign), pagerank=ranks, pagerank_wave="T1")
    assert [w.person for w in again.weighty] == ["boss", "lead", "m4"]
    assert [r.kind for r in again.weighty[0].reasons] == ["sponsor", "pagerank"]


def test_without_pagerank_only_the_sponsor_and_the_coachee_weigh(
    made: tuple[Campaigns, Campaign],
) -> None:
    store, campaign = made
    tracker = track(campaign, store.respondents(campaign), store.sent(campaign))
    assert [w.person for w in tracker.weighty] == ["lead"] and tracker.pagerank_wave is None


# -- the register's e-mail column --------------------------------------------------------


def test_the_campaign_keeps_each_address_and_the_survey_none(
    made: tuple[Campaigns, Campaign],
) -> None:
    _, campaign = made
    emails = {p.id: p.email for p in campaign.questions.roster}
    assert emails["boss"] == "paul.boss@client.example" and emails["lead"] == ""
    assert emails["t2"] == ""  # "pas une adresse": a warning, and no address
    survey = read_survey([("r.csv", b"rater,ratee,score\nm1,m2,4\n")],
                         register=("register.csv", REGISTER), scale="1:5")  # fmt: skip
    (warning,) = [i for i in survey.issues if i.code.value == "INVALID_EMAIL"]
    assert (warning.line, warning.column, warning.value) == (11, "e-mail", "pas une adresse")
    assert "email" not in survey.stakeholders.columns
    written = survey.stakeholders.to_csv() + json.dumps(survey.to_dict())
    assert "client.example" not in written and "conseil.example" not in written


def test_a_campaign_stored_before_the_email_column_still_loads() -> None:
    questions = Questions(("trust",), 1, 5, ())
    old = json.loads(questions.to_json())
    old["roster"] = [  # as stored before: no "email" key
        {"id": "a", "name": "A", "group": "", "role": "stakeholder", "lang": None,
         "consent": True}
    ]  # fmt: skip
    (person,) = Questions.from_json(json.dumps(old)).roster
    assert (person.id, person.email) == ("a", "")


def test_form_exports_and_ratings_files_read_their_email_columns_as_before(
    tmp_path: Path,
) -> None:
    # a form without a name question: the e-mail column says who answered
    form = ("form.csv", b"Horodateur,Adresse e-mail,Confiance [Ana],Confiance [Ben]\n"
            b"2026-01-05,ana@x.example,,4\n2026-01-06,ben@x.example,3,\n")  # fmt: skip
    survey = read_survey([form], scale="1:5")
    assert sorted(survey.ratings["rater"]) == ["ana@x.example", "ben@x.example"]
    # with a name question, the e-mail column is form metadata: no warning
    named = (
        "form.csv",
        b"Horodateur,Email,Votre nom,Confiance [Ben]\n1/5/2026,a@x.example,Ana,4\n",
    )
    survey = read_survey([named], scale="1:5")
    assert list(survey.ratings["rater"]) == ["Ana"]
    assert not [i for i in survey.issues if i.code.value == "UNUSED_COLUMN"]
    # in a long ratings file, an e-mail column is form metadata, left aside as before
    long = ("T1.csv", b"rater,ratee,score,email\nAna,Ben,4,a@x.example\n")
    survey = read_survey([long], scale="1:5")
    assert [i.code.value for i in survey.issues] == ["FEW_RATERS"] and len(survey.ratings) == 1


def test_a_sheet_of_ids_names_and_addresses_is_a_register(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    answers = book.active
    answers.title = "Réponses"
    for row in (["rater", "ratee", "score"], ["a", "b", 4], ["b", "a", 3]):
        answers.append(row)
    people = book.create_sheet("Feuil2")
    for row in (["id", "name", "e-mail"], ["a", "Ana", "ana@x.example"], ["b", "Ben", ""]):
        people.append(row)
    book.save(tmp_path / "engagement.xlsx")
    survey = read_survey(tmp_path / "engagement.xlsx", scale="1:5")
    assert survey.ok and sorted(survey.stakeholders["name"]) == ["Ana", "Ben"]
    assert "ana@x.example" not in survey.stakeholders.to_csv()
