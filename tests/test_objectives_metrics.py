"""The objectives in the metrics: each wave's figures and alerts, each pair's changes, the
privacy of people without consent, and nothing of them in the shared version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliance_graph import Analysis, Audience, read_survey
from tests.conftest import SAMPLE

OBJECTIVES = """id,objective,observers,target
1,Delegate more to the managers,Managers,1
2,Speak up at the executive committee,,1.5
"""
# Wave 2026-04: the sponsor (pdurand) sees 0.5 on objective 2 where the coachee
# (hgarnier) sees 2.5; the managers ibenali, mroux, cmercier rate objective 1.
PROGRESS = """wave,rater,objective,progress
2026-04,hgarnier,2,2.5
2026-04,pdurand,2,0.5
2026-04,cmoreau,2,2
2026-04,ibenali,1,+1
2026-04,mroux,1,+2
2026-04,cmercier,1,no change
2026-06,hgarnier,2,2
2026-06,pdurand,2,2
2026-06,ibenali,1,+2
2026-06,mroux,1,+3
2026-06,cmercier,1,+1
"""


def _files(folder: Path, register: Path = SAMPLE / "register.csv") -> dict:
    (folder / "objectives.csv").write_text(OBJECTIVES, encoding="utf-8")
    (folder / "progress.csv").write_text(PROGRESS, encoding="utf-8")
    return {"inputs": [SAMPLE / "survey.csv", folder / "progress.csv"], "register": register,
            "objectives": folder / "objectives.csv"}  # fmt: skip


def _analysis(folder: Path, **kwargs) -> Analysis:
    files = _files(folder, **kwargs)
    return Analysis(read_survey(files.pop("inputs"), **files))


def test_each_wave_has_its_objectives_by_hand(tmp_path) -> None:
    data = json.loads(_analysis(tmp_path).text("json"))
    april = data["waves"]["2026-04"]["objectives"]
    assert list(april) == ["1", "2"]
    one = april["1"]
    # managers 1, 2, 0: mean 1, improved 2/3, worse 0; they are the stakeholders too
    assert one["stakeholders"] == {"mean": 1.0, "n": 3, "improved": 2 / 3, "worse": 0.0}
    assert one["groups"]["Managers"]["mean"] == 1.0 and one["n_observers"] == 3
    assert (one["progress"], one["target"], one["on_target"]) == (1.0, 1.0, True)
    two = april["2"]
    assert two["self"]["mean"] == 2.5 and two["sponsor"]["mean"] == 0.5
    assert two["coach"]["mean"] == 2.0
    assert two["stakeholders"] == {"mean": 0.5, "n": 1, "improved": 0.0, "worse": 0.0}
    assert two["gaps"]["sponsor_self"] == pytest.approx(-2.0)  # 0.5 − 2.5
    assert two["on_target"] is False  # 0.5 < 1.5
    assert data["waves"]["2026-01"]["objectives"]["1"]["stakeholders"]["n"] == 0


def test_the_alerts_say_it_in_both_languages(tmp_path) -> None:
    analysis = _analysis(tmp_path)
    english = json.loads(analysis.text("json", "en"))["waves"]["2026-04"]["alerts"]
    french = json.loads(analysis.text("json", "fr"))["waves"]["2026-04"]["alerts"]
    said = [a["message"] for a in english if a["code"] == "OBJECTIVE_VIEWS_DIFFER"]
    assert "Objective 2: the sponsor sees +0.5 where the coachee sees +2.5" in said[0]
    dit = [a["message"] for a in french if a["code"] == "OBJECTIVE_VIEWS_DIFFER"]
    assert "le commanditaire voit +0,5 là où la personne coachée voit +2,5" in dit[0]
    # objective 1 rests on the managers: their alliance in 2026-04 is under the floor?
    weak = [a for a in english if a["code"] == "OBJECTIVE_WEAK_GROUP"]
    alliance = analysis.metrics().waves["2026-04"].alliance["groups"]["Managers"]["alliance"]
    assert bool(weak) is (alliance < 0.5)
    assert said[0] in analysis.text("table")  # the text summary says it too


def test_each_pair_has_the_changes(tmp_path) -> None:
    data = json.loads(_analysis(tmp_path).text("json"))
    change = data["changes"]["2026-04->2026-06"]["objectives"]
    # the three managers: 1 → 2, 2 → 3, 0 → 1: each +1, mean +1; three people cannot
    # decide at 5 % (the smallest p of a sign-flip test on three is 2/8)
    managers = change["1"]["stakeholders"]
    assert managers["n_paired"] == 3 and managers["paired_delta"] == pytest.approx(1.0)
    assert managers["significant"] is False and managers["decidable"] is False
    assert change["2"]["sponsor"] == {"before": 0.5, "after": 2.0, "delta": 1.5}


def test_without_objectives_the_json_is_as_before() -> None:
    data = json.loads(
        Analysis(read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")).text("json")
    )
    assert "objectives" not in data["waves"]["2026-01"]
    assert "objectives" not in data["changes"]["2026-01->2026-04"]


def test_people_without_consent_are_no_view_of_their_own(tmp_path) -> None:
    lines = (SAMPLE / "register.csv").read_text(encoding="utf-8").splitlines()
    hidden = ("pdurand", "hgarnier")
    rows = [f"{r},{'no' if r.split(',')[0] in hidden else 'yes'}" for r in lines[1:]]
    register = tmp_path / "register.csv"
    register.write_text("\n".join([lines[0] + ",consent", *rows]) + "\n", encoding="utf-8")
    data = json.loads(_analysis(tmp_path, register=register).text("json"))
    two = data["waves"]["2026-04"]["objectives"]["2"]
    assert two["self"]["n"] == 0 and two["sponsor"]["n"] == 0  # no view of one person
    assert two["stakeholders"]["n"] == 1  # the sponsor's answer counts among them


SHARED = """wave,rater,objective,progress
2026-04,ibenali,1,+1
2026-04,cmercier,1,+2
2026-04,lperrin,1,0
2026-04,tgirard,1,+1
2026-04,flefevre,1,{DIRECTION}
2026-04,pdurand,1,{SPONSOR}
2026-04,hgarnier,1,+3
2026-04,cmoreau,1,+2
"""


def _shared(folder: Path, direction: str, sponsor: str) -> str:
    (folder / "objectives.csv").write_text(OBJECTIVES, encoding="utf-8")
    answers = folder / "progress.csv"
    answers.write_text(SHARED.format(DIRECTION=direction, SPONSOR=sponsor), encoding="utf-8")
    survey = read_survey(
        [SAMPLE / "survey.csv", answers],
        register=SAMPLE / "register.csv",
        objectives=folder / "objectives.csv",
    )
    return Analysis(survey, audience=Audience("shared", 3)).text("json")


def test_the_shared_version_shows_groups_of_k_and_nothing_of_a_smaller_one(tmp_path) -> None:
    """Managers: 4 answers; Direction: 2 (François Lefèvre and the sponsor, who counts in
    their group): under K = 3, left out of every figure; the coachee and the coach are no
    view of their own."""
    text = _shared(tmp_path, "+3", "-2")
    one = json.loads(text)["waves"]["2026-04"]["objectives"]["1"]
    # Managers 1, 2, 0, 1: mean 1, improved 3/4, worse 0; the stakeholders are they alone
    assert one["groups"] == {"Managers": {"mean": 1.0, "n": 4, "improved": 0.75, "worse": 0.0}}
    assert one["stakeholders"] == one["groups"]["Managers"]
    assert one["groups_left_out"] == ["Direction"]
    assert (one["progress"], one["on_target"]) == (1.0, True)
    assert "self" not in one and "sponsor" not in one and "coach" not in one
    # Direction's answers changed: the shared output is the same, byte for byte
    assert _shared(tmp_path, "-3", "+3") == text
    assert "OBJECTIVE_" not in text  # no alert about one person's view
