"""The bundled sample: three shapes of one survey read to the same table, and its story."""

from __future__ import annotations

import pandas as pd
import pytest

from alliance_graph import build_graphs, load_survey

COLUMNS = ["wave", "rater", "ratee", "dimension", "score"]


@pytest.fixture(scope="module")
def long_survey():
    from tests.conftest import SAMPLE

    return load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")


def _table(survey) -> pd.DataFrame:
    return survey.ratings[COLUMNS].sort_values(COLUMNS[:4]).reset_index(drop=True)


def test_the_three_shapes_read_to_the_same_ratings(sample, long_survey) -> None:
    excel = load_survey(sample / "survey-fr-excel.csv", register=sample / "register.csv")
    forms = load_survey(sorted((sample / "forms").glob("*.csv")), register=sample / "register.csv")
    assert [f.shape for f in excel.files] == ["register", "long"]
    assert excel.files[1].encoding == "cp1252" and excel.files[1].delimiter == "semicolon"
    assert {f.shape for f in forms.files[1:]} == {"wide"}
    pd.testing.assert_frame_equal(_table(excel), _table(long_survey))
    pd.testing.assert_frame_equal(_table(forms), _table(long_survey))


def test_the_sample_is_a_clean_three_wave_engagement(long_survey) -> None:
    assert long_survey.waves == ("2026-01", "2026-04", "2026-06")
    assert [i.code.value for i in long_survey.issues] == ["SCALE_INFERRED"]
    assert long_survey.coach == "cmoreau"
    people = long_survey.stakeholders.set_index("id")
    assert people.loc["pdurand", "role"] == "sponsor"
    assert people.loc["hgarnier", "role"] == "coachee"
    assert len(people) == 30
    assert set(long_survey.ratings["dimension"]) == {"trust", "listening", "respect", "goals"}


def test_the_story_collaborators_trust_the_coach_more_by_the_end(long_survey) -> None:
    graphs = build_graphs(long_survey)
    coach = long_survey.coach

    def mean_to_coach(wave: str, group: str) -> float:
        G = graphs[wave]
        values = [
            G.edges[k, coach]["strength"]
            for k in G.predecessors(coach)
            if G.nodes[k].get("group") == group
        ]
        return sum(values) / len(values)

    first, last = (
        mean_to_coach("2026-01", "Collaborateurs"),
        mean_to_coach("2026-06", "Collaborateurs"),
    )
    assert first < 0.4 < 0.7 < last


def test_the_story_of_the_objectives(sample) -> None:
    """Three objectives agreed at the kick-off: on speaking up at the committee the coachee
    and the sponsor part at mid-point and meet by June; the third rests on Équipes, the
    weakest alliance at the kick-off."""
    from alliance_graph import Analysis, read_survey

    survey = read_survey(
        [sample / "survey.csv", sample / "progress.csv"],
        register=sample / "register.csv",
        objectives=sample / "objectives.csv",
    )
    assert survey.ok
    assert {i.code.value for i in survey.issues} == {"SCALE_INFERRED", "DONT_KNOW_ANSWERS"}
    assert survey.objectives["id"].tolist() == ["1", "2", "3"]
    waves = Analysis(survey).metrics().waves
    april, june = (waves[w].objectives["2"]["gaps"]["sponsor_self"] for w in ("2026-04", "2026-06"))
    assert (april, june) == (-2.0, 0.0)
    kick_off = [a for a in waves["2026-01"].alerts if a.code.value == "OBJECTIVE_WEAK_GROUP"]
    assert [dict(a.params)["group"] for a in kick_off] == ["Équipes", "Collaborateurs"]
