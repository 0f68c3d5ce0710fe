"""The plain-text summary a coach reads first: headline figures and alerts per wave."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_number, format_percent, format_value, group_label, translate
from alliance_graph.metrics import Metrics

__all__ = ["changes_text", "interaction_rows", "interaction_text", "metrics_text"]


def metrics_text(metrics: Metrics, lang: str = "en") -> str:
    """Headline figures, group alliances and alerts of every wave, in plain words."""
    blocks = []
    for wave, result in metrics.waves.items():
        data = result.to_dict(lang)
        blocks.append("\n".join(_wave(wave, data, metrics, lang)))
    return "\n\n".join(blocks)


def _wave(wave: str, data: dict[str, Any], metrics: Metrics, lang: str) -> list[str]:
    def say(key: str, **params: Any) -> str:
        return translate(f"text.{key}", lang, **params)

    num = partial(format_value, lang=lang)

    network, balance = data["network"], data["structural_balance"]
    alliance = data["alliance"]
    coach = data["nodes"].get(metrics.coach or "", {}).get("name", metrics.coach or "—")
    lines = [say("title", wave=wave, nodes=network["nodes"], ties=network["ties"], coach=coach)]
    rows: list[tuple[str, str, str]] = []
    if alliance is not None:
        rows += [
            (
                say("level"),
                num(alliance["level"]),
                say("level_help", groups=len(alliance["groups"])),
            ),
            (say("balance"), num(alliance["balance_index"]), say("balance_help")),
            (say("gap"), num(alliance["gap"]), _strong_weak(alliance, lang)),
            (
                say("dominance"),
                num(alliance["sponsor_dominance"], signed=True),
                say("dominance_help"),
            ),
        ]
    reciprocity = network["reciprocity"]
    rows += [
        (
            say("reciprocity"),
            "—" if reciprocity is None else format_percent(reciprocity, lang),
            say("reciprocity_help"),
        ),
        (
            say("weighted_reciprocity"),
            num(network["weighted_reciprocity"]),
            say("weighted_reciprocity_help"),
        ),
        (
            say("triangles"),
            num(balance["triangle_balance_ratio"]),
            say(
                "triangles_help", balanced=balance["balanced_triangles"], total=balance["triangles"]
            ),
        ),
        (
            say("frustration"),
            str(balance["frustration_index"]),
            say(
                "frustration_help",
                ties=balance["signed_ties"],
                exact=say("exact" if balance["frustration_exact"] else "upper_bound"),
            ),
        ),
        (say("walk"), num(balance["walk_balance"]), say("walk_help")),
    ]
    width = max(len(label) for label, _, _ in rows)
    lines += [f"  {label:<{width}}  {value:>6}  {help_}" for label, value, help_ in rows]
    if alliance is not None and alliance["groups"]:
        groups = sorted(alliance["groups"].items(), key=lambda kv: -kv[1]["alliance"])
        parts = [f"{group_label(g, lang)} {num(r['alliance'])} ({r['n']})" for g, r in groups]
        lines.append(f"  {say('groups')}{translate('word.colon', lang)}" + " · ".join(parts))
    attention = (data.get("interactions") or {}).get("attention")
    if attention:
        groups = sorted(attention["groups"].items(), key=lambda kv: -kv[1]["share"])
        parts = [f"{group_label(g, lang)} {format_percent(r['share'], lang)}" for g, r in groups]
        lines.append(
            f"  {say('attention', value=num(attention['balance_index']))}"
            f"{translate('word.colon', lang)}" + " · ".join(parts)
        )
    alerts = data["alerts"]
    if not alerts:
        lines.append(f"  {say('no_alerts')}")
        return lines
    lines.append(f"  {say('alerts', count=len(alerts))}")
    lines += [f"   - {a['message']}" for a in alerts]
    return lines


def _strong_weak(alliance: dict[str, Any], lang: str) -> str:
    if alliance["strongest_group"] is None:
        return ""
    groups = alliance["groups"]
    strong, weak = alliance["strongest_group"], alliance["weakest_group"]
    return translate(
        "text.gap_help",
        lang,
        strong=group_label(strong, lang),
        strong_value=format_number(groups[strong]["alliance"], lang),
        weak=group_label(weak, lang),
        weak_value=format_number(groups[weak]["alliance"], lang),
    )


def changes_text(metrics: Metrics, lang: str = "en") -> str:
    """Each compared pair of waves as a heading and plain-language sentences."""
    from alliance_graph.report.sentences import change_sentences

    if not metrics.changes:
        return translate("text.no_changes", lang)
    blocks = []
    for key, change in metrics.to_dict(lang)["changes"].items():
        before, after = key.split("->", 1)
        lines = [translate("text.change_title", lang, before=before, after=after)]
        lines += [f"  - {sentence}" for sentence in change_sentences(change, lang)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def interaction_text(figures: dict[str, Any], lang: str = "en") -> str:
    """The interaction network of every wave in plain words (a log without a survey)."""
    num = partial(format_value, lang=lang)
    blocks = []
    for wave, data in figures["waves"].items():

        def say(key: str, **params: Any) -> str:
            return translate(f"text.net.{key}", lang, **params)

        percent = "—" if data["reciprocity"] is None else format_percent(data["reciprocity"], lang)
        rows = [
            (say("strength"), num(data["mean_strength"])),
            (say("reciprocity"), f"{percent} · {num(data['weighted_reciprocity'])}"),
            (say("clustering"), f"{num(data['transitivity'])} · {num(data['mean_clustering'])}"),
            (say("pagerank"), ", ".join(p["name"] for p in data["pagerank"][:5])),
            (
                say("brokers", k=data["betweenness_sources"] or data["people"]),
                ", ".join(p["name"] for p in data["betweenness"][:5]),
            ),
        ]
        width = max(len(label) for label, _ in rows)
        lines = [say("title", wave=wave, people=data["people"], ties=data["ties"])]
        lines += [f"  {label:<{width}}  {value}" for label, value in rows]
        attention = data.get("attention")
        if attention:
            groups = sorted(attention["groups"].items(), key=lambda kv: -kv[1]["share"])
            parts = [
                f"{group_label(g, lang)} {format_percent(r['share'], lang)}" for g, r in groups
            ]
            lines.append(
                f"  {translate('text.attention', lang, value=num(attention['balance_index']))}"
                f"{translate('word.colon', lang)}" + " · ".join(parts)
            )
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def interaction_rows(figures: dict[str, Any]) -> Any:
    """``(wave, section, subject, metric, value)`` rows of :func:`interaction_text`'s figures."""
    for wave, data in figures["waves"].items():
        for key, value in data.items():
            if (not isinstance(value, (list, dict)) and value is not None) or key in (
                "transitivity",
            ):
                yield wave, "network", "", key, value
        for key in ("pagerank", "betweenness"):
            for rank, person in enumerate(data[key], 1):
                yield wave, key, person["id"], "rank", rank
                yield wave, key, person["id"], "value", person["value"]
        for source, row in data["groups"].items():
            for target, cell in row.items():
                yield wave, "groups", f"{source} → {target}", "mean", cell["mean"]
                yield wave, "groups", f"{source} → {target}", "ties", cell["ties"]
