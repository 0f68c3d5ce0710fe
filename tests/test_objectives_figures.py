"""Progress on the kick-off objectives (DESIGN.md section 10): every figure of a small
engagement worked out by hand, the alerts present and absent, and the changes tested.

The engagement: coach ``c``; coachee ``e`` in the register group ``Team`` (so the
coachee's answers must stay out of the Team view and out of the observers); sponsor ``s``
in ``Board`` with ``b1`` (so ``Board`` is a group of two whose group view holds ``b1``
only, while the sponsor counts in the stakeholders' view and as an observer of ``Board``);
``t1``…``t4`` in ``Team`` (a group of four). ``O1`` is observed by ``Team``; ``O2`` by
everyone (no observers), with a target of +1.5.
"""

from __future__ import annotations

import pandas as pd
import pytest

from alliance_graph.metrics.objective_changes import objective_changes
from alliance_graph.metrics.objectives import (
    objective_alerts,
    objective_figures,
    viewpoint_answers,
)

WAVES = ("T1", "T2", "T3")
PEOPLE = pd.DataFrame(
    {
        "id": ["c", "e", "s", "b1", "t1", "t2", "t3", "t4"],
        "name": ["Coach", "Eve", "Sam", "Bea", "Tom", "Tess", "Theo", "Tina"],
        "group": [None, "Team", "Board", "Board", "Team", "Team", "Team", "Team"],
        "role": ["coach", "coachee", "sponsor"] + ["stakeholder"] * 5,
    }
)
OBJECTIVES = pd.DataFrame(
    {
        "id": ["O1", "O2"],
        "objective": ["Delegate more", "Speak up at the board"],
        "agreed_on": [None, None],
        "agreed_by": [("coachee", "sponsor", "coach")] * 2,
        "observers": [("Team",), ()],
        "target": [1.0, 1.5],
        "indicator": [None, "Board minutes"],
    }
)
ANSWERS = {  # (wave, objective): {rater: progress}
    ("T1", "O1"): {"e": 0, "s": 1, "c": 2, "t1": 0, "t2": 1, "t3": -1, "t4": 0},
    ("T1", "O2"): {"e": 1, "s": -1, "c": 1, "t1": 0, "t2": 0, "t3": 0, "t4": 0, "b1": 0},
    ("T2", "O1"): {"e": 2, "c": 2, "t1": 1, "t2": 2, "t3": 1, "b1": 3},
    ("T2", "O2"): {"e": 2, "c": 3},
    ("T3", "O1"): {"e": 2, "s": 2, "c": 3, "t1": 1, "t2": 3, "t3": 2, "t4": 1},
    ("T3", "O2"): {"e": 3, "s": 0, "c": 2, "t1": 1, "t2": 1, "t3": 1, "t4": 1, "b1": 2},
}
PROGRESS = pd.DataFrame(
    [
        {"wave": w, "rater": r, "objective": o, "progress": float(x)}
        for (w, o), answers in ANSWERS.items()
        for r, x in answers.items()
    ]
)
ALLIANCES = {
    "T1": {"Team": 0.45, "Board": 0.7, "sponsor": 0.8, "coachee": 0.4},
    "T2": {"Team": 0.5, "Board": 0.6, "sponsor": 0.49, "coachee": 0.7},
}  # no alliance known for T3
NONE = {"mean": None, "n": 0, "improved": None, "worse": None}


def view(mean: float, n: int, improved: float, worse: float) -> dict:
    return {"mean": pytest.approx(mean), "n": n, "improved": improved, "worse": worse}


@pytest.fixture(scope="module")
def figures() -> dict:
    return objective_figures(
        OBJECTIVES, PROGRESS, PEOPLE, WAVES, alliance_groups=ALLIANCES, floor=0.5
    )


@pytest.fixture(scope="module")
def changes() -> dict:
    return objective_changes(OBJECTIVES, PROGRESS, PEOPLE, WAVES)


def test_shape(figures):
    assert list(figures) == ["T1", "T2", "T3"]
    assert all(list(by_objective) == ["O1", "O2"] for by_objective in figures.values())
    record = figures["T1"]["O1"]
    assert set(record) == {
        "self", "sponsor", "coach", "stakeholders", "groups", "progress", "target",
        "on_target", "gaps", "n_observers", "alerts",
    }  # fmt: skip
    # Board's only member besides the sponsor is b1; the coachee's Team view is t1…t4.
    assert list(record["groups"]) == ["Board", "Team"]


def test_first_wave_delegation(figures):
    record = figures["T1"]["O1"]
    assert record["self"] == view(0.0, 1, 0.0, 0.0)
    assert record["sponsor"] == view(1.0, 1, 1.0, 0.0)
    assert record["coach"] == view(2.0, 1, 1.0, 0.0)
    # Team t1…t4 = 0, 1, −1, 0: mean 0/4 = 0, improved 1/4 (t2), worse 1/4 (t3); e is out.
    assert record["groups"]["Team"] == view(0.0, 4, 0.25, 0.25)
    assert record["groups"]["Board"] == NONE  # b1 did not answer, the sponsor is no member
    # stakeholders s, t1…t4 = 1, 0, 1, −1, 0: mean 1/5 = 0.2, improved 2/5, worse 1/5.
    assert record["stakeholders"] == view(0.2, 5, 0.4, 0.2)
    assert record["progress"] == pytest.approx(0.2)
    assert (record["target"], record["on_target"]) == (1.0, False)  # 0.2 < 1
    # sponsor − self = 1 − 0; stakeholders − self = 0.2 − 0; coach − stakeholders = 2 − 0.2.
    assert record["gaps"] == {
        "sponsor_self": 1.0,
        "stakeholders_self": pytest.approx(0.2),
        "coach_stakeholders": pytest.approx(1.8),
    }
    assert record["n_observers"] == 4  # t1…t4; the coachee is in Team but no observer


def test_first_wave_board(figures):
    record = figures["T1"]["O2"]
    assert record["self"] == view(1.0, 1, 1.0, 0.0)
    assert record["sponsor"] == view(-1.0, 1, 0.0, 1.0)
    assert record["coach"] == view(1.0, 1, 1.0, 0.0)
    assert record["groups"]["Team"] == view(0.0, 4, 0.0, 0.0)
    assert record["groups"]["Board"] == view(0.0, 1, 0.0, 0.0)  # b1 alone
    # stakeholders s, b1, t1…t4 = −1, 0, 0, 0, 0, 0: mean −1/6, worse 1/6.
    assert record["stakeholders"] == view(-1 / 6, 6, 0.0, pytest.approx(1 / 6))
    assert (record["target"], record["on_target"]) == (1.5, False)
    # −1 − 1 = −2; −1/6 − 1 = −7/6; 1 − (−1/6) = 7/6.
    assert record["gaps"] == {
        "sponsor_self": -2.0,
        "stakeholders_self": pytest.approx(-7 / 6),
        "coach_stakeholders": pytest.approx(7 / 6),
    }
    assert record["n_observers"] == 6  # everyone but the coach and the coachee


def test_second_wave(figures):
    record = figures["T2"]["O1"]
    assert record["sponsor"] == NONE
    # Team t1, t2, t3 = 1, 2, 1: mean 4/3, all improved; b1 = 3 (not an observer of O1).
    assert record["groups"]["Team"] == view(4 / 3, 3, 1.0, 0.0)
    assert record["groups"]["Board"] == view(3.0, 1, 1.0, 0.0)
    # stakeholders t1, t2, t3, b1 = 1, 2, 1, 3: mean 7/4.
    assert record["stakeholders"] == view(1.75, 4, 1.0, 0.0)
    assert record["on_target"] is True  # 1.75 ≥ 1
    # no sponsor; 1.75 − 2 = −0.25; 2 − 1.75 = 0.25.
    assert record["gaps"] == {
        "sponsor_self": None,
        "stakeholders_self": -0.25,
        "coach_stakeholders": 0.25,
    }
    assert record["n_observers"] == 3


def test_nobody_but_the_coach_and_the_coachee(figures):
    record = figures["T2"]["O2"]
    assert record["self"] == view(2.0, 1, 1.0, 0.0)
    assert record["coach"] == view(3.0, 1, 1.0, 0.0)
    assert record["stakeholders"] == NONE
    assert record["groups"] == {"Board": NONE, "Team": NONE}
    assert (record["progress"], record["on_target"], record["n_observers"]) == (None, None, 0)
    assert record["gaps"] == dict.fromkeys(
        ("sponsor_self", "stakeholders_self", "coach_stakeholders")
    )


def test_third_wave(figures):
    delegation, board = figures["T3"]["O1"], figures["T3"]["O2"]
    # Team 1, 3, 2, 1: 7/4; stakeholders s + Team = 2 + 7 = 9, over 5: 1.8.
    assert delegation["groups"]["Team"] == view(1.75, 4, 1.0, 0.0)
    assert delegation["stakeholders"] == view(1.8, 5, 1.0, 0.0)
    assert delegation["gaps"] == {
        "sponsor_self": 0.0,  # 2 − 2
        "stakeholders_self": pytest.approx(-0.2),  # 1.8 − 2
        "coach_stakeholders": pytest.approx(1.2),  # 3 − 1.8
    }
    # stakeholders s, b1, t1…t4 = 0, 2, 1, 1, 1, 1: 6/6 = 1, improved 5/6 (all but s).
    assert board["stakeholders"] == view(1.0, 6, pytest.approx(5 / 6), 0.0)
    assert (board["progress"], board["on_target"]) == (1.0, False)  # 1 < 1.5
    assert board["gaps"] == {
        "sponsor_self": -3.0,  # 0 − 3
        "stakeholders_self": -2.0,  # 1 − 3
        "coach_stakeholders": 1.0,  # 2 − 1
    }


def codes(alerts: list[dict]) -> list[tuple]:
    return [
        (a["code"], a["subject"], a["params"].get("gap", a["params"].get("group"))) for a in alerts
    ]


def test_alerts_by_wave(figures):
    alerts = objective_alerts(figures)
    assert codes(alerts["T1"]) == [
        ("OBJECTIVE_VIEWS_DIFFER", "O1", "coach_stakeholders"),  # |1.8| ≥ 1.5
        ("OBJECTIVE_WEAK_GROUP", "O1", "Team"),  # 0.45 < 0.5
        ("OBJECTIVE_VIEWS_DIFFER", "O2", "sponsor_self"),  # |−2| ≥ 1.5; |±7/6| < 1.5
        ("OBJECTIVE_WEAK_GROUP", "O2", "Team"),  # everyone observes; coachee 0.4 is no observer
    ]
    assert codes(alerts["T2"]) == [
        ("OBJECTIVE_NO_SPONSOR", "O1", None),  # Team at 0.5 is not under the floor
        ("OBJECTIVE_WEAK_GROUP", "O2", "sponsor"),  # 0.49 < 0.5
        ("OBJECTIVE_NOT_RATED", "O2", None),
        ("OBJECTIVE_NO_SPONSOR", "O2", None),
    ]
    assert codes(alerts["T3"]) == [  # no alliance known in T3: no weak group
        ("OBJECTIVE_VIEWS_DIFFER", "O2", "sponsor_self"),
        ("OBJECTIVE_VIEWS_DIFFER", "O2", "stakeholders_self"),
    ]


def test_alert_records(figures):
    gap, weak = figures["T1"]["O1"]["alerts"]
    assert gap == {
        "code": "OBJECTIVE_VIEWS_DIFFER",
        "severity": "warning",
        "subject": "O1",
        "params": {
            "objective": "O1",
            "wave": "T1",
            "gap": "coach_stakeholders",
            "first": 2.0,
            "second": pytest.approx(0.2),
            "difference": pytest.approx(1.8),
        },
    }
    assert weak == {
        "code": "OBJECTIVE_WEAK_GROUP",
        "severity": "warning",
        "subject": "O1",
        "params": {
            "objective": "O1",
            "wave": "T1",
            "group": "Team",
            "alliance": 0.45,
            "floor": 0.5,
        },
    }
    _, not_rated, no_sponsor = figures["T2"]["O2"]["alerts"]
    assert not_rated["severity"] == "warning"
    assert not_rated["params"] == {"objective": "O2", "wave": "T2", "observers": []}
    assert no_sponsor == {
        "code": "OBJECTIVE_NO_SPONSOR",
        "severity": "info",
        "subject": "O2",
        "params": {"objective": "O2", "wave": "T2"},
    }


def test_thresholds_are_settings():
    figures = objective_figures(
        OBJECTIVES, PROGRESS, PEOPLE, WAVES, alliance_groups=ALLIANCES, floor=0.45, gap_threshold=2
    )
    # 1.8 < 2 now; |−2| ≥ 2 still; Team at 0.45 is on the floor, not under it; T2's sponsor
    # at 0.49 is over it.
    assert codes(objective_alerts(figures)["T1"]) == [
        ("OBJECTIVE_VIEWS_DIFFER", "O2", "sponsor_self")
    ]
    assert ("OBJECTIVE_WEAK_GROUP", "O2", "sponsor") not in codes(objective_alerts(figures)["T2"])


def test_no_alliance_no_weak_group():
    figures = objective_figures(OBJECTIVES, PROGRESS, PEOPLE, WAVES)
    assert all(
        a["code"] != "OBJECTIVE_WEAK_GROUP"
        for alerts in objective_alerts(figures).values()
        for a in alerts
    )


def test_a_wave_without_answers():
    figures = objective_figures(OBJECTIVES, PROGRESS, PEOPLE, (*WAVES, "T4"))
    for record in figures["T4"].values():
        assert [record[v] for v in ("self", "sponsor", "coach", "stakeholders")] == [NONE] * 4
        assert record["groups"] == {"Board": NONE, "Team": NONE}
        assert (record["progress"], record["on_target"], record["n_observers"]) == (None, None, 0)
        assert record["alerts"] == []  # nobody answered anything: nothing is missing yet


def test_no_sponsor_in_the_register():
    people = PEOPLE.assign(role=PEOPLE["role"].replace("sponsor", "stakeholder"))
    figures = objective_figures(OBJECTIVES, PROGRESS, people, WAVES)
    found = [a["code"] for alerts in objective_alerts(figures).values() for a in alerts]
    assert "OBJECTIVE_NO_SPONSOR" not in found
    # s is now a Board stakeholder: in the Board view with b1 in T1 (−1 and 0: −1/2).
    assert figures["T1"]["O2"]["groups"]["Board"] == view(-0.5, 2, 0.0, 0.5)
    assert figures["T1"]["O2"]["sponsor"] == NONE


def test_observers_strangers_and_repeated_answers():
    objectives = pd.DataFrame({"id": ["B"], "observers": [("Board",)], "target": [None]})
    progress = pd.DataFrame(
        {
            "wave": ["T1"] * 5,
            "rater": ["s", "x", "x", "e", "t1"],
            "objective": ["B", "B", "B", "B", "B"],
            "progress": [2.0, 1.0, -2.0, 3.0, float("nan")],
        }
    )
    record = objective_figures(objectives, progress, PEOPLE, ["T1"])["T1"]["B"]
    assert record["target"] == 1.0  # no target given: +1
    # x (not in the register) answered twice: one person, (1 − 2)/2 = −0.5, no group.
    assert record["groups"]["(no group)"] == view(-0.5, 1, 0.0, 0.0)
    # stakeholders s, x = 2, −0.5: 1.5/2 = 0.75; t1's blank answer is no answer.
    assert record["stakeholders"] == view(0.75, 2, 0.5, 0.0)
    assert record["n_observers"] == 1  # the sponsor, a member of Board
    assert [a["code"] for a in record["alerts"]] == ["OBJECTIVE_VIEWS_DIFFER"]  # 0.75 − 3


def test_viewpoint_answers_lists_each_view():
    table = viewpoint_answers(OBJECTIVES, PROGRESS, PEOPLE, ["T1"])
    sponsor = table[(table["rater"] == "s") & (table["objective"] == "O1")]
    assert sorted(sponsor["view"]) == ["sponsor", "stakeholders"]
    coachee = table[(table["rater"] == "e") & (table["objective"] == "O1")]
    assert list(coachee["view"]) == ["self"]
    # T1, O1: own views e, s, c (3) + stakeholders s, t1…t4 (5) + groups t1…t4 (4);
    # O2: own views (3) + stakeholders s, b1, t1…t4 (6) + groups b1, t1…t4 (5).
    assert len(table) == (3 + 5 + 4) + (3 + 6 + 5)


def test_default_pairs(changes):
    assert list(changes) == ["T1->T2", "T2->T3", "T1->T3"]
    assert list(changes["T1->T3"]) == ["O1", "O2"]
    assert list(changes["T1->T3"]["O1"]) == ["self", "sponsor", "coach", "stakeholders", "groups"]


def test_significant_change_of_six_people(changes):
    board = changes["T1->T3"]["O2"]
    assert board["self"] == {"before": 1.0, "after": 3.0, "delta": 2.0}
    assert board["sponsor"] == {"before": -1.0, "after": 0.0, "delta": 1.0}
    assert board["coach"] == {"before": 1.0, "after": 2.0, "delta": 1.0}
    everyone = board["stakeholders"]
    # b1 0 → 2, s −1 → 0, t1…t4 0 → 1: d = 2, 1, 1, 1, 1, 1; mean 7/6 = delta −1/6 → 1.
    assert everyone["before"] == pytest.approx(-1 / 6)
    assert everyone["delta"] == pytest.approx(7 / 6)
    assert (everyone["n_before"], everyone["n_after"], everyone["n_paired"]) == (6, 6, 6)
    assert everyone["paired_delta"] == pytest.approx(7 / 6)
    # All changes positive: only "no flip" and "all flipped" reach |Σ d| = 7: 2/2⁶.
    assert everyone["p_value"] == pytest.approx(2 / 64)
    # Shift δ < 1: all dᵢ − δ > 0, p = 2/64, rejected. δ = 1: (1, 0, …, 0), every pattern
    # reaches |1|, kept. 1 < δ < 2 with a = δ − 1: besides the observed |1 − 6a| and its
    # mirror, flipping b1 alone gives |1 + 4a| ≥ |1 − 6a|: 4 patterns, p = 4/64 > 0.05,
    # kept. δ = 2: (0, −1 × 5): the four patterns with the five −1 alike reach 5, kept.
    # δ > 2: all negative, rejected. So the interval is [1, 2] (up to the test's tolerance
    # on ties, 1e-9 · Σ |dᵢ − δ|, which lets the upper bound go a few 1e-9 beyond 2).
    assert everyone["ci_low"] == pytest.approx(1.0, abs=1e-8)
    assert everyone["ci_high"] == pytest.approx(2.0, abs=1e-8)
    assert (everyone["decidable"], everyone["significant"]) == (True, True)


def test_four_and_one_people_are_not_enough(changes):
    groups = changes["T1->T3"]["O2"]["groups"]
    team = groups["Team"]  # t1…t4 0 → 1: d = 1, 1, 1, 1; p = 2/16, and 2/16 > 0.05
    assert (team["delta"], team["n_paired"], team["paired_delta"]) == (1.0, 4, 1.0)
    assert team["p_value"] == pytest.approx(0.125)
    assert (team["ci_low"], team["ci_high"], team["decidable"], team["significant"]) == (
        None, None, False, False,
    )  # fmt: skip
    board = groups["Board"]  # b1 alone, 0 → 2: a delta, no test
    assert (board["delta"], board["n_paired"], board["p_value"], board["significant"]) == (
        2.0, 1, None, False,
    )  # fmt: skip


def test_three_paired_people(changes):
    delegation = changes["T1->T2"]["O1"]
    assert delegation["self"]["delta"] == 2.0  # 0 → 2
    assert delegation["sponsor"] == {"before": 1.0, "after": None, "delta": None}
    assert delegation["coach"]["delta"] == 0.0
    everyone = delegation["stakeholders"]
    # 0.2 → 1.75 over everyone; paired t1 0 → 1, t2 1 → 2, t3 −1 → 1: d = 1, 1, 2.
    assert everyone["delta"] == pytest.approx(1.55)
    assert (everyone["n_before"], everyone["n_after"], everyone["n_paired"]) == (5, 4, 3)
    assert everyone["paired_delta"] == pytest.approx(4 / 3)
    # Σ εd over the 8 patterns: ±4, ±2, ±2, 0, 0: only the two ±4 reach 4: p = 2/8.
    assert everyone["p_value"] == pytest.approx(0.25)
    assert (everyone["ci_low"], everyone["decidable"], everyone["significant"]) == (
        None, False, False,
    )  # fmt: skip
    team = delegation["groups"]["Team"]  # 0 → 4/3, the same three people paired
    assert (team["delta"], team["n_paired"]) == (pytest.approx(4 / 3), 3)
    assert team["p_value"] == pytest.approx(0.25)
    board = delegation["groups"]["Board"]  # b1 answered in T2 only
    assert (board["before"], board["after"], board["delta"]) == (None, 3.0, None)
    assert (board["n_before"], board["n_after"], board["n_paired"]) == (0, 1, 0)


def test_changes_with_a_zero(changes):
    delegation = changes["T2->T3"]["O1"]["stakeholders"]
    # 1.75 → 1.8; paired t1 1 → 1, t2 2 → 3, t3 1 → 2: d = 0, 1, 1. |Σ| = 2 is reached by
    # (±0, +1, +1) and (±0, −1, −1): 4/8.
    assert delegation["delta"] == pytest.approx(0.05)
    assert delegation["n_paired"] == 3
    assert delegation["p_value"] == pytest.approx(0.5)
    # Nobody outside the coach and the coachee answered O2 in T2: nothing to compare.
    assert changes["T1->T2"]["O2"]["stakeholders"]["delta"] is None
    assert changes["T1->T2"]["O2"]["stakeholders"]["n_paired"] == 0


def test_min_group_size_and_pairs():
    found = objective_changes(
        OBJECTIVES, PROGRESS, PEOPLE, WAVES, pairs=[("T1", "T3")], min_group_size=5
    )
    assert list(found) == ["T1->T3"]
    assert found["T1->T3"]["O2"]["groups"]["Team"]["p_value"] is None  # 4 paired < 5
    assert found["T1->T3"]["O2"]["stakeholders"]["p_value"] == pytest.approx(2 / 64)


def test_deterministic():
    # 20 people (above the exact enumeration): the p-value rests on seeded draws.
    raters = [f"p{i:02d}" for i in range(20)]
    people = pd.DataFrame(
        {"id": raters, "name": raters, "group": ["Many"] * 20, "role": ["stakeholder"] * 20}
    )
    before = [0, 1, -1, 0, 2, 0, 1, 0, -2, 1, 0, 0, 1, -1, 0, 2, 0, 1, 0, 0]
    after = [1, 0, 0, 1, 2, -1, 2, 0, -1, 1, 1, 0, 0, 0, 1, 2, 1, 1, 0, -1]
    progress = pd.DataFrame(
        {
            "wave": ["A"] * 20 + ["B"] * 20,
            "rater": raters * 2,
            "objective": ["O"] * 40,
            "progress": [float(x) for x in before + after],
        }
    )
    objectives = pd.DataFrame({"id": ["O"], "observers": [()], "target": [1.0]})
    runs = [
        objective_changes(objectives, progress, people, ["A", "B"], patterns=200, seed=7)
        for _ in range(2)
    ]
    assert runs[0] == runs[1]
    assert runs[0]["A->B"]["O"]["stakeholders"]["n_paired"] == 20
    again = [objective_changes(OBJECTIVES, PROGRESS, PEOPLE, WAVES) for _ in range(2)]
    assert again[0] == again[1]
    assert objective_figures(OBJECTIVES, PROGRESS, PEOPLE, WAVES) == objective_figures(
        OBJECTIVES, PROGRESS, PEOPLE, WAVES
    )


def test_plain_values(figures, changes):
    """Plain Python numbers, never numpy scalars nor NaN."""

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        else:
            assert value is None or type(value) in (str, int, float, bool), value
            assert value == value  # not NaN

    walk(figures)
    walk(changes)
