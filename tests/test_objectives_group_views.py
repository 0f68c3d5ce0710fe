"""A group's view of an objective, on the bundled sample, is the same for every audience:
the mean over the group's members other than the coachee and the sponsor (DESIGN.md
section 10). The coach's figures, the shared JSON (with and without the three views), the
shared report and the three-way meeting pack must agree with the hand computation below.

Objective 2 ("Prendre la parole au comité de direction"), data/sample/progress.csv:

- 2026-04, Direction: flefevre 0, alndiaye −1, jbonnet +2, smarchand 0 → 1 / 4 = +0.25,
  n 4 (the sponsor pdurand's +1 and the coachee hgarnier's +3 apart).
  Managers: lperrin 1, cmercier 2, ibenali 1, alambert 1, mroux 1, bchevalier 1,
  gfontaine 2 (tgirard did not observe) → 9 / 7, n 7.
  Stakeholders (everyone but the coachee and the coach): (1 + 9 + 1) / 12.
- 2026-06, Direction: flefevre 3, alndiaye 2, jbonnet 3, smarchand 2 → 10 / 4 = +2.5;
  Managers: 2, 1, 0, 2, 1, 0 → 6 / 6 = +1.0; the sponsor +2; stakeholders 18 / 11.
"""

from __future__ import annotations

import html as html_text
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from tests.conftest import SAMPLE_WITH_OBJECTIVES

FILES = [*SAMPLE_WITH_OBJECTIVES, "--quiet"]


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, [*args])
    assert result.exit_code == 0, result.output
    return result.stdout


def _metrics(*flags: str) -> dict:
    return json.loads(_run("metrics", *FILES, *flags, "--format", "json"))


def _view(mean: float, n: int) -> tuple:
    return pytest.approx(mean), n


def _of(record: dict) -> tuple:
    return record["mean"], record["n"]


def test_the_coachs_figures() -> None:
    two = _metrics()["waves"]["2026-04"]["objectives"]["2"]
    assert _of(two["groups"]["Direction"]) == _view(0.25, 4)
    assert _of(two["groups"]["Managers"]) == _view(9 / 7, 7)
    assert _of(two["stakeholders"]) == _view(11 / 12, 12)
    assert _of(two["sponsor"]) == _view(1.0, 1)


def test_the_shared_figures_without_the_three_views() -> None:
    """The sponsor's +1 is in no figure: the stakeholders' view less the groups shown
    would give it away."""
    data = _metrics("--audience", "shared")
    april = data["waves"]["2026-04"]["objectives"]["2"]
    assert _of(april["groups"]["Direction"]) == _view(0.25, 4)
    assert _of(april["groups"]["Managers"]) == _view(9 / 7, 7)
    assert _of(april["stakeholders"]) == _view(10 / 11, 11)
    june = data["waves"]["2026-06"]["objectives"]["2"]
    assert _of(june["groups"]["Direction"]) == _view(2.5, 4)
    assert _of(june["stakeholders"]) == _view(16 / 10, 10)
    # objective 3: in Direction only the sponsor rated it; Direction is not a group under K
    assert data["waves"]["2026-04"]["objectives"]["3"]["groups_left_out"] == []


def test_the_shared_figures_with_the_three_views() -> None:
    """The sponsor's +1 is shown on its own, and counts in the stakeholders' view as in the
    coach's figures, never in Direction's."""
    data = _metrics("--audience", "shared", "--share-viewpoints")
    april = data["waves"]["2026-04"]["objectives"]["2"]
    assert _of(april["sponsor"]) == _view(1.0, 1)
    assert _of(april["groups"]["Direction"]) == _view(0.25, 4)
    assert _of(april["stakeholders"]) == _view(11 / 12, 12)
    change = data["changes"]["2026-04->2026-06"]["objectives"]["2"]["groups"]["Direction"]
    # the same four both times: d = 3, 3, 1, 2; all up, p = 2 / 16
    assert (change["delta"], change["n_paired"], change["p_value"]) == (2.25, 4, 0.125)


def _text(page: str) -> str:
    page = re.sub(r"<(style|script|svg)\b.*?</\1>", " ", page, flags=re.S)
    return " ".join(html_text.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize("flags", [(), ("--share-viewpoints",)])
def test_the_shared_report(tmp_path: Path, flags: tuple[str, ...]) -> None:
    """The report shows each objective's last wave, 2026-06: Direction +2.5 (4), its change
    2.25 shown as +2.2; the stakeholders 16 / 10 (10) or, with the sponsor, 18 / 11 (11)."""
    out = tmp_path / "shared.html"
    _run("report", *FILES, "--audience", "shared", *flags, "-o", str(out))
    text = _text(out.read_text(encoding="utf-8"))
    objective = text[text.index("Prendre la parole") : text.index("Rapprocher la direction")]
    n = 11 if flags else 10
    assert f"Stakeholders +1.6 {n} +0.7 could be noise" in objective
    assert "Direction +2.5 4 +2.2 too few people to tell" in objective


def test_the_pack(tmp_path: Path) -> None:
    """The sponsor's answer is on its own row, never inside Direction's (+0.25 shown as
    +0.2)."""
    out = tmp_path / "pack.html"
    _run("pack", *FILES, "--stage", "mid", "--date", "2026-06-30", "-o", str(out))
    text = _text(out.read_text(encoding="utf-8"))
    objective = text[text.index("Prendre la parole") : text.index("Rapprocher la direction")]
    assert "Sponsor +1.0 +2.0 +1.0 one person's view" in objective
    assert "Stakeholders +0.9 (12) +1.6 (11)" in objective
    assert "Direction +0.2 (4) +2.5 (4) +2.2 too few people to tell" in objective
