"""How an :class:`~alliance_graph.analysis.Analysis` writes its results out: as text,
JSON or CSV for its audience, and its networks with labels in the reader's language."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from alliance_graph.metrics import Metrics

__all__ = ["coach_text", "json_text", "said", "shared_text"]


def said(graphs: dict[str, nx.DiGraph], lang: str) -> dict[str, nx.DiGraph]:
    """The graphs with the labels of people without consent said in ``lang``."""
    from alliance_graph.i18n import say_anonymous

    if lang == "en":
        return graphs
    out = {}
    for wave, G in graphs.items():
        H = G.copy()
        for _, attributes in H.nodes(data=True):
            if "name" in attributes:
                attributes["name"] = say_anonymous(str(attributes["name"]), lang)
        out[wave] = H
    return out


def coach_text(result: Metrics, fmt: str, lang: str) -> str:
    """The coach's figures as ``table`` (for people), ``json`` or ``csv``."""
    if fmt == "json":
        return result.to_json(lang) + "\n"
    if fmt == "csv":
        from alliance_graph.report.tables import metrics_rows, to_csv

        return to_csv(metrics_rows(result))
    from alliance_graph.report.text import metrics_text

    return metrics_text(result, lang) + "\n"


def shared_text(figures: dict[str, Any], fmt: str, lang: str) -> str:
    """The shared figures as ``table`` (for people), ``json`` or ``csv``."""
    if fmt == "json":
        return json_text(figures)
    from alliance_graph.report.shared_text import shared_rows
    from alliance_graph.report.shared_text import shared_text as worded
    from alliance_graph.report.tables import to_csv

    return to_csv(shared_rows(figures)) if fmt == "csv" else worded(figures, lang)


def json_text(data: dict[str, Any]) -> str:
    """``data`` as indented JSON, non-ASCII kept, one line break at the end."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
