"""Campaigns in the workspace file: made, opened and closed, their respondents found by
their link's hash, and each respondent's draft and sent answers.

Every call is one transaction, or joins the one open in this thread
(:meth:`~alliance_graph.store.Workspace.transaction`), so answers and the wave's files
made of them can be stored together.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import secrets
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, timezone
from typing import Any

from alliance_graph.campaigns.answers import Answers
from alliance_graph.campaigns.model import (
    STATUSES,
    Campaign,
    Questions,
    Respondent,
    default_ratees,
    new_token,
    token_hash,
)
from alliance_graph.store import NotFoundError, Workspace

__all__ = ["Campaigns"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Campaigns:
    """The campaigns of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- campaigns ---------------------------------------------------------------------

    def create(self, engagement_id: int, wave: str, questions: Questions) -> Campaign:
        """A campaign for ``wave`` (``ready``: its links answer "not open yet"), with
        every person of the roster as a respondent rating the default people. Raises
        :class:`ValueError` when the engagement already has a campaign for ``wave``."""
        now = _now()
        with self.workspace.connection(write=True) as db:
            self.workspace.engagement(engagement_id)
            try:
                cursor = db.execute(
                    "INSERT INTO campaign (engagement_id, wave, status, questions, secret,"
                    " created_at, changed_at) VALUES (?, ?, 'ready', ?, ?, ?, ?)",
                    (engagement_id, wave, questions.to_json(), secrets.token_hex(32), now, now),
                )
            except sqlite3.IntegrityError:
                raise ValueError(f"a campaign for wave {wave!r} exists already") from None
            campaign_id = int(cursor.lastrowid or 0)
            for person in questions.roster:
                token = new_token()
                db.execute(
                    "INSERT INTO respondent (campaign_id, person, token, token_sha256, ratees)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (campaign_id, person.id, token, token_hash(token),
                     json.dumps(default_ratees(person, questions.roster))),
                )  # fmt: skip
            return self.get(engagement_id, campaign_id)

    def of(self, engagement_id: int) -> list[Campaign]:
        with self.workspace.connection() as db:
            rows = db.execute(
                "SELECT * FROM campaign WHERE engagement_id = ? ORDER BY id", (engagement_id,)
            )
            return [_campaign(r) for r in rows]

    def get(self, engagement_id: int, campaign_id: int) -> Campaign:
        with self.workspace.connection() as db:
            row = db.execute(
                "SELECT * FROM campaign WHERE id = ? AND engagement_id = ?",
                (campaign_id, engagement_id),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"no campaign {campaign_id} in engagement {engagement_id}")
        return _campaign(row)

    def set_status(self, campaign: Campaign, status: str) -> None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        with self.workspace.connection(write=True) as db:
            db.execute(
                "UPDATE campaign SET status = ?, changed_at = ? WHERE id = ?",
                (status, _now(), campaign.id),
            )

    def set_closes_on(self, campaign: Campaign, day: date | None) -> None:
        """The day by which respondents are asked to answer; ``None`` takes it away."""
        with self.workspace.connection(write=True) as db:
            db.execute(
                "UPDATE campaign SET closes_on = ?, changed_at = ? WHERE id = ?",
                (day.isoformat() if day else None, _now(), campaign.id),
            )

    def stored(
        self, campaign: Campaign, version: int, files: dict[str, int | None], problem: Any
    ) -> None:
        """Note what the wave's files hold now: the answers of ``version`` (with
        ``files`` by kind), or why they could not be stored (``problem``)."""
        with self.workspace.connection(write=True) as db:
            if problem is not None:
                db.execute(
                    "UPDATE campaign SET problem = ? WHERE id = ?",
                    (json.dumps(problem, ensure_ascii=False), campaign.id),
                )
                return
            db.execute(
                "UPDATE campaign SET problem = NULL, stored_version = ?, ratings_file = ?,"
                " progress_file = ? WHERE id = ?",
                (version, files.get("ratings"), files.get("progress"), campaign.id),
            )

    def rewrite(self, file_id: int, content: bytes, options: dict[str, Any]) -> None:
        """Give the wave's file made by the campaign its new content (the answers are the
        originals it is made from). Its place, live or in the trash, stays as it is: a
        wave the coach deleted does not come back by itself."""
        with self.workspace.connection(write=True) as db:
            db.execute(
                "UPDATE file SET content = ?, sha256 = ?, size = ?, options = ?,"
                " uploaded_at = ? WHERE id = ?",
                (content, hashlib.sha256(content).hexdigest(), len(content),
                 json.dumps(options, sort_keys=True), _now(), file_id),
            )  # fmt: skip

    # -- respondents -------------------------------------------------------------------

    def respondents(self, campaign: Campaign) -> list[Respondent]:
        with self.workspace.connection() as db:
            rows = db.execute(
                "SELECT * FROM respondent WHERE campaign_id = ? ORDER BY id", (campaign.id,)
            )
            return [_respondent(r) for r in rows]

    def respondent(self, campaign: Campaign, respondent_id: int) -> Respondent:
        with self.workspace.connection() as db:
            row = db.execute(
                "SELECT * FROM respondent WHERE id = ? AND campaign_id = ?",
                (respondent_id, campaign.id),
            ).fetchone()
        if row is None:
            raise NotFoundError(f"no respondent {respondent_id} in campaign {campaign.id}")
        return _respondent(row)

    def by_token(self, token: str) -> tuple[Campaign, Respondent] | None:
        """The respondent whose link carries ``token``, and their campaign; ``None`` for
        a token that is nobody's. Looked up by the token's SHA-256."""
        wanted = token_hash(token)
        with self.workspace.connection() as db:
            row = db.execute(
                "SELECT * FROM respondent WHERE token_sha256 = ?", (wanted,)
            ).fetchone()
            if row is None or not hmac.compare_digest(row["token_sha256"], wanted):
                return None
            campaign = db.execute(
                "SELECT * FROM campaign WHERE id = ?", (row["campaign_id"],)
            ).fetchone()
        return _campaign(campaign), _respondent(row)

    def set_ratees(self, respondent: Respondent, ratees: Sequence[str], *, added: bool) -> None:
        """Whom the respondent rates: the coach's choice, or (``added``) their own."""
        column = "added" if added else "ratees"
        with self.workspace.connection(write=True) as db:
            db.execute(
                f"UPDATE respondent SET {column} = ? WHERE id = ?",
                (json.dumps(list(ratees)), respondent.id),
            )

    # -- answers -----------------------------------------------------------------------

    def answers(self, respondent: Respondent, state: str) -> Answers | None:
        """The respondent's ``draft`` or ``submitted`` answers, ``None`` when none."""
        with self.workspace.connection() as db:
            rows = db.execute(
                "SELECT kind, subject, item, value FROM answer"
                " WHERE respondent_id = ? AND state = ?",
                (respondent.id, state),
            ).fetchall()
        return Answers.from_rows(tuple(r) for r in rows) if rows else None

    def save(self, respondent: Respondent, answers: Answers, *, submit: bool) -> None:
        """Keep a draft, or send the answers: they replace the draft and any answers sent
        before, and the campaign's version moves on."""
        now = _now()
        with self.workspace.connection(write=True) as db:
            states = ("draft", "submitted") if submit else ("draft",)
            db.execute(
                f"DELETE FROM answer WHERE respondent_id = ? AND state IN"
                f" ({', '.join('?' for _ in states)})",
                (respondent.id, *states),
            )
            state = "submitted" if submit else "draft"
            db.executemany(
                "INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?)",
                [(respondent.id, state, *row) for row in answers.rows()],
            )
            column = "submitted_at" if submit else "saved_at"
            db.execute(f"UPDATE respondent SET {column} = ? WHERE id = ?", (now, respondent.id))
            if submit:
                db.execute(
                    "UPDATE campaign SET version = version + 1, changed_at = ? WHERE id = ?",
                    (now, respondent.campaign_id),
                )

    def sent(self, campaign: Campaign) -> dict[str, Answers]:
        """Every respondent's sent answers, by person id."""
        with self.workspace.connection() as db:
            rows = db.execute(
                "SELECT r.person, a.kind, a.subject, a.item, a.value FROM answer a"
                " JOIN respondent r ON r.id = a.respondent_id"
                " WHERE r.campaign_id = ? AND a.state = 'submitted'",
                (campaign.id,),
            ).fetchall()
        by_person: dict[str, list[tuple[str, str, str, str]]] = {}
        for person, *row in rows:
            by_person.setdefault(person, []).append((row[0], row[1], row[2], row[3]))
        return {p: Answers.from_rows(r) for p, r in by_person.items()}

    def declined(self, engagement_id: int) -> frozenset[str]:
        """The people who, in an answer sent to any campaign of the engagement, asked
        not to be named."""
        with self.workspace.connection() as db:
            rows = db.execute(
                "SELECT DISTINCT r.person FROM answer a"
                " JOIN respondent r ON r.id = a.respondent_id"
                " JOIN campaign c ON c.id = r.campaign_id"
                " WHERE c.engagement_id = ? AND a.state = 'submitted' AND a.kind = 'consent'"
                " AND a.subject = 'named' AND a.value = 'no'",
                (engagement_id,),
            )
            return frozenset(str(r[0]) for r in rows)


def _campaign(row: sqlite3.Row) -> Campaign:
    data = dict(row)
    data["questions"] = _questions(data["questions"])
    data["problem"] = json.loads(data["problem"]) if data["problem"] else None
    data["closes_on"] = date.fromisoformat(data["closes_on"]) if data["closes_on"] else None
    return Campaign(**data)


@functools.lru_cache(maxsize=16)
def _questions(text: str) -> Questions:
    """A campaign's questions, read once: they never change once it is made, and every
    page, answer sent and check reads its campaign (a roster of 200 people takes
    milliseconds to read)."""
    return Questions.from_json(text)


def _respondent(row: sqlite3.Row) -> Respondent:
    data = dict(row)
    del data["token_sha256"]
    data["ratees"] = tuple(json.loads(data["ratees"]))
    data["added"] = tuple(json.loads(data["added"]))
    return Respondent(**data)
