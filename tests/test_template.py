"""The survey kit: written in both languages and read back by the ingest as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_graph import read_survey
from alliance_graph.template import KIT_FILES, write_kit


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_kit_reads_back_as_it_is(tmp_path: Path, lang: str) -> None:
    files = write_kit(tmp_path / "kit", lang)
    assert [f.name for f in files] == list(KIT_FILES)
    survey = read_survey(
        tmp_path / "kit" / "survey.csv", register=tmp_path / "kit" / "register.csv"
    )
    assert not survey.errors, [i.describe() for i in survey.errors]
    assert survey.coach == "c1" and survey.waves == ("T1",)
    assert set(survey.ratings["dimension"]) == {"trust", "listening", "respect", "goals"}
    people = survey.stakeholders.set_index("id")
    assert people.loc["s1", "role"] == "sponsor" and people.loc["e1", "role"] == "coachee"
    assert len(survey.ratings) == 15  # 4 rows × 4 dimensions, one left blank


def test_questionnaire_in_french(tmp_path: Path) -> None:
    write_kit(tmp_path, "fr")
    text = (tmp_path / "questionnaire.txt").read_text(encoding="utf-8")
    assert "J’ai confiance en cette personne" in text and "tout à fait d’accord" in text
