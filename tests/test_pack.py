"""The three-way meeting pack: written for each stage in English and French, the K rule
(a group of two never shows, and its answers leave no trace on the page), the views of
the three people in the room, the calibrated words of a change, escaped wording, no
network, the same bytes twice, and a clear error without objectives."""

from __future__ import annotations

import html as html_text
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import Analysis, read_survey
from alliance_graph.cli import cli
from alliance_graph.errors import NoObjectivesError
from tests.conftest import SAMPLE, SAMPLE_WITH_OBJECTIVES

STAGES = {
    ("kickoff", "en"): "Kick-off meeting",
    ("mid", "en"): "Mid-point review",
    ("close", "en"): "Closing meeting",
    ("kickoff", "fr"): "Réunion de lancement",
    ("mid", "fr"): "Point à mi-parcours",
    ("close", "fr"): "Bilan final",
}
SAMPLE_ARGS = [*SAMPLE_WITH_OBJECTIVES, "--date", "2026-06-30", "--quiet"]


def _pack(args: list[str], out: Path) -> str:
    result = CliRunner().invoke(cli, ["pack", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith(str(out))
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample_packs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    folder = tmp_path_factory.mktemp("packs")
    return {
        (stage, lang): _pack(
            [*SAMPLE_ARGS, "--stage", stage, "--lang", lang], folder / f"{stage}-{lang}.html"
        )
        for stage, lang in STAGES
    }


@pytest.mark.parametrize(("stage", "lang"), sorted(STAGES))
def test_each_stage_in_each_language(sample_packs, stage: str, lang: str) -> None:
    html = sample_packs[(stage, lang)]
    assert f"<h1>{STAGES[(stage, lang)]}" in html
    assert "Déléguer davantage aux managers" in html  # the register's only wording
    assert "Rapprocher la direction des équipes de terrain" in html
    assert ("Prepared on 30 Jun 2026" if lang == "en" else "Préparé le 30 juin 2026") in html
    assert ("Coach: Claire Moreau" if lang == "en" else "Coach\u00a0: Claire Moreau") in html
    words = {
        "en": ("Commitments for the next period", "What is shared and what is not"),
        "fr": ("Engagements pour la période suivante", "Ce qui est partagé"),
    }
    assert all(w in html for w in words[lang])
    assert html.count('class="ruled"') == 9  # three lines for each of the three parties


def test_the_kickoff_rests_on_the_first_wave(sample_packs) -> None:
    kickoff, mid = sample_packs[("kickoff", "en")], sample_packs[("mid", "en")]
    assert "Survey wave: 2026-01</bdi>" in kickoff
    assert "2026-04" not in kickoff and "Change since" not in kickoff
    assert "Survey waves: 2026-01, 2026-04, 2026-06" in mid
    # the baseline alliance: Équipes has one person, never shown; Managers 0.55 in 2026-01
    assert "fewer than 3 answers" in kickoff and ">0.55</td>" in kickoff
    # the closing meeting compares the alliance with the first wave, the mid-point with the last
    assert "Change since 2026-01" in sample_packs[("close", "en")]
    assert "Change since 2026-01" not in mid


def test_no_script_no_network_and_the_same_bytes_twice(sample_packs, tmp_path) -> None:
    html = sample_packs[("mid", "fr")]
    assert "<script" not in html
    assert re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I) == []
    assert "default-src &#39;none&#39;" in html and "script-src" not in html
    again = _pack([*SAMPLE_ARGS, "--stage", "mid", "--lang", "fr"], tmp_path / "again.html")
    assert again == html


# -- a small engagement, by hand ------------------------------------------------------------

REGISTER = """id,name,group,role
co,Cora Coach,Coach,coach
sp,Sam Sponsor,Board,sponsor
ce,Cleo Coachee,Board,coachee
b1,Ben,Board,stakeholder
b2,Bea,Board,stakeholder
b3,Bo,Board,stakeholder
t1,Tia,Team,stakeholder
t2,Tom,Team,stakeholder
t3,Tess,Team,stakeholder
t4,Ted,Team,stakeholder
s1,Sol,Small,stakeholder
s2,Sue,Small,stakeholder
"""
HOSTILE = "<script>alert(1)</script>"
OBJECTIVES = f"""id,objective,objective_en,objective_fr,agreed_by,observers,target,indicator
1,Déléguer,Delegate more,Déléguer davantage,coachee;sponsor,,1,{HOSTILE}
2,{HOSTILE},,,coachee,,1.5,
"""
#: progress on objective 1 in W1 and W2: the sponsor and the stakeholders of Board and
#: Team (the stakeholders' view) rise by +1 each; the Small group's two answers never show
PROGRESS = {
    "W1": {
        "ce": 2,
        "sp": 1,
        "co": 2,
        "b1": 1,
        "b2": 1,
        "b3": 1,
        "t1": 1,
        "t2": 0,
        "t3": 1,
        "t4": 2,
        "s1": -3,
        "s2": -3,
    },
    "W2": {
        "ce": 3,
        "sp": 2,
        "co": 2,
        "b1": 2,
        "b2": 2,
        "b3": 2,
        "t1": 2,
        "t2": 1,
        "t3": 2,
        "t4": 3,
        "s1": -3,
        "s2": -2,
    },
}


def _engagement(folder: Path, small: int = 0) -> list[str]:
    """The files of the small engagement; ``small`` shifts every answer of the Small group."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "register.csv").write_text(REGISTER, encoding="utf-8")
    (folder / "objectives.csv").write_text(OBJECTIVES, encoding="utf-8")
    people = [line.split(",")[0] for line in REGISTER.splitlines()[2:]]
    rows = ["wave,rater,ratee,trust"]
    for w, wave in enumerate(("W1", "W2")):
        for i, person in enumerate(people):
            shift = small if person.startswith("s") and person != "sp" else 0
            rows.append(f"{wave},{person},co,{min(5, 2 + (i + w) % 4 + shift)}")
            rows.append(f"{wave},co,{person},{2 + (i * 2 + w) % 4}")
    (folder / "survey.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    answers = ["wave,rater,objective,progress"]
    for wave, given in PROGRESS.items():
        for person, value in given.items():
            shift = small if person in ("s1", "s2") else 0
            answers.append(f"{wave},{person},1,{max(-3, min(3, value + shift))}")
    (folder / "progress.csv").write_text("\n".join(answers) + "\n", encoding="utf-8")
    return [
        str(folder / "survey.csv"),
        str(folder / "progress.csv"),
        "--register",
        str(folder / "register.csv"),
        "--objectives",
        str(folder / "objectives.csv"),
        "--scale",
        "1:5",
        "--date",
        "2026-03-01",
        "--quiet",
    ]


def _row(html: str, label: str) -> str:
    """The table row of the first objective whose first cell is ``label``."""
    start = html.index('<article class="objective">')
    found = re.search(
        rf"<tr[^>]*>\s*<td[^>]*>(?:<span[^>]*></span>)?<bdi>{re.escape(label)}</bdi>"
        r".*?</tr>",
        html[start:],
        re.S,
    )
    assert found, label
    return html_text.unescape(re.sub(r"<[^>]+>", " ", found[0]))


def test_a_small_engagement_by_hand(tmp_path) -> None:
    html = _pack([*_engagement(tmp_path), "--stage", "mid"], tmp_path / "pack.html")
    # the stakeholders: the sponsor, Board's three and Team's four (Small is under K)
    # W1 (1 + 3 + 4) / 8 = +1.0, W2 (2 + 6 + 8) / 8 = +2.0: on target (+1) both times;
    # eight people rose by +1 each: the sign-flip test gives p = 2 / 2⁸, a real change
    stakeholders = " ".join(_row(html, "Stakeholders").split())
    assert stakeholders.startswith("Stakeholders +1.0 (8) ✓ +2.0 (8) ✓ +1.0 a real change")
    # Board is its three people besides the sponsor and the coachee (DESIGN.md section 10):
    # 1, 1, 1 then 2, 2, 2; three people paired cannot decide a change at 95 %
    board = " ".join(_row(html, "Board").split())
    assert board == "Board +1.0 (3) +2.0 (3) +1.0 too few people to tell"
    assert " ".join(_row(html, "Team").split()).startswith("Team +1.0 (4) +2.0 (4)")
    assert " ".join(_row(html, "Small").split()) == (
        "Small fewer than 3 answers fewer than 3 answers"
    )
    # the three people in the room: one view each, their change never called a trend
    assert " ".join(_row(html, "Coachee (self)").split()) == (
        "Coachee (self) +2.0 +3.0 +1.0 one person's view"
    )
    assert " ".join(_row(html, "Sponsor").split()).startswith("Sponsor +1.0 +2.0 +1.0")
    assert " ".join(_row(html, "Coach").split()).startswith("Coach +2.0 +2.0 0.0")
    assert "Delegate more" in html and "Déléguer davantage" not in html
    assert "Agreed by the coachee and the sponsor." in html


def test_a_group_of_two_leaves_no_trace(tmp_path) -> None:
    args = ["--stage", "close", "--lang", "fr"]
    first = _pack([*_engagement(tmp_path / "a"), *args], tmp_path / "a.html")
    moved = _pack([*_engagement(tmp_path / "b", small=2), *args], tmp_path / "b.html")
    assert first == moved  # their ratings of the coach and their progress answers changed
    assert "Déléguer davantage" in first and "moins de 3 réponses" in first


def test_the_wording_is_text(tmp_path) -> None:
    html = _pack([*_engagement(tmp_path), "--stage", "kickoff"], tmp_path / "pack.html")
    assert HOSTILE not in html and "<script" not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 2  # a wording, an indicator


def test_without_objectives_a_clear_error(tmp_path) -> None:
    args = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    for lang, words in (("en", "needs the objectives"), ("fr", "a besoin des objectifs")):
        result = CliRunner().invoke(
            cli, ["pack", *args, "--stage", "mid", "--lang", lang, "-o", str(tmp_path / "x.html")]
        )
        assert result.exit_code == 1 and words in result.output, result.output
        assert "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()
    survey = read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    with pytest.raises(NoObjectivesError):
        Analysis(survey).pack_html("mid")


def test_an_unknown_stage_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["pack", *SAMPLE_ARGS, "--stage", "middle"])
    assert result.exit_code == 2 and "'middle' is not one of" in result.output
    with pytest.raises(ValueError, match="stage must be one of"):
        Analysis(read_survey(SAMPLE / "survey.csv")).pack_html("middle")


def test_the_sponsor_is_in_no_group(tmp_path) -> None:
    """With K = 4, Board is its three people besides the sponsor and the coachee: under K,
    on the pack and in the shared report alike. The sponsor's answer, on its own row of the
    pack, counts in the pack's stakeholders' view (not towards K); the shared report, which
    does not show it, leaves it out."""
    args = [*_engagement(tmp_path), "--stage", "mid", "--min-group-size", "4"]
    html = _pack(args, tmp_path / "pack.html")
    assert " ".join(_row(html, "Board").split()) == (
        "Board fewer than 4 answers fewer than 4 answers"
    )
    # Team's four and the sponsor: (1 + 0 + 1 + 2 + 1) / 5, (2 + 1 + 2 + 3 + 2) / 5; five
    # people up by +1 each: p = 2 / 2⁵ = 0.0625, too few to decide
    assert " ".join(_row(html, "Stakeholders").split()).startswith(
        "Stakeholders +1.0 (5) ✓ +2.0 (5) ✓ +1.0 too few people to tell"
    )
    from alliance_graph import Audience

    files = [tmp_path / "survey.csv", tmp_path / "progress.csv"]
    survey = read_survey(
        files,
        register=tmp_path / "register.csv",
        objectives=tmp_path / "objectives.csv",
        scale="1:5",
    )
    shared = Analysis(survey, audience=Audience("shared", 4)).shared
    one = shared["waves"]["W1"]["objectives"]["1"]
    assert "Board" not in one["groups"] and one["groups_left_out"] == ["Board", "Small"]
    assert (one["stakeholders"]["mean"], one["stakeholders"]["n"]) == (1.0, 4)  # Team alone
