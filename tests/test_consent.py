"""Consent, end to end: a person without consent is never named, even in the coach's own
outputs, and their answers count only in group figures."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.metrics import compute_metrics
from alliance_graph.privacy import conceal
from tests.conftest import SAMPLE

#: The sponsor left the cell blank (no consent) and a manager said no.
SECRETS = {"pdurand": "Philippe Durand", "ibenali": "Inès Benali"}
SPONSOR, MANAGER = "Sponsor (anonymous)", "Managers (anonymous 1)"


@pytest.fixture
def register(tmp_path: Path) -> Path:
    with (SAMPLE / "register.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    path = tmp_path / "register.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, [*rows[0], "consent"])
        writer.writeheader()
        for row in rows:
            consent = {"pdurand": "", "ibenali": "non"}.get(row["id"], "oui")
            writer.writerow({**row, "consent": consent})
    return path


def _args(register: Path) -> list[str]:
    return [str(SAMPLE / "survey.csv"), "--register", str(register)]


def _no_secret(text: str) -> None:
    for person, name in SECRETS.items():
        assert name not in text and not re.search(rf"\b{person}\b", text), person


def test_the_coach_report_names_them_not_and_shows_none_of_their_ties(tmp_path, register):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", *_args(register), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    _no_secret(html)
    assert MANAGER in html and SPONSOR in html
    data = json.loads(
        re.search(r'id="report-data">(.*?)</script>', html, re.S).group(1)  # type: ignore[union-attr]
    )
    ids = [node["id"] for node in data["nodes"]]
    for wave, rows in data["ties"].items():
        sources = {ids[row[0]] for row in rows}
        assert MANAGER not in sources and SPONSOR not in sources, wave
        assert any(ids[row[1]] == MANAGER for row in rows)  # what others say still shows


def test_their_answers_count_only_in_group_figures(register):
    survey = load_survey(SAMPLE / "survey.csv", register=register)
    hidden = conceal(survey)
    masked = compute_metrics(hidden, patterns=1000, permutations=50).to_dict()
    everyone = replace(hidden, stakeholders=hidden.stakeholders.assign(consent=True))
    full = compute_metrics(everyone, patterns=1000, permutations=50).to_dict()
    for wave, figures in masked["waves"].items():
        assert figures["nodes"][MANAGER]["trust_given"] is None
        assert full["waves"][wave]["nodes"][MANAGER]["trust_given"] is not None
        assert figures["alliance"]["stakeholders"][MANAGER]["to_coach"] is None
        # the manager's answer is still inside the Managers' figure
        managers = figures["alliance"]["groups"]["Managers"]["alliance"]
        assert managers == full["waves"][wave]["alliance"]["groups"]["Managers"]["alliance"]
        # the sponsor is a group of one: showing it would show their answer
        assert "sponsor" not in figures["alliance"]["groups"]
        assert figures["alliance"]["sponsor_dominance"] is None
        assert figures["network"]["mean_trust"] == full["waves"][wave]["network"]["mean_trust"]
    for change in masked["changes"].values():
        assert "sponsor" not in change["groups"]
        rows = [row for key in ("ties_strengthened", "ties_weakened") for row in change[key]]
        assert all(row["source"] not in (MANAGER, SPONSOR) for row in rows)


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["metrics", "--format", "json"],
        ["metrics", "--format", "csv"],
        ["metrics"],
        ["compare"],
        ["compare", "--format", "json"],
    ],
)
def test_no_command_names_them(register, command):
    result = CliRunner().invoke(cli, [command[0], *_args(register), *command[1:]])
    assert result.exit_code == 0, result.output
    _no_secret(result.output)


def test_exports_leave_their_ties_out(tmp_path, register):
    out = tmp_path / "net.csv"
    args = ["export", *_args(register), "--format", "csv", "-o", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    ties = (tmp_path / "net-ties.csv").read_text(encoding="utf-8")
    people = (tmp_path / "net-people.csv").read_text(encoding="utf-8")
    _no_secret(ties + people)
    sources = {row["source"] for row in csv.DictReader(ties.splitlines())}
    assert MANAGER not in sources and SPONSOR not in sources
    assert MANAGER in people


def test_the_web_app_names_them_not(tmp_path, register):
    from tests.web_support import create, log_in, make_app, upload

    client = log_in(make_app(tmp_path / "ws.sqlite").test_client())
    engagement = create(client)
    upload(
        client,
        engagement,
        (SAMPLE / "survey.csv").read_bytes(),
        register=register.read_bytes(),
    )
    for path in ("", "/report?lang=en", "/report?lang=fr", "/metrics.json", "/network.json"):
        response = client.get(f"/engagements/{engagement}{path}")
        assert response.status_code == 200, path
        _no_secret(response.get_data(as_text=True))


def test_the_meeting_log_names_them_not_either(tmp_path, register):
    args = [str(SAMPLE / "survey.csv"), str(SAMPLE / "meetings.csv"), "--register", str(register)]
    runner = CliRunner()
    out = runner.invoke(cli, ["metrics", *args, "--format", "json"])
    assert out.exit_code == 0, out.output
    _no_secret(out.output)
    figures = json.loads(out.stdout)
    for wave in figures["waves"].values():
        layers = wave["interactions"]["layers"]
        assert MANAGER not in layers["low_not_met"] and SPONSOR not in layers["low_not_met"]
        assert wave["interactions"]["attention"]["outside"] == 0  # their time still counts
    report = tmp_path / "r.html"
    assert runner.invoke(cli, ["report", *args, "-o", str(report)]).exit_code == 0
    _no_secret(report.read_text(encoding="utf-8"))
    hidden = runner.invoke(cli, ["metrics", *args, "--pseudonymise"])
    assert "Philippe Durand" not in hidden.output and "Your time by group" in hidden.output


def test_their_label_is_one_id_in_every_language_said_in_each(tmp_path, register):
    """A person's id never depends on the language; the label is said in the reader's."""
    runner = CliRunner()
    outputs = {}
    for lang in ("en", "fr"):
        run = runner.invoke(cli, ["metrics", *_args(register), "--format", "json", "--lang", lang])
        assert run.exit_code == 0, run.output
        outputs[lang] = json.loads(run.stdout)
    for wave, figures in outputs["en"]["waves"].items():
        assert list(figures["nodes"]) == list(outputs["fr"]["waves"][wave]["nodes"])
        assert figures["nodes"][MANAGER]["name"] == MANAGER
        assert outputs["fr"]["waves"][wave]["nodes"][MANAGER]["name"] == "Managers (anonyme 1)"
    text = runner.invoke(cli, ["metrics", *_args(register), "--lang", "fr"]).output
    assert "anonymous" not in text
    report = tmp_path / "r.html"
    run = runner.invoke(cli, ["report", *_args(register), "--lang", "fr", "-o", str(report)])
    assert run.exit_code == 0, run.output
    html = report.read_text(encoding="utf-8")
    assert "Commanditaire (anonyme)" in html and "Managers (anonyme 1)" in html
    assert "(anonymous" not in html.split('id="report-data">')[0]  # words, not ids, shown
    gexf = tmp_path / "net.gexf"
    run = runner.invoke(
        cli, ["export", *_args(register), "--format", "gexf", "--lang", "fr", "-o", str(gexf)]
    )
    assert run.exit_code == 0, run.output
    network = gexf.read_text(encoding="utf-8")
    assert f'id="{MANAGER}"' in network and 'value="Managers (anonyme 1)"' in network


def test_the_web_app_computes_the_figures_once_for_every_language(tmp_path, register, monkeypatch):
    import alliance_graph.metrics as metrics
    from tests.web_support import create, log_in, make_app, upload

    client = log_in(make_app(tmp_path / "ws.sqlite").test_client())
    engagement = create(client)
    upload(client, engagement, (SAMPLE / "survey.csv").read_bytes(), register=register.read_bytes())
    calls = []
    original = metrics.compute_metrics
    monkeypatch.setattr(
        metrics, "compute_metrics", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    pages = {}
    for lang in ("en", "fr", "en"):
        response = client.get(f"/engagements/{engagement}/report?lang={lang}")
        assert response.status_code == 200
        pages[lang] = response.get_data(as_text=True)
    assert len(calls) == 1
    assert "Managers (anonyme 1)" in pages["fr"] and MANAGER in pages["en"]


COMMENTED = """wave,rater,ratee,trust,comment
T1,A1,C,4,The sponsor says Bruno Petit must go
T1,C,A1,4,
T1,A2,C,4,
T1,C,A2,3,
"""
COMMENT_REGISTER = """id,name,group,role,consent
C,Carla Coach,Coach,coach,yes
A1,Alice Martin,Team,stakeholder,yes
A2,Bruno Petit,Team,stakeholder,no
"""


def test_a_name_in_a_comment_is_replaced_once_whatever_conceals_it_again(tmp_path: Path) -> None:
    """The CLI, the analysis and the report each conceal the survey they are given; a
    label put in a comment's text must come out of a second pass as it went in (it once
    came out as "Team (anonymous 1)) must go")."""
    (tmp_path / "s.csv").write_text(COMMENTED, encoding="utf-8")
    (tmp_path / "r.csv").write_text(COMMENT_REGISTER, encoding="utf-8")
    survey = load_survey(tmp_path / "s.csv", register=tmp_path / "r.csv", scale="1:5")
    once = conceal(survey)
    assert once.comments["text"].iloc[0] == "The sponsor says Team (anonymous 1) must go"
    twice = conceal(once)
    assert twice.comments["text"].tolist() == once.comments["text"].tolist()
    assert twice.stakeholders.equals(once.stakeholders) and twice.ratings.equals(once.ratings)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["report", str(tmp_path / "s.csv"), "--register", str(tmp_path / "r.csv"),
              "--scale", "1:5", "-o", str(out), "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Team (anonymous 1) must go" in html and "1)) must" not in html
