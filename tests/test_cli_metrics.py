"""``alliance-graph metrics`` as a user runs it: json, table, csv, languages, bad input."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli
from alliance_graph.ingest import read_survey
from alliance_graph.metrics import compute_metrics

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
SAMPLE_ARGS = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]

# A small engagement in three waves, fast to compute. In W1 the sponsor dominates:
# A(sponsor) = (1 + 1)/2 = 1, A(coachee) = 0.75, A(Direction) = (0.5 + 0.75)/2 = 0.625,
# A(Managers) = mean((0.25 + 0.5)/2, (0.25 + 0.75)/2) = 0.4375 → dominance
# 1 − (0.75 + 0.625 + 0.4375)/3 ≈ +0.40. In W3 every alliance is 0.75.
REGISTER = """id,name,group,role
c,Carole Coach,Coach,coach
s,Sam Sponsor,Direction,sponsor
h,Hugo Coachee,Direction,coachee
d,Dina,Direction,stakeholder
m1,Marc,Managers,stakeholder
m2,Mona,Managers,stakeholder
"""
_W1 = "c,s,5 c,h,4 c,d,4 c,m1,3 c,m2,4 s,c,5 h,c,4 d,c,3 m1,c,2 m2,c,2 s,h,5 m1,d,1 d,m1,2"
_W2 = "c,s,5 c,h,4 c,d,4 c,m1,4 c,m2,4 s,c,4 h,c,4 d,c,4 m1,c,3 m2,c,3 m1,m2,5 m2,m1,4"
_W3 = "c,s,4 c,h,4 c,d,4 c,m1,4 c,m2,4 s,c,4 h,c,4 d,c,4 m1,c,4 m2,c,4 m1,m2,5 m2,m1,5"
SURVEY = "wave,rater,ratee,score\n" + "".join(
    f"{wave},{row}\n"
    for wave, rows in (("W1", _W1), ("W2", _W2), ("W3", _W3))
    for row in rows.split()
)


def _metrics(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["metrics", *map(str, args)])


def _ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    assert result.exception is None, result.exception
    return result


@pytest.fixture
def engagement(write_csv: Callable[..., Path]) -> list[str]:
    """Arguments naming the small engagement's survey file and register."""
    survey = write_csv("survey.csv", SURVEY)
    return [str(survey), "--register", str(write_csv("register.csv", REGISTER))]


def _csv(*args: str | Path, target: Path) -> list[list[str]]:
    result = _ok(_metrics(*args, "--format", "csv", "-o", target))
    assert f"Wrote {target}" in result.output
    with target.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


# --- json --------------------------------------------------------------------------------


def test_json_on_the_sample_equals_the_library() -> None:
    data = json.loads(_ok(_metrics(*SAMPLE_ARGS, "--format", "json")).stdout)
    survey = read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    assert data == compute_metrics(survey).to_dict()
    assert list(data["waves"]) == ["2026-01", "2026-04", "2026-06"]


def test_json_in_french_translates_the_messages_only(engagement: list[str]) -> None:
    en = json.loads(_ok(_metrics(*engagement, "--format", "json")).stdout)
    fr = json.loads(_ok(_metrics(*engagement, "--format", "json", "--lang", "fr")).stdout)
    english = [a["message"] for a in en["waves"]["W1"]["alerts"]]
    french = [a["message"] for a in fr["waves"]["W1"]["alerts"]]
    assert french and len(french) == len(english)
    assert all(f != e for f, e in zip(french, english))
    assert any("0,40" in m for m in french) and any("0.40" in m for m in english)
    for data in (en, fr):
        for wave in data["waves"].values():
            for alert in wave["alerts"]:
                alert.pop("message")
    assert en == fr


# --- table -------------------------------------------------------------------------------


def test_table_shows_headlines_and_alerts(engagement: list[str]) -> None:
    out = _ok(_metrics(*engagement)).output
    assert out.index("Wave W1") < out.index("Wave W2") < out.index("Wave W3")
    assert "coach Carole Coach" in out
    for label in (
        "Alliance level",
        "Balance index",
        "Alliance gap",
        "Sponsor dominance",
        "Reciprocity",
        "Weighted reciprocity",
        "Triangle balance",
        "Frustration index",
        "Walk balance",
        "Group alliances",
    ):
        assert out.count(label) >= 3, label  # once per wave
    w1, w3 = out[out.index("Wave W1") : out.index("Wave W2")], out[out.index("Wave W3") :]
    assert "+0.40" in w1  # sponsor dominance, signed
    assert "The alliance with the sponsor is 0.40 above" in w1  # SPONSOR_DOMINANCE
    assert "The alliance with Managers is 0.44, under the floor of 0.50" in w1
    assert "The alliance with" not in w3  # W3 is balanced: no alert


def test_table_in_french(engagement: list[str]) -> None:
    out = _ok(_metrics(*engagement, "--wave", "W1", "--lang", "fr")).output
    assert "Vague W1" in out
    for label in (
        "Niveau d’alliance",
        "Indice d’équilibre",
        "Écart d’alliance",
        "Poids du commanditaire",
        "Réciprocité",
        "Alliances par groupe",
        "Alertes",
    ):
        assert label in out, label
    assert "+0,40" in out
    assert "L’alliance avec le commanditaire dépasse de 0,40" in out
    assert "Alliance level" not in out and "Alerts (" not in out and "0.40" not in out


# --- csv ---------------------------------------------------------------------------------


def test_csv_header_and_every_wave(engagement: list[str], tmp_path: Path) -> None:
    header, *rows = _csv(*engagement, target=tmp_path / "out" / "metrics.csv")
    assert header == ["wave", "section", "subject", "metric", "value"]
    assert all(len(row) == 5 for row in rows)
    waves = [row[0] for row in rows]
    assert sorted(set(waves), key=waves.index) == ["W1", "W2", "W3"]  # in order
    for wave in ("W1", "W2", "W3"):
        sections = {row[1] for row in rows if row[0] == wave}
        assert {"network", "structural_balance", "alliance", "group_alliance"} <= sections
        assert {"stakeholder", "node"} <= sections
        nodes = {row[2] for row in rows if row[0] == wave and row[1] == "node"}
        assert nodes == {"c", "s", "h", "d", "m1", "m2"}
    cells = {(w, s, subj, m): v for w, s, subj, m, v in rows}
    dominance = float(cells["W1", "alliance", "", "sponsor_dominance"])
    assert dominance == pytest.approx(1 - 1.8125 / 3)
    assert float(cells["W1", "group_alliance", "Managers", "alliance"]) == 0.4375
    assert cells["W1", "group_alliance", "Managers", "n"] == "2"
    assert float(cells["W3", "alliance", "", "balance_index"]) == pytest.approx(1.0)
    # coach gap of m1 in W1: t(c→m1) − t(m1→c) = 0.5 − 0.25
    assert float(cells["W1", "stakeholder", "m1", "coach_gap"]) == 0.25
    assert cells["W1", "node", "d", "group"] == "Direction"
    # undefined values are empty cells, never "None" or "nan"
    assert not {v for v in cells.values() if v in ("None", "nan", "NaN", "null", "inf")}


def test_csv_matches_the_json(engagement: list[str], tmp_path: Path) -> None:
    data = json.loads(_ok(_metrics(*engagement, "--format", "json")).stdout)
    rows = _csv(*engagement, target=tmp_path / "metrics.csv")[1:]
    cells = {(w, s, subj, m): v for w, s, subj, m, v in rows}
    for wave, result in data["waves"].items():
        for key, value in result["network"].items():
            if value is None:
                assert cells[wave, "network", "", key] == "", key
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                assert float(cells[wave, "network", "", key]) == value, key
        for node, record in result["nodes"].items():
            for key in ("pagerank", "betweenness", "trust_received", "constraint"):
                shown = cells[wave, "node", node, key]
                assert (float(shown) if shown else None) == record[key], (node, key)


def test_csv_neutralises_formulas_and_keeps_numbers(
    write_csv: Callable[..., Path], tmp_path: Path
) -> None:
    names = ['=HYPERLINK("x")', "+1", "-2", "@SUM(1)"]
    quoted = {name: '"' + name.replace('"', '""') + '"' for name in names}
    rows = ["rater,ratee,score"]
    # each rates the coach (theirs) and is rated by the coach (own)
    for name, (theirs, own) in zip(names, [(2, 4), (2, 4), (4, 2), (5, 3)]):
        rows += [f"{quoted[name]},Coach,{theirs}", f"Coach,{quoted[name]},{own}"]
    rows += [f"{quoted['+1']},{quoted['-2']},5", f"{quoted['-2']},{quoted['@SUM(1)']},1"]
    survey = write_csv("survey.csv", "\n".join(rows) + "\n")
    args: list[str | Path] = [survey, "--coach", "Coach", "--scale", "1:5"]
    table = _csv(*args, target=tmp_path / "metrics.csv")
    subjects = {row[2] for row in table[1:]}
    for name in names:
        assert "'" + name in subjects and name not in subjects, name
        assert ["survey", "node", "'" + name, "name", "'" + name] in table
    # no cell at all starts with a formula character
    assert not [c for row in table for c in row if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not [c for row in table for c in row if c[:1] == "-" and not _is_number(c)]
    # numbers stay numbers, negative ones included: coach gap = t(c→k) − t(k→c)
    gaps = {row[2]: row[4] for row in table if row[3] == "coach_gap"}
    assert gaps == {
        '\'=HYPERLINK("x")': "0.5",  # (4 − 2)/4
        "'+1": "0.5",
        "'-2": "-0.5",  # (2 − 4)/4: a negative number, not text
        "'@SUM(1)": "-0.5",  # (3 − 5)/4
    }
    for row in table[1:]:
        if row[3] in ("pagerank", "trust_received", "betweenness", "raters", "alliance"):
            assert _is_number(row[4]), row


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# --- options, errors, help ---------------------------------------------------------------


def test_wave_filter(engagement: list[str]) -> None:
    data = json.loads(_ok(_metrics(*engagement, "--wave", "W3", "--format", "json")).stdout)
    assert list(data["waves"]) == ["W3"]
    two = json.loads(
        _ok(_metrics(*engagement, "--wave", "W1", "--wave", "W3", "--format", "json")).stdout
    )
    assert list(two["waves"]) == ["W1", "W3"]
    unknown = _metrics(*engagement, "--wave", "2030-01")
    assert unknown.exit_code == 2 and "2030-01" in unknown.output
    assert "Traceback" not in unknown.output


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("rater,ratee,score\nAlice,Bruno,4\nBruno,Alice,beaucoup\n", "SCORE_NOT_A_NUMBER"),
        (b"", "EMPTY_FILE"),
        ("rater,ratee,comment\nAlice,Bruno,helpful\n", "MISSING_COLUMN"),
    ],
)
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_invalid_input_exits_1_without_traceback(
    write_csv: Callable[..., Path], content: str | bytes, code: str, fmt: str
) -> None:
    result = _metrics(write_csv("survey.csv", content), "--format", fmt)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert code in result.stderr
    assert result.stdout == ""  # no half-written metrics


def test_invalid_input_writes_no_file(write_csv: Callable[..., Path], tmp_path: Path) -> None:
    target = tmp_path / "metrics.csv"
    survey = write_csv("survey.csv", "rater,ratee,score\nAlice,Bruno,beaucoup\n")
    result = _metrics(survey, "--format", "csv", "-o", target)
    assert result.exit_code == 1 and not target.exists()


def test_help_has_an_example() -> None:
    result = _ok(CliRunner().invoke(cli, ["metrics", "--help"]))
    assert "Example" in result.output
    assert "alliance-graph metrics " in result.output
    for option in ("--format", "--register", "--wave", "--lang", "--seed", "--output"):
        assert option in result.output, option


def test_alert_thresholds_are_options(sample) -> None:
    args = [
        "metrics",
        str(sample / "survey.csv"),
        "--register",
        str(sample / "register.csv"),
        "--wave",
        "2026-01",
        "--format",
        "json",
    ]
    default = json.loads(CliRunner().invoke(cli, args).stdout)
    codes = {a["code"] for a in default["waves"]["2026-01"]["alerts"]}
    assert "SPONSOR_DOMINANCE" in codes and "COACH_OVERESTIMATES" in codes
    relaxed = CliRunner().invoke(
        cli, [*args, "--sponsor-dominance", "0.5", "--coach-gap", "0.9", "--group-floor", "0.1"]
    )
    assert json.loads(relaxed.stdout)["waves"]["2026-01"]["alerts"] == []
    assert CliRunner().invoke(cli, [*args, "--group-floor", "2"]).exit_code == 2
