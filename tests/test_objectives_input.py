"""Reading the objectives agreed at the kick-off and the progress answers on them
(DESIGN.md section 10): French and English headers, words of the scale, every row used or
reported (the issue codes themselves are in tests/test_issues.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.privacy import conceal, pseudonymise
from tests.conftest import SAMPLE

OBJECTIVES = """N°;Objectif;Convenu le;Convenu par;Observateurs;Cible;Indicateur
1;Déléguer davantage aux managers;2026-01-12;coachée, commanditaire;managers;1;Moins d'arbitrages
2;Prendre la parole au comité;2026-01-12;Commanditaire;Direction;1,5;
"""
PROGRESS = """Vague,Répondant,Objectif,Progrès,Commentaire
2026-04,Philippe Durand,1,+1,
2026-04,hgarnier,1,mieux,Elle délègue les arbitrages du lundi
2026-04,Claire Moreau,2,beaucoup mieux,
2026-04,François Lefèvre,2,pas eu l'occasion d'observer,
2026-06,Philippe Durand,1,2 (better),
2026-06,Sophie Marchand,1,slightly worse,
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    objectives = tmp_path / "objectifs.csv"
    objectives.write_text(OBJECTIVES, encoding="utf-8")
    progress = tmp_path / "progres.csv"
    progress.write_text(PROGRESS, encoding="utf-8")
    return objectives, progress


def _read(files: tuple[Path, Path], **options):
    objectives, progress = files
    return read_survey(
        [SAMPLE / "survey.csv", progress],
        register=SAMPLE / "register.csv",
        objectives=objectives,
        **options,
    )


def test_the_register_of_objectives_in_french(files) -> None:
    survey = _read(files)
    table = survey.objectives
    assert table["id"].tolist() == ["1", "2"]
    assert table["objective"].tolist() == [
        "Déléguer davantage aux managers",
        "Prendre la parole au comité",
    ]
    assert survey.ok, [i.describe() for i in survey.issues]
    # in a ";"-separated file the list takes commas; French words for who agreed
    assert table["agreed_by"].tolist() == [("coachee", "sponsor"), ("sponsor",)]
    assert table["observers"].tolist() == [("Managers",), ("Direction",)]  # as the register
    assert table["target"].tolist() == [1.0, 1.5]
    assert table.loc[0, "indicator"] == "Moins d'arbitrages"


def test_progress_answers_in_words_and_numbers(files) -> None:
    survey = _read(files)
    answers = survey.progress
    assert answers[["wave", "rater", "objective", "progress"]].values.tolist() == [
        ["2026-04", "pdurand", "1", 1.0],
        ["2026-04", "hgarnier", "1", 2.0],
        ["2026-04", "cmoreau", "2", 3.0],
        ["2026-06", "pdurand", "1", 2.0],
        ["2026-06", "smarchand", "1", -1.0],
    ]
    assert answers.loc[1, "comment"] == "Elle délègue les arbitrages du lundi"
    unsure = [i for i in survey.issues if i.code.value == "DONT_KNOW_ANSWERS"]
    assert len(unsure) == 1 and dict(unsure[0].params)["lines"] == "5"


def test_without_a_register_of_objectives_the_answers_name_them(files) -> None:
    _, progress = files
    survey = read_survey([SAMPLE / "survey.csv", progress], register=SAMPLE / "register.csv")
    assert survey.objectives["id"].tolist() == ["1", "2"]
    assert survey.objectives["target"].tolist() == [1.0, 1.0]
    assert len(survey.progress) == 5


def test_validate_shows_what_it_read(files) -> None:
    objectives, progress = files
    args = [str(SAMPLE / "survey.csv"), str(progress), "--register", str(SAMPLE / "register.csv")]
    args += ["--objectives", str(objectives)]
    text = CliRunner().invoke(cli, ["validate", *args, "--lang", "fr"])
    assert text.exit_code == 0, text.output
    assert "Objectifs : 2 (1, 2)." in text.output
    assert "Progrès : 5 réponses sur 2 objectifs dans les vagues 2026-04, 2026-06." in text.output
    assert "objectifs.csv  (registre des objectifs, utf-8, point-virgule, 2 lignes)" in text.output
    assert "progres.csv  (réponses de progrès, utf-8, virgule, 6 lignes)" in text.output
    data = json.loads(CliRunner().invoke(cli, ["validate", *args, "--json"]).stdout)
    assert data["objectives"] == ["1", "2"] and data["progress"] == 5
    shapes = {Path(f["path"]).name: f["shape"] for f in data["files"]}
    assert shapes["objectifs.csv"] == "objectives" and shapes["progres.csv"] == "progress"
    plain = json.loads(
        CliRunner().invoke(cli, ["validate", str(SAMPLE / "survey.csv"), "--json"]).stdout
    )
    assert "objectives" not in plain and "progress" not in plain  # only when read
    result = CliRunner().invoke(cli, ["metrics", *args])
    assert result.exit_code == 0, result.output


def test_a_person_without_consent_is_not_named_in_the_answers(files, tmp_path) -> None:
    register = tmp_path / "register.csv"
    lines = (SAMPLE / "register.csv").read_text(encoding="utf-8").splitlines()
    consent = [f"{row},{'non' if row.startswith('pdurand') else 'oui'}" for row in lines[1:]]
    register.write_text("\n".join([lines[0] + ",consent", *consent]) + "\n", encoding="utf-8")
    objectives, progress = files
    survey = read_survey(
        [SAMPLE / "survey.csv", progress], register=register, objectives=objectives
    )
    hidden = conceal(survey)
    assert "pdurand" not in set(hidden.progress["rater"])
    assert "Sponsor (anonymous)" in set(hidden.progress["rater"])
    labelled, mapping = pseudonymise(survey)
    assert set(labelled.progress["rater"]) <= set(mapping.values())
