"""Report charts: valid data URIs, byte-identical output, plain-text labels (no mathtext),
French numbers, gaps and empty inputs, and a light network picture."""

from __future__ import annotations

import base64
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

# the font cache goes to a temporary folder, not the home directory (as `make test` does)
os.environ.setdefault("MPLCONFIGDIR", str(Path(tempfile.gettempdir()) / "alliance-graph-mpl"))


from alliance_graph.report import charts

ROOT = Path(__file__).resolve().parent.parent
WAVES = ["2026-01", "2026-04", "2026-06"]
DOLLARS = "Team $A$ and $B$"
BAD_MATH = r"cost $\nosuchcommand{$ x"  # mathtext would raise on this one
SVG_PREFIX, PNG_PREFIX = "data:image/svg+xml;base64,", "data:image/png;base64,"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def decode(uri: str) -> bytes:
    head, _, body = uri.partition(",")
    assert head in (SVG_PREFIX[:-1], PNG_PREFIX[:-1])
    return base64.b64decode(body, validate=True)


def svg_text(uri: str) -> str:
    assert uri.startswith(SVG_PREFIX)
    text = decode(uri).decode("utf-8")
    assert text.startswith(("<?xml", "<svg"))
    assert "</svg>" in text
    return text


def network(n: int = 30, ties: int = 240, seed: int = 7) -> tuple[dict, dict, list]:
    """A dense random network laid out on a circle, in vis-like pixel coordinates."""
    rng = random.Random(seed)
    ids = [f"p{i:02d}" for i in range(n)]
    positions = {node: (rng.uniform(-500, 500), rng.uniform(-400, 400)) for node in ids}
    shapes = ["star", "diamond", *["dot"] * (n - 3), "square"]
    nodes = {
        node: {
            "color": charts.PALETTE[i % 6],
            "size": 10 + 30 * rng.random(),
            "label": f"Person {i} $x$",
            "shape": shapes[i],
        }
        for i, node in enumerate(ids)
    }
    pairs = rng.sample([(a, b) for a in ids for b in ids if a != b], ties)
    edges = [
        {
            "from": a,
            "to": b,
            "color": rng.choice(["#2e7d32", "#c62828"]),
            "width": rng.uniform(1, 6),
        }
        for a, b in pairs
    ]
    return positions, nodes, edges


SERIES = {"Managers": {"2026-01": 0.55, "2026-04": 0.71, "2026-06": 0.77}, "sponsor": {}}
MATRIX = {"Coach": {"Managers": 0.58, "Direction": None}, "Managers": {"Coach": 0.53}}
GROUPS = ["Coach", "Managers", "Direction"]

CHARTS: dict[str, Callable[..., str]] = {
    "group_alliance": lambda lang="en", label="Managers": charts.group_alliance_chart(
        {label: SERIES["Managers"], "sponsor": {"2026-01": 0.9, "2026-04": None}},
        WAVES,
        lang=lang,
        title=f"Alliance {label}",
        ylabel="Alliance",
    ),
    "balance": lambda lang="en", label="Balance": charts.balance_chart(
        {"2026-01": 0.84, "2026-04": None, "2026-06": 0.98},
        lang=lang,
        title=label,
        ylabel=label,
        reference=0.8,
    ),
    "heatmap": lambda lang="en", label="Team": charts.heatmap_chart(
        {**MATRIX, label: {"Coach": 0.5}},
        [*GROUPS, label],
        lang=lang,
        title="Trust",
        xlabel="to",
        ylabel="from",
    ),
    "coach_gap": lambda lang="en", label="Ann": charts.coach_gap_chart(
        [(label, 0.44), ("Bob", -0.12), ("Cy", 0.0)],
        lang=lang,
        title="Coach gap",
        xlabel="Gap",
        over_label="over",
        under_label="under",
    ),
}


def test_public_surface() -> None:
    names = {"balance_chart", "coach_gap_chart", "group_alliance_chart", "heatmap_chart"}
    assert set(charts.__all__) == names | {"network_picture", "PALETTE"}
    assert charts.PALETTE[:3] == ("#0072B2", "#E69F00", "#009E73")  # Okabe–Ito


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_is_a_deterministic_svg_with_text_as_text(name: str) -> None:
    uri = CHARTS[name]()
    svg = svg_text(uri)
    assert uri == CHARTS[name]()
    assert re.search(r'<svg [^>]*width="504pt"', svg)  # 7 in wide
    assert "<text" in svg  # svg.fonttype none: searchable text, not glyph paths
    assert "<dc:date>" not in svg


@pytest.mark.parametrize("name", sorted(CHARTS))
@pytest.mark.parametrize("label", [DOLLARS, BAD_MATH])
def test_dollar_labels_are_plain_text(name: str, label: str) -> None:
    svg = svg_text(CHARTS[name](label=label))
    assert label in svg


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_markup_in_labels_is_escaped(name: str) -> None:
    svg = svg_text(CHARTS[name](label="R&D <script>alert(1)</script>"))
    assert "R&amp;D &lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "<script" not in svg


@pytest.mark.parametrize("name", ["group_alliance", "balance", "heatmap"])
def test_unit_axis_in_french_and_english(name: str) -> None:
    french, english = svg_text(CHARTS[name](lang="fr")), svg_text(CHARTS[name](lang="en"))
    assert ">0,5<" in french and ">0,75<" in french
    assert ">0.5<" in english and ">0,5<" not in english


def test_values_written_in_the_language() -> None:
    svg = svg_text(CHARTS["balance"](lang="fr"))
    assert ">0,84<" in svg and ">0,98<" in svg and ">0,80<" in svg  # points and reference
    assert ">0,58<" in svg_text(CHARTS["heatmap"](lang="fr"))
    gap = svg_text(CHARTS["coach_gap"](lang="fr"))
    assert ">+0,44<" in gap and ">−0,12<" in gap and ">−0,2<" in gap  # bars and axis


def test_none_values_leave_gaps() -> None:
    svg = svg_text(CHARTS["heatmap"]())
    assert svg.count(">0.58<") == 1
    assert ">nan<" not in svg.lower()
    only_none = charts.balance_chart({"w1": None, "w2": None}, lang="en", title="B", ylabel="B")
    assert ">nan<" not in svg_text(only_none).lower()
    group = charts.group_alliance_chart(
        {"A": {"w1": None}, "B": {}}, ["w1", "w2"], lang="fr", title="G", ylabel="G"
    )
    assert ">A<" in svg_text(group) and ">B<" in svg_text(group)


@pytest.mark.parametrize(
    "draw",
    [
        lambda: charts.group_alliance_chart({}, WAVES, lang="fr", title="No data", ylabel="y"),
        lambda: charts.group_alliance_chart(SERIES, [], lang="fr", title="No data", ylabel="y"),
        lambda: charts.balance_chart({}, lang="fr", title="No data", ylabel="y"),
        lambda: charts.heatmap_chart({}, [], lang="fr", title="No data", xlabel="x", ylabel="y"),
        lambda: charts.coach_gap_chart(
            [], lang="fr", title="No data", xlabel="x", over_label="o", under_label="u"
        ),
    ],
)
def test_empty_input_gives_a_titled_chart(draw: Callable[[], str]) -> None:
    assert ">No data<" in svg_text(draw())


def test_coach_gap_height_grows_and_is_capped() -> None:
    def height(rows: int) -> float:
        pairs = [(f"P{i}", (i % 7 - 3) / 4) for i in range(rows)]
        svg = svg_text(
            charts.coach_gap_chart(
                pairs, lang="en", title="t", xlabel="x", over_label="o", under_label="u"
            )
        )
        return float(re.search(r'<svg [^>]*height="([\d.]+)pt"', svg).group(1))

    assert height(3) < height(20) < height(40)
    assert height(40) <= 14 * 72


def test_network_picture_is_a_light_deterministic_svg() -> None:
    positions, nodes, edges = network()
    uri = charts.network_picture(positions, nodes, edges, title=f"Wave {DOLLARS}")
    svg = svg_text(uri)
    assert len(uri) < 60_000  # the PNG it replaces took 100 kB for 30 people
    assert uri == charts.network_picture(positions, nodes, edges, title=f"Wave {DOLLARS}")
    tree = ElementTree.fromstring(svg)  # well-formed XML: the browser decodes it
    assert re.search(r'<svg [^>]*width="504pt"', svg)  # 7 in wide, for printing
    assert f">Wave {DOLLARS}<" in svg and ">Person 3 $x$<" in svg  # plain text
    fills = {element.get("fill") for element in tree.iter()}
    for hex_colour in charts.PALETTE[:6]:  # each node in its group's colour
        assert hex_colour.lower() in fills
    tie_paths = [e for e in tree.iter("{http://www.w3.org/2000/svg}path") if e.get("marker-end")]
    assert 0 < len(tie_paths) <= len(edges)  # ties between overlapping nodes are left out


def test_network_picture_escapes_names_and_draws_distrust_on_top() -> None:
    positions = {"a": (0.0, 0.0), "b": (300.0, 0.0), "c": (150.0, 200.0)}
    nodes = {"a": {"label": "R&D <script>x</script>"}, "b": {"label": "\x07Bob"}, "c": {}}
    edges = [
        {"from": "a", "to": "b", "color": "#C0392B", "width": 2, "dashes": True},
        {"from": "b", "to": "c", "color": "#2E8B57", "width": 2},
    ]
    svg = svg_text(charts.network_picture(positions, nodes, edges, title="<t>"))
    ElementTree.fromstring(svg)
    assert "R&amp;D &lt;script&gt;x&lt;/script&gt;" in svg and "<script" not in svg
    assert ">Bob<" in svg and "&lt;t&gt;" in svg
    dashed, plain = svg.index("stroke-dasharray"), svg.index('stroke="#96c5ab"')
    assert plain < dashed  # drawn after: on top
    assert 'stroke="#c9574b"' in svg  # (192, 57, 43) · 0.85 + 255 · 0.15: distrust stays strong


def test_network_picture_tolerates_odd_input() -> None:
    positions, nodes, edges = network(n=5, ties=6)
    nodes["ghost"] = {"label": "no position"}
    nodes["p00"] = {"color": "not a colour", "size": None, "shape": "hexagon"}
    edges += [{"from": "p01", "to": "nobody"}, {"from": "p02", "to": "p02", "width": "x"}]
    positions["p04"] = positions["p03"]  # two nodes at the same place
    svg = svg_text(charts.network_picture(positions, nodes, edges, title="t"))
    assert "no position" not in svg and "nan" not in svg
    ElementTree.fromstring(svg)
    one = svg_text(charts.network_picture({"a": (0.0, 0.0)}, {"a": {}}, [], title="one node"))
    assert ">a<" in one
    empty = svg_text(charts.network_picture({}, {}, [], title="No data"))
    assert ">No data<" in empty


def test_no_pyplot_and_same_bytes_in_a_fresh_process(tmp_path: Path) -> None:
    """svg.hashsalt and no dates: another process draws the very same bytes."""
    code = (
        "import sys\n"
        "from alliance_graph.report import charts\n"
        "uri = charts.balance_chart({'w1': 0.5, 'w2': 0.75}, lang='fr', title='T', ylabel='Y')\n"
        "assert 'matplotlib' not in sys.modules  # SVG written as text\n"
        "print(uri)\n"
    )
    env = {**os.environ, "MPLCONFIGDIR": os.environ["MPLCONFIGDIR"]}
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    here = charts.balance_chart({"w1": 0.5, "w2": 0.75}, lang="fr", title="T", ylabel="Y")
    assert run.stdout.strip() == here
    for path in (ROOT / "alliance_graph" / "report").glob("*.py"):  # charts: one module each
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"import .*pyplot|pyplot import", source), path.name


def test_sample_charts(sample: Path) -> None:
    from alliance_graph import load_survey
    from alliance_graph.metrics import compute_metrics

    survey = load_survey(sample / "survey.csv", register=sample / "register.csv")
    data = compute_metrics(survey).to_dict()
    waves = list(data["waves"])
    alliances = {w: data["waves"][w]["alliance"] for w in waves}
    groups = list(alliances[waves[-1]]["groups"])
    series = {
        g: {w: alliances[w]["groups"].get(g, {}).get("alliance") for w in waves} for g in groups
    }
    svg = svg_text(charts.group_alliance_chart(series, waves, lang="fr", title="A", ylabel="A"))
    assert all(f">{g}<" in svg for g in groups)
    balance = {w: alliances[w]["balance_index"] for w in waves}
    svg = svg_text(charts.balance_chart(balance, lang="fr", title="B", ylabel="B"))
    assert ">0,84<" in svg


def test_a_crowded_picture_draws_dots_without_labels() -> None:
    # beyond LABELLED_NODES people, no names (they could not be read) and no rims
    n = charts.LABELLED_NODES + 1
    positions, nodes, edges = network(n=n, ties=300)
    svg = svg_text(charts.network_picture(positions, nodes, edges, title="t"))
    assert svg.count("<text") == 1 and "Person" not in svg  # the title only
    del nodes["p00"], positions["p00"]  # at the limit, every person is named again
    edges = [e for e in edges if "p00" not in (e["from"], e["to"])]
    svg = svg_text(charts.network_picture(positions, nodes, edges, title="t"))
    assert svg.count("<text") == 1 + charts.LABELLED_NODES


def test_legend_rows_fit_across_the_chart() -> None:
    # the French group names made four columns wider than the chart (issue 17): as many
    # columns as fit, and a name wider than the chart loses its end
    from alliance_graph.report.svg_plot import text_width

    names = ["Collaborateurs", "Direction", "Managers", "la personne coachée"]
    names += ["le commanditaire", "Équipes", "Une équipe au nom vraiment très long " * 3]
    series = {name: {"2026-01": 0.5, "2026-04": 0.6} for name in names}
    svg = svg_text(charts.group_alliance_chart(series, WAVES[:2], lang="fr", title="T", ylabel=""))
    legend = r'<text x="([\d.]+)" y="[\d.]+" font-size="10" fill="#333333">([^<]*)<'
    placed = re.findall(legend, svg)
    assert [text for _, text in placed][:6] == names[:6]
    assert placed[6][1].endswith("…") and placed[6][1].startswith("Une équipe")
    for x, text in placed:
        assert float(x) >= 0 and float(x) + text_width(text, 10) <= 504
