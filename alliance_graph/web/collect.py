"""Answers sent to a campaign, stored as the wave: the respondent's answers, and the
wave's files rebuilt from every answer sent, checked as an uploaded file is
(:func:`~alliance_graph.web.uploads.check_upload`) and stored in the same transaction.

The answers are the originals: when the rebuilt files are refused (the coach uploaded
another file for the same wave, say), the answers are stored all the same, and the
campaign says why its wave could not follow; the coach can store it again once that is
settled. A crash stores all of a submission (or of a batch of returned workbooks,
:func:`send_many`) or none of it.

Submissions to one campaign wait for each other (each check reads what the previous one
stored): those that arrive while the wave is being checked are stored together by the
first of them to get its turn, the wave made and checked once for all of them.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from alliance_graph.campaigns import (
    Answers,
    Campaign,
    Campaigns,
    Respondent,
    progress_csv,
    ratings_csv,
)
from alliance_graph.errors import WorkspaceBusyError
from alliance_graph.i18n import LANGUAGES
from alliance_graph.ingest.text import clean_text
from alliance_graph.model import Scale
from alliance_graph.store import Workspace
from alliance_graph.web.security import Refused, UploadedCSV
from alliance_graph.web.uploads import Plan, Upload, check_upload, turn_to_check

__all__ = ["send_answers", "send_many", "store_wave"]

_ATTEMPTS = 3
_ISSUES_SAID = 3


@dataclass(frozen=True)
class _Outcome:
    """What a check found: the state it saw, and the files to store or why not."""

    generation: int
    version: int
    upload: Upload
    plan: Plan | None
    problem: dict[str, str] | None


@dataclass(eq=False)
class _Waiting:
    """A submission waiting for its turn, and what became of it once stored."""

    respondent: Respondent
    answers: Answers
    done: Future[None] = field(default_factory=Future)


_waiting: dict[tuple[str, int], list[_Waiting]] = {}  # by workspace and campaign
_waiting_lock = threading.Lock()


def send_answers(
    workspace: Workspace, campaign: Campaign, respondent: Respondent, answers: Answers
) -> None:
    """Store ``answers`` as the respondent's sent answers (replacing any sent before)
    and the wave's files with them, in one transaction; returns once they are stored.

    While it waits for its turn, the submission joins the others waiting: the first to
    get the turn stores them all at once (as :func:`send_many`), and each returns, or
    raises what storing raised. Inside a transaction of the caller's, it is stored
    alone, in that transaction."""
    if workspace.in_transaction:  # others' answers must not depend on the caller's
        _store(workspace, campaign, ((respondent, answers),))
        return
    mine, key = _Waiting(respondent, answers), (str(workspace.path), campaign.id)
    with _waiting_lock:
        _waiting.setdefault(key, []).append(mine)
    try:
        with turn_to_check(workspace, campaign.engagement_id):
            with _waiting_lock:
                batch = _waiting.pop(key, [])
            _store_waiting(workspace, campaign, batch)
    except WorkspaceBusyError:  # no turn: unless another took it, this one is not stored
        with _waiting_lock:
            left = _waiting.get(key, [])
            if any(w is mine for w in left):
                left.remove(mine)
                if not left:
                    del _waiting[key]
                raise
    mine.done.result()


def _store_waiting(workspace: Workspace, campaign: Campaign, batch: list[_Waiting]) -> None:
    """Store the submissions of ``batch`` together (nothing when another took them),
    and tell each one what became of it."""
    if not batch:
        return
    try:
        _store_in_turn(workspace, campaign, tuple((w.respondent, w.answers) for w in batch))
    except BaseException as failed:
        for waiting in batch:
            waiting.done.set_exception(failed)
        if not isinstance(failed, Exception):
            raise
    else:
        for waiting in batch:
            waiting.done.set_result(None)


def send_many(
    workspace: Workspace, campaign: Campaign, sent: Sequence[tuple[Respondent, Answers]]
) -> None:
    """Store the answers of several respondents (each replacing any they sent before)
    and the wave's files made once with all of them, in one transaction: as if each had
    sent them from their form."""
    _store(workspace, campaign, tuple(sent))


def store_wave(workspace: Workspace, campaign: Campaign) -> None:
    """Store the wave's files again from the answers sent (after a refusal was settled)."""
    _store(workspace, campaign, ())


def _store(
    workspace: Workspace, campaign: Campaign, pending: tuple[tuple[Respondent, Answers], ...]
) -> None:
    with turn_to_check(workspace, campaign.engagement_id):
        _store_in_turn(workspace, campaign, pending)


def _store_in_turn(
    workspace: Workspace, campaign: Campaign, pending: tuple[tuple[Respondent, Answers], ...]
) -> None:
    """Check, then store in one transaction if nothing changed meanwhile (the
    engagement's files, the campaign's answers), else check again."""
    store = Campaigns(workspace)
    for _ in range(_ATTEMPTS):
        outcome = _check(workspace, store, campaign, pending)
        with workspace.transaction():
            now = store.get(campaign.engagement_id, campaign.id)
            generation = workspace.generation(campaign.engagement_id)
            if (generation, now.version) != (outcome.generation, outcome.version):
                continue  # answers or files changed meanwhile: check again
            for respondent, answers in pending:
                store.save(respondent, answers, submit=True)  # each moves the version on
            version = now.version + len(pending)
            if outcome.plan is None:
                store.stored(now, version, {}, outcome.problem)
            else:
                files = _store_files(workspace, store, now, outcome)
                store.stored(now, version, files, None)
            return
    raise WorkspaceBusyError(workspace.path, "the engagement kept changing while checked")


def _check(
    workspace: Workspace,
    store: Campaigns,
    campaign: Campaign,
    pending: tuple[tuple[Respondent, Answers], ...],
) -> _Outcome:
    """The wave's files made of the answers sent (and ``pending``), checked with the
    engagement's other files."""
    with workspace.snapshot():
        now = store.get(campaign.engagement_id, campaign.id)
        generation = workspace.generation(campaign.engagement_id)
        sent = store.sent(now)
    sent.update({respondent.person: answers for respondent, answers in pending})
    questions, wave = now.questions, now.wave
    files = {
        "ratings": UploadedCSV(f"answers-{wave}.csv", ratings_csv(wave, questions, sent)),
        "progress": UploadedCSV(f"progress-{wave}.csv", progress_csv(wave, questions, sent)),
    }
    upload = Upload(**{k: f for k, f in files.items() if f.content.count(b"\n") > 1})
    if not upload.given():
        problem = _said("collect.nothing_yet", {})
        return _Outcome(generation, now.version, upload, None, problem)
    replacing = [i for i in (now.ratings_file, now.progress_file) if i is not None]
    try:
        plan = check_upload(
            workspace,
            campaign.engagement_id,
            upload,
            wave,
            Scale.parse(questions.scale),
            replacing,
            _wave_column(wave),
        )
    except Refused as refused:
        return _Outcome(generation, now.version, upload, None, _refusal(refused))
    return _Outcome(plan.generation, now.version, upload, plan, None)


def _wave_column(wave: str) -> tuple[str, ...] | None:
    """The waves of the wave column of the file :func:`ratings_csv` writes, as the
    reader finds them: the wave, when the reader reads it as written (it cleans each
    cell, :func:`~alliance_graph.ingest.text.clean_text`); else ``None``, and the file
    is read to see."""
    return (wave,) if clean_text(wave) == wave else None


def _store_files(
    workspace: Workspace, store: Campaigns, campaign: Campaign, outcome: _Outcome
) -> dict[str, int | None]:
    """Store the checked files (inside the caller's transaction): each replaces the
    campaign's file of its kind, else is added. Returns the ids by kind."""
    assert outcome.plan is not None
    ids = {"ratings": campaign.ratings_file, "progress": campaign.progress_file}
    for kind, file in outcome.upload.given().items():
        options = outcome.plan.options if kind == "ratings" else {}
        known = ids[kind]
        if known is not None:
            store.rewrite(known, file.content, options)
            continue
        ids[kind] = workspace.add_file(
            campaign.engagement_id,
            kind=kind,
            wave=outcome.plan.wave if kind == "ratings" else "",
            filename=file.filename,
            content=file.content,
            options=options,
        ).id
    return ids


def _refusal(refused: Refused) -> dict[str, str]:
    """Why the wave's files were refused, in each language: the message, then the
    first errors of the check."""
    said = _said(refused.key, refused.params)
    errors = refused.survey.errors[:_ISSUES_SAID] if refused.survey is not None else ()
    for lang in LANGUAGES:
        said[lang] = " ".join([said[lang], *(issue.message(lang) for issue in errors)])
    return said


def _said(key: str, params: dict[str, Any]) -> dict[str, str]:
    from alliance_graph.web import message

    return {lang: message(key, params, lang) for lang in LANGUAGES}
