"""Is a change real? The sign-flip and swap tests against independent enumerations, the
intervals that agree with them, their level under the null, and small groups."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_graph.metrics.alliance import balance_index
from alliance_graph.metrics.change_tests import change_intervals
from alliance_graph.metrics.permutation import sign_flip_test


def enumerated_p(d: list[float]) -> float:
    """Two-sided sign-flip p-value by listing every pattern (independent of the code)."""
    observed = abs(sum(d))
    hits = sum(
        abs(sum(e * x for e, x in zip(signs, d))) >= observed - 1e-9
        for signs in product((1, -1), repeat=len(d))
    )
    return hits / 2 ** len(d)


def _balance(groups: dict[str, dict[str, float]]) -> dict:
    """An alliance_balance-like result: {group: {person: alliance}}."""
    stakeholders, summary = {}, {}
    for group, people in groups.items():
        role = group if group in ("sponsor", "coachee") else "stakeholder"
        for person, value in people.items():
            stakeholders[person] = {"alliance": value, "role": role, "group": group}
        summary[group] = {"alliance": float(np.mean(list(people.values()))), "n": len(people)}
    values = [g["alliance"] for g in summary.values()]
    return {"stakeholders": stakeholders, "groups": summary, "balance_index": balance_index(values)}


def _group(prefix: str, values: list[float]) -> dict[str, float]:
    return {f"{prefix}{i}": v for i, v in enumerate(values)}


# -- the sign-flip test ------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
def test_sign_flip_p_value_equals_an_enumeration(seed: int) -> None:
    rng = np.random.default_rng(seed)
    d = list(np.round(rng.normal(0.05, 0.15, size=6 + seed), 2))
    assert sign_flip_test(d).p_value == pytest.approx(enumerated_p(d))


def test_six_people_all_one_point_higher_is_the_smallest_real_change() -> None:
    # one point on 1:5 is +0.25: only "no flip" and "flip all" reach |Σ d| → p = 2/64
    result = sign_flip_test([0.25] * 6)
    assert result.p_value == pytest.approx(2 / 64) and result.significant
    assert result.ci_low is not None and result.ci_low > 0


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5])
def test_five_people_or_fewer_can_never_be_called_real(n: int) -> None:
    result = sign_flip_test([0.5] * n)
    assert result.p_value == pytest.approx(2 / 2**n)
    assert not result.decidable and not result.significant
    assert result.ci_low is None and result.ci_high is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([-0.5, -0.25, -0.125, 0.0, 0.125, 0.25, 0.375, 0.5]),
        min_size=6,
        max_size=11,
    )
)
def test_the_interval_agrees_with_the_test(d: list[float]) -> None:
    result = sign_flip_test(d)
    assert result.significant == (not result.ci_low <= 0 <= result.ci_high)
    assert result.significant == (enumerated_p(d) <= 0.05)
    # just inside each bound the shifted changes are accepted, just outside rejected
    # (all changes equal: only that one shift is accepted, the interval is a point)
    wide = result.ci_high - result.ci_low > 1e-6
    for bound, outward in ((result.ci_low, -1), (result.ci_high, 1)):
        inside = bound - outward * 1e-7 if wide else bound
        assert enumerated_p([x - inside for x in d]) > 0.05
        assert enumerated_p([x - (bound + outward * 1e-6) for x in d]) <= 0.05


def test_more_than_sixteen_people_use_seeded_patterns() -> None:
    d = list(np.random.default_rng(1).normal(0.1, 0.2, size=30))
    first, again = sign_flip_test(d, seed=3), sign_flip_test(d, seed=3)
    assert first == again
    assert sign_flip_test(d, seed=4).p_value != first.p_value
    # (1 + hits) / (1 + draws): never 0, never below 1/10,001
    assert first.p_value >= 1 / 10_001


# -- group changes -----------------------------------------------------------------------


def test_group_change_tests_the_people_who_answered_twice() -> None:
    before = _balance({"A": _group("a", [0.25, 0.5, 0.5, 0.25, 0.5, 0.75])})
    later = {**_group("a", [0.5, 0.75, 0.75, 0.5, 0.75, 1.0]), "newcomer": 0.0}
    record = change_intervals(before, _balance({"A": later}))["groups"]["A"]
    assert record["n_before"] == 6 and record["n_after"] == 7 and record["n_paired"] == 6
    assert record["delta"] == pytest.approx(4.25 / 7 - 2.75 / 6)
    assert record["paired_delta"] == pytest.approx(0.25)  # the newcomer is not paired
    assert record["p_value"] == pytest.approx(2 / 64) and record["significant"]


def test_identical_waves_are_never_a_real_change() -> None:
    wave = _balance({"A": _group("a", [0.2, 0.5, 0.9, 0.4, 0.6, 0.7, 0.3])})
    record = change_intervals(wave, wave)["groups"]["A"]
    assert record["p_value"] == 1.0 and not record["significant"]
    assert record["ci_low"] <= 0 <= record["ci_high"]


def test_groups_under_the_minimum_size_get_no_test() -> None:
    before = _balance({"A": _group("a", [0.1, 0.2]), "sponsor": {"s": 0.2}})
    after = _balance({"A": _group("a", [0.9, 1.0]), "sponsor": {"s": 1.0}})
    for record in change_intervals(before, after)["groups"].values():
        assert record["p_value"] is None and record["ci_low"] is None
        assert not record["significant"]


def test_four_people_all_higher_are_too_few_to_tell() -> None:
    before = _balance({"A": _group("a", [0.25, 0.25, 0.5, 0.5])})
    after = _balance({"A": _group("a", [0.75, 0.75, 1.0, 1.0])})
    record = change_intervals(before, after)["groups"]["A"]
    assert record["p_value"] == pytest.approx(2 / 16)
    assert not record["decidable"] and not record["significant"] and record["ci_low"] is None


# -- the balance index -------------------------------------------------------------------


def _engagement(shift: dict[str, float], rng: np.random.Generator) -> tuple[dict, dict]:
    groups = {"sponsor": 1, "coachee": 1, "A": 8, "B": 8, "C": 8}
    first, second = {}, {}
    for group, size in groups.items():
        base = rng.uniform(0.3, 0.8, size)
        first[group] = _group(group, list(base + rng.normal(0, 0.1, size)))
        moved = base + rng.normal(0, 0.1, size) + shift.get(group, 0.0)
        second[group] = _group(group, list(moved))
    return _balance(first), _balance(second)


def test_a_change_resting_on_the_sponsor_and_coachee_alone_is_never_real() -> None:
    # everyone else answers the same; the one-person groups move a lot
    before, _ = _engagement({}, np.random.default_rng(0))
    unchanged = {
        g: {p: r["alliance"] for p, r in before["stakeholders"].items() if r["group"] == g}
        for g in ("A", "B", "C")
    }
    after = _balance({**unchanged, "sponsor": {"sponsor0": 0.05}, "coachee": {"coachee0": 0.05}})
    record = change_intervals(before, after)["balance_index"]
    assert record["delta"] < -0.2  # a large fall of B
    assert not record["significant"] and record["ci_low"] <= 0 <= record["ci_high"]


def test_balance_interval_agrees_with_its_test() -> None:
    rng = np.random.default_rng(5)
    for shift in ({}, {"A": 0.3}, {"A": -0.4, "B": 0.2}, {"C": 0.1}):
        before, after = _engagement(shift, rng)
        record = change_intervals(before, after, patterns=2000)["balance_index"]
        assert record["significant"] == (not record["ci_low"] <= 0 <= record["ci_high"])
        assert record["significant"] == (record["p_value"] <= 0.05)


def test_balance_change_when_one_group_falls_is_real() -> None:
    before, after = _engagement({"A": -0.45}, np.random.default_rng(2))
    record = change_intervals(before, after, patterns=2000)["balance_index"]
    assert record["delta"] < 0 and record["significant"] and record["ci_high"] < 0


def test_level_holds_under_the_null_by_simulation() -> None:
    """Same distribution in both waves: at most 5 % of changes called real (+ 3 s.e.)."""
    rng = np.random.default_rng(11)
    groups_called = balance_called = tests = 0
    runs = 150
    for seed in range(runs):
        before, after = _engagement({}, rng)
        result = change_intervals(before, after, patterns=1000, seed=seed)
        balance_called += result["balance_index"]["significant"]
        for group in ("A", "B", "C"):
            groups_called += result["groups"][group]["significant"]
            tests += 1
    assert groups_called / tests <= 0.05 + 3 * np.sqrt(0.05 * 0.95 / tests)
    assert balance_called / runs <= 0.05 + 3 * np.sqrt(0.05 * 0.95 / runs)


# -- many people: the patterns in blocks (issue 13, point 5) -----------------------------


def _large_groups(seed: int, n: int) -> tuple[dict, dict]:
    rng = np.random.default_rng(seed)
    people = [f"p{i}" for i in range(n)]

    def wave(shift: float) -> dict:
        groups: dict[str, dict[str, float]] = {}
        for i, person in enumerate(people):
            value = float(np.clip(rng.integers(0, 9) / 8 + shift * (i % 3 == 0), 0, 1))
            groups.setdefault(f"G{i % 4}", {})[person] = value
        groups["sponsor"] = {"boss": float(rng.integers(0, 9) / 8)}
        return _balance(groups)

    return wave(0.0), wave(0.1)


def test_sign_pattern_blocks_are_the_patterns() -> None:
    from alliance_graph.metrics.permutation import sign_pattern_blocks, sign_patterns

    for n, patterns, budget in [(5, 100, 10), (17, 100, 40), (300, 999, 3_000), (40, 50, 10**6)]:
        blocks = list(sign_pattern_blocks(n, patterns=patterns, seed=3, budget=budget))
        assert np.array_equal(np.vstack(blocks), sign_patterns(n, patterns=patterns, seed=3))
        if n > 16:
            assert max(len(b) for b in blocks) <= max(1, budget // n)


@pytest.mark.parametrize("seed", range(3))
def test_change_tests_in_blocks_equal_the_tests_in_one_piece(
    monkeypatch: pytest.MonkeyPatch, seed: int
) -> None:
    import alliance_graph.metrics.change_tests as change_tests
    import alliance_graph.metrics.permutation as permutation

    before, after = _large_groups(seed, 120)
    whole = change_intervals(before, after, patterns=2_000, seed=seed)
    monkeypatch.setattr(permutation, "PATTERN_BUDGET", 1_000)
    monkeypatch.setattr(change_tests, "PATTERN_BUDGET", 10)
    blocks = change_intervals(before, after, patterns=2_000, seed=seed)
    for key in ("groups", "balance_index"):
        assert blocks[key].keys() == whole[key].keys()
    for a, b in [(blocks["balance_index"], whole["balance_index"])] + [
        (blocks["groups"][g], whole["groups"][g]) for g in whole["groups"]
    ]:
        assert a["p_value"] == b["p_value"] and a["significant"] == b["significant"]
        for bound in ("ci_low", "ci_high"):
            assert a[bound] == pytest.approx(b[bound], abs=1e-12)


def test_change_tests_of_20000_people_hold_no_pattern_matrix() -> None:
    # 2,001 patterns × 20,000 people held at once were 320 MB per array, 690 MB at peak
    # (10,001 × 200,000 would be 16 GB); in blocks of PATTERN_BUDGET signs, about 110 MB
    import tracemalloc

    before, after = _large_groups(0, 20_000)
    tracemalloc.start()
    try:
        held = tracemalloc.get_traced_memory()[0]
        result = change_intervals(before, after, patterns=2_000)
        peak = (tracemalloc.get_traced_memory()[1] - held) / 1e6
    finally:
        tracemalloc.stop()
    assert peak < 250, f"{peak:.0f} MB at peak"
    assert result["groups"]["G0"]["n_paired"] == 5_000 and result["balance_index"]["decidable"]


def test_the_balance_interval_stays_within_what_b_can_do() -> None:
    """B lies in [0, 1], so its change in [−1, 1]: from 0 (one group at 0, the other at 1)
    to 1 (both at 1) the interval ends at +1, not at 1 + its margin (+1.80 once)."""
    before = _balance(
        {"P": {f"p{i}": 0.0 for i in range(8)}, "Q": {f"q{i}": 1.0 for i in range(6)}}
    )
    after = _balance({"P": {f"p{i}": 1.0 for i in range(8)}, "Q": {f"q{i}": 1.0 for i in range(6)}})
    record = change_intervals(before, after)["balance_index"]
    assert (before["balance_index"], after["balance_index"], record["delta"]) == (0.0, 1.0, 1.0)
    assert record["significant"] and record["ci_low"] > 0 and record["ci_high"] == 1.0
