"""The coach's "What to do now", in words: the weakest group, the sponsor's weight, the
real changes since the last wave, the trust not returned and the next conversations
(:mod:`~alliance_graph.metrics.next_steps`), each with the anchor of its evidence in the
report (a group's row, a person's row, an alert, the changes). Plain data, no HTML: the
report and the web app's engagement page lay it out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import partial
from typing import Any

from alliance_graph.i18n import format_date, format_number, format_value, translate
from alliance_graph.metrics import Metrics
from alliance_graph.metrics.next_steps import Conversation, NextSteps, next_steps
from alliance_graph.model import Survey
from alliance_graph.report.sentences import real_change_sentences

__all__ = ["SHOWN", "anchor", "anchored_alerts", "group_name", "now_section"]

#: How many next conversations are shown.
SHOWN = 5


def anchor(kind: str, key: str) -> str:
    """The id of the element about ``key`` (a group's row, a person's row, an alert):
    safe in HTML and a URL whatever ``key`` holds, and the same in every language.

    >>> anchor("person", "<b>Ann</b>")
    'person-d467c71cf1'
    """
    return f"{kind}-{hashlib.sha256(str(key).encode('utf-8')).hexdigest()[:10]}"


def anchored_alerts(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The report's alert blocks (latest wave first) with an ``anchor`` on each alert of
    the latest wave: ``alert-…`` of its code and subject."""
    if not blocks:
        return blocks
    seen: set[str] = set()
    items = []
    for item in blocks[0]["items"]:
        name = anchor("alert", f"{item['code']}:{item.get('subject')}")
        while name in seen:  # the same code and subject twice: a different id each
            name += "-2"
        seen.add(name)
        items.append({**item, "anchor": name})
    return [{**blocks[0], "items": items}, *blocks[1:]]


def group_name(group: str, lang: str) -> str:
    """A balance group as a table names it: "Sponsor", "Coachee", or the group itself."""
    if group in ("sponsor", "coachee"):
        return translate(f"report.role.{group}", lang).capitalize()
    return translate("report.no_group", lang) if group == "(no group)" else group


def now_section(
    metrics: Metrics,
    survey: Survey,
    lang: str = "en",
    everything: dict[str, Any] | None = None,
) -> dict[str, Any] | None:
    """What to do now after the last wave, in ``lang``; ``everything`` is
    ``metrics.to_dict(lang)`` when already made. ``None`` without a coach."""
    steps = next_steps(metrics, survey)
    if steps is None:
        return None
    everything = everything or metrics.to_dict(lang)
    names = {k: str(r["name"]) for k, r in everything["waves"][steps.wave]["nodes"].items()}

    def t(key: str, **params: Any) -> str:
        return translate(f"report.now.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    facts = [_weakest(steps, lang, t, num), _sponsor(steps, t, num)]
    facts += _trust(steps, names, t)
    change = everything["changes"].get(f"{steps.previous}->{steps.wave}")
    return {
        "wave": steps.wave,
        "title": t("title", wave=steps.wave),
        "facts": [{**f, "label": t("label", label=f["label"])} for f in facts if f is not None],
        "changes": _changes(steps, change, lang, t),
        "next": _next(steps, names, lang, t, num),
    }


def _weakest(steps: NextSteps, lang: str, t: Callable[..., str], num: Any) -> dict | None:
    if steps.weakest_group is None:
        return None
    text = t(
        "weakest_floor" if steps.floor is not None else "weakest",
        group=group_name(steps.weakest_group, lang),
        value=num(steps.weakest_alliance),
        level=num(steps.level),
        floor=num(steps.floor),
    )
    evidence = {"text": t("see_group"), "anchor": anchor("group", steps.weakest_group)}
    return {"key": "weakest", "label": t("weakest_label"), "text": text, "evidence": evidence}


def _sponsor(steps: NextSteps, t: Callable[..., str], num: Any) -> dict | None:
    dominance = steps.sponsor_dominance
    if dominance is None or steps.sponsor_alliance is None:
        return None
    if steps.dominance_threshold is not None:
        key = "sponsor_heavy"
        evidence = {"text": t("see_alert"), "anchor": anchor("alert", "SPONSOR_DOMINANCE:sponsor")}
    else:
        key = "sponsor_even" if dominance >= 0 else "sponsor_light"
        evidence = {"text": t("see_group"), "anchor": anchor("group", "sponsor")}
    text = t(
        key,
        value=num(steps.sponsor_alliance),
        dominance=num(abs(dominance)),
        threshold=num(steps.dominance_threshold),
    )
    return {"key": "sponsor", "label": t("sponsor_label"), "text": text, "evidence": evidence}


def _trust(steps: NextSteps, names: dict[str, str], t: Callable[..., str]) -> list[dict]:
    """Trust not returned on one line (always), underestimated trust on another (if any):
    each name links to its alert."""
    out = []
    for key, code, people in (
        ("not_returned", "COACH_OVERESTIMATES", steps.not_returned),
        ("underestimated", "COACH_UNDERESTIMATES", steps.underestimated),
    ):
        if not people and key == "underestimated":
            continue
        ordered = sorted(people, key=lambda p: (str(names.get(p, p)).casefold(), p))
        links = [
            {"text": names.get(p, p), "anchor": anchor("alert", f"{code}:{p}")} for p in ordered
        ]
        text = t(f"{key}_help") if links else t("nobody")
        out.append({"key": key, "label": t(f"{key}_label"), "names": links, "text": text})
    return out


def _changes(
    steps: NextSteps, change: dict[str, Any] | None, lang: str, t: Callable[..., str]
) -> dict[str, Any]:
    if steps.previous is None:
        first = t("label", label=t("changes_label_first"))
        return {"label": first, "sentences": [], "empty": t("first_wave"), "evidence": None}
    sentences = real_change_sentences(change, lang) if change is not None else []
    empty = None if sentences else t("no_real_change")
    label = t("label", label=t("changes_label", wave=steps.previous))
    evidence = {"text": t("all_changes"), "anchor": "changes"}
    return {"label": label, "sentences": sentences, "empty": empty, "evidence": evidence}


def _next(
    steps: NextSteps, names: dict[str, str], lang: str, t: Callable[..., str], num: Any
) -> dict[str, Any]:
    lead = t("next_lead_weighted" if steps.weighted else "next_lead", level=num(steps.level))
    runs = _runs(steps.conversations)[:SHOWN]
    items = [_item(run, steps, names, lang, t, num) for run in runs]
    more = len(steps.conversations) - sum(len(run) for run in runs)
    return {
        "title": t("next"),
        "lead": lead,
        "items": items,
        "empty": None if items else t("next_none"),
        "more": t("next_more", count=more) if more else None,
    }


def _runs(ranked: tuple[Conversation, ...]) -> list[list[Conversation]]:
    """The conversations in rank order, people of one group who would change the same
    figures by the same amount (and were last met the same day) on one item."""
    runs: list[list[Conversation]] = []
    for c in ranked:
        first = runs[-1][0] if runs else None
        if first is not None and c.kind == first.kind == "person" and _same(c) == _same(first):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _same(c: Conversation) -> tuple[Any, ...]:
    return (c.group, c.score, c.alliance, c.weight, c.days_since_contact)


def _item(
    run: list[Conversation],
    steps: NextSteps,
    names: dict[str, str],
    lang: str,
    t: Callable[..., str],
    num: Any,
) -> dict[str, Any]:
    c = run[0]
    group = group_name(c.group, lang)
    if c.kind == "group" and c.person is None:
        who = [{"text": group, "anchor": anchor("group", c.group)}]
        where = t("people", count=c.members)
    else:
        people = [one.person or one.key for one in run]
        who = [{"text": names.get(p, p), "anchor": anchor("person", p)} for p in people]
        where = group
    gain = c.balance_gain if c.balance_gain is not None else c.level_gain
    figures = t(
        "balance" if c.balance_gain is not None else "level_only",
        alliance=num(c.alliance),
        level=num(steps.level),
        gain=_gain(gain, lang),
        after=num(c.balance_index),
        level_gain=_gain(c.level_gain, lang),
    )
    details = [t("each", text=figures) if len(run) > 1 else figures]
    if c.weight is not None:
        details.append(t("power", weight=num(c.weight)))
    if steps.contact_log:
        details.append(_contact(c, lang, t))
    return {"who": who, "where": where, "details": details, "kind": c.kind}


def _contact(c: Conversation, lang: str, t: Callable[..., str]) -> str:
    if c.last_contact is None:
        return t("no_contact")
    from datetime import date

    when = format_date(date.fromisoformat(c.last_contact), lang)
    if c.days_since_contact is None:
        return t("contact_on", date=when)
    return t("contact", days=c.days_since_contact, date=when)


def _gain(value: float, lang: str) -> str:
    """A gain with a sign, to three decimals when two would say +0.00."""
    digits = 2 if abs(value) >= 0.005 else 3
    text = format_number(value, lang, digits)
    return f"+{text}" if value > 0 else text
