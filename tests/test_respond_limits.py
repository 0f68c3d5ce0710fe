"""The respondents' rate limits (Flask-Limiter, in memory): per address, per link, and a
door closed to an address that tries links that are nobody's; each lifted when its window
has passed; the coach's pages never limited; no cookie, no limiter header anywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.campaign_support import answer, engagement_with_register, link, new_campaign
from tests.web_support import AUTH, log_in, make_app, text


class Clock:
    """The time the limiter reads (``time.time`` of the limits' memory storage and of
    :mod:`alliance_graph.web.respond_limits`), moved by hand."""

    def __init__(self) -> None:
        self.now = 1_000_000.0

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    import limits.storage.memory

    from alliance_graph.web import respond_limits

    fake = Clock()
    monkeypatch.setattr(limits.storage.memory, "time", fake)
    monkeypatch.setattr(respond_limits, "time", fake)
    return fake


def limited(tmp_path: Path, **limits: int) -> tuple[Flask, dict[str, str]]:
    """An app with these limits, an open campaign, and its links by register id."""
    app = make_app(tmp_path / "limited.sqlite3", RESPOND_LIMITS=limits)
    coach = log_in(app.test_client())
    campaign = new_campaign(coach, engagement_with_register(coach))
    return app, {p: link(campaign, p) for p in ("m1", "m2", "m3")}


def statuses(client: FlaskClient, url: str, n: int, address: str = "10.0.0.1") -> list[int]:
    return [client.get(url, environ_base={"REMOTE_ADDR": address}).status_code for _ in range(n)]


def test_one_address_is_limited_and_let_in_again_after_the_window(
    tmp_path: Path, clock: Clock
) -> None:
    app, links = limited(tmp_path, address=3, link=100)
    phone = app.test_client()
    assert statuses(phone, links["m1"], 2) + statuses(phone, links["m2"], 2) == [200] * 3 + [429]
    clock.now += 20
    refused = phone.get(links["m3"], environ_base={"REMOTE_ADDR": "10.0.0.1"})
    assert refused.status_code == 429 and refused.headers["Retry-After"] == "41"
    assert "Too many requests" in text(refused) and "/engagements" not in text(refused)
    assert statuses(phone, links["m3"], 1, "10.0.0.2") == [200]  # another address: its own
    clock.now += 40
    assert statuses(phone, links["m3"], 1) == [429]  # 60 s after the first, not more
    clock.now += 1
    assert statuses(phone, links["m3"], 1) == [200]  # the window has passed


def test_one_link_is_limited_whatever_the_address(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, address=100, link=3)
    phone = app.test_client()
    assert statuses(phone, links["m1"], 2) + statuses(phone, links["m1"], 2, "10.0.0.9") == [
        200,
        200,
        200,
        429,
    ]
    assert statuses(phone, links["m2"], 1) == [200]  # another link: its own count
    clock.now += 59
    assert phone.get(links["m1"]).headers["Retry-After"] == "2"
    clock.now += 2
    assert statuses(phone, links["m1"], 1) == [200]


def test_posting_the_form_counts_on_the_same_link_and_address(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, address=100, link=3)
    phone = app.test_client()
    assert answer(phone, links["m1"], {"a0_0": "4"}).status_code == 303  # a GET and a POST
    assert phone.get(links["m1"]).status_code == 200
    assert phone.get(links["m1"]).status_code == 429


def test_links_that_are_nobodys_close_the_door_for_a_while(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, unknown=2)
    guesser = app.test_client()
    guesses = [guesser.get(f"/r/{'g' * 42}{n}").status_code for n in range(3)]
    assert guesses == [404, 404, 429]
    assert guesser.get(links["m1"]).status_code == 429  # even a right one, for now
    assert statuses(guesser, links["m1"], 1, "10.0.0.8") == [200]
    clock.now += 61
    assert guesser.get(links["m1"]).status_code == 200


def test_right_links_never_close_the_door(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, unknown=2)
    phone = app.test_client()
    assert statuses(phone, links["m1"], 5) == [200] * 5
    assert phone.get(f"/r/{'g' * 43}").status_code == 404


def test_the_coach_is_never_limited_and_no_one_gets_a_limiter_header(tmp_path: Path) -> None:
    app, links = limited(tmp_path, address=1, link=1, unknown=1)
    coach = log_in(app.test_client())  # the same address as the respondent below
    phone = app.test_client()
    assert [phone.get(links["m1"]).status_code for _ in range(2)] == [200, 429]
    assert phone.get(f"/r/{'g' * 43}").status_code == 429
    pages = [coach.get("/") for _ in range(5)] + [coach.get("/api/engagements", headers=AUTH)]
    assert [p.status_code for p in pages] == [200] * 6
    for response in pages:
        assert not [h for h, _ in response.headers if "ratelimit" in h.lower()]
        assert "Retry-After" not in response.headers
    for response in (phone.get(links["m1"]), phone.get(links["m2"])):
        assert response.status_code == 429 and "Retry-After" in response.headers
        assert not [h for h, _ in response.headers if "ratelimit" in h.lower()]


def test_respondent_pages_set_no_cookie_whatever_their_answer(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, address=100, link=3, unknown=1)
    phone = app.test_client()
    answers = [
        phone.get(links["m1"]),
        answer(phone, links["m1"], {"a0_0": "4"}),  # a GET (its form) and a POST (303)
        phone.get(links["m1"]),  # 429
        phone.get(f"/r/{'g' * 43}"),  # 404
        phone.get(links["m2"]),  # 429: the door is closed
    ]
    assert [r.status_code for r in answers] == [200, 303, 429, 404, 429]
    for response in answers:
        assert "Set-Cookie" not in response.headers
        assert response.headers["Referrer-Policy"] == "no-referrer"
    assert phone.get_cookie("alliance_graph_token") is None
    assert phone.get_cookie("alliance_graph_session") is None


def test_behind_a_proxy_each_respondent_counts_apart(tmp_path: Path, clock: Clock) -> None:
    app, links = limited(tmp_path, address=2, link=100)
    proxy = app.test_client()

    def via(client_address: str, peer: str = "127.0.0.1") -> int:
        environ: dict[str, Any] = {"REMOTE_ADDR": peer}
        headers = {"X-Forwarded-For": f"198.51.100.7, {client_address}"}
        return proxy.get(links["m1"], environ_base=environ, headers=headers).status_code

    # without a public address, the header is no one's to trust: one address for all
    assert [via("203.0.113.1"), via("203.0.113.2"), via("203.0.113.3")] == [200, 200, 429]
    app.config["PUBLIC_URL"] = "https://survey.example.org"
    clock.now += 61
    assert [via("203.0.113.1"), via("203.0.113.1"), via("203.0.113.1")] == [200, 200, 429]
    assert via("203.0.113.2") == 200  # the proxy said so: another respondent
    # a computer of the network that says it forwards is not believed
    assert [via("203.0.113.9", "10.0.0.5") for _ in range(3)] == [200, 200, 429]
