"""Pseudonyms: no name or id of the input anywhere in a pseudonymised output; consent:
no withheld person named, and none of their own answers shown."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import build_graphs, load_survey
from alliance_graph.cli import cli
from alliance_graph.metrics import compute_metrics
from alliance_graph.model import Issue, IssueCode, Survey
from alliance_graph.privacy import (
    conceal,
    localised,
    pseudonymise,
    withheld,
    withhold_answers,
    without_answers,
)
from tests.conftest import SAMPLE

ARGS = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]


def _people() -> list[dict[str, str]]:
    with (SAMPLE / "register.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_labels_are_stable_and_by_role_or_group() -> None:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    hidden, mapping = pseudonymise(survey)
    assert mapping["cmoreau"] == "Coach" and mapping["pdurand"] == "Sponsor"
    assert mapping["hgarnier"] == "Coachee" and mapping["alambert"] == "Managers 1"
    assert pseudonymise(survey)[1] == mapping  # the same labels every time
    assert set(hidden.ratings["rater"]) <= set(mapping.values())
    assert hidden.coach == "Coach" and len(set(mapping.values())) == len(mapping)
    assert pseudonymise(survey, "fr")[1]["pdurand"] == "Commanditaire"


def test_names_leave_the_issues_too(write_csv) -> None:
    path = write_csv("s.csv", "rater,ratee,score\nZoé Secret,Zoé Secret,4\nZoé Secret,Ana,3\n")
    survey = load_survey(path, scale="1:5")
    hidden, _ = pseudonymise(survey)
    assert "Zoé Secret" not in json.dumps(hidden.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize(
    "command",
    [
        ["report", "-o", "{out}/r.html"],
        ["metrics", "--format", "json", "-o", "{out}/m.json"],
        ["export", "--format", "gexf", "-o", "{out}/n.gexf"],
    ],
)
def test_no_name_in_any_pseudonymised_output(tmp_path: Path, command: list[str]) -> None:
    args = [part.replace("{out}", str(tmp_path)) for part in command]
    result = CliRunner().invoke(cli, [args[0], *ARGS, *args[1:], "--pseudonymise"])
    assert result.exit_code == 0, result.output
    text = next(p for p in tmp_path.iterdir()).read_text(encoding="utf-8")
    for person in _people():
        assert person["name"] not in text and f'"{person["id"]}"' not in text


def test_the_key_is_written_only_when_asked(tmp_path: Path) -> None:
    key = tmp_path / "key.csv"
    result = CliRunner().invoke(
        cli,
        [
            "metrics",
            *ARGS,
            "--pseudonymise",
            "--mapping",
            str(key),
            "--format",
            "json",
            "-o",
            str(tmp_path / "m.json"),
        ],
    )
    assert result.exit_code == 0 and "keep it apart" in result.output
    rows = list(csv.DictReader(key.open(encoding="utf-8")))
    assert {"id": "pdurand", "name": "Philippe Durand", "label": "Sponsor"} in rows
    alone = CliRunner().invoke(cli, ["metrics", *ARGS, "--mapping", str(key)])
    assert alone.exit_code == 2 and "--pseudonymise" in alone.output


# -- consent -----------------------------------------------------------------------------

REGISTER = """id,name,group,role,consent
cmoreau,Claire Moreau,Coach,coach,yes
pdurand,Paul Durand,Direction,sponsor,no
alambert,Ana Lambert,Managers,stakeholder,yes
bsecret,Bea Secret,Managers,stakeholder,no
csecret,Carl Secret,Managers,stakeholder,maybe
dvoss,Dan Voss,Team,stakeholder,Oui
evoss,Eli Quiet,,stakeholder,NON
"""
RATINGS = """wave,rater,ratee,score
T1,Ana Lambert,Claire Moreau,4
T1,Claire Moreau,Ana Lambert,4
T1,Bea Secret,Claire Moreau,2
T1,Claire Moreau,Bea Secret,5
T1,Carl Secret,Claire Moreau,3
T1,Paul Durand,Claire Moreau,5
T1,Claire Moreau,Paul Durand,5
T1,Dan Voss,Claire Moreau,4
T1,Claire Moreau,Dan Voss,3
T1,Eli Quiet,Ana Lambert,2
T1,Ana Lambert,Bea Secret,4
T1,Bea Secret,Ana Lambert,1
T1,Bea Secret,bea secret,3
T1,Zoé Hidden,Dan Voss,4
T2,Ana Lambert,Claire Moreau,5
T2,Claire Moreau,Ana Lambert,4
T2,Bea Secret,Claire Moreau,4
T2,Claire Moreau,Bea Secret,5
T2,Carl Secret,Claire Moreau,3
T2,Paul Durand,Claire Moreau,4
T2,Claire Moreau,Paul Durand,5
T2,Dan Voss,Claire Moreau,4
T2,Claire Moreau,Dan Voss,4
T2,Eli Quiet,Ana Lambert,4
T2,Ana Lambert,Bea Secret,2
T2,Bea Secret,Ana Lambert,4
"""
#: Without consent: "no", "NON", "maybe", and Zoé, who is not in the register.
SECRETS = {
    "pdurand": "Paul Durand",
    "bsecret": "Bea Secret",
    "csecret": "Carl Secret",
    "evoss": "Eli Quiet",
    "Zoé Hidden": "Zoé Hidden",
}
LABELS = {
    "pdurand": "Sponsor (anonymous)",
    "bsecret": "Managers (anonymous 1)",
    "csecret": "Managers (anonymous 2)",
    "Zoé Hidden": "Stakeholder (anonymous 1)",  # ids in code-point order: "Z" < "e"
    "evoss": "Stakeholder (anonymous 2)",
}
BEA = LABELS["bsecret"]


@pytest.fixture
def consenting(write_csv) -> Survey:
    register = write_csv("register.csv", REGISTER)
    return load_survey(write_csv("survey.csv", RATINGS), register=register, scale="1:5")


def _everything(survey: Survey) -> str:
    """Every table, issue and message of a survey as one text."""
    issues = [i.describe(lang) for i in survey.issues for lang in ("en", "fr")]
    return "\n".join(
        [
            survey.ratings.to_csv(),
            survey.stakeholders.to_csv(),
            json.dumps(survey.to_dict(), ensure_ascii=False),
            repr(survey.issues),
            *issues,
        ]
    )


def test_withheld_are_those_without_consent(consenting: Survey) -> None:
    assert withheld(consenting) == frozenset(SECRETS)
    assert any(
        i.code is IssueCode.INVALID_CONSENT and i.value == "maybe" for i in consenting.issues
    )


def test_conceal_labels_by_group_and_role(consenting: Survey) -> None:
    hidden = conceal(consenting)
    people = hidden.stakeholders.set_index("id")
    assert set(LABELS.values()) <= set(people.index)
    assert all(people.loc[label, "name"] == label for label in LABELS.values())
    assert withheld(hidden) == frozenset(LABELS.values())
    assert people.loc[BEA, "group"] == "Managers" and not people.loc[BEA, "consent"]
    assert people.loc["alambert", "name"] == "Ana Lambert"  # consent: untouched
    assert hidden.coach == "cmoreau"
    assert len(hidden.ratings) == len(consenting.ratings)
    assert set(hidden.ratings.loc[hidden.ratings["ratee"] == BEA, "rater"]) == {
        "cmoreau",
        "alambert",
    }
    # the ids are the same in every language; the labels are said in French where shown
    french = localised(hidden, "fr").stakeholders
    assert french["id"].equals(hidden.stakeholders["id"])
    assert {
        "Commanditaire (anonyme)",
        "Managers (anonyme 2)",
        "Partie prenante (anonyme 1)",
    } <= set(french["name"])
    assert conceal(hidden).stakeholders.equals(hidden.stakeholders)  # twice is once


def test_no_withheld_name_or_id_is_left(consenting: Survey) -> None:
    before, after = _everything(consenting), _everything(conceal(consenting))
    assert "Bea Secret" in before and "Zoé Hidden" in before  # the issues name them
    for person, name in SECRETS.items():
        assert name not in after and person not in after.replace(LABELS[person], "")
    assert "Ana Lambert" in after and "alambert" in after


def test_nobody_withheld_gives_the_same_survey(write_csv) -> None:
    survey = load_survey(write_csv("s.csv", "rater,ratee,score\nA,B,4\nB,A,2\n"), scale="1:5")
    assert withheld(survey) == frozenset()
    assert conceal(survey) is survey


def test_withhold_answers_hides_only_what_they_gave(consenting: Survey) -> None:
    hidden = conceal(consenting)
    ids = withheld(hidden)
    everyone = replace(hidden, stakeholders=hidden.stakeholders.assign(consent=True))
    metrics = compute_metrics(everyone, patterns=1000, permutations=50).to_dict()
    # compute_metrics itself hides them when the survey says who has no consent
    automatic = compute_metrics(hidden, patterns=1000, permutations=50).to_dict()
    expected = withhold_answers(metrics, ids)
    for wave in automatic["waves"]:
        assert automatic["waves"][wave]["nodes"] == expected["waves"][wave]["nodes"]
    frozen = json.dumps(metrics, sort_keys=True)
    masked = withhold_answers(metrics, ids)
    assert json.dumps(metrics, sort_keys=True) == frozen  # a copy: the input is untouched
    for wave in ("T1", "T2"):
        shown, full = masked["waves"][wave], metrics["waves"][wave]
        assert full["nodes"][BEA]["trust_given"] is not None
        assert shown["nodes"][BEA]["trust_given"] is None
        assert shown["nodes"][BEA]["trust_received"] == full["nodes"][BEA]["trust_received"]
        assert shown["nodes"]["alambert"] == full["nodes"]["alambert"]
        record, original = (
            shown["alliance"]["stakeholders"][BEA],
            full["alliance"]["stakeholders"][BEA],
        )
        assert original["to_coach"] is not None
        assert record["to_coach"] is record["alliance"] is record["coach_gap"] is None
        assert record["from_coach"] == original["from_coach"]  # the coach's own answer
        assert (
            shown["alliance"]["stakeholders"]["alambert"]
            == full["alliance"]["stakeholders"]["alambert"]
        )
        for key in ("groups", "level", "balance_index", "sponsor_dominance"):
            assert shown["alliance"][key] == full["alliance"][key]
        for section in ("structural_balance", "groups"):
            assert shown[section] == full[section]
        assert shown["network"]["mean_trust"] == full["network"]["mean_trust"]
        pairs = shown["network"]["asymmetric_pairs"]
        assert all(p["source"] not in ids and p["target"] not in ids for p in pairs)
        assert not [
            a for a in shown["alerts"] if a["subject"] in ids and a["code"] != "GROUP_BELOW_FLOOR"
        ]
        assert [a for a in shown["alerts"] if a["subject"] not in ids] == [
            a for a in full["alerts"] if a["subject"] not in ids
        ]
    # T1: the coach overestimates Bea, which would show Bea's rating of the coach
    assert any(a["subject"] == BEA for a in metrics["waves"]["T1"]["alerts"])
    shown, full = masked["changes"]["T1->T2"], metrics["changes"]["T1->T2"]
    assert any(r["source"] == BEA for r in full["ties_strengthened"])
    for key in ("ties_gained", "ties_lost", "ties_strengthened", "ties_weakened", "sign_flips"):
        assert shown[key] == [r for r in full[key] if r["source"] not in ids]
    assert any(r["target"] == BEA for r in shown["ties_weakened"])  # Ana's answer stays
    assert shown["groups"] == full["groups"] and shown["deltas"] == full["deltas"]
    assert withhold_answers(metrics, []) == metrics


def test_without_answers_drops_their_ties_and_keeps_them(consenting: Survey) -> None:
    hidden = conceal(consenting)
    graphs = build_graphs(hidden)
    kept = without_answers(graphs, withheld(hidden))
    for wave, G in graphs.items():
        H = kept[wave]
        assert set(H.nodes) == set(G.nodes) and H.nodes[BEA] == G.nodes[BEA]
        assert set(H.edges) == {(u, v) for u, v in G.edges if u not in withheld(hidden)}
        assert H.has_edge("cmoreau", BEA) and not H.has_edge(BEA, "cmoreau")
        assert G.has_edge(BEA, "cmoreau")  # the input graphs are untouched


def test_conceal_finds_names_inside_issue_texts(consenting: Survey) -> None:
    issues = (
        Issue(IssueCode.SCORE_NOT_A_NUMBER, column="How much do you trust Bea Secret?", value="?"),
        Issue(IssueCode.SEVERAL_COACHES, value="cmoreau, PAUL DURAND"),
        Issue(IssueCode.CONFLICTING_GROUP, params=(("name", "bsecret"), ("other", "Team"))),
    )
    hidden = conceal(replace(consenting, issues=issues))
    assert hidden.issues[0].column == f"How much do you trust {BEA}?"
    assert hidden.issues[1].value == "cmoreau, Sponsor (anonymous)"
    assert dict(hidden.issues[2].params) == {"name": BEA, "other": "Team"}
