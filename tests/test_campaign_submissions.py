"""A submission does its work once: the wave made of the answers is read and checked once
(not first alone to place it, then with the engagement's files), and submissions that
arrive while the wave is being checked are stored together, the wave checked once for
all of them, in one transaction; a campaign's questions are read once."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import alliance_graph.web.collect as collect
import alliance_graph.web.placing as placing
import alliance_graph.web.uploads as uploads
from alliance_graph.campaigns import (
    DONT_KNOW,
    Answers,
    Campaign,
    Campaigns,
    Questions,
    Respondent,
    campaign_questions,
    ratings_csv,
)
from alliance_graph.campaigns import storage as campaign_storage
from alliance_graph.errors import WorkspaceBusyError
from alliance_graph.store import StoredFile, Workspace
from alliance_graph.web.collect import send_answers
from alliance_graph.web.placing import place
from alliance_graph.web.security import Refused, UploadedCSV
from alliance_graph.web.uploads import turn_to_check
from tests.web_support import ratings_csv as survey_csv
from tests.web_support import register_csv


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    workspace = Workspace(tmp_path / "ws.sqlite3")
    eid = workspace.create_engagement("E").id
    workspace.add_file(eid, kind="register", filename="r.csv", content=register_csv())
    return workspace


def _open(workspace: Workspace, wave: str = "T2") -> tuple[Campaign, list[Respondent]]:
    store = Campaigns(workspace)
    questions = campaign_questions(workspace.sources(1), None, scale="1:5")
    campaign = store.create(1, wave, questions)
    store.set_status(campaign, "open")
    return campaign, store.respondents(campaign)


def _answers(respondent: Respondent, score: str = "4") -> Answers:
    return Answers({(ratee, "trust"): score for ratee in respondent.rates}, agreed=True)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files of each survey read by an upload's check (placing one, or all)."""
    seen: list[str] = []

    def spy(read: Callable[..., Any]) -> Callable[..., Any]:
        def counted(inputs: Any, **options: Any) -> Any:
            seen.append(", ".join(name for name, _ in inputs))
            return read(inputs, **options)

        return counted

    monkeypatch.setattr(placing, "read_survey", spy(placing.read_survey))
    monkeypatch.setattr(uploads, "read_survey", spy(uploads.read_survey))
    return seen


def test_a_submission_reads_its_wave_once(workspace: Workspace, reads: list[str]) -> None:
    campaign, respondents = _open(workspace)
    for n, respondent in enumerate(respondents[1:4], 1):
        send_answers(workspace, campaign, respondent, _answers(respondent))
        assert reads == ["T2.csv"] * n  # the wave with the register: once, not placed apart
    now = Campaigns(workspace).get(1, campaign.id)
    assert (now.version, now.stored_version, now.problem) == (3, 3, None)
    sent = Campaigns(workspace).sent(now)
    assert workspace.content(now.ratings_file or 0) == ratings_csv("T2", now.questions, sent)
    assert [f.wave for f in workspace.files(1, "ratings")] == ["T2"]


def test_a_wave_the_coach_uploaded_is_refused_as_before(
    workspace: Workspace, reads: list[str]
) -> None:
    workspace.add_file(1, kind="ratings", wave="T2", filename="t2.csv", content=survey_csv())
    campaign, respondents = _open(workspace)
    send_answers(workspace, campaign, respondents[3], _answers(respondents[3]))
    now = Campaigns(workspace).get(1, campaign.id)
    assert now.problem is not None and "T2" in now.problem["en"]  # upload.wave_exists
    assert (now.version, now.stored_version, now.ratings_file, reads) == (1, 0, None, [])


def _placed(file: UploadedCSV, wave: str, live: list[StoredFile], waves: Any) -> Any:
    """Where the campaign's file goes (its label, its waves, what the coach is told), or
    why it is refused."""
    try:
        return place(file, wave, live, "1:5", waves)
    except Refused as refused:
        return refused.key, refused.params


@pytest.mark.parametrize(
    "wave",
    ["T2", "2026", "01", "1.0", "Mi-parcours 2026", "Enquête - T2 (réponses)", "a,b", "=1+1",
     'dit "oui"', "T’2", "Ｔ２"],
)  # fmt: skip
@pytest.mark.parametrize("score", ["4", DONT_KNOW])
@pytest.mark.parametrize("uploaded", [None, "T2", "2026"])
def test_the_campaigns_file_is_placed_as_if_read_alone(
    workspace: Workspace, wave: str, score: str, uploaded: str | None
) -> None:
    """The waves of the campaign's file are known without reading it: the wave it wrote
    in its wave column, unless the reader would read that otherwise (a curly quote, a
    full-width letter), when the file is read alone first, as any upload."""
    if uploaded is not None:
        content = survey_csv()
        workspace.add_file(1, kind="ratings", wave=uploaded, filename="up.csv", content=content)
    questions = campaign_questions(workspace.sources(1), None, scale="1:5")
    sent = {p.id: Answers({("coach", "trust"): score}) for p in questions.roster[1:]}
    file = UploadedCSV(f"answers-{wave}.csv", ratings_csv(wave, questions, sent))
    live = workspace.files(1, "ratings")
    known = collect._wave_column(wave)
    assert known == (None if wave in ("T’2", "Ｔ２") else (wave,))
    assert _placed(file, wave, live, known) == _placed(file, wave, live, None)


@pytest.fixture
def held(workspace: Workspace) -> Iterator[threading.Event]:
    """The engagement's turn to check held (as by an upload being checked) until the
    event is set."""
    release, taken = threading.Event(), threading.Event()

    def hold() -> None:
        with turn_to_check(workspace, 1):
            taken.set()
            release.wait(30)

    holder = threading.Thread(target=hold)
    holder.start()
    taken.wait(30)
    try:
        yield release
    finally:
        release.set()
        holder.join(30)


def _send_together(
    workspace: Workspace,
    campaign: Campaign,
    sent: list[tuple[Respondent, Answers]],
    release: threading.Event,
) -> dict[str, BaseException | None]:
    """Every submission of ``sent`` made while the turn is held, each in its thread; the
    turn given back once all of them wait for it. What each raised, by person."""
    outcome: dict[str, BaseException | None] = {}

    def send(respondent: Respondent, answers: Answers) -> None:
        try:
            send_answers(workspace, campaign, respondent, answers)
            outcome[respondent.person] = None
        except BaseException as failed:  # told to the test
            outcome[respondent.person] = failed

    threads = [threading.Thread(target=send, args=item) for item in sent]
    for thread in threads:
        thread.start()
    key = (str(workspace.path), campaign.id)
    deadline = time.monotonic() + 30
    while len(collect._waiting.get(key, ())) < len(sent) and time.monotonic() < deadline:
        time.sleep(0.01)
    release.set()
    for thread in threads:
        thread.join(30)
    return outcome


def test_submissions_arriving_together_are_checked_once_and_stored_together(
    workspace: Workspace, reads: list[str], held: threading.Event
) -> None:
    campaign, respondents = _open(workspace)
    sent = [(r, _answers(r, str(1 + n % 5))) for n, r in enumerate(respondents[1:7])]
    transactions: list[int] = []
    begin = workspace.transaction

    def counted() -> Any:
        transactions.append(1)
        return begin()

    workspace.transaction = counted  # type: ignore[method-assign]
    outcome = _send_together(workspace, campaign, sent, held)
    assert outcome == {r.person: None for r, _ in sent}
    assert reads == ["T2.csv"] and len(transactions) == 1  # one check, one transaction
    store = Campaigns(workspace)
    now = store.get(1, campaign.id)
    assert (now.version, now.stored_version, now.problem) == (6, 6, None)  # each counted
    assert store.sent(now) == {r.person: a for r, a in sent}
    expected = ratings_csv("T2", now.questions, {r.person: a for r, a in sent})
    assert workspace.content(now.ratings_file or 0) == expected
    assert all(store.answers(r, "submitted") == a for r, a in sent)


def test_a_failure_storing_submissions_together_fails_each_and_stores_none(
    workspace: Workspace, held: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign, respondents = _open(workspace)

    def fail(*args: object, **kwargs: object) -> None:  # after the answers and the file
        raise RuntimeError("the power went off")

    monkeypatch.setattr(Campaigns, "stored", fail)
    sent = [(r, _answers(r)) for r in respondents[1:4]]
    outcome = _send_together(workspace, campaign, sent, held)
    assert [type(e) for e in outcome.values()] == [RuntimeError] * 3
    now = Campaigns(workspace).get(1, campaign.id)
    assert (now.version, now.ratings_file, Campaigns(workspace).sent(now)) == (0, None, {})
    assert [f.kind for f in workspace.files(1)] == ["register"]
    assert collect._waiting == {}


def test_a_submission_that_gets_no_turn_is_not_stored_later(
    workspace: Workspace, held: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign, respondents = _open(workspace)
    monkeypatch.setattr(uploads, "_GUARD_WAIT", 0.2)
    with pytest.raises(WorkspaceBusyError):  # the respondent is told to try again
        send_answers(workspace, campaign, respondents[1], _answers(respondents[1], "1"))
    held.set()
    send_answers(workspace, campaign, respondents[2], _answers(respondents[2], "2"))
    store = Campaigns(workspace)
    now = store.get(1, campaign.id)
    assert (now.version, list(store.sent(now))) == (1, [respondents[2].person])


def test_a_submission_inside_a_transaction_is_stored_with_it(workspace: Workspace) -> None:
    campaign, respondents = _open(workspace)
    with pytest.raises(RuntimeError), workspace.transaction():
        send_answers(workspace, campaign, respondents[1], _answers(respondents[1]))
        raise RuntimeError("the caller's work failed")
    now = Campaigns(workspace).get(1, campaign.id)
    assert (now.version, now.ratings_file, Campaigns(workspace).sent(now)) == (0, None, {})


def test_a_campaigns_questions_are_read_once(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign, respondents = _open(workspace)
    campaign_storage._questions.cache_clear()
    read: list[str] = []
    original = Questions.from_json

    def counted(text: str) -> Questions:
        read.append(text)
        return original(text)

    monkeypatch.setattr(Questions, "from_json", counted)
    store = Campaigns(workspace)
    found = [store.get(1, campaign.id), *store.of(1), store.by_token(respondents[0].token)[0]]
    send_answers(workspace, campaign, respondents[1], _answers(respondents[1]))
    assert len(read) == 1 and all(c.questions == campaign.questions for c in found)
