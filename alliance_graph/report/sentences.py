"""Plain-language sentences about what changed between two waves, in English or French."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_number, format_value, group_label, translate

__all__ = ["change_sentences", "real_change_sentences"]


def change_sentences(change: dict[str, Any], lang: str = "en") -> list[str]:
    """Sentences for one ``changes["<a>-><b>"]`` record: on what basis alliances are
    compared, balance, each group, similarity, ties. A change is called real only by
    the permutation tests; small groups are never trends."""

    def t(key: str, **params: Any) -> str:
        return translate(f"change.{key}", lang, **params)

    num = partial(format_value, lang=lang)

    sentences = _basis(change, t)
    balance = {
        "before": None,
        "after": None,
        "delta": change["balance_index_delta"],
        "ci_low": change["balance_index_ci_low"],
        "ci_high": change["balance_index_ci_high"],
        "significant": change["balance_index_significant"],
    }
    if balance["delta"] is not None and balance["ci_low"] is None:
        delta = num(balance["delta"], signed=True)
        sentences.append(t("too_few_delta", subject=t("balance"), delta=delta))
    elif balance["delta"] is not None:
        sentences.append(_moved(t("balance"), balance, t, num))
    for group, record in sorted(change["groups"].items(), key=lambda kv: -abs(kv[1]["delta"] or 0)):
        if record["delta"] is not None:
            sentences.append(_group_sentence(group_label(group, lang), group, record, t, num))
    if "ties_strengthened" not in change:  # group figures only (the shared report)
        return sentences
    if change["qap_correlation"] is not None:
        p = change["qap_p_value"]
        sentences.append(
            t(
                "qap",
                r=num(change["qap_correlation"]),
                p="—" if p is None else format_number(p, lang, 3),
            )
        )
    if change["hard_to_compare"]:
        sentences.append(t("jaccard", j=num(change["jaccard"])))
    sentences.append(
        t(
            "ties",
            strengthened=len(change["ties_strengthened"]),
            weakened=len(change["ties_weakened"]),
            flips=len(change["sign_flips"]),
            gained=len(change["ties_gained"]),
            lost=len(change["ties_lost"]),
        )
    )
    return sentences


def real_change_sentences(change: dict[str, Any], lang: str = "en") -> list[str]:
    """The sentences of :func:`change_sentences` that call a change real: the balance
    index's, then each group's whose permutation test says so, the largest first."""

    def t(key: str, **params: Any) -> str:
        return translate(f"change.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    out = []
    if change["balance_index_significant"] and change["balance_index_delta"] is not None:
        balance = {
            "delta": change["balance_index_delta"],
            "ci_low": change["balance_index_ci_low"],
            "ci_high": change["balance_index_ci_high"],
            "significant": True,
        }
        out.append(_moved(t("balance"), balance, t, num))
    groups = sorted(change["groups"].items(), key=lambda kv: (-abs(kv[1]["delta"] or 0), kv[0]))
    for group, record in groups:
        if record.get("significant") and record["delta"] is not None:
            out.append(_group_sentence(group_label(group, lang), group, record, t, num))
    return out


def _basis(change: dict[str, Any], t: Any) -> list[str]:
    """A warning first when one direction of the coach's ties was skipped in a wave."""
    out = []
    for key in ("coach_skipped", "stakeholders_skipped"):
        if change.get(key) is not None:
            out.append(t(key, wave=change[key]))
    if out and change.get("alliance_basis") is None:
        out.append(t("no_common_basis"))
    return out


def _group_sentence(name: str, group: str, record: dict[str, Any], t: Any, num: Any) -> str:
    paired = record.get("n_paired", min(record["n_before"], record["n_after"]))
    small = min(record["n_before"], record["n_after"], paired)
    if group in ("sponsor", "coachee") and small <= 1:
        who = t(f"{group}_answer")
        if record["delta"] == 0:
            return t("single_same", who=who, after=num(record["after"]))
        return t("single", who=who, before=num(record["before"]), after=num(record["after"]))
    before, after = num(record["before"]), num(record["after"])
    if record.get("p_value") is None and record["ci_low"] is None:
        return t("few", group=name, before=before, after=after, n=small)
    if record["ci_low"] is None:
        subject = t("group", group=name)
        return t("too_few", subject=subject, before=before, after=after, n=paired)
    answered = max(record["n_before"], record["n_after"])
    return _moved(t("group", group=name), record, t, num, paired if paired < answered else None)


def _moved(
    subject: str, record: dict[str, Any], t: Any, num: Any, paired: int | None = None
) -> str:
    direction = "rose" if record["delta"] > 0 else "fell" if record["delta"] < 0 else "same"
    low, high = num(record["ci_low"], signed=True), num(record["ci_high"], signed=True)
    if paired is None:
        interval = t("interval", low=low, high=high)
    else:
        interval = t("interval_paired", low=low, high=high, n=paired)
    verdict = t("real" if record["significant"] else "noise")
    if record.get("before") is not None:
        return t(
            f"{direction}_from",
            subject=subject,
            before=num(record["before"]),
            after=num(record["after"]),
            interval=interval,
            verdict=verdict,
        )
    return t(
        direction,
        subject=subject,
        delta=num(record["delta"], signed=True),
        interval=interval,
        verdict=verdict,
    )
