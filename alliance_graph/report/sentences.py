"""Plain-language sentences about what changed between two waves, in English or French."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_number, format_value, group_label, translate

__all__ = ["change_sentences"]


def change_sentences(change: dict[str, Any], lang: str = "en") -> list[str]:
    """Sentences for one ``changes["<a>-><b>"]`` record: balance, each group, similarity,
    ties. Significance follows the bootstrap intervals; small groups are never trends."""

    def t(key: str, **params: Any) -> str:
        return translate(f"change.{key}", lang, **params)

    num = partial(format_value, lang=lang)

    sentences = []
    balance = {
        "before": None,
        "after": None,
        "delta": change["balance_index_delta"],
        "ci_low": change["balance_index_ci_low"],
        "ci_high": change["balance_index_ci_high"],
        "significant": change["balance_index_significant"],
    }
    if balance["delta"] is not None:
        sentences.append(_moved(t("balance"), balance, t, num))
    for group, record in sorted(change["groups"].items(), key=lambda kv: -abs(kv[1]["delta"] or 0)):
        if record["delta"] is None:
            continue
        name = group_label(group, lang)
        small = min(record["n_before"], record["n_after"])
        single = group in ("sponsor", "coachee") and small == 1
        if single and record["delta"] == 0:
            sentences.append(t("single_same", who=t(f"{group}_answer"), after=num(record["after"])))
        elif single:
            sentences.append(
                t(
                    "single",
                    who=t(f"{group}_answer"),
                    before=num(record["before"]),
                    after=num(record["after"]),
                )
            )
        elif record["ci_low"] is None:
            sentences.append(
                t(
                    "few",
                    group=name,
                    before=num(record["before"]),
                    after=num(record["after"]),
                    n=small,
                )
            )
        else:
            sentences.append(_moved(t("group", group=name), record, t, num))
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


def _moved(subject: str, record: dict[str, Any], t: Any, num: Any) -> str:
    direction = "rose" if record["delta"] > 0 else "fell" if record["delta"] < 0 else "same"
    interval = t(
        "interval", low=num(record["ci_low"], signed=True), high=num(record["ci_high"], signed=True)
    )
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
