"""A coach who skips a wave's own ratings: detected, said in compare, the report and the web
app, and the two waves compared like with like (the stakeholders' direction only)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.shared import shared_metrics
from tests.web_support import PEOPLE, create, log_in, make_app, register_csv, text, upload

STAKEHOLDERS = [p[0] for p in PEOPLE if p[3] != "coach"]
#: each stakeholder's rating of the coach (T1, T2), and the coach's rating of them in T1
TO_COACH = {"boss": (4, 4), "lead": (4, 5), "m1": (2, 3), "m2": (3, 3), "m3": (2, 4)}
TO_COACH |= {"t1": (5, 4), "t2": (4, 4), "t3": (3, 5)}
FROM_COACH = dict.fromkeys(STAKEHOLDERS, 5)


def _wave(index: int, coach_rates: bool) -> str:
    lines = ["rater,ratee,trust"]
    lines += [f"{k},coach,{TO_COACH[k][index]}" for k in STAKEHOLDERS]
    if coach_rates:
        lines += [f"coach,{k},{FROM_COACH[k]}" for k in STAKEHOLDERS]
    return "\n".join(lines) + "\n"


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for name, text_ in (
        ("T1.csv", _wave(0, True)),
        ("T2.csv", _wave(1, False)),
        ("register.csv", register_csv().decode()),
    ):
        (tmp_path / name).write_text(text_)
        paths.append(str(tmp_path / name))
    return paths


def _strength(score: int) -> float:
    return (score - 1) / 4


def test_the_change_is_computed_on_the_stakeholders_direction(files: list[str]) -> None:
    survey = load_survey(files[:2], register=files[2], scale="1:5")
    change = compute_metrics(survey, permutations=0).to_dict()["changes"]["T1->T2"]
    assert change["coach_skipped"] == "T2" and change["stakeholders_skipped"] is None
    assert change["alliance_basis"] == "to_coach"
    managers = ("m1", "m2", "m3")
    by_hand = sum(_strength(TO_COACH[m][1]) - _strength(TO_COACH[m][0]) for m in managers) / 3
    assert change["groups"]["Managers"]["delta"] == pytest.approx(by_hand)  # +1/3 point
    # the mixed comparison would have been (T2 one direction) − (T1 both directions)
    mixed = (
        sum(_strength(TO_COACH[m][1]) for m in managers) / 3
        - sum((_strength(TO_COACH[m][0]) + 1) / 2 for m in managers) / 3
    )
    assert mixed < 0 < by_hand
    team = ("t1", "t2", "t3")
    level_t1 = {
        "sponsor": _strength(4),
        "coachee": _strength(4),
        "Managers": sum(_strength(TO_COACH[m][0]) for m in managers) / 3,
        "Team": sum(_strength(TO_COACH[t][0]) for t in team) / 3,
    }
    level_t2 = {
        "sponsor": _strength(4),
        "coachee": _strength(5),
        "Managers": sum(_strength(TO_COACH[m][1]) for m in managers) / 3,
        "Team": sum(_strength(TO_COACH[t][1]) for t in team) / 3,
    }
    expected = sum(level_t2.values()) / 4 - sum(level_t1.values()) / 4
    assert change["deltas"]["level"] == pytest.approx(expected)


def test_compare_and_report_warn_in_words(files: list[str], tmp_path: Path) -> None:
    args = [*files[:2], "--register", files[2], "--scale", "1:5"]
    result = CliRunner().invoke(cli, ["compare", *args, "--permutations", "0"])
    assert result.exit_code == 0, result.output
    assert "The coach's ratings of the stakeholders are missing in T2" in result.output
    data = json.loads(CliRunner().invoke(cli, ["compare", *args, "--format", "json"]).stdout)
    assert data["changes"]["T1->T2"]["coach_skipped"] == "T2"
    out = tmp_path / "r.html"
    report = CliRunner().invoke(cli, ["report", *args, "-o", str(out), "--lang", "fr"])
    assert report.exit_code == 0, report.output
    page = out.read_text(encoding="utf-8").replace("&#39;", "'")
    assert "Les évaluations des parties prenantes par le coach manquent en T2" in page
    # the headline cards' alliance change is the like-for-like one, and says so
    assert page.count("À périmètre égal : sur les évaluations faites dans les deux") == 2
    level = re.search(r'data-card="level">.*?▲ (\+0,\d\d) <span', page, re.S)
    assert level is not None  # the alliance level rose once compared like with like


def test_the_shared_figures_compare_like_with_like(files: list[str]) -> None:
    survey = load_survey(files[:2], register=files[2], scale="1:5")
    change = shared_metrics(survey, patterns=1000)["changes"]["T1->T2"]
    assert change["coach_skipped"] == "T2" and change["alliance_basis"] == "to_coach"


def test_the_web_comparison_says_it(tmp_path: Path, files: list[str]) -> None:
    client = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    engagement = create(client)
    for wave, path in (("T1", files[0]), ("T2", files[1])):
        response = upload(
            client,
            engagement,
            Path(path).read_bytes(),
            f"{wave}.csv",
            register=register_csv() if wave == "T1" else None,
            wave=wave,
            scale="1:5",
        )
        assert response.status_code == 303, text(response)
    page = text(client.get(f"/engagements/{engagement}/compare"))
    assert "The coach's ratings of the stakeholders are missing in T2" in page
