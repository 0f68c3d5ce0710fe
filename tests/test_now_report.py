"""The report's "What to do now": first in the coach's report, in both languages, escaped,
each link going to an element of the page; the real changes of two teams that swapped
named even when the headline cards say "stable"; absent from the shared version."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from alliance_graph import Analysis, Audience, load_survey
from tests.conftest import SAMPLE
from tests.test_next_steps import MEETINGS, SURVEY

HOSTILE = "<img src=x onerror=alert(1)>Abe"
HOSTILE_TEAM = "<i>Team A</i>"


def swap_files(folder: Path) -> tuple[Path, Path]:
    """Two waves where Team A rises (0.44 → 0.69) and Team B falls (0.69 → 0.44), every
    member the same way, while Team C and the sponsor stay: the level and the balance
    index do not move."""
    people = [("cleo", "Coach", "coach"), ("sam", "Board", "sponsor")]
    people += [(f"{t.lower()}{i}", f"Team {t}", "stakeholder") for t in "ABC" for i in range(8)]
    register = folder / "register.csv"
    rows = [f"{p},{p.capitalize()},{g},{r}" for p, g, r in people]
    register.write_text("id,name,group,role\n" + "\n".join(rows) + "\n", encoding="utf-8")
    low, high = ((3, 2), 3), ((4, 3), 4)  # (to the coach, odd/even), from the coach
    lines = ["wave,rater,ratee,trust"]
    for wave in ("W1", "W2"):
        for person, group, role in people[1:]:
            team = group[-1]
            if role == "sponsor" or team == "C":
                to, back = (5, 5) if role == "sponsor" else (3 if person.endswith("0") else 4, 4)
            else:
                (odd, even), back = low if (team == "A") == (wave == "W1") else high
                to = odd if int(person[-1]) % 2 else even
            lines += [f"{wave},{person},cleo,{to}", f"{wave},cleo,{person},{back}"]
    survey = folder / "survey.csv"
    survey.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return survey, register


def _hand_made(folder: Path, lang: str = "en", coach: bool = True) -> str:
    """The engagement of test_next_steps, Abe and Team A named as markup."""
    register = (
        "id,name,group,role,power\n"
        f"cleo,Cleo,Coach,{'coach' if coach else 'stakeholder'},3\n"
        "sam,Sam,Board,sponsor,5\n"
        f'ada,Ada,"{HOSTILE_TEAM}",stakeholder,1\n'
        f'abe,"{HOSTILE}","{HOSTILE_TEAM}",stakeholder,4\n'
        "bea,Bea,Team B,stakeholder,2\nbob,Bob,Team B,stakeholder,\n"
    )
    (folder / "survey.csv").write_text(SURVEY, encoding="utf-8")
    (folder / "register.csv").write_text(register, encoding="utf-8")
    (folder / "meetings.csv").write_text(MEETINGS, encoding="utf-8")
    survey = load_survey(
        [folder / "survey.csv", folder / "meetings.csv"],
        register=folder / "register.csv",
        scale="1:5",
    )
    return Analysis(survey).report_html(lang=lang)


def _section(html: str) -> str:
    start = html.index('<section id="now"')
    return html[start : html.index("</section>", start)]


@pytest.fixture(scope="module")
def sample() -> Analysis:
    survey = load_survey(
        [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
    )
    return Analysis(survey)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", ["What to do now, after wave 2026-06", "Weakest alliance:", "Next conversations"]),
        ("fr", ["À faire maintenant, après la vague 2026-06", "Alliance la plus faible\u00a0:",
                "Prochaines conversations"]),
    ],
)  # fmt: skip
def test_it_comes_first_in_both_languages(sample: Analysis, lang: str, words: list[str]) -> None:
    html = sample.report_html(lang=lang)
    assert html.index('<section id="now"') < html.index('<section id="summary"')
    nav = re.findall(r'<li><a href="#([a-z]+)">', html)
    assert nav[:2] == ["now", "summary"]
    section = _section(html)
    for word in words:
        assert word in section
    assert "Collaborateurs" in section.split("</li>")[0]  # the weakest group, named first
    assert section.count('<li data-kind="') == 5  # the five next conversations
    # the sample's real changes from 2026-04 to 2026-06: the balance index and Collaborateurs
    real = "a real change" if lang == "en" else "un vrai changement"
    assert section.count(real) == 2
    assert ("15 Jun 2026" if lang == "en" else "15 juin 2026") in section  # a last contact


def test_every_link_goes_to_one_element_of_the_page(tmp_path: Path, sample: Analysis) -> None:
    for html in (_hand_made(tmp_path), sample.report_html()):
        section = _section(html)
        targets = re.findall(r'href="#([^"]+)"', section)
        assert len(targets) >= 5
        for target in targets:
            assert html.count(f'id="{target}"') == 1, target
    section = _section(_hand_made(tmp_path))
    # the alerts: the sponsor's weight and the trust Abe does not return
    assert "alert-" in section and section.count("alert-") == 2


def test_names_from_the_data_stay_text(tmp_path: Path) -> None:
    section = _section(_hand_made(tmp_path))
    assert "<img" not in section and "<i>" not in section
    assert "&lt;img src=x onerror=alert(1)&gt;Abe" in section  # trust not returned, and asked
    assert "&lt;i&gt;Team A&lt;/i&gt;" in section  # the weakest group, and the first to talk to
    first = section.index('<li data-kind="')
    assert "&lt;i&gt;Team A&lt;/i&gt;</a>" in section[first : first + 200]


def test_two_teams_that_swapped_are_both_named(tmp_path: Path) -> None:
    survey, register = swap_files(tmp_path)
    analysis = Analysis(load_survey(survey, register=register, scale="1:5"))
    html = analysis.report_html()
    cards = html[html.index('<section id="summary"') :]
    level = cards[cards.index('data-card="level"') : cards.index('data-card="balance"')]
    assert "● 0.00" in level  # the card alone would say nothing moved
    section = _section(html)
    assert "The alliance with Team A rose from 0.44 to 0.69" in section
    assert "The alliance with Team B fell from 0.69 to 0.44" in section
    assert section.count("a real change") == 2 and "balance index" not in section.split("Next")[0]
    fr = _section(analysis.report_html(lang="fr"))
    assert "L’alliance avec Team A monte de 0,44 à 0,69" in fr
    assert fr.count("un vrai changement") == 2


def test_the_first_wave_and_no_coach(tmp_path: Path) -> None:
    html = _hand_made(tmp_path, coach=False)
    assert 'id="now"' not in html and 'href="#now"' not in html
    one = tmp_path / "one.csv"  # W1 alone: nothing to compare yet
    one.write_text("\n".join(SURVEY.splitlines()[:11]) + "\n", encoding="utf-8")
    register = tmp_path / "register.csv"
    register.write_text(register.read_text().replace("stakeholder,3", "coach,3"), "utf-8")
    section = _section(Analysis(load_survey(one, register=register, scale="1:5")).report_html())
    assert "This is the first wave: nothing to compare yet." in section


def test_not_in_the_shared_version_and_the_same_bytes_twice(tmp_path: Path) -> None:
    survey, register = swap_files(tmp_path)
    loaded = load_survey(survey, register=register, scale="1:5")
    shared = Analysis(loaded, audience=Audience("shared", 3)).report_html()
    assert 'id="now"' not in shared and "Next conversations" not in shared
    assert Analysis(loaded).report_html() == Analysis(loaded).report_html()
    assert "Next-conversation gain" in Analysis(loaded).report_html()  # in the glossary
