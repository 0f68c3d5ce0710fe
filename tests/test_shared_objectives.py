"""The objectives in the shared version, worked out by hand: groups of K, the changes
under the K rules, and the coachee's, the sponsor's and the coach's views only when the
coach chooses to share them (DESIGN.md section 10, privacy).

The engagement, K = 3: coach ``c``; coachee ``e`` and sponsor ``s`` in ``Board`` with
``b1``…``b4``; ``t1``…``t4`` in ``Team``; ``x1``, ``x2`` in ``Small`` (a group of two,
never shown: its answers must leave no trace). As in the coach's figures, a group's view
holds neither the coachee nor the sponsor: the Board's view is that of ``b1``…``b4``.

- ``O1``: in T2 the Board is the sponsor, ``b1`` and ``b2``: two people besides the
  sponsor, so left out, with the viewpoints or without.
- ``O2``: the Board is shown in both waves, and ``b1``, ``b2``, ``b3`` answered both
  times: tested. Two people of the Team answered both times: never tested.
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
T2,b3,O2,1
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
    # Board: b1 1, b2 2, b3 0 (not the sponsor's 0); Team: 1, 1, 2, −1; Small left out;
    # the sponsor's answer is in no figure: the stakeholders are the Board and the Team
    assert one["groups"] == {"Board": view(1.0, 3, 2 / 3, 0.0), "Team": view(0.75, 4, 0.75, 0.25)}
    assert one["stakeholders"] == view(6 / 7, 7, 5 / 7, 1 / 7)
    assert (one["progress"], one["on_target"], one["groups_left_out"]) == (
        pytest.approx(6 / 7),
        False,
        ["Small"],
    )
    two = figures["T2"]["O1"]  # Board: b1 2, b2 3 besides the sponsor: two people
    assert two["groups"] == {"Team": view(2.0, 4, 1.0, 0.0)}
    assert two["stakeholders"] == view(2.0, 4, 1.0, 0.0)
    assert (two["on_target"], two["groups_left_out"]) == (True, ["Board", "Small"])
    o2 = figures["T2"]["O2"]  # Board b1 2, b2 2, b3 1, b4 1; Team t1 2, t2 1, t4 3
    assert o2["groups"] == {"Board": view(1.5, 4, 1.0, 0.0), "Team": view(2.0, 3, 1.0, 0.0)}
    assert o2["stakeholders"] == view(12 / 7, 7, 1.0, 0.0)


def test_a_group_is_the_same_as_in_the_coachs_figures(tmp_path) -> None:
    """DESIGN.md section 10: a group's view leaves out the coachee and the sponsor, in the
    coach's figures and in the shared ones alike."""
    survey = _survey(tmp_path)
    coach = Analysis(survey).metrics().waves["T1"].objectives
    assert coach is not None
    for viewpoints in (False, True):
        found = shared_objectives(survey, 3, viewpoints=viewpoints)
        assert found is not None
        assert found.figures["T1"]["O1"]["groups"]["Board"] == coach["O1"]["groups"]["Board"]
    assert coach["O1"]["groups"]["Board"] == view(1.0, 3, 2 / 3, 0.0)


def test_with_the_viewpoints_the_sponsor_does_not_count_towards_k(tmp_path) -> None:
    figures = _objectives(tmp_path, viewpoints=True).figures
    one = figures["T1"]["O1"]
    assert list(one)[:4] == ["self", "sponsor", "coach", "stakeholders"]
    assert one["self"] == view(3.0, 1, 1.0, 0.0)
    assert one["sponsor"] == view(0.0, 1, 0.0, 0.0)
    assert one["coach"] == view(2.0, 1, 1.0, 0.0)
    # the Board's figure as without; the sponsor's 0, shown on its own, is also one of the
    # stakeholders' answers, as in the coach's figures: (3 + 3 + 0) / 8
    assert one["groups"]["Board"] == view(1.0, 3, 2 / 3, 0.0)
    assert one["stakeholders"] == view(0.75, 8, 5 / 8, 1 / 8)
    # T2: the Board (b1, b2) is left out; the stakeholders are the Team and the sponsor's 2
    two = figures["T2"]["O1"]
    assert two["sponsor"] == view(2.0, 1, 1.0, 0.0)
    assert two["groups"] == {"Team": view(2.0, 4, 1.0, 0.0)}
    assert two["stakeholders"] == view(2.0, 5, 1.0, 0.0)
    assert two["groups_left_out"] == ["Board", "Small"]
    # nobody but the Team rated O3, and the coachee did not: a view with nobody is empty
    assert figures["T1"]["O3"]["self"] == {"mean": None, "n": 0, "improved": None, "worse": None}


def test_the_stakeholders_view_needs_k_people_besides_the_sponsor(tmp_path) -> None:
    """Only the sponsor and a group of two answered: the sponsor's answer alone is no
    stakeholders' view (its count says one answer, which the sponsor's own view shows
    anyway), and it counts in no group."""
    folder = tmp_path / "in"
    survey = _survey(folder)
    progress = "wave,rater,objective,progress\nT1,s,O1,2\nT1,b1,O1,1\nT1,b2,O1,1\n"
    (folder / "progress.csv").write_text(progress, encoding="utf-8")
    survey = read_survey(
        [folder / "ratings.csv", folder / "progress.csv"],
        register=folder / "register.csv",
        objectives=folder / "objectives.csv",
        scale="1:5",
    )
    found = shared_objectives(survey, 3, viewpoints=True)
    assert found is not None
    one = found.figures["T1"]["O1"]
    assert one["sponsor"] == view(2.0, 1, 1.0, 0.0)
    assert one["stakeholders"] == {"mean": None, "n": 1, "improved": None, "worse": None}
    assert (one["groups"], one["groups_left_out"], one["progress"]) == ({}, ["Board"], None)
    plain = shared_objectives(survey, 3)
    assert plain is not None  # without the viewpoints, no trace of the sponsor's answer
    assert plain.figures["T1"]["O1"]["stakeholders"]["n"] == 0


def test_changes_of_the_groups_shown_in_both_waves(tmp_path) -> None:
    change = _objectives(tmp_path).changes["T1->T2"]
    one = change["O1"]  # the Board is not shown in T2: the Team alone
    assert set(one) == {"stakeholders", "groups"} and set(one["groups"]) == {"Team"}
    team = one["groups"]["Team"]  # d = 1, 2, 0, 2: p = 2 · 2 / 16 (the 0 flips freely)
    assert (team["before"], team["after"], team["delta"]) == (0.75, 2.0, 1.25)
    assert (team["n_paired"], team["paired_delta"], team["p_value"]) == (4, 1.25, 0.25)
    everyone = one["stakeholders"]  # over the Team, the one group shown in both waves
    assert (everyone["before"], everyone["after"], everyone["n_paired"]) == (0.75, 2.0, 4)
    assert (everyone["paired_delta"], everyone["p_value"]) == (1.25, 0.25)
    assert everyone["decidable"] is False and everyone["significant"] is False


def test_a_group_with_too_few_paired_people_is_not_tested_nor_in_the_total(tmp_path) -> None:
    """O2: the Team (t1, t2 both times) is shown in both waves but two people cannot be
    tested; the stakeholders' test is on the Board's three people alone, or the Team's
    two changes could be worked out by subtraction."""
    two = _objectives(tmp_path).changes["T1->T2"]["O2"]
    team = two["groups"]["Team"]
    assert (team["n_paired"], team["delta"]) == (2, pytest.approx(1.0))  # 1 → 2
    assert {k: team[k] for k in UNTESTED} == UNTESTED
    board = two["groups"]["Board"]  # b1 1 → 2, b2 2 → 2, b3 0 → 1: p = 2 · 2 / 8
    assert (board["before"], board["after"], board["n_before"], board["n_after"]) == (
        1.0,
        1.5,
        3,
        4,
    )
    assert (board["n_paired"], board["paired_delta"], board["p_value"]) == (
        3,
        pytest.approx(2 / 3),
        0.5,
    )
    everyone = two["stakeholders"]  # T1: 1, 2, 0, 1, 0, 2; T2: 2, 2, 1, 1, 2, 1, 3
    assert (everyone["before"], everyone["after"]) == (1.0, pytest.approx(12 / 7))
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
    # the Team and the sponsor: (3 + 0) / 5 → (8 + 2) / 5; d = 1, 2, 0, 2 and the
    # sponsor's 2: the four not 0 reach |Σ d| = 7 only all up or all down, p = 2 / 16
    everyone = one["stakeholders"]
    assert (everyone["before"], everyone["after"]) == (0.6, 2.0)
    assert (everyone["n_before"], everyone["n_after"], everyone["n_paired"]) == (5, 5, 5)
    assert everyone["paired_delta"] == pytest.approx(1.4)
    assert everyone["p_value"] == 0.125
    # O2: the Board (b1, b2, b3) is tested as without the viewpoints; the stakeholders'
    # test adds the sponsor (0 → 1): d = 1, 0, 1, 1, p = 2 · 2 / 16
    two = change["O2"]
    board = two["groups"]["Board"]
    assert (board["n_paired"], board["p_value"]) == (3, 0.5)
    everyone = two["stakeholders"]
    assert (everyone["before"], everyone["after"]) == (pytest.approx(6 / 7), 13 / 8)
    assert (everyone["n_paired"], everyone["paired_delta"], everyone["p_value"]) == (
        4,
        0.75,
        0.25,
    )
    assert two["self"] == {"before": None, "after": None, "delta": None}


def test_a_sponsor_without_consent_has_no_view_and_counts_nowhere(tmp_path) -> None:
    found = _objectives(tmp_path, viewpoints=True, sponsor_consents=False)
    two = found.figures["T2"]["O1"]
    assert two["sponsor"] == {"mean": None, "n": 0, "improved": None, "worse": None}
    assert two["groups_left_out"] == ["Board", "Small"]  # b1 and b2: two people
    assert two["stakeholders"] == view(2.0, 4, 1.0, 0.0)  # the Team alone
    assert found.figures["T1"]["O1"]["stakeholders"] == view(6 / 7, 7, 5 / 7, 1 / 7)
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
