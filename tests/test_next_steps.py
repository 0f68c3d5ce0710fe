"""What to do now: each next conversation's gain checked by hand against the balance index
B = 1 − P / ((m − 1) · S) (P: the sum of |A(G) − A(H)| over the pairs of groups, S the sum
of the A(G)), the power weights, the days since the last contact, the real changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_graph import load_survey
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.next_steps import conversations, next_steps
from tests.conftest import SAMPLE

# Scale 1–5, t = (x − 1) / 4. In W2: the sponsor Sam 1.0; Team A: Ada 0.5, Abe 0.5 (the
# coach rates Abe 4 = 0.75, Abe rates the coach 2 = 0.25: not returned); Team B: Bea 0.5,
# Bob 1.0. A(sponsor) = 1, A(Team A) = 0.5, A(Team B) = 0.75: level L = 0.75;
# P = 0.5 + 0.25 + 0.25 = 1, S = 2.25, B = 1 − 1 / (2 · 2.25) = 7/9.
SURVEY = """wave,date,rater,ratee,trust
W1,2026-01-15,sam,cleo,5
W1,2026-01-15,cleo,sam,5
W1,2026-01-15,ada,cleo,4
W1,2026-01-15,cleo,ada,4
W1,2026-01-15,abe,cleo,4
W1,2026-01-15,cleo,abe,4
W1,2026-01-15,bea,cleo,3
W1,2026-01-15,cleo,bea,3
W1,2026-01-15,bob,cleo,4
W1,2026-01-15,cleo,bob,4
W2,2026-03-20,sam,cleo,5
W2,2026-03-20,cleo,sam,5
W2,2026-03-20,ada,cleo,3
W2,2026-03-20,cleo,ada,3
W2,2026-03-20,abe,cleo,2
W2,2026-03-20,cleo,abe,4
W2,2026-03-20,bea,cleo,3
W2,2026-03-20,cleo,bea,3
W2,2026-03-20,bob,cleo,5
W2,2026-03-20,cleo,bob,5
"""
REGISTER = """id,name,group,role,power
cleo,Cleo,Coach,coach,3
sam,Sam,Board,sponsor,5
ada,Ada,Team A,stakeholder,1
abe,Abe,Team A,stakeholder,4
bea,Bea,Team B,stakeholder,2
bob,Bob,Team B,stakeholder,
"""
MEETINGS = """timestamp,source,target
2026-02-10,cleo,abe
2026-03-01,ada,cleo
2026-03-05,cleo,abe
2026-03-10,cleo,sam
2026-03-12,ada,bea
"""


def _survey(folder: Path, register: str = REGISTER, log: bool = True):
    (folder / "survey.csv").write_text(SURVEY, encoding="utf-8")
    (folder / "register.csv").write_text(register, encoding="utf-8")
    (folder / "meetings.csv").write_text(MEETINGS, encoding="utf-8")
    inputs = [folder / "survey.csv"] + ([folder / "meetings.csv"] if log else [])
    return load_survey(inputs, register=folder / "register.csv", scale="1:5")


def _b(*values: float) -> float:
    """B = 1 − P / ((m − 1) · S), by the pairs."""
    m, pairs = len(values), 0.0
    for i in range(m):
        for j in range(i + 1, m):
            pairs += abs(values[i] - values[j])
    return 1 - pairs / ((m - 1) * sum(values))


def test_each_gain_by_hand(tmp_path: Path) -> None:
    plain = "\n".join(line.rsplit(",", 1)[0] for line in REGISTER.splitlines()) + "\n"
    survey = _survey(tmp_path, plain, log=False)
    steps = next_steps(compute_metrics(survey, seed=0), survey)
    assert steps is not None and not steps.weighted and not steps.contact_log
    assert steps.level == pytest.approx(0.75) and steps.balance_index == pytest.approx(7 / 9)
    assert _b(1, 0.5, 0.75) == pytest.approx(7 / 9)
    found = {c.key: c for c in steps.conversations}
    # Team A reaches the level: (1, 0.75, 0.75): P = 0.5, S = 2.5, B = 1 − 0.5 / 5 = 0.9
    team = found["Team A"]
    assert team.kind == "group" and team.members == 2 and team.person is None
    assert team.balance_index == pytest.approx(0.9) == pytest.approx(_b(1, 0.75, 0.75))
    assert team.balance_gain == pytest.approx(0.9 - 7 / 9)
    assert team.level == pytest.approx(2.5 / 3) and team.level_gain == pytest.approx(0.25 / 3)
    # Ada (or Abe) reaches the level: A(Team A) = 0.5 + 0.25 / 2 = 0.625;
    # (1, 0.625, 0.75): P = 0.375 + 0.25 + 0.125 = 0.75, S = 2.375, B = 1 − 0.75 / 4.75
    for person in ("ada", "abe"):
        one = found[person]
        assert one.kind == "person" and one.group == "Team A" and one.alliance == 0.5
        assert one.balance_index == pytest.approx(1 - 0.75 / 4.75)
        assert one.balance_gain == pytest.approx(1 - 0.75 / 4.75 - 7 / 9)
        assert one.level_gain == pytest.approx(0.125 / 3)
    # Bea (0.5) in Team B (0.75, at the level): A(Team B) = 0.75 + 0.125 = 0.875;
    # (1, 0.5, 0.875): P = 0.5 + 0.125 + 0.375 = 1, S = 2.375, B = 1 − 1 / 4.75
    assert found["bea"].balance_gain == pytest.approx(1 - 1 / 4.75 - 7 / 9)
    # nobody else is under the level: not Team B (at it), not the sponsor, not Bob
    assert [c.key for c in steps.conversations] == ["Team A", "abe", "ada", "bea"]
    assert all(
        c.weight is None and c.score == pytest.approx(c.balance_gain) for c in found.values()
    )
    assert steps.not_returned == ("abe",) and steps.underestimated == ()
    assert steps.weakest_group == "Team A" and steps.weakest_alliance == 0.5
    assert steps.floor is None  # 0.5 is not under the 0.50 floor
    assert steps.sponsor_alliance == 1.0
    assert steps.sponsor_dominance == pytest.approx(1 - (0.5 + 0.75) / 2)
    assert steps.dominance_threshold == 0.2  # its alert is raised


def test_power_weights_the_ranking(tmp_path: Path) -> None:
    survey = _survey(tmp_path)
    steps = next_steps(compute_metrics(survey, seed=0), survey)
    assert steps is not None and steps.weighted
    found = {c.key: c for c in steps.conversations}
    # power / the largest (5, Sam's; the coach's 3 does not count): Ada 0.2, Abe 0.8,
    # Bea 0.4; Bob has none: the mean of the known, (1 + 0.2 + 0.8 + 0.4) / 4 = 0.6
    assert found["ada"].weight == pytest.approx(0.2) and found["abe"].weight == pytest.approx(0.8)
    assert found["Team A"].weight == pytest.approx(0.5)  # the mean of its members'
    assert found["bea"].weight == pytest.approx(0.4)
    for item in found.values():
        assert item.score == pytest.approx(item.balance_gain * item.weight)
    # 0.1222 · 0.5 = 0.0611 > 0.0643 · 0.8 = 0.0515 > 0.0643 · 0.2 > 0.0117 · 0.4
    assert [c.key for c in steps.conversations] == ["Team A", "abe", "ada", "bea"]
    assert found["abe"].score > found["ada"].score


def test_days_since_the_last_contact(tmp_path: Path) -> None:
    survey = _survey(tmp_path)
    steps = next_steps(compute_metrics(survey, seed=0), survey)
    assert steps is not None and steps.contact_log
    # counted to W2's last answer, 20 March (the log ends on 12 March)
    assert steps.reference_date == "2026-03-20"
    found = {c.key: c for c in steps.conversations}
    assert (found["abe"].last_contact, found["abe"].days_since_contact) == ("2026-03-05", 15)
    assert (found["ada"].last_contact, found["ada"].days_since_contact) == ("2026-03-01", 19)
    assert found["Team A"].days_since_contact == 15  # the latest with any member
    # Ada met Bea, not the coach: Bea has no contact
    assert found["bea"].last_contact is None and found["bea"].days_since_contact is None


def test_ties_are_broken_by_name_and_nothing_without_a_coach() -> None:
    groups = {"A": {"alliance": 0.5, "n": 2}, "B": {"alliance": 1.0, "n": 2}}
    people = {
        "z": {"alliance": 0.5, "group": "A", "role": "stakeholder"},
        "y": {"alliance": 0.5, "group": "A", "role": "stakeholder"},
        "b1": {"alliance": 1.0, "group": "B", "role": "stakeholder"},
        "b2": {"alliance": 1.0, "group": "B", "role": "stakeholder"},
    }
    ranked = conversations(groups, people, names={"z": "Anna", "y": "zoe"})
    assert [c.key for c in ranked] == ["A", "z", "y"]  # Anna before zoe, whatever the ids
    assert conversations({}, {}) == []
    # one group: B is undefined, the level's gain ranks: z (0.25) reaches the level 0.5,
    # A(A) = 0.5 + 0.25 / 2 = 0.625
    two = {"z": {**people["z"], "alliance": 0.25}, "y": {**people["y"], "alliance": 0.75}}
    (alone,) = conversations({"A": {"alliance": 0.5, "n": 2}}, two)
    assert alone.key == "z" and alone.balance_index is None and alone.balance_gain is None
    assert alone.level_gain == pytest.approx(0.125) and alone.score == pytest.approx(0.125)


def test_the_sample_calls_only_real_changes_real() -> None:
    survey = load_survey([SAMPLE / "survey.csv"], register=SAMPLE / "register.csv", scale="1:5")
    metrics = compute_metrics(survey, seed=0)
    steps = next_steps(metrics, survey)
    assert steps is not None and steps.previous == "2026-04"
    change = metrics.changes["2026-04->2026-06"]
    real = {g for g, r in change.groups.items() if r["significant"]}
    assert [c.subject for c in steps.real_changes] == ["balance_index", *sorted(real)]
    assert real == {"Collaborateurs"}
    first = next_steps(metrics, survey, wave="2026-01")
    assert first is not None and first.previous is None and first.real_changes == ()
    assert first.dominance_threshold == 0.2  # the sponsor's alert in the first wave
    assert isinstance(steps.to_dict()["conversations"], list)
