"""compute_metrics end to end: the JSON contract (DESIGN.md 5.7), the sample's story,
robustness on awkward engagements, thresholds and French alerts."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from alliance_graph.ingest import read_survey
from alliance_graph.metrics import AlertCode, Metrics, Thresholds, compute_metrics
from alliance_graph.metrics.alerts import alliance_alerts

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"
WAVES = ["2026-01", "2026-04", "2026-06"]

# DESIGN.md 5.7: the keys every consumer may rely on
WAVE_KEYS = {"network", "structural_balance", "alliance", "groups", "nodes", "alerts"}
NETWORK_KEYS = {
    "nodes",
    "ties",
    "mean_trust",
    "negative_share",
    "density",
    "reciprocity",
    "weighted_reciprocity",
    "mean_asymmetry",
}
STRUCTURAL_KEYS = {
    "triangles",
    "balanced_triangles",
    "triangle_balance_ratio",
    "weighted_triangle_balance",
    "frustration_index",
    "frustration_exact",
    "normalised_frustration",
    "walk_balance",
    "camps",
}
ALLIANCE_KEYS = {
    "coach",
    "level",
    "balance_index",
    "individual_balance_index",
    "gap",
    "strongest_group",
    "weakest_group",
    "sponsor_dominance",
    "groups",
    "stakeholders",
}
ALLIANCE_STAKEHOLDER_KEYS = {"alliance", "coach_gap", "group", "role"}
GROUPS_KEYS = {"matrix", "ei_index"}
NODE_KEYS = {"group", "role", "trust_received", "trust_given", "pagerank", "betweenness"}
NODE_KEYS |= {"constraint"}
ALERT_KEYS = {"code", "severity", "message"}


@pytest.fixture(scope="module")
def sample_survey() -> Any:
    survey = read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    assert survey.ok
    return survey


@pytest.fixture(scope="module")
def sample_metrics(sample_survey: Any) -> Metrics:
    return compute_metrics(sample_survey, seed=0)


@pytest.fixture(scope="module")
def sample_dict(sample_metrics: Metrics) -> dict[str, Any]:
    return sample_metrics.to_dict()


def _codes(wave: dict[str, Any]) -> list[str]:
    return [alert["code"] for alert in wave["alerts"]]


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        assert all(type(k) is str for k in value), list(value)
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def _assert_json_safe(data: dict[str, Any]) -> None:
    json.dumps(data, allow_nan=False)
    for leaf in _leaves(data):
        assert type(leaf) in (str, int, float, bool, type(None)), (type(leaf), leaf)
        if type(leaf) is float:
            assert math.isfinite(leaf)


# --- the JSON contract -----------------------------------------------------------------


def test_top_level_keys_and_scale(sample_dict: dict[str, Any]) -> None:
    # "changes" (section 5.6) belongs to the comparison across waves, not computed here
    assert {"scale", "waves"} <= set(sample_dict) <= {"scale", "waves", "changes"}
    assert sample_dict["scale"] == {"min": 1, "max": 5}


def test_waves_in_order(sample_dict: dict[str, Any], sample_metrics: Metrics) -> None:
    assert list(sample_dict["waves"]) == WAVES
    assert [w.wave for w in sample_metrics.waves.values()] == WAVES


@pytest.mark.parametrize("wave", WAVES)
def test_every_section_has_the_contract_keys(sample_dict: dict[str, Any], wave: str) -> None:
    data = sample_dict["waves"][wave]
    assert set(data) == WAVE_KEYS
    assert set(data["network"]) >= NETWORK_KEYS
    assert set(data["structural_balance"]) >= STRUCTURAL_KEYS
    assert set(data["alliance"]) >= ALLIANCE_KEYS
    assert set(data["groups"]) >= GROUPS_KEYS
    assert set(data["groups"]["ei_index"]) >= {"overall", "groups"}
    alliance = data["alliance"]
    assert alliance["coach"] == "cmoreau"
    assert set(alliance["groups"]) == {
        "sponsor",
        "coachee",
        "Direction",
        "Managers",
        "Collaborateurs",
        "Équipes",
    }
    for record in alliance["groups"].values():
        assert set(record) == {"alliance", "n", "goals_alliance"}
    assert len(alliance["stakeholders"]) == 29  # everyone but the coach
    for record in alliance["stakeholders"].values():
        assert set(record) >= ALLIANCE_STAKEHOLDER_KEYS
    assert len(data["nodes"]) == 30
    for record in data["nodes"].values():
        assert set(record) >= NODE_KEYS
    assert data["alerts"] or wave != "2026-01", "the kick-off raises alerts"
    for alert in data["alerts"]:
        assert set(alert) >= ALERT_KEYS
        assert alert["code"] in {code.value for code in AlertCode}
        assert alert["severity"] in {"info", "warning", "error"}
        assert isinstance(alert["message"], str) and alert["message"]


def test_sample_is_json_with_plain_numbers(sample_dict: dict[str, Any]) -> None:
    _assert_json_safe(sample_dict)
    network = sample_dict["waves"]["2026-01"]["network"]
    assert type(network["nodes"]) is int and type(network["mean_trust"]) is float


def test_same_seed_gives_byte_identical_json(sample_survey: Any, sample_metrics: Metrics) -> None:
    again = compute_metrics(sample_survey, seed=0)
    assert again.to_json() == sample_metrics.to_json()
    assert again.to_json("fr") == sample_metrics.to_json("fr")


def test_to_json_is_the_dict(sample_dict: dict[str, Any], sample_metrics: Metrics) -> None:
    assert json.loads(sample_metrics.to_json()) == sample_dict


# --- the sample's story (data/README.md) -------------------------------------------------


def test_balance_rises_and_sponsor_dominance_falls(sample_dict: dict[str, Any]) -> None:
    alliances = [sample_dict["waves"][w]["alliance"] for w in WAVES]
    balance = [a["balance_index"] for a in alliances]
    dominance = [a["sponsor_dominance"] for a in alliances]
    assert balance[0] < balance[1] < balance[2] <= 1
    assert dominance[0] > dominance[1] > dominance[2]
    assert dominance[0] > 0.20 > dominance[2]  # the default alert threshold


def test_sponsor_dominance_alert_at_kickoff_only(sample_dict: dict[str, Any]) -> None:
    first, last = (sample_dict["waves"][w] for w in ("2026-01", "2026-06"))
    assert _codes(first).count("SPONSOR_DOMINANCE") == 1
    assert "SPONSOR_DOMINANCE" not in _codes(last)
    alert = next(a for a in first["alerts"] if a["code"] == "SPONSOR_DOMINANCE")
    assert alert["severity"] == "warning"


def test_sample_structural_balance_improves(sample_dict: dict[str, Any]) -> None:
    # two camps in January that soften by June (data/README.md)
    balance = [sample_dict["waves"][w]["structural_balance"] for w in WAVES]
    ratios = [b["triangle_balance_ratio"] for b in balance]
    assert ratios[0] < ratios[2]
    assert balance[0]["frustration_index"] > balance[2]["frustration_index"]
    for b in balance:
        camps = b["camps"]
        assert len(camps) == 2
        assert sorted(camps[0] + camps[1]) == sorted(set(camps[0] + camps[1]))


# --- robustness --------------------------------------------------------------------------

REGISTER = """id,name,group,role
c,Coach Carole,Coach,coach
s,Sam Sponsor,Direction,sponsor
h,Hugo Coachee,Direction,coachee
d,Dina,Direction,stakeholder
m1,Marc,Managers,stakeholder
m2,Mona,Managers,stakeholder
"""

SURVEY = """wave,rater,ratee,score
T1,c,s,5
T1,c,h,4
T1,c,d,4
T1,c,m1,3
T1,c,m2,4
T1,s,c,5
T1,h,c,4
T1,d,c,3
T1,m1,c,2
T1,m2,c,2
T1,s,h,5
T1,h,s,4
T1,m1,m2,5
T1,m2,m1,4
T1,m1,d,1
T1,d,m1,2
T2,c,s,4
T2,c,h,4
T2,c,d,4
T2,c,m1,4
T2,c,m2,4
T2,s,c,4
T2,h,c,4
T2,d,c,4
T2,m1,c,4
T2,m2,c,4
T2,m1,m2,5
T2,m2,m1,5
"""

Compute = Callable[..., Metrics]


@pytest.fixture
def compute(write_csv: Callable[..., Path]) -> Compute:
    """compute_metrics on a survey CSV (and register) written to a temporary folder."""

    def run(
        survey: str,
        register: str | None = None,
        *,
        scale: str | None = None,
        thresholds: Thresholds | None = None,
    ) -> Metrics:
        path = write_csv("survey.csv", survey)
        reg = write_csv("register.csv", register) if register is not None else None
        read = read_survey(path, register=reg, scale=scale)
        assert read.ok, [i.describe() for i in read.errors]
        result = compute_metrics(read, thresholds=thresholds or Thresholds())
        _assert_json_safe(result.to_dict())
        _assert_json_safe(result.to_dict("fr"))
        return result

    return run


def test_small_engagement_in_two_waves(compute: Compute) -> None:
    data = compute(SURVEY, REGISTER).to_dict()
    assert list(data["waves"]) == ["T1", "T2"]
    t1 = data["waves"]["T1"]["alliance"]
    # sponsor: (t(s→c) + t(c→s))/2 = (1 + 1)/2 = 1; Managers: m1 (0.25 + 0.5)/2 = 0.375,
    # m2 (0.25 + 0.75)/2 = 0.5 → 0.4375
    # a one-dimension survey: no alliance on goals
    assert t1["groups"]["sponsor"] == {"alliance": 1.0, "n": 1, "goals_alliance": None}
    assert t1["groups"]["Managers"] == {
        "alliance": pytest.approx(0.4375),
        "n": 2,
        "goals_alliance": None,
    }
    # in T2 every alliance is 0.75: perfectly balanced, no dominance
    t2 = data["waves"]["T2"]["alliance"]
    assert t2["balance_index"] == pytest.approx(1.0)
    assert t2["sponsor_dominance"] == pytest.approx(0.0)
    assert data["waves"]["T2"]["alerts"] == []


def test_waves_in_natural_order_not_file_order(compute: Compute) -> None:
    survey = (
        "wave,rater,ratee,score\nT10,a,b,5\nT10,b,a,4\nT2,a,b,3\nT2,b,a,4\nT1,a,b,2\nT1,b,a,4\n"
    )
    result = compute(survey)
    assert list(result.to_dict()["waves"]) == ["T1", "T2", "T10"]
    assert [w.wave for w in result.waves.values()] == ["T1", "T2", "T10"]


def test_no_coach(compute: Compute) -> None:
    register = REGISTER.replace("Coach,coach", "Coach,stakeholder")
    result = compute(SURVEY, register)
    assert result.coach is None
    for wave in result.to_dict()["waves"].values():
        assert wave["alliance"] is None
        assert _codes(wave) == ["NO_COACH"]
        assert wave["groups"]["favouritism"] is None
        assert set(wave) == WAVE_KEYS  # every section is still there
        assert wave["network"]["ties"] > 0 and wave["groups"]["ei_index"]["overall"] is not None


def test_one_wave_without_a_wave_column(compute: Compute) -> None:
    survey = "\n".join(line.split(",", 1)[1] for line in SURVEY.splitlines() if "T2" not in line)
    data = compute(survey + "\n", REGISTER).to_dict()
    assert list(data["waves"]) == ["survey"]  # labelled by the file name
    assert data["waves"]["survey"]["alliance"]["groups"]["sponsor"]["alliance"] == 1.0


def test_a_single_group(compute: Compute) -> None:
    register = "id,name,group,role\nc,C,Team,coach\na,A,Team,\nb,B,Team,\n"
    survey = "rater,ratee,score\nc,a,5\nc,b,4\na,c,4\nb,c,5\na,b,5\nb,a,2\n"
    wave = compute(survey, register, scale="1:5").to_dict()["waves"]["survey"]
    alliance = wave["alliance"]
    assert set(alliance["groups"]) == {"Team"}
    # a: (1 + 0.75)/2, b: (0.75 + 1)/2 → A(Team) = 0.875
    assert alliance["level"] == pytest.approx(0.875)
    # one group: no balance, no gap, no dominance — undefined, not made up
    for key in ("balance_index", "gap", "strongest_group", "weakest_group", "sponsor_dominance"):
        assert alliance[key] is None, key
    assert alliance["individual_balance_index"] == pytest.approx(1.0)
    # every positive tie stays inside Team: E-I = −1
    assert wave["groups"]["ei_index"]["overall"] == -1.0
    assert "SPONSOR_DOMINANCE" not in _codes(wave)


def test_a_register_stakeholder_nobody_rated(compute: Compute) -> None:
    register = REGISTER + "z,Zoé Isolée,Managers,stakeholder\n"
    wave = compute(SURVEY, register).to_dict()["waves"]["T1"]
    node = wave["nodes"]["z"]
    assert node["trust_received"] is None and node["trust_given"] is None
    assert node["constraint"] is None
    assert node["betweenness"] == 0.0
    assert type(node["pagerank"]) is float and node["pagerank"] > 0
    assert wave["network"]["nodes"] == 7
    assert wave["alliance"]["stakeholders"]["z"]["alliance"] is None
    # Managers' alliance is still over m1 and m2 only
    assert wave["alliance"]["groups"]["Managers"]["n"] == 2
    missing = [a for a in wave["alerts"] if a["code"] == "NO_ALLIANCE_DATA"]
    assert [a["subject"] for a in missing] == ["z"]
    assert "Zoé Isolée" in missing[0]["message"]


def test_unsigned_data_every_score_at_the_top(compute: Compute) -> None:
    people = ["a", "b", "c", "d"]
    rows = [f"{x},{y},5" for x in people for y in people if x != y]
    wave = compute("rater,ratee,score\n" + "\n".join(rows) + "\n", scale="1:5").to_dict()
    wave = wave["waves"]["survey"]
    assert wave["network"]["negative_share"] == 0.0
    assert wave["network"]["mean_trust"] == 1.0
    balance = wave["structural_balance"]
    assert balance["triangles"] == 4  # K4
    assert balance["balanced_triangles"] == 4
    assert balance["triangle_balance_ratio"] == 1.0
    assert balance["weighted_triangle_balance"] == 1.0
    assert balance["frustration_index"] == 0
    assert balance["normalised_frustration"] == 1.0
    assert balance["walk_balance"] == pytest.approx(1.0)
    assert _codes(wave) == ["NO_COACH"]  # nobody has the role coach


def test_a_wave_with_two_people_only(compute: Compute) -> None:
    survey = "wave,rater,ratee,score\nA,a,b,5\nA,b,c,4\nA,c,a,2\nB,a,b,5\nB,b,a,4\n"
    waves = compute(survey).to_dict()["waves"]
    assert waves["A"]["structural_balance"]["triangles"] == 1
    two = waves["B"]
    assert two["network"]["nodes"] == 2
    balance = two["structural_balance"]
    assert balance["triangles"] == 0 and balance["balanced_triangles"] == 0
    assert balance["triangle_balance_ratio"] is None
    assert balance["weighted_triangle_balance"] is None
    assert balance["frustration_index"] == 0
    assert balance["walk_balance"] == pytest.approx(1.0)


def test_a_neutral_pair_leaves_nothing_signed(compute: Compute) -> None:
    # a→b 5 (s = 1) and b→a 1 (s = −1): mean 0, the pair is not tied in the projection
    balance = compute("rater,ratee,score\na,b,5\nb,a,1\n").to_dict()["waves"]["survey"]
    balance = balance["structural_balance"]
    assert balance["triangle_balance_ratio"] is None
    assert balance["normalised_frustration"] is None and balance["walk_balance"] is None


# --- thresholds --------------------------------------------------------------------------


def test_thresholds_are_configurable(compute: Compute) -> None:
    # T1: sponsor 1.0; coachee 0.75; Direction (d) (0.5 + 0.75)/2 = 0.625;
    # Managers 0.4375 → dominance = 1 − (0.75 + 0.625 + 0.4375)/3 ≈ 0.396
    default = compute(SURVEY, REGISTER).to_dict()["waves"]["T1"]
    assert default["alliance"]["sponsor_dominance"] == pytest.approx(1 - 1.8125 / 3)
    assert "SPONSOR_DOMINANCE" in _codes(default)
    assert [a["subject"] for a in default["alerts"] if a["code"] == "GROUP_BELOW_FLOOR"] == [
        "Managers"
    ]
    relaxed = compute(SURVEY, REGISTER, thresholds=Thresholds(sponsor_dominance=0.5))
    wave = relaxed.to_dict()["waves"]["T1"]
    assert wave["alliance"] == default["alliance"]  # the figures themselves are unchanged
    assert "SPONSOR_DOMINANCE" not in _codes(wave)


def test_thresholds_on_the_sample(sample_metrics: Metrics) -> None:
    kickoff = sample_metrics.waves["2026-01"]
    names = {k: str(v.get("name", k)) for k, v in kickoff.nodes.items()}
    assert "SPONSOR_DOMINANCE" in _codes(kickoff.to_dict())
    relaxed = alliance_alerts(kickoff.alliance, names, Thresholds(sponsor_dominance=0.5))
    assert AlertCode.SPONSOR_DOMINANCE not in {a.code for a in relaxed}
    quiet = alliance_alerts(kickoff.alliance, names, Thresholds(group_floor=0.0, coach_gap=1.0))
    assert [a.code for a in quiet] == [AlertCode.SPONSOR_DOMINANCE]


def test_lower_floor_in_a_small_engagement(compute: Compute) -> None:
    # Managers' A = 0.4375 < 0.50: raised with the default floor (test above), not with 0.4
    low = compute(SURVEY, REGISTER, thresholds=Thresholds(group_floor=0.4)).to_dict()
    assert "GROUP_BELOW_FLOOR" not in _codes(low["waves"]["T1"])


@pytest.mark.parametrize("name", ["sponsor_dominance", "group_floor", "coach_gap"])
@pytest.mark.parametrize("value", [-0.01, 1.5, float("nan")])
def test_thresholds_reject_values_outside_0_1(name: str, value: float) -> None:
    with pytest.raises(ValueError, match=name) as info:
        Thresholds(**{name: value})
    assert repr(value) in str(info.value)


@pytest.mark.parametrize("value", [0.0, 1.0])
def test_thresholds_accept_the_bounds(value: float) -> None:
    assert Thresholds(sponsor_dominance=value, group_floor=value, coach_gap=value)


# --- French ------------------------------------------------------------------------------


def test_alerts_in_french(sample_metrics: Metrics, sample_dict: dict[str, Any]) -> None:
    french = sample_metrics.to_dict("fr")
    for wave in WAVES:
        en, fr = sample_dict["waves"][wave]["alerts"], french["waves"][wave]["alerts"]
        assert [a["code"] for a in fr] == [a["code"] for a in en]
        for a, b in zip(en, fr):
            assert a["message"] != b["message"]
            assert not re.search(r"\d\.\d", b["message"]), b["message"]  # decimal comma
    dominance = next(
        a for a in french["waves"]["2026-01"]["alerts"] if a["code"] == "SPONSOR_DOMINANCE"
    )
    value = sample_dict["waves"]["2026-01"]["alliance"]["sponsor_dominance"]
    assert f"{value:.2f}".replace(".", ",") in dominance["message"]
    assert "commanditaire" in dominance["message"]
    english = next(
        a for a in sample_dict["waves"]["2026-01"]["alerts"] if a["code"] == "SPONSOR_DOMINANCE"
    )
    assert f"{value:.2f}" in english["message"] and "sponsor" in english["message"]
    # everything but the messages is the same in both languages
    for wave in WAVES:
        f, e = dict(french["waves"][wave]), dict(sample_dict["waves"][wave])
        f.pop("alerts"), e.pop("alerts")
        assert f == e


def test_no_coach_alert_in_french(compute: Compute) -> None:
    register = REGISTER.replace("Coach,coach", "Coach,stakeholder")
    result = compute(SURVEY, register)
    fr = result.to_dict("fr")["waves"]["T1"]["alerts"][0]
    en = result.to_dict()["waves"]["T1"]["alerts"][0]
    assert fr["code"] == en["code"] == "NO_COACH"
    assert fr["message"] != en["message"] and "coach" in fr["message"].lower()
