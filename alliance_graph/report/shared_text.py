"""The shared figures as plain text and as a CSV table (``metrics --audience shared``)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from alliance_graph.i18n import format_value, group_label, translate
from alliance_graph.metrics.catalogue import shown_in, value_of
from alliance_graph.report.sentences import change_sentences
from alliance_graph.report.text import format_figure

__all__ = ["shared_change_sentences", "shared_changes_text", "shared_rows", "shared_text"]


def shared_text(figures: dict[str, Any], lang: str = "en") -> str:
    """Headline figures, groups and alerts of every wave, groups only."""

    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    num = partial(format_value, lang=lang)
    k = figures["min_group_size"]
    blocks = []
    for wave, data in figures["waves"].items():
        alliance = data["alliance"] or {}
        rows = []
        for figure in shown_in("shared"):
            value = value_of(figure, data, shared=True)
            if figure.card or (figure.text and not (figure.optional and value is None)):
                words = f"report.card.{figure.card}" if figure.card else f"text.{figure.key}"
                label = translate(words, lang)
                rows.append((label, format_figure(figure, value, lang)))
        lines = [t("shared.text.title", wave=wave, k=k)]
        lines += [f"  {label:<22} {value}" for label, value in rows]
        lines.append("  " + t("summary.groups"))
        groups = alliance.get("groups", {})
        for group, size in data["groups"].items():
            name = _label(group, lang)
            head = f"    {name:<22} " + t(
                "shared.tip.members" if size["members"] != 1 else "shared.tip.member",
                members=size["members"],
                raters=size["raters"],
            )
            record = groups.get(group, {})
            if not size["shown"] or not record.get("shown", size["shown"]):
                lines.append(f"{head} · {t('shared.not_enough', needed=k)}")
                continue
            within = data["matrix"].get(group, {}).get(group, {}).get("mean")
            lines.append(
                f"{head} · {t('shared.groups.alliance')} {num(record.get('alliance'))}"
                f" · {t('shared.groups.within')} {num(within)}"
            )
        lines.append("  " + t("alerts.title") + f" ({len(data['alerts'])})")
        lines += [f"    - {alert['message']}" for alert in data["alerts"]]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def shared_changes_text(figures: dict[str, Any], lang: str = "en") -> str:
    """What changed between each pair of waves, in sentences about groups."""
    blocks = []
    for pair, change in figures["changes"].items():
        before, after = pair.split("->", 1)
        sentences = shared_change_sentences(change, lang) or [
            translate("report.shared.changes.none", lang, k=figures["min_group_size"])
        ]
        title = translate("report.changes.title", lang, before=before, after=after)
        blocks.append("\n".join([title, *(f"  - {s}" for s in sentences)]))
    return "\n\n".join(blocks) + "\n"


def shared_change_sentences(change: dict[str, Any], lang: str = "en") -> list[str]:
    """Sentences for one ``changes["<a>-><b>"]`` record of the shared figures: the
    balance index and each group shown in both waves, with their intervals."""
    balance = change["balance_index"] or {}
    record = {
        "alliance_basis": change.get("alliance_basis"),
        "coach_skipped": change.get("coach_skipped"),
        "stakeholders_skipped": change.get("stakeholders_skipped"),
        "balance_index_delta": balance.get("delta"),
        "balance_index_ci_low": balance.get("ci_low"),
        "balance_index_ci_high": balance.get("ci_high"),
        "balance_index_significant": balance.get("significant", False),
        "groups": {_label(g, lang): r for g, r in change["groups"].items()},
    }
    return change_sentences(record, lang)


def shared_rows(figures: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """``(wave, section, subject, metric, value)`` rows: ``response``, ``alliance``,
    ``network``, ``group`` (subject: group), ``group_alliance`` (subject: group) and
    ``matrix`` (subject: ``from → to``). Hidden figures are empty cells."""
    for wave, data in figures["waves"].items():
        for key in ("stakeholders", "raters", "response_rate"):
            yield wave, "response", "", key, data[key]
        alliance = data["alliance"] or {}
        for key, value in alliance.items():
            if not isinstance(value, dict):
                yield wave, "alliance", "", key, value
        for key, value in data["network"].items():
            yield wave, "network", "", key, value
        for group, record in data["groups"].items():
            for key, value in record.items():
                yield wave, "group", group, key, value
        for group, record in alliance.get("groups", {}).items():
            for key, value in record.items():
                yield wave, "group_alliance", group, key, value
        for source, row in data["matrix"].items():
            for target, cell in row.items():
                for key, value in cell.items():
                    yield wave, "matrix", f"{source} → {target}", key, value


def _label(group: str, lang: str) -> str:
    from alliance_graph.metrics.alliance import UNGROUPED

    if group == UNGROUPED:
        return translate("report.shared.no_group", lang)
    return group_label(group, lang)
