"""Typed results: frozen sections that read as the JSON they become, nothing worded
before an output is written, and the fields about one person marked."""

from __future__ import annotations

import dataclasses
import json

import pytest

from alliance_graph import Analysis, Audience, load_survey
from alliance_graph.metrics.alerts import Alert
from alliance_graph.metrics.results import (
    AllianceFigures,
    ChangeFigures,
    GroupFigures,
    NetworkFigures,
    StructuralFigures,
    person_fields,
)
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return Analysis(load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv"))


def test_sections_are_typed_frozen_and_read_like_their_json(analysis) -> None:
    wave = analysis.metrics().waves["2026-01"]
    assert isinstance(wave.network, NetworkFigures)
    assert isinstance(wave.structural_balance, StructuralFigures)
    assert isinstance(wave.alliance, AllianceFigures)
    assert isinstance(wave.groups, GroupFigures)
    assert wave.alliance.level == wave.alliance["level"] == pytest.approx(0.6376, abs=1e-4)
    assert wave.alliance["goals_level"] == pytest.approx(0.6001, abs=1e-4)  # from the catalogue
    assert dict(wave.network) == wave.network.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        wave.network.reciprocity = 1.0  # type: ignore[misc]
    with pytest.raises(TypeError):
        wave.network["reciprocity"] = 1.0  # type: ignore[index]
    change = analysis.metrics().changes["2026-01->2026-06"]
    assert isinstance(change, ChangeFigures)
    assert change.deltas["level"] == pytest.approx(0.1388, abs=1e-4)


def test_the_json_keeps_its_documented_keys_in_order(analysis) -> None:
    data = json.loads(analysis.text("json"))
    wave = data["waves"]["2026-01"]
    assert list(wave["network"]) == [
        "nodes", "ties", "mean_trust", "negative_share", "density", "reciprocity",
        "weighted_reciprocity", "mean_asymmetry", "asymmetric_pairs", "betweenness_sources",
    ]  # fmt: skip
    assert list(wave["alliance"]) == [
        "coach", "level", "balance_index", "gap", "strongest_group", "weakest_group",
        "individual_balance_index", "sponsor_dominance", "groups", "stakeholders", "goals_level",
        "power_weighted_balance_index",
    ]  # fmt: skip
    assert list(wave["groups"]) == ["matrix", "ei_index", "cohesion", "favouritism"]
    assert list(data["changes"]["2026-01->2026-04"])[:3] == [
        "alliance_basis",
        "coach_skipped",
        "stakeholders_skipped",
    ]


def test_a_section_refuses_a_key_it_does_not_know() -> None:
    with pytest.raises(ValueError, match="no figure 'reciprocty'"):
        NetworkFigures.from_dict({"nodes": 3, "reciprocty": 0.5})
    # the alliance is open to the figures the catalogue computes
    assert (
        AllianceFigures.from_dict({"level": 0.5, "listening_level": 0.4})["listening_level"] == 0.4
    )


def test_nothing_is_worded_before_an_output_is_written(analysis) -> None:
    result = analysis.metrics()
    for wave in result.waves.values():
        assert all(isinstance(alert, Alert) for alert in wave.alerts)
        for name in ("network", "structural_balance", "alliance", "groups"):
            assert "message" not in json.dumps(getattr(wave, name).to_dict())
    assert analysis.in_language("fr").metrics() is result  # one result for every language
    english, french = (json.loads(analysis.text("json", lang)) for lang in ("en", "fr"))
    assert english["waves"].keys() == french["waves"].keys()
    alerts = [a["message"] for a in french["waves"]["2026-01"]["alerts"]]
    assert alerts != [a["message"] for a in english["waves"]["2026-01"]["alerts"]]


def test_the_fields_about_one_person_are_marked_and_never_shared(analysis) -> None:
    marked = {
        "network": person_fields(NetworkFigures),
        "structural_balance": person_fields(StructuralFigures),
        "alliance": person_fields(AllianceFigures),
        "changes": person_fields(ChangeFigures),
    }
    assert marked == {
        "network": ["asymmetric_pairs"],
        "structural_balance": ["camps"],
        "alliance": ["stakeholders"],
        "changes": [
            "ties_gained", "ties_lost", "ties_strengthened", "ties_weakened", "sign_flips",
            "joined", "left",
        ],
    }  # fmt: skip
    shared = Analysis(analysis.survey, audience=Audience("shared")).shared
    for wave in shared["waves"].values():
        assert "nodes" not in wave
        for section in ("network", "alliance"):
            assert not set(wave[section]) & {k for keys in marked.values() for k in keys}
    for change in shared["changes"].values():
        assert not set(change) & set(marked["changes"])
