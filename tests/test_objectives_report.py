"""The report's "Objectives" section: the wording, who agreed it, the views of the last
wave, the target and the alerts, in English and French; markup in a wording stays text;
no section (and the same page as before) without objectives, none in the shared report."""

from __future__ import annotations

from alliance_graph import Analysis, Audience, read_survey
from tests.browser.conftest import HOSTILE_OBJECTIVE, objectives_survey
from tests.conftest import SAMPLE


def test_the_section_in_english_and_french(tmp_path) -> None:
    analysis = Analysis(objectives_survey(tmp_path))
    english = analysis.report_html(lang="en")
    section = english[english.index('<section id="objectives">') :]
    section = section[: section.index("</section>")]
    assert "Delegate more to the managers" in section
    assert "Agreed by the coachee and the sponsor." in section
    # the managers' mean in 2026-06: (1 + 0 + 2) / 3 = +1.0, the target +1.0
    assert "On target: the stakeholders see +1.0, the aim was +1.0." in section
    assert "the sponsor sees +0.5 where the coachee sees +2.5" in section
    assert '<a href="#objectives">Objectives</a>' in english
    french = analysis.report_html(lang="fr")
    assert "Convenu par la personne coachée et le commanditaire." in french
    assert "Objectifs convenus au lancement" in french


def test_a_wording_in_markup_stays_text(tmp_path) -> None:
    html = Analysis(objectives_survey(tmp_path)).report_html()
    assert HOSTILE_OBJECTIVE not in html  # never written raw
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html or (
        "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    )


def test_no_section_without_objectives(tmp_path) -> None:
    plain = Analysis(read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv"))
    assert 'id="objectives"' not in plain.report_html()
    assert 'id="objectives"' not in plain.in_language("fr").report_html()


def test_the_shared_report_shows_groups_of_k_only(tmp_path) -> None:
    """Objective 1: the managers (three answers) are shown; objective 2 was rated by the
    coachee and the sponsor alone: nothing of it is shared, not even that they answered
    (the sponsor's answer is in no group: Direction, their register group, did not rate
    it)."""
    html = Analysis(objectives_survey(tmp_path), audience=Audience("shared")).report_html()
    section = html[html.index('<section id="objectives">') :]
    section = section[: section.index("</section>")]
    assert "<td>Managers</td>" in section and "<td>Stakeholders</td>" in section
    for one_person in ("Coachee (self)", "Sponsor", "Coach (you)", "sees +2.5"):
        assert one_person not in section, one_person
    assert "Not shown, fewer than 3 answers" not in section
    assert "No progress rated yet; the aim is +1.5." in section
    assert '<a href="#objectives">Objectives</a>' in html


def _objectives_of(html: str) -> str:
    section = html[html.index('<section id="objectives">') :]
    return section[: section.index("</section>")]


def test_the_shared_report_shows_the_three_views_only_when_shared(tmp_path) -> None:
    """With the coach's choice, the coachee's (+2.5), the sponsor's (+0.5) and the coach's
    views of objective 2 are shown, with a sentence saying why; the wording stays text."""
    survey = objectives_survey(tmp_path)
    chosen = Audience("shared", share_viewpoints=True)
    english = Analysis(survey, audience=chosen).report_html()
    section = _objectives_of(english)
    for row in ("<td>Coachee (self)</td>", "<td>Sponsor</td>", "<td>Coach</td>"):
        assert row in section, row
    assert "<td>Coach (you)</td>" not in section  # the organisation reads it
    assert '<td>Coachee (self)</td><td class="num">+2.5</td><td class="num">1</td>' in section
    assert "shown because the coach chose to share them" in section
    # the sponsor's +0.5 is the one stakeholder's answer: fewer than 3, so no progress
    assert "Not enough answers to show the progress yet; the aim is +1.5." in section
    assert "Not shown, fewer than 3 answers" not in section  # the sponsor is in no group
    assert "except the coachee&#39;s, the sponsor&#39;s and the coach&#39;s views" in english
    assert HOSTILE_OBJECTIVE not in english
    french = Analysis(survey, audience=chosen, lang="fr").report_html()
    section = _objectives_of(french)
    assert "<td>Personne coachée (elle-même)</td>" in section
    assert "<td>Commanditaire</td>" in section
    assert "parce que le coach a choisi de les partager" in section
    assert HOSTILE_OBJECTIVE not in french
    # without the choice: none of it
    plain = Analysis(survey, audience=Audience("shared")).report_html()
    assert "chose to share" not in plain and "<td>Coachee (self)</td>" not in plain


def test_each_view_says_its_change_since_the_wave_rated_before(tmp_path) -> None:
    """Objective 1: the same three managers answered +1, 0 and +2 in both waves, a change
    of 0.0 on three people, whom no test at 5 % can decide on; objective 2 was rated in
    one wave: no change column."""
    import re

    analysis = Analysis(objectives_survey(tmp_path))

    def said(html: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", _objectives_of(html)).split())

    english = said(analysis.report_html(lang="en"))
    first, second = english.split("Change since 2026-04", 1)[1].split("&lt;img", 1)
    assert "Stakeholders +1.0 3 0.0 too few people to tell" in first
    assert "Change since" not in second
    french = said(analysis.report_html(lang="fr"))
    assert "Évolution depuis 2026-04" in french and "trop peu de personnes pour le dire" in french
