"""The respondent's pages, at ``/r/<token>``: their form, its draft, the answers sent,
and the thank-you, "not open yet" and "closed" pages.

The token opens that one form and nothing else: these routes need no launch token and
set no cookie; every other page still wants the coach's token. A token that is nobody's
(or whose engagement is in the trash) is 404; each form carries a key derived from the
campaign's secret and the token (:func:`~alliance_graph.campaigns.form_key`); requests
are limited per address and per link (:mod:`.respond_limits`), and too many unknown
tokens from one address close the door to it for a while (429).
"""

from __future__ import annotations

import hmac
from typing import Any, cast

from flask import Blueprint, Flask, Response, g, redirect, render_template, request, url_for
from flask.blueprints import BlueprintSetupState

from alliance_graph.campaigns import (
    Answers,
    Campaign,
    Campaigns,
    Respondent,
    consent_missing,
    form_key,
)
from alliance_graph.campaigns.wording import answer_by
from alliance_graph.i18n import LANGUAGES, format_day, translate
from alliance_graph.store import NotFoundError
from alliance_graph.web.clock import today
from alliance_graph.web.collect import send_answers
from alliance_graph.web.respond_form import form_view, read_answers, roster_index
from alliance_graph.web.respond_limits import limit_respondents, retry_after
from alliance_graph.web.security import Refused
from alliance_graph.web.state import workspace

__all__ = ["bp"]

bp = Blueprint("respond", __name__)
#: A token as :func:`~alliance_graph.campaigns.new_token` makes it: anything else is no one's.
_TOKEN_LENGTH = range(32, 65)


@bp.record_once
def _limited(state: BlueprintSetupState) -> None:
    """The rate limits, put on these routes in each app this blueprint joins."""
    limit_respondents(cast(Flask, state.app), bp)


@bp.after_request
def _headers(response: Response) -> Response:
    response.headers["Referrer-Policy"] = "no-referrer"  # the link never leaves the page
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    response.headers["Cache-Control"] = "no-store"
    retry_after(response)
    return response


@bp.get("/<token>")
def form(token: str) -> Any:
    campaign, respondent = _find(token)
    store = Campaigns(workspace())
    if campaign.status != "open":
        return _page(campaign, respondent, campaign.status)
    if respondent.submitted_at and "edit" not in request.args:
        return _page(campaign, respondent, "thanks")
    answers = store.answers(respondent, "draft") or store.answers(respondent, "submitted")
    return _form(campaign, respondent, answers, saved="saved" in request.args)


@bp.post("/<token>")
def send(token: str) -> Any:
    campaign, respondent = _find(token)
    if not hmac.compare_digest(request.form.get("key", ""), form_key(campaign.secret, token)):
        raise Refused(403, "respond.expired")
    if campaign.status != "open":
        return _page(campaign, respondent, campaign.status, status=409)
    store = Campaigns(workspace())
    action = request.form.get("action", "draft")
    respondent = _added(store, campaign, respondent, action)
    answers = read_answers(request.form, campaign, respondent, respondent.rates)
    store.save(respondent, answers, submit=False)  # kept, whatever happens next
    if action == "submit":
        missing = _missing(campaign, respondent, answers)
        if missing is not None:
            return _form(campaign, respondent, answers, problem=missing), 422
        send_answers(workspace(), campaign, respondent, answers)
        return redirect(_url(token), 303)
    anchor = f"#p{request.form['add']}" if action == "add" and request.form.get("add") else ""
    return redirect(_url(token, saved=1) + anchor, 303)


def _find(token: str) -> tuple[Campaign, Respondent]:
    """The campaign and respondent of ``token``; 404 for a token that is nobody's."""
    found = None
    if len(token) in _TOKEN_LENGTH:
        found = Campaigns(workspace()).by_token(token)
    if found is not None:
        try:
            workspace().engagement(found[0].engagement_id)  # in the trash: the link is dead
        except NotFoundError:
            found = None
    if found is None:
        raise Refused(404, "respond.not_found")
    g.lang = _language(found[0], found[1])
    return found


def _language(campaign: Campaign, respondent: Respondent) -> str:
    """``?lang=``, else the register's language for the person, else the browser's."""
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        return str(asked)
    said = campaign.questions.person(respondent.person).lang
    return said or request.accept_languages.best_match(LANGUAGES) or "en"


def _added(store: Campaigns, campaign: Campaign, respondent: Respondent, action: str) -> Respondent:
    """The respondent with the person they add (``add``) or take back (``remove:<n>``)."""
    roster = campaign.questions.roster
    added = list(respondent.added)
    if action == "add" and request.form.get("add", "").isdigit():
        n = int(request.form["add"])
        if n >= len(roster) or roster[n].id == respondent.person:
            raise Refused(400, "error.bad_request")
        added.append(roster[n].id)
    elif action.startswith("remove:") and action[7:].isdigit():
        if int(action[7:]) >= len(roster):
            raise Refused(400, "error.bad_request")
        added = [p for p in added if p != roster[int(action[7:])].id]
    else:
        return respondent
    added = list(dict.fromkeys(added))
    store.set_ratees(respondent, added, added=True)
    return store.respondent(campaign, respondent.id)


def _missing(campaign: Campaign, respondent: Respondent, answers: Answers) -> str | None:
    """What must still be said before the answers can be sent, else ``None``."""
    missing = consent_missing(campaign.questions.person(respondent.person), answers)
    return f"respond.need_{missing}" if missing else None


def _form(
    campaign: Campaign,
    respondent: Respondent,
    answers: Answers | None,
    *,
    saved: bool = False,
    problem: str | None = None,
) -> str:
    lang = g.lang
    return render_template(
        "respond_form.html.j2",
        view=form_view(campaign, respondent, answers, lang),
        action=_url(respondent.token),
        key=form_key(campaign.secret, respondent.token),
        saved=saved,
        problem=problem,
        sent_before=bool(respondent.submitted_at),
        closing=_closing(campaign, lang),
        index=roster_index(campaign),
        lang_links=_lang_links(respondent.token),
    )


def _closing(campaign: Campaign, lang: str) -> str | None:
    """By when to answer; once the day has passed, that answers still count while the
    survey is open (the date is told, not enforced); ``None`` without a closing date."""
    day = campaign.closes_on
    if day is None:
        return None
    if day >= today():
        return answer_by(day, lang)
    return translate("web.respond.answer_by_passed", lang, date=format_day(day, lang))


def _page(campaign: Campaign, respondent: Respondent, kind: str, status: int = 200) -> Any:
    """The thank-you, "not open yet" or "closed" page."""
    edit = _url(respondent.token, edit=1) if kind == "thanks" else None
    page = render_template(
        "respond_page.html.j2",
        status=status,
        heading=None,
        kind=kind,
        sent=bool(respondent.submitted_at),
        edit=edit,
        lang_links=_lang_links(respondent.token),
    )
    return page, status


def _url(token: str, **args: Any) -> str:
    return url_for("respond.form", token=token, lang=g.lang, **args)


def _lang_links(token: str) -> list[tuple[str, str]]:
    return [(code, url_for("respond.form", token=token, lang=code)) for code in LANGUAGES]
