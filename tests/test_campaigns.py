"""Campaigns in the library: whom each person rates by default, the links' tokens, the
questions made from an engagement's files, answers kept and written as the wave's
files, and the workspace schema that holds them (upgraded from older files)."""

from __future__ import annotations

import csv
import io
import sqlite3
from pathlib import Path

import pytest

from alliance_graph import read_survey
from alliance_graph.campaigns import (
    Answers,
    CampaignError,
    Campaigns,
    Person,
    Questions,
    asked_objectives,
    campaign_questions,
    default_ratees,
    form_key,
    new_token,
    progress_csv,
    ratings_csv,
    token_hash,
)
from alliance_graph.campaigns.model import Objective
from alliance_graph.store import NotFoundError, Workspace
from alliance_graph.workspace_file import MIGRATIONS, SCHEMA_VERSION
from tests.test_workspace_safety import version_1
from tests.web_support import PEOPLE, register_csv
from tests.web_support import ratings_csv as survey_csv

ROSTER = tuple(Person(pid, name, group, role) for pid, name, group, role in PEOPLE)


def person(pid: str) -> Person:
    return next(p for p in ROSTER if p.id == pid)


# -- whom each person rates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "rates"),
    [
        # a stakeholder: the coach, the sponsor, the coachee, their own group
        ("m1", ("coach", "boss", "lead", "m2", "m3")),
        ("t3", ("coach", "boss", "lead", "t1", "t2")),
        # the sponsor's group is Direction, with the coachee in it
        ("boss", ("coach", "lead")),
        ("lead", ("coach", "boss")),
        # the coach rates every relationship
        ("coach", ("boss", "lead", "m1", "m2", "m3", "t1", "t2", "t3")),
    ],
)
def test_the_default_of_design_section_11(who: str, rates: tuple[str, ...]) -> None:
    assert default_ratees(person(who), ROSTER) == rates


def test_someone_without_a_group_rates_the_three_roles_only() -> None:
    loner = Person("x", "X")
    assert default_ratees(loner, (*ROSTER, loner)) == ("coach", "boss", "lead")


def test_objectives_are_asked_of_their_observers_and_of_the_three_parties() -> None:
    objectives = (
        Objective("1", {"en": "Delegate", "fr": "Déléguer"}, ("Managers",)),
        Objective("2", {"en": "Speak up", "fr": "Parler"}, ()),
    )
    questions = Questions(("trust",), 1, 5, ROSTER, objectives)
    asked = {p.id: [o.id for o in asked_objectives(p, questions)] for p in ROSTER}
    assert asked["m1"] == ["1", "2"] and asked["t1"] == ["2"]
    assert asked["boss"] == asked["lead"] == asked["coach"] == ["1", "2"]


# -- tokens ----------------------------------------------------------------------------


def test_tokens_are_256_random_bits_and_looked_up_by_their_hash() -> None:
    tokens = {new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(len(t) == 43 and t.replace("-", "").replace("_", "").isalnum() for t in tokens)
    token = "abc"
    # SHA-256 of "abc" (FIPS 180-2, appendix B.1)
    assert token_hash(token) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert form_key("secret", "a") != form_key("secret", "b") != form_key("other", "b")


# -- answers written as the wave's files -----------------------------------------------


def test_answers_become_a_long_ratings_file_and_a_progress_file() -> None:
    objectives = (Objective("1", {"en": "Delegate", "fr": "Déléguer"}),)
    questions = Questions(("trust", "respect"), 1, 5, ROSTER, objectives)
    sent = {
        "m2": Answers({("coach", "respect"): "4", ("coach", "trust"): "dk"}, {"1": "-1"}),
        "boss": Answers({("lead", "trust"): "5"}, {"1": "dk"}, comment="ok"),
        "t1": Answers({}, {"1": "2"}),
    }
    ratings = ratings_csv("T2", questions, sent).decode()
    assert ratings.splitlines() == [  # raters in register order, then ratees, then dimensions
        "wave,rater,ratee,dimension,score,comment",
        "T2,boss,lead,trust,5,",
        "T2,boss,,,,ok",  # the comment after its author's ratings: about the whole survey
        "T2,m2,coach,trust,don't know,",
        "T2,m2,coach,respect,4,",
    ]
    progress = progress_csv("T2", questions, sent).decode()
    assert progress.splitlines() == [
        "wave,rater,objective,progress",
        "T2,boss,1,no opportunity to observe",
        "T2,m2,1,-1",
        "T2,t1,1,+2",
    ]
    survey = read_survey([("T2.csv", ratings.encode()), ("p.csv", progress.encode())],
                         register=("r.csv", register_csv()), scale="1:5")  # fmt: skip
    assert survey.ok
    assert sorted(survey.ratings["score"]) == [4.0, 5.0]  # "don't know" is no rating
    assert sorted(survey.progress["progress"].dropna()) == [-1.0, 2.0]
    assert survey.comments is not None
    assert survey.comments[["rater", "topic", "about", "text"]].values.tolist() == [
        ["boss", "", "", "ok"]
    ]


@pytest.mark.parametrize("comment", ["=1+1", "+33 6 12", "-- late", "@boss", "\tx", "\rx"])
def test_a_comment_a_spreadsheet_would_run_is_written_with_a_quote(comment: str) -> None:
    questions = Questions(("trust",), 1, 5, ROSTER)
    sent = {"m1": Answers({("coach", "trust"): "4"}, comment=comment)}
    content = ratings_csv("T2", questions, sent)
    rows = list(csv.reader(io.StringIO(content.decode(), newline="")))
    assert rows[0][-1] == "comment" and rows[2][-1] == "'" + comment.replace("\r", "\n")
    assert len(rows) == 3  # the header, the rating, the comment: a line break ends no row
    if comment[0] in "=+-@":  # read back as written
        survey = read_survey([("T2.csv", content)], register=("r.csv", register_csv()))
        assert survey.comments is not None and list(survey.comments["text"]) == [comment]


def test_answers_round_trip_through_their_stored_rows() -> None:
    answers = Answers({("a", "trust"): "3"}, {"1": "dk"}, "Un mot, « cité »", True, False)
    assert Answers.from_rows(answers.rows()) == answers
    assert Answers.from_rows(Answers().rows()) == Answers()


# -- the questions of a new campaign ---------------------------------------------------


def sources(workspace: Workspace, register: bytes | None = None, ratings: bytes | None = None):
    engagement = workspace.create_engagement("E")
    if register is not None:
        workspace.add_file(engagement.id, kind="register", filename="r.csv", content=register)
    if ratings is not None:
        workspace.add_file(engagement.id, kind="ratings", wave="T1", filename="T1.csv",
                           content=ratings, options={"waves": ["T1"]})  # fmt: skip
    return engagement.id, workspace.sources(engagement.id)


def test_questions_come_from_the_register_the_waves_and_the_kit(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "ws.sqlite3")
    register = register_csv().replace(b"id,name,group,role", b"id,name,group,role,Langue")
    for row, said in (
        ("Coach,coach", "fr-CA"),
        ("Team,stakeholder", "English"),
        ("Direction,sponsor", "Français"),
        ("Direction,coachee", "de"),  # a language the app does not speak: the browser's
    ):
        register = register.replace(f"{row}\n".encode(), f"{row},{said}\n".encode())
    _, fresh = sources(workspace, register)
    questions = campaign_questions(fresh, None)
    assert [p.id for p in questions.roster] == [p[0] for p in PEOPLE]  # the register's order
    assert questions.dimensions == ("trust", "listening", "respect", "goals")
    assert (questions.low, questions.high, questions.objectives) == (1, 5, ())
    assert questions.person("coach").lang == "fr" and questions.person("t1").lang == "en"
    assert questions.person("boss").lang == "fr" and questions.person("lead").lang is None
    assert questions.person("m1").lang is None
    eid, stored = sources(workspace, register_csv(), survey_csv())
    survey = workspace.survey(eid)
    questions = campaign_questions(stored, survey, scale="1:5")
    assert questions.dimensions == ("trust",) and questions.scale == "1:5"
    with pytest.raises(CampaignError) as refused:
        campaign_questions(stored, survey, scale="0:10")
    assert refused.value.key == "scale_differs"


@pytest.mark.parametrize("scale", ["1:20", "0.5:4.5", "1:1.5"])
def test_a_scale_a_form_cannot_offer_is_refused(tmp_path: Path, scale: str) -> None:
    _, fresh = sources(Workspace(tmp_path / "ws.sqlite3"), register_csv())
    with pytest.raises(CampaignError) as refused:
        campaign_questions(fresh, None, scale=scale)
    assert refused.value.key == "scale_points"
    assert campaign_questions(fresh, None, scale="-3:3").points == (-3, -2, -1, 0, 1, 2, 3)


def test_a_campaign_needs_a_register(tmp_path: Path) -> None:
    _, fresh = sources(Workspace(tmp_path / "ws.sqlite3"))
    with pytest.raises(CampaignError) as refused:
        campaign_questions(fresh, None)
    assert refused.value.key == "need_register"


# -- kept in the workspace -------------------------------------------------------------


def test_a_campaign_keeps_its_respondents_drafts_and_answers(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "ws.sqlite3")
    eid, fresh = sources(workspace, register_csv())
    store = Campaigns(workspace)
    campaign = store.create(eid, "T1", campaign_questions(fresh, None))
    assert campaign.status == "ready" and campaign.version == 0 and campaign.up_to_date
    respondents = store.respondents(campaign)
    assert [r.person for r in respondents] == [p[0] for p in PEOPLE]
    m1 = respondents[3]
    assert m1.rates == ("coach", "boss", "lead", "m2", "m3")
    assert store.by_token(m1.token) == (campaign, m1)
    assert store.by_token(new_token()) is None and store.by_token("") is None
    draft = Answers({("coach", "trust"): "4"}, comment="brouillon")
    store.save(m1, draft, submit=False)
    assert store.answers(m1, "draft") == draft and store.answers(m1, "submitted") is None
    assert store.get(eid, campaign.id).version == 0  # a draft is not an answer sent
    sent = Answers({("coach", "trust"): "5"}, agreed=True, named=False)
    store.save(m1, sent, submit=True)
    assert store.answers(m1, "draft") is None and store.answers(m1, "submitted") == sent
    assert store.sent(campaign) == {"m1": sent}
    assert store.get(eid, campaign.id).version == 1
    assert store.declined(eid) == {"m1"}
    with pytest.raises(ValueError, match="exists already"):
        store.create(eid, "T1", campaign.questions)
    with pytest.raises(NotFoundError):
        store.get(eid + 1, campaign.id)
    with sqlite3.connect(workspace.path) as db:  # the link is found by its hash
        hashes = [r[0] for r in db.execute("SELECT token_sha256 FROM respondent")]
    assert token_hash(m1.token) in hashes


def test_the_schema_takes_campaigns_from_version_1_and_from_version_3(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == len(MIGRATIONS) == 5
    old = Workspace(version_1(tmp_path / "one.sqlite3"))
    assert old.schema_version == 5 and [f.wave for f in old.files(1)] == ["T1", "T2"]
    path = tmp_path / "three.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for statements in MIGRATIONS[:3]:
        for statement in statements:
            db.execute(statement)
    db.execute("INSERT INTO engagement VALUES (1, 'E', '2026-01-01T00:00:00+00:00', NULL)")
    db.execute("INSERT INTO file (engagement_id, kind, wave, filename, content, sha256, size,"
               " uploaded_at) VALUES (1, 'register', '', 'r.csv', ?, '', 1, '')",
               (register_csv(),))  # fmt: skip
    db.execute("PRAGMA user_version = 3")
    db.close()
    workspace = Workspace(path)
    assert workspace.schema_version == 5 and workspace.generation(1) == 1
    store = Campaigns(workspace)
    campaign = store.create(1, "T1", campaign_questions(workspace.sources(1), None))
    assert len(store.respondents(campaign)) == len(PEOPLE)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
