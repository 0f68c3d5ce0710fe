"""Exports that always open (issue 13, item 9): wave labels that are no file name, and
control characters in names, in every format, parsed back by an XML parser, networkx,
openpyxl and the JSON and CSV readers."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from alliance_graph.cli import cli
from alliance_graph.export import FORMATS, export
from alliance_graph.graph import build_graphs
from alliance_graph.ingest import read_survey
from alliance_graph.model import IssueCode

#: Two waves named like dates with slashes; names written with U+0001 or U+FFFE (XML
#: can hold neither), and a group with a vertical tab.
HOSTILE = """wave,rater,ratee,group,score
01/2026,Anne Petit,Zoé,Team A,4
01/2026,Zoé,Anne\x01 Petit,Team A,2
01/2026,Bruno,Anne Petit,Team\x0bA,5
01/2026,Anne Petit,Bruno,Team A,1
02/2026,Anne Petit,Zo\ufffeé,Team A,3
02/2026,Zoé,Anne Petit,Team A,2
02/2026,Bruno,Anne Petit,Team A,5
02/2026,Anne Petit,Bruno,Team A,2
02/2026,Li\x01na,Bruno,Team A,4
"""


@pytest.fixture
def hostile_file(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.csv"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_control_characters_are_cleaned_on_reading_with_their_line(hostile_file: Path) -> None:
    survey = read_survey(hostile_file, scale="1:5")
    assert survey.ok and survey.waves == ("01/2026", "02/2026")
    assert set(survey.stakeholders["id"]) == {"Anne Petit", "Zoé", "Bruno", "Lina"}
    found = [i for i in survey.issues if i.code is IssueCode.CONTROL_CHARACTERS]
    assert [(i.line, i.column, i.value) for i in found] == [
        (3, "ratee", "Anne Petit"),
        (4, "group", "Team A"),
        (6, "ratee", "Zoé"),
        (10, "rater", "Lina"),
    ]
    assert "U+0001" in found[0].message() and "U+000B" in found[1].describe("fr")


def _open(path: Path, fmt: str) -> None:
    """Open ``path`` as the tool that reads ``fmt`` would; raises if it cannot."""
    if fmt in ("graphml", "gexf"):
        ET.parse(path)
        (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    elif fmt == "xlsx":
        book = load_workbook(path, read_only=True)
        assert {"ties", "people"} <= set(book.sheetnames)
        book.close()
    elif fmt == "json":
        json.loads(path.read_text(encoding="utf-8"))
    else:
        assert list(csv.reader(path.open(encoding="utf-8")))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_opens_from_the_command_line(
    hostile_file: Path, tmp_path: Path, fmt: str
) -> None:
    target = tmp_path / "out" / f"network.{fmt}"
    args = ["export", str(hostile_file), "--scale", "1:5", "--format", fmt, "-o", str(target)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    written = sorted((tmp_path / "out").iterdir())
    assert written and all(p.parent == tmp_path / "out" for p in written)
    if fmt == "graphml":  # one file per wave, the label made a safe file name
        assert [p.name for p in written] == ["network-01_2026.graphml", "network-02_2026.graphml"]
    for path in written:
        _open(path, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_opens_even_from_graphs_never_cleaned(tmp_path: Path, fmt: str) -> None:
    """Graphs built from data that did not come through the reader (a stored workspace,
    a library caller) still give files that open."""
    survey = read_survey(("clean.csv", b"rater,ratee,score\nA,B,4\nB,A,2\nC,A,5\n"), scale="1:5")
    graph = build_graphs(survey)["clean"]
    dirty = nx.relabel_nodes(graph, {"A": "A\x01\ufffe", "B": "B\x1b[31m"})
    dirty.nodes["A\x01\ufffe"]["group"] = "G\x00roup"
    graphs = {"T1/1": dirty, "T1\\2": dirty.copy(), "..": dirty.copy()}
    written = export(graphs, tmp_path / f"n.{fmt}", fmt)
    assert all(p.parent == tmp_path and p.is_file() for p in written)
    for path in written:
        _open(path, fmt)
    if fmt == "graphml":
        assert len(written) == 3 and len({p.name for p in written}) == 3


def test_wave_labels_that_clash_as_file_names_get_one_file_each(tmp_path: Path) -> None:
    survey = read_survey(("w.csv", b"rater,ratee,score\nA,B,4\nB,A,2\n"), scale="1:5")
    graph = build_graphs(survey)["w"]
    written = export({"01/2026": graph, "01_2026": graph}, tmp_path / "n.graphml", "graphml")
    assert [p.name for p in written] == ["n-01_2026.graphml", "n-01_2026-2.graphml"]


def test_the_web_network_downloads_open(tmp_path: Path) -> None:
    from tests.web_support import TOKEN, make_app

    api = make_app(tmp_path / "ws.sqlite3").test_client()
    auth = {"Authorization": f"Bearer {TOKEN}"}
    eid = api.post("/api/engagements", json={"name": "Mission"}, headers=auth).json["id"]
    data = {"file": (io.BytesIO(HOSTILE.encode()), "both.csv"), "scale": "1:5"}
    sent = api.post(f"/api/engagements/{eid}/waves", data=data, headers=auth)
    assert sent.status_code == 201, sent.json
    assert "CONTROL_CHARACTERS" in {i["code"] for i in sent.json["issues"]}
    for fmt in ("gexf", "xlsx", "json"):
        answer = api.get(f"/api/engagements/{eid}/network?format={fmt}", headers=auth)
        assert answer.status_code == 200, fmt
        path = tmp_path / f"web.{fmt}"
        path.write_bytes(answer.data)
        _open(path, fmt)
