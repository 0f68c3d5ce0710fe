"""The plain-text summary a coach reads first: headline figures and alerts per wave."""

from __future__ import annotations

from functools import partial
from typing import Any

from alliance_graph.i18n import format_number, format_percent, format_value, group_label, translate
from alliance_graph.metrics import Metrics
from alliance_graph.metrics.catalogue import Figure, shown_in, value_of

__all__ = [
    "changes_text",
    "format_figure",
    "interaction_rows",
    "interaction_text",
    "metrics_text",
]


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

    network, alliance = data["network"], data["alliance"]
    coach = data["nodes"].get(metrics.coach or "", {}).get("name", metrics.coach or "—")
    lines = [say("title", wave=wave, nodes=network["nodes"], ties=network["ties"], coach=coach)]
    rows: list[tuple[str, str, str]] = []
    for figure in shown_in("text"):
        value = value_of(figure, data)
        if (figure.section == "alliance" and alliance is None) or (
            figure.optional and value is None
        ):
            continue
        rows.append(
            (say(figure.key), format_figure(figure, value, lang), _help(figure, data, lang))
        )
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


def format_figure(figure: Figure, value: Any, lang: str) -> str:
    """A figure's value as it reads (``—`` when undefined)."""
    if value is None:
        return "—"
    if figure.fmt == "percent":
        return format_percent(value, lang)
    if figure.fmt == "whole":
        return str(value)
    return format_value(value, lang, signed=figure.fmt == "signed")


def _help(figure: Figure, data: dict[str, Any], lang: str) -> str:
    """The words beside a figure: ``text.<key>_help`` with what it needs from the wave."""
    alliance, balance = data["alliance"], data["structural_balance"]
    if figure.key == "gap":
        return _strong_weak(alliance, lang)
    params: dict[str, Any] = {}
    if figure.key == "level":
        params = {"groups": len(alliance["groups"])}
    elif figure.key == "triangles":
        params = {"balanced": balance["balanced_triangles"], "total": balance["triangles"]}
    elif figure.key == "frustration":
        exact = "exact" if balance["frustration_exact"] else "upper_bound"
        params = {"ties": balance["signed_ties"], "exact": translate(f"text.{exact}", lang)}
    return translate(f"text.{figure.key}_help", lang, **params)


def _strong_weak(alliance: dict[str, Any], lang: str) -> str:
    if alliance["strongest_group"] is None:
        return ""
    groups = alliance["groups"]
    strong, weak = alliance["strongest_group"], alliance["weakest_group"]
    if groups[strong]["alliance"] == groups[weak]["alliance"]:  # one group, or all equal
        value = format_number(groups[strong]["alliance"], lang)
        return translate("text.gap_one", lang, count=len(groups), value=value)
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
