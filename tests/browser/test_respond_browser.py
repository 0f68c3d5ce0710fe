"""The respondent's form in a real Chromium on a phone (390 px): filled in and sent by
several people, in English and in French, with JavaScript and without; a draft kept;
the wave then on the coach's page, and the form accessible (axe-core)."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from alliance_graph.campaigns import Campaigns
from alliance_graph.store import Workspace
from tests.browser.axe_check import blocking
from tests.browser.conftest import watched_page
from tests.campaign_support import campaigns, link, new_campaign
from tests.web_support import (
    AUTH,
    PEOPLE,
    TOKEN,
    create,
    log_in,
    ratings_csv,
    upload,
)

PHONE = {"width": 390, "height": 844}


def prepared(app: Flask) -> tuple[int, dict[str, Any]]:
    """An engagement whose register says Marc answers in French, a first wave, and an
    open campaign for T2 (trust and respect)."""
    coach = log_in(app.test_client())
    eid = create(coach)
    rows = ["id,name,group,role,language"]
    rows += [",".join([*p, "fr" if p[0] == "m1" else ""]) for p in PEOPLE]
    register = ("\n".join(rows) + "\n").encode()
    assert upload(coach, eid, ratings_csv(), register=register).status_code == 303
    return eid, new_campaign(coach, eid, dimensions="trust, respect")


def phone(browser: Any, base: str, *, javascript: bool, locale: str) -> tuple[Any, list[str]]:
    return watched_page(
        browser, base, viewport=PHONE, java_script_enabled=javascript, locale=locale,
        has_touch=True,
    )  # fmt: skip


def tap(page: Any, field: str, value: str) -> None:
    """Tap the answer ``value`` of question ``field`` as a finger does: on its pill."""
    page.locator(f'label:has(input[name="{field}"][value="{value}"]) .pill').tap()


def fill_and_send(page: Any, url: str, *, send: str, agree: str, named: str) -> list[str]:
    """Answer every question (a score, and "don't know" for the last one), consent, send."""
    page.goto(url)
    fields = page.eval_on_selector_all(
        "input[type=radio][name^=a]", "inputs => [...new Set(inputs.map(i => i.name))]"
    )
    for n, field in enumerate(fields):
        tap(page, field, "dk" if n == len(fields) - 1 else str(1 + n % 5))
    page.get_by_label(named, exact=True).check()
    page.get_by_label(agree).check()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.get_by_role("button", name=send).click()
    page.wait_for_load_state()
    return list(fields)


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_three_people_answer_on_their_phones(
    browser: Any, served: tuple[Flask, str], javascript: bool
) -> None:
    app, base = served
    eid, campaign = prepared(app)
    people = [  # who, the browser's language, the words of the form
        ("m1", "en-GB", "Envoyer mes réponses", "J’ai lu", "Oui", "Merci"),  # register: fr
        ("t1", "en-US", "Send my answers", "I have read", "Yes", "Thank you"),
        ("boss", "fr-FR", "Envoyer mes réponses", "J’ai lu", "Oui", "Merci"),
    ]
    for person, locale, send, agree, named, thanks in people:
        page, problems = phone(browser, base, javascript=javascript, locale=locale)
        fields = fill_and_send(page, base + link(campaign, person), send=send, agree=agree,
                               named=named)  # fmt: skip
        assert len(fields) == 2 * (2 if person == "boss" else 5)  # two questions a person
        assert page.locator("h1").inner_text() == thanks, page.inner_text("body")
        assert problems == []
        page.context.close()
    record = campaigns(log_in(app.test_client()), eid)[0]
    assert (record["answered"], record["stored"]) == (3, True)
    assert_same_metrics_as_uploaded(app, eid, people=[p[0] for p in people])
    coach, problems = phone(browser, base, javascript=javascript, locale="en-GB")
    coach.goto(f"{base}/?token={TOKEN}")
    coach.goto(f"{base}/engagements/{eid}")
    waves = coach.inner_text("#waves")
    assert "T2" in waves and "answers-T2.csv" in waves
    assert "3 answered · 0 with a draft · 6 not yet" in coach.inner_text("#collect")
    assert problems == []
    coach.context.close()


def assert_same_metrics_as_uploaded(app: Flask, eid: int, people: list[str]) -> None:
    """The wave the browser filled has the metrics of the same answers uploaded by the
    coach as a file of names, in another engagement with the same first wave."""
    store = Campaigns(Workspace(app.config["WORKSPACE"]))
    sent = store.sent(store.of(eid)[0])
    assert sorted(sent) == sorted(people)
    names = {p[0]: p[1] for p in PEOPLE}
    rows = ["Rater;Ratee;Trust;Respect"]
    for rater, answers in sent.items():
        for ratee in dict.fromkeys(r for r, _ in answers.ratings):
            cells = [answers.ratings.get((ratee, d), "") for d in ("trust", "respect")]
            cells = ["je ne sais pas" if c == "dk" else c for c in cells]
            rows.append(";".join([names[rater], names[ratee], *cells]))
    coach = log_in(app.test_client())
    other = create(coach)
    register = ("\n".join(["id,name,group,role", *map(",".join, PEOPLE)]) + "\n").encode()
    assert upload(coach, other, ratings_csv(), register=register).status_code == 303
    reply = upload(coach, other, ("\n".join(rows) + "\n").encode(), "T2.csv", scale="1:5")
    assert reply.status_code == 303, reply.get_data(as_text=True)
    collected, uploaded = (
        coach.get(f"/api/engagements/{e}/metrics", headers=AUTH).get_json() for e in (eid, other)
    )
    assert set(collected["waves"]) == {"T1", "T2"}
    assert collected["waves"]["T2"]["network"]["ties"] > 0
    assert collected == uploaded


def test_a_draft_comes_back_and_the_form_is_accessible(
    browser: Any, served: tuple[Flask, str]
) -> None:
    app, base = served
    _, campaign = prepared(app)
    page, problems = phone(browser, base, javascript=True, locale="en-GB")  # axe is a script
    url = base + link(campaign, "t2")
    page.goto(url)
    assert blocking(page) == []
    tap(page, "a0_0", "4")
    tap(page, "a0_1", "dk")
    page.fill("#comment", "Plus de réunions d’équipe")
    page.get_by_role("button", name="Save a draft").click()
    page.wait_for_load_state()
    assert "Your draft is saved" in page.inner_text("body")
    page.goto(url)  # later, with the same link
    assert page.locator('input[name="a0_0"][value="4"]').is_checked()
    assert page.locator('input[name="a0_1"][value="dk"]').is_checked()
    assert page.input_value("#comment") == "Plus de réunions d’équipe"
    page.get_by_role("button", name="Send my answers").click()  # consent not given yet
    page.wait_for_load_state()
    assert "tick “I agree to take part”" in page.inner_text("#problem")
    assert blocking(page) == []
    # the form comes back with its problem as a 422, which Chromium logs; nothing else
    assert problems == [
        "Failed to load resource: the server responded with a status of 422 (UNPROCESSABLE ENTITY)"
    ]
    page.context.close()
