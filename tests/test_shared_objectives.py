"""The objectives in the shared version, worked out by hand: groups of K, the changes
under the K rules, and the coachee's, the sponsor's and the coach's views only when the
coach chooses to share them (DESIGN.md section 10, privacy).

The engagement, K = 3: coach ``c``; coachee ``e`` and sponsor ``s`` in ``Board`` with
``b1``…``b4``; ``t1``…``t4`` in ``Team``; ``x1``, ``x2`` in ``Small`` (a group of two,
never shown: its answers must leave no trace).

- ``O1``: in T2 the Board is the sponsor, ``b1`` and ``b2``: three people, so shown
  without the viewpoints, but only two besides the sponsor, so left out with them.
- ``O2``: the Board is shown in both waves either way; three of its people answered both
  times with the sponsor, two without: tested only without the viewpoints. Two people of
  the Team answered both times: never tested.
- ``O3``: rated by the Team in T1 alone: no change to show.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alliance_graph import Analysis, Audience, read_survey
from alliance_graph.metrics.shared import redact, shared_metrics
from alliance_graph.metrics.shared_objectives import shared_objectives

REGISTER = """id,name,group,role{CONSENT_HEAD}
c,Carla,Coach,coach{YES}
e,Eve,Board,coachee{YES}
s,Sam,Board,sponsor{SPONSOR}
b1,Bea,Board,stakeholder{YES}
b2,Ben,Board,stakeholder{YES}
b3,Bob,Board,stakeholder{YES}
b4,Bo,Board,stakeholder{YES}
t1,Tom,Team,stakeholder{YES}
t2,Tess,Team,stakeholder{YES}
t3,Theo,Team,stakeholder{YES}
t4,Tina,Team,stakeholder{YES}
x1,Xia,Small,stakeholder{YES}
x2,Xavier,Small,stakeholder{YES}
"""
RATINGS = "wave,rater,ratee,score\nT1,t1,c,4\nT1,c,t1,4\nT2,t1,c,4\nT2,c,t1,4\n"
OBJECTIVES = "id,objective,observers,target\nO1,Delegate,,1\nO2,Speak up,,1\nO3,Listen,,1\n"
PROGRESS = """wave,rater,objective,progress
T1,e,O1,3
T1,s,O1,0
T1,c,O1,2
T1,b1,O1,1
T1,b2,O1,2
T1,b3,O1,0
T1,t1,O1,1
T1,t2,O1,1
T1,t3,O1,2
T1,t4,O1,-1
T1,x1,O1,{X1}
T1,x2,O1,{X2}
T2,e,O1,3
T2,s,O1,2
T2,c,O1,3
T2,b1,O1,2
T2,b2,O1,3
T2,t1,O1,2
T2,t2,O1,3
T2,t3,O1,2
T2,t4,O1,1
T2,x1,O1,{X1}
T2,x2,O1,{X2}
T1,s,O2,0
T1,b1,O2,1
T1,b2,O2,2
T1,b3,O2,0
T1,t1,O2,1
T1,t2,O2,0
T1,t3,O2,2
T2,s,O2,1
T2,b1,O2,2
T2,b2,O2,2
T2,b4,O2,1
T2,t1,O2,2
T2,t2,O2,1
T2,t4,O2,3
T1,t1,O3,1
T1,t2,O3,1
T1,t3,O3,1
"""


def _survey(folder: Path, *, small=(-3, -2), sponsor_consents: bool | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    consent = sponsor_consents is not None
    register = REGISTER.format(
        CONSENT_HEAD=",consent" if consent else "",
        YES=",yes" if consent else "",
        SPONSOR=(",yes" if sponsor_consents else ",no") if consent else "",
    )
    files = {
        "register.csv": register,
        "ratings.csv": RATINGS,
        "objectives.csv": OBJECTIVES,
        "progress.csv": PROGRESS.format(X1=small[0], X2=small[1]),
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    survey = read_survey(
        [folder / "ratings.csv", folder / "progress.csv"],
        register=folder / "register.csv",
        objectives=folder / "objectives.csv",
        scale="1:5",
    )
    assert survey.ok, [i.describe() for i in survey.errors]
    return survey


def _objectives(folder: Path, viewpoints: bool = False, **options):
    found = shared_objectives(
        _survey(folder, **options), 3, viewpoints=viewpoints, pairs=[("T1", "T2")]
    )
    assert found is not None
    return found


def view(mean, n, improved, worse) -> dict:
    return {"mean": pytest.approx(mean), "n": n, "improved": improved, "worse": worse}


UNTESTED = {
    "paired_delta": None,
    "p_value": None,
    "ci_low": None,
    "ci_high": None,
    "decidable": False,
    "significant": False,
}


def test_each_wave_without_the_viewpoints(tmp_path) -> None:
    figures = _objectives(tmp_path).figures
    one = figures["T1"]["O1"]
    assert list(one) == ["stakeholders", "groups", "progress", "target", "on_target",
                         "groups_left_out"]  # fmt: skip
    # Board: the sponsor 0, b1 1, b2 2, b3 0; Team: 1, 1, 2, −1; Small (two) left out
    assert one["groups"] == {"Board": view(0.75, 4, 0.5, 0.0), "Team": view(0.75, 4, 0.75, 0.25)}
    assert one["stakeholders"] == view(0.75, 8, 5 / 8, 1 / 8)
    assert (one["progress"], one["on_target"], one["groups_left_out"]) == (0.75, False, ["Small"])
    two = figures["T2"]["O1"]  # Board: the sponsor 2, b1 2, b2 3: three people
    assert two["groups"] == {"Board": view(7 / 3, 3, 1.0, 0.0), "Team": view(2.0, 4, 1.0, 0.0)}
    assert two["stakeholders"] == view(15 / 7, 7, 1.0, 0.0)
    assert two["on_target"] is True


def test_with_the_viewpoints_the_sponsor_does_not_count_towards_k(tmp_path) -> None:
    figures = _objectives(tmp_path, viewpoints=True).figures
    one = figures["T1"]["O1"]
    assert list(one)[:4] == ["self", "sponsor", "coach", "stakeholders"]
    assert one["self"] == view(3.0, 1, 1.0, 0.0)
    assert one["sponsor"] == view(0.0, 1, 0.0, 0.0)
    assert one["coach"] == view(2.0, 1, 1.0, 0.0)
    # T1: b1, b2, b3 besides the sponsor: the Board is shown, its figure as without
    assert one["groups"]["Board"] == view(0.75, 4, 0.5, 0.0)
    # T2: the sponsor's answer is shown alone, so the Board (sponsor, b1, b2) is two people:
    # left out, the stakeholders' view is the Team's
    two = figures["T2"]["O1"]
    assert two["sponsor"] == view(2.0, 1, 1.0, 0.0)
    assert two["groups"] == {"Team": view(2.0, 4, 1.0, 0.0)}
    assert two["stakeholders"] == view(2.0, 4, 1.0, 0.0)
    assert two["groups_left_out"] == ["Board", "Small"]
    # nobody but the Team rated O3, and the coachee did not: a view with nobody is empty
    assert figures["T1"]["O3"]["self"] == {"mean": None, "n": 0, "improved": None, "worse": None}


def test_changes_of_the_groups_shown_in_both_waves(tmp_path) -> None:
    change = _objectives(tmp_path).changes["T1->T2"]
    one = change["O1"]
    assert set(one) == {"stakeholders", "groups"} and set(one["groups"]) == {"Board", "Team"}
    board = one["groups"]["Board"]  # s 0 → 2, b1 1 → 2, b2 2 → 3: d = 2, 1, 1
    assert (board["before"], board["after"]) == (0.75, pytest.approx(7 / 3))
    assert (board["n_before"], board["n_after"], board["n_paired"]) == (4, 3, 3)
    # the sign-flip test on three: only "all up" and "all down" reach |Σ d| = 4: p = 2/8
    assert board["paired_delta"] == pytest.approx(4 / 3) and board["p_value"] == 0.25
    assert board["decidable"] is False and board["significant"] is False
    team = one["groups"]["Team"]  # d = 1, 2, 0, 2: p = 2 · 2 / 16 (the 0 flips freely)
    assert (team["paired_delta"], team["p_value"], team["delta"]) == (1.25, 0.25, 1.25)
    everyone = one["stakeholders"]  # both groups tested: the seven people, d sum 9
    assert everyone["before"] == 0.75 and everyone["after"] == pytest.approx(15 / 7)
    assert (everyone["n_before"], everyone["n_after"], everyone["n_paired"]) == (8, 7, 7)
    assert everyone["paired_delta"] == pytest.approx(9 / 7)
    assert everyone["p_value"] == pytest.approx(4 / 128)  # a real change
    assert everyone["decidable"] is True and everyone["significant"] is True
    assert everyone["ci_low"] > 0


def test_a_group_with_too_few_paired_people_is_not_tested_nor_in_the_total(tmp_path) -> None:
    """O2: the Team (t1, t2 both times) is shown in both waves but two people cannot be
    tested; the stakeholders' test is on the Board's three people alone, or the Team's
    two changes could be worked out by subtraction."""
    two = _objectives(tmp_path).changes["T1->T2"]["O2"]
    team = two["groups"]["Team"]
    assert (team["n_paired"], team["delta"]) == (2, pytest.approx(1.0))  # 1 → 2
    assert {k: team[k] for k in UNTESTED} == UNTESTED
    board = two["groups"]["Board"]  # s 0 → 1, b1 1 → 2, b2 2 → 2: p = 2 · 2 / 8
    assert (board["n_paired"], board["paired_delta"], board["p_value"]) == (3, 2 / 3, 0.5)
    everyone = two["stakeholders"]
    assert (everyone["before"], everyone["after"]) == (pytest.approx(6 / 7), pytest.approx(12 / 7))
    assert (everyone["n_paired"], everyone["paired_delta"]) == (3, pytest.approx(2 / 3))
    assert everyone["p_value"] == 0.5


def test_no_group_in_both_waves_no_change(tmp_path) -> None:
    assert _objectives(tmp_path).changes["T1->T2"]["O3"] == {"stakeholders": None, "groups": {}}


def test_changes_with_the_viewpoints(tmp_path) -> None:
    change = _objectives(tmp_path, viewpoints=True).changes["T1->T2"]
    one = change["O1"]
    assert one["self"] == {"before": 3.0, "after": 3.0, "delta": 0.0}
    assert one["sponsor"] == {"before": 0.0, "after": 2.0, "delta": 2.0}
    assert one["coach"] == {"before": 2.0, "after": 3.0, "delta": 1.0}
    assert list(one["groups"]) == ["Team"]  # the Board is not shown in T2
    assert one["stakeholders"]["n_paired"] == 4 and one["stakeholders"]["p_value"] == 0.25
    # O2: the Board's people besides the sponsor who answered both times are two: no test,
    # and so no test of the stakeholders either
    two = change["O2"]
    assert two["groups"]["Board"]["n_paired"] == 3
    assert {k: two["groups"]["Board"][k] for k in UNTESTED} == UNTESTED
    assert two["stakeholders"]["n_paired"] == 0
    assert {k: two["stakeholders"][k] for k in UNTESTED} == UNTESTED
    assert two["self"] == {"before": None, "after": None, "delta": None}


def test_a_sponsor_without_consent_has_no_view_and_counts_towards_k(tmp_path) -> None:
    found = _objectives(tmp_path, viewpoints=True, sponsor_consents=False)
    two = found.figures["T2"]["O1"]
    assert two["sponsor"] == {"mean": None, "n": 0, "improved": None, "worse": None}
    assert two["groups"]["Board"] == view(7 / 3, 3, 1.0, 0.0)  # counted as a stakeholder
    assert found.changes["T1->T2"]["O1"]["sponsor"]["delta"] is None


@pytest.mark.parametrize("viewpoints", [False, True])
def test_the_group_of_two_leaves_no_trace(tmp_path, viewpoints) -> None:
    def shared(folder: Path, small) -> str:
        survey = _survey(folder, small=small)
        return json.dumps(shared_metrics(survey, share_viewpoints=viewpoints, patterns=200))

    text = shared(tmp_path / "a", (-3, -2))
    assert text == shared(tmp_path / "b", (3, 3))
    assert '"share_viewpoints": true' in text if viewpoints else "share_viewpoints" not in text


def test_the_option_goes_with_the_shared_audience_only() -> None:
    assert Audience("shared", 4, share_viewpoints=True).share_viewpoints
    assert Audience("shared").share_viewpoints is False
    with pytest.raises(ValueError, match="goes with the shared audience"):
        Audience("coach", share_viewpoints=True)
    with pytest.raises(ValueError, match="True or False"):
        Audience("shared", share_viewpoints="yes")  # type: ignore[arg-type]


def test_the_analysis_shares_what_its_audience_says(tmp_path) -> None:
    survey = _survey(tmp_path)
    plain = json.loads(Analysis(survey, audience=Audience("shared")).text("json"))
    chosen = Audience("shared", share_viewpoints=True)
    shared = json.loads(Analysis(survey, audience=chosen).text("json"))
    assert "self" not in plain["waves"]["T1"]["objectives"]["O1"]
    assert shared["waves"]["T1"]["objectives"]["O1"]["self"]["mean"] == 3.0
    assert shared["share_viewpoints"] is True and "share_viewpoints" not in plain
    assert "sponsor" in shared["changes"]["T1->T2"]["objectives"]["O1"]
    assert redact(survey).figures == redact(survey, share_viewpoints=False).figures
