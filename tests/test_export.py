"""Exports read back by networkx and openpyxl, with hostile cells neutralised."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from alliance_graph import build_graphs, load_survey
from alliance_graph.export import export
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def graphs() -> dict[str, nx.DiGraph]:
    return build_graphs(load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv"))


@pytest.fixture
def hostile(write_csv) -> dict[str, nx.DiGraph]:
    path = write_csv(
        "h.csv",
        'rater,ratee,score\n"=HYPERLINK(""http://x"")",+1,4\n'
        '+1,"=HYPERLINK(""http://x"")",2\n@SUM(1),-2,5\n',
    )
    return build_graphs(load_survey(path, scale="1:5"))


def test_graphml_round_trip(graphs, tmp_path: Path) -> None:
    wave = "2026-01"
    (target,) = export({wave: graphs[wave]}, tmp_path / "n.graphml", "graphml")
    back = nx.read_graphml(target)
    G = graphs[wave]
    assert set(back.nodes) == set(G.nodes) and set(back.edges) == set(G.edges)
    u, v = next(iter(G.edges))
    assert back.edges[u, v]["strength"] == pytest.approx(G.edges[u, v]["strength"])
    assert back.edges[u, v]["n_ratings"] == G.edges[u, v]["n_ratings"]
    assert (
        back.nodes["pdurand"]["role"] == "sponsor" and back.nodes["pdurand"]["group"] == "Direction"
    )


def test_graphml_writes_one_file_per_wave(graphs, tmp_path: Path) -> None:
    written = export(graphs, tmp_path / "n.graphml", "graphml")
    assert [p.name for p in written] == [
        "n-2026-01.graphml",
        "n-2026-04.graphml",
        "n-2026-06.graphml",
    ]


def test_gexf_has_a_time_slice_per_wave(graphs, tmp_path: Path) -> None:
    (target,) = export(graphs, tmp_path / "n.gexf", "gexf")
    back = nx.read_gexf(target)
    assert set(back.nodes) == set().union(*(G.nodes for G in graphs.values()))
    # Théo Blanc answered in 2026-01 and 2026-04 but not 2026-06: his tie to the coach
    spells = back.edges["tblanc", "cmoreau"]["spells"]
    assert spells == [(0, 1), (1, 2)]
    assert back.edges["tblanc", "cmoreau"]["strength_wave_0"] == pytest.approx(
        graphs["2026-01"].edges["tblanc", "cmoreau"]["strength"]
    )


def test_node_link_json(graphs, tmp_path: Path) -> None:
    (target,) = export(graphs, tmp_path / "n.json", "json")
    data = json.loads(target.read_text(encoding="utf-8"))
    G = nx.node_link_graph(data["waves"]["2026-04"], edges="links")
    assert G.number_of_edges() == graphs["2026-04"].number_of_edges()


def test_csv_tables_neutralise_formulas(hostile, tmp_path: Path) -> None:
    ties, people = export(hostile, tmp_path / "t.csv", "csv")
    rows = list(csv.DictReader(ties.open(encoding="utf-8")))
    names = {r["source"] for r in rows} | {r["target"] for r in rows}
    assert names == {'\'=HYPERLINK("http://x")', "'+1", "'@SUM(1)", "'-2"}
    assert all(not n.startswith(("=", "+", "-", "@")) for n in names)
    assert float(rows[0]["strength"]) in (0.25, 0.75, 1.0)  # numbers stay numbers
    assert people.name == "t-people.csv"


def test_csv_for_french_excel(graphs, tmp_path: Path) -> None:
    ties, _ = export(graphs, tmp_path / "t.csv", "csv", excel_fr=True)
    raw = ties.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    first = raw.decode("utf-8-sig").splitlines()[1].split(";")
    assert "," in first[3] and "." not in first[3]  # decimal comma


def test_xlsx_workbook(hostile, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    (target,) = export(hostile, tmp_path / "t.xlsx", "xlsx")
    book = load_workbook(target)
    assert book.sheetnames == ["ties", "people"]
    cells = [c.value for row in book["ties"].iter_rows(min_row=2) for c in row]
    assert not any(isinstance(v, str) and v.startswith(("=", "+", "-", "@")) for v in cells)
    assert any(isinstance(v, float) for v in cells)
    assert all(c.data_type != "f" for row in book["ties"].iter_rows() for c in row)


def test_unknown_format(graphs, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pdf"):
        export(graphs, tmp_path / "x.pdf", "pdf")


def test_export_and_template_commands(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from alliance_graph.cli import cli

    args = ["export", str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    result = CliRunner().invoke(
        cli,
        [
            *args,
            "--format",
            "csv",
            "-o",
            str(tmp_path / "s.csv"),
            "--excel-fr",
            "--wave",
            "2026-06",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "s-ties.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert CliRunner().invoke(cli, [*args, "--format", "pdf", "-o", "x"]).exit_code == 2
    kit = CliRunner().invoke(cli, ["template", "--lang", "fr", "-o", str(tmp_path / "kit")])
    assert kit.exit_code == 0 and "questionnaire.txt" in kit.output
    check = CliRunner().invoke(
        cli,
        [
            "validate",
            str(tmp_path / "kit" / "survey.csv"),
            "--register",
            str(tmp_path / "kit" / "register.csv"),
        ],
    )
    assert check.exit_code == 0, check.output
