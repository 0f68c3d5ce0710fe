"""The network for other tools: GraphML, GEXF (one time slice per wave), node-link JSON,
CSV tables (also French-Excel flavoured) and an XLSX workbook.

Every text cell written to CSV or XLSX that a spreadsheet would run as a formula is
neutralised; numbers stay numbers. Characters XML cannot hold are left out of GraphML,
GEXF and XLSX, so every file opens; a wave label becomes a safe piece of a file name.
Each file is written whole or not at all (a temporary file, then renamed).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from alliance_graph.files import workbook_bytes, write_atomic
from alliance_graph.safe_text import file_part, safe_cell, xml_safe

__all__ = ["FORMATS", "edge_rows", "export", "node_rows"]

FORMATS = ("graphml", "gexf", "json", "csv", "xlsx")
_NODE_FIELDS = ("id", "name", "group", "role", "power", "interest")
#: What a writer makes: each file's path and its whole content.
Files = list[tuple[Path, bytes]]


def node_rows(graphs: dict[str, nx.DiGraph]) -> tuple[list[str], list[list[Any]]]:
    """One row per stakeholder and wave: attributes and trust received/given (for the
    group graphs of the shared audience: one row per group with its own figures)."""
    if any(G.graph.get("level") == "group" for G in graphs.values()):
        fields = ["name", "role", "members", "raters", "shown", "cohesion"]
        rows = [
            [wave, str(node), *(G.nodes[node].get(k) for k in fields)]
            for wave, G in graphs.items()
            for node in sorted(G.nodes, key=str)
        ]
        return ["wave", "id", *fields], rows
    header = ["wave", *_NODE_FIELDS, "trust_received", "trust_given", "raters"]
    rows = []
    for wave, G in graphs.items():
        for node in sorted(G.nodes, key=str):
            data = G.nodes[node]
            incoming = [d["strength"] for _, _, d in G.in_edges(node, data=True)]
            outgoing = [d["strength"] for _, _, d in G.out_edges(node, data=True)]
            rows.append(
                [
                    wave,
                    str(node),
                    *(data.get(k) for k in _NODE_FIELDS[1:]),
                    _mean(incoming),
                    _mean(outgoing),
                    len(incoming),
                ]
            )
    return header, rows


def edge_rows(graphs: dict[str, nx.DiGraph]) -> tuple[list[str], list[list[Any]]]:
    """One row per tie and wave: strength, sign, ratings, and each dimension's strength."""
    extra = sorted(
        {k for G in graphs.values() for _, _, d in G.edges(data=True) for k in d}
        - {"strength", "sign", "n_ratings"}
    )
    header = ["wave", "source", "target", "strength", "sign", "n_ratings", *extra]
    rows = [
        [wave, str(u), str(v), d["strength"], d["sign"], d["n_ratings"], *(d.get(k) for k in extra)]
        for wave, G in graphs.items()
        for u, v, d in sorted(G.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    ]
    return header, rows


def export(
    graphs: dict[str, nx.DiGraph], path: Path, fmt: str, *, excel_fr: bool = False
) -> list[Path]:
    """Write ``graphs`` (one per wave) to ``path`` in ``fmt``; returns the files written.

    GraphML holds one wave (the caller picks it; with several, one file per wave,
    ``name-<wave>.graphml``, the label made safe for a file name: ``01/2026`` gives
    ``name-01_2026.graphml``); GEXF holds every wave as time slices; JSON is
    ``{"waves": {wave: node-link data}}``; CSV writes ``name-ties.csv`` and
    ``name-people.csv``; XLSX one workbook with a ``ties`` and a ``people`` sheet.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = {"graphml": _graphml, "gexf": _gexf, "json": _json, "csv": _csv, "xlsx": _xlsx}[fmt]
    return [write_atomic(target, content) for target, content in writer(graphs, path, excel_fr)]


def _clean(G: nx.DiGraph) -> nx.DiGraph:
    """A copy without None attributes (GraphML and GEXF cannot hold them) and without
    characters XML cannot hold."""
    H = nx.DiGraph(**{xml_safe(str(k)): xml_safe(str(v)) for k, v in G.graph.items()})
    H.add_nodes_from(
        (xml_safe(str(n)), {_xml(k): _xml(v) for k, v in d.items() if v is not None})
        for n, d in G.nodes(data=True)
    )
    H.add_edges_from(
        (xml_safe(str(u)), xml_safe(str(v)), {_xml(k): _xml(x) for k, x in d.items()})
        for u, v, d in G.edges(data=True)
    )
    return H


def _xml(value: Any) -> Any:
    return xml_safe(value) if isinstance(value, str) else value


def _graphml(graphs: dict[str, nx.DiGraph], path: Path, _: bool) -> Files:
    out = []
    for wave, target in _wave_files(list(graphs), path).items():
        buffer = io.BytesIO()
        nx.write_graphml(_clean(graphs[wave]), buffer, encoding="utf-8")
        out.append((target, buffer.getvalue()))
    return out


def _wave_files(waves: list[str], path: Path) -> dict[str, Path]:
    """``path`` for one wave; else ``name-<wave>.graphml`` each, the label made safe and
    never two waves in one file (``01/2026`` and ``01_2026`` give ``…-01_2026-2``)."""
    if len(waves) == 1:
        return {waves[0]: path}
    suffix, used, targets = path.suffix or ".graphml", set(), {}
    for wave in waves:
        name, n = f"{path.stem}-{file_part(wave)}", 1
        while name.casefold() in used:
            n += 1
            name = f"{path.stem}-{file_part(wave)}-{n}"
        used.add(name.casefold())
        targets[wave] = path.with_name(f"{name}{suffix}")
    return targets


def _gexf(graphs: dict[str, nx.DiGraph], path: Path, _: bool) -> Files:
    """Nodes and ties carry a spell per wave they appear in; attributes of the last."""
    union = nx.DiGraph(mode="dynamic", timeformat="integer")
    for index, G in enumerate(graphs.values()):
        clean = _clean(G)
        for node, data in clean.nodes(data=True):
            union.add_node(node, **data)
            union.nodes[node].setdefault("spells", []).append((index, index + 1))
        for u, v, data in clean.edges(data=True):
            union.add_edge(u, v, **data)
            union.edges[u, v].setdefault("spells", []).append((index, index + 1))
            union.edges[u, v][f"strength_wave_{index}"] = data["strength"]
    union.graph["waves"] = xml_safe(" | ".join(graphs))
    buffer = io.BytesIO()
    nx.write_gexf(union, buffer, encoding="utf-8")
    return [(path, buffer.getvalue())]


def _json(graphs: dict[str, nx.DiGraph], path: Path, _: bool) -> Files:
    data = {"waves": {w: nx.node_link_data(_clean(G), edges="links") for w, G in graphs.items()}}
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    return [(path, text.encode("utf-8"))]


def _csv(graphs: dict[str, nx.DiGraph], path: Path, excel_fr: bool) -> Files:
    written = []
    for name, (header, rows) in (("ties", edge_rows(graphs)), ("people", node_rows(graphs))):
        target = path.with_name(f"{path.stem}-{name}.csv")
        text = _csv_text(header, rows, excel_fr)
        written.append((target, text.encode("utf-8-sig" if excel_fr else "utf-8")))
    return written


def _csv_text(header: list[str], rows: Iterable[list[Any]], excel_fr: bool) -> str:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=";" if excel_fr else ",", lineterminator="\r\n" if excel_fr else "\n"
    )
    writer.writerow(header)
    for row in rows:
        cells = [safe_cell(c) for c in row]
        if excel_fr:
            cells = [str(c).replace(".", ",") if isinstance(c, float) else c for c in cells]
        writer.writerow(cells)
    return buffer.getvalue()


def _xlsx(graphs: dict[str, nx.DiGraph], path: Path, _: bool) -> Files:
    """Built in memory, so that a full disk stops one plain write, not the zip writer."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in (("ties", edge_rows(graphs)), ("people", node_rows(graphs))):
        sheet = book.create_sheet(name)
        sheet.append(header)
        for row in rows:
            sheet.append([_xml(safe_cell(c)) for c in row])
    return [(path, workbook_bytes(book))]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
