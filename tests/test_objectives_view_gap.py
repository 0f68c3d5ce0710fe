"""The gap from which two views of an objective's progress part (DESIGN.md section 10,
"|gap| ≥ 1.5 points (configurable)"), set as the other alert thresholds are: in Python
with ``Thresholds(view_gap=...)``, on the command line with ``metrics --view-gap``.

The sample, wave 2026-04 (data/sample/progress.csv), views and gaps by hand:

- objective 1: self +2, sponsor +1, coach +2, stakeholders 14 / 12 ≈ +1.17;
  sponsor − self = −1, stakeholders − self ≈ −0.83, coach − stakeholders ≈ +0.83;
- objective 2: self +3, sponsor +1, coach +2, stakeholders 11 / 12 ≈ +0.92;
  sponsor − self = −2, stakeholders − self ≈ −2.08, coach − stakeholders ≈ +1.08;
- objective 3: self +2, sponsor +1, coach +1, stakeholders 6 / 17 ≈ +0.35;
  sponsor − self = −1, stakeholders − self ≈ −1.65, coach − stakeholders ≈ +0.65.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from alliance_graph import Analysis, read_survey
from alliance_graph.cli import cli
from alliance_graph.metrics import Thresholds
from tests.conftest import SAMPLE, SAMPLE_WITH_OBJECTIVES

#: The gaps of at least 1.5, then of at least 1.0 (the hand computation above).
AT_1_5 = [("2", "sponsor_self"), ("2", "stakeholders_self"), ("3", "stakeholders_self")]
AT_1_0 = [
    ("1", "sponsor_self"),
    ("2", "sponsor_self"),
    ("2", "stakeholders_self"),
    ("2", "coach_stakeholders"),
    ("3", "sponsor_self"),
    ("3", "stakeholders_self"),
]


def _survey():
    return read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "progress.csv"],
        register=SAMPLE / "register.csv",
        objectives=SAMPLE / "objectives.csv",
    )


def _parted(alerts) -> list[tuple[str, str]]:
    return sorted(
        (a.subject, dict(a.params)["variant"])
        for a in alerts
        if a.code.value == "OBJECTIVE_VIEWS_DIFFER"
    )


@pytest.mark.parametrize(("view_gap", "expected"), [(1.5, AT_1_5), (1.0, AT_1_0), (2.5, [])])
def test_from_python(view_gap: float, expected: list) -> None:
    analysis = Analysis(_survey(), thresholds=Thresholds(view_gap=view_gap))
    assert _parted(analysis.metrics().waves["2026-04"].alerts) == sorted(expected)


def test_the_default_is_one_and_a_half_points() -> None:
    assert Thresholds().view_gap == 1.5
    assert _parted(Analysis(_survey()).metrics().waves["2026-04"].alerts) == sorted(AT_1_5)
    with pytest.raises(ValueError, match="view_gap must be between 0 and 6"):
        Thresholds(view_gap=-0.5)


def _cli(*flags: str):
    args = [
        "metrics",
        *SAMPLE_WITH_OBJECTIVES,
        "--quiet",
        *flags,
    ]
    return CliRunner().invoke(cli, args)


def test_from_the_command_line() -> None:
    result = _cli("--view-gap", "1", "--format", "json")
    assert result.exit_code == 0, result.output
    alerts = json.loads(result.stdout)["waves"]["2026-04"]["alerts"]
    parted = [a for a in alerts if a["code"] == "OBJECTIVE_VIEWS_DIFFER"]
    assert sorted(a["subject"] for a in parted) == [o for o, _ in AT_1_0]
    assert "Objective 1: the sponsor sees +1.0 where the coachee sees +2.0" in "".join(
        a["message"] for a in parted
    )
    outside = _cli("--view-gap", "7")
    assert outside.exit_code == 2 and "Traceback" not in outside.output
    assert "--view-gap" in outside.output
