"""Comments in the reports (DESIGN.md section 11): the coach's by group, escaped, people
without consent never named; the shared version's only from K_c commenters, in a seeded
order, never attributed, every name masked, and nothing else of them in any shared output.

The fixture is tests/data/comments (see tests/test_comments.py): its comments name people
by first name, full name, alias and id, in capitals and without accents.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import Analysis
from alliance_graph.audience import Audience
from alliance_graph.cli import cli
from alliance_graph.privacy import conceal, pseudonymise
from alliance_graph.privacy.masking import NameMask
from alliance_graph.report.comments_view import shared_comments
from tests.test_comments import COMMENTS, FORM, INPUTS, engagement

SHARED = Audience("shared")


@pytest.fixture(scope="module")
def survey():
    return engagement()


@pytest.fixture(scope="module")
def analyses(survey):
    """The coach's analysis and the shared one (figures computed once each)."""
    return Analysis(survey, permutations=50), Analysis(survey, audience=SHARED, permutations=50)


def _fold(text: str) -> str:
    """Accents stripped and case folded, as a reader's search would."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _register_words() -> set[str]:
    """Every register name, alias and id, and each first and last name, folded."""
    words = set()
    for line in (COMMENTS / "register.csv").read_text(encoding="utf-8").splitlines()[1:]:
        person, name, *_, aliases = line.split(",")
        words |= {_fold(person), _fold(name), *(_fold(a) for a in aliases.split(";") if a)}
        words |= {_fold(part) for part in name.split()}
    return words


WORDS = _register_words()


def _named(text: str) -> list[str]:
    """The register words found in ``text`` as whole words (case and accents aside)."""
    folded = _fold(text)
    return sorted(w for w in WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded))


def _section(html: str) -> str:
    found = re.search(r'<section id="comments">.*?</section>', html, re.S)
    assert found, "no comments section"
    return found.group(0)


def test_the_register_words_are_the_ones_the_comments_use() -> None:
    # the search below is worth something: the comments do name these people
    assert {"helene", "helene garnier", "lena", "hgarnier", "fanfan", "durand"} <= WORDS
    assert {"philippe", "loic perrin", "edouard vasseur", "jtessier", "camille"} <= WORDS


# -- the coach's report --------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_coach_sees_every_comment_by_group(analyses, lang: str) -> None:
    coach, _ = analyses
    html = coach.report_html(lang=lang)
    section = _section(html)
    headings = re.findall(r"<h3><bdi>(.*?)</bdi>", section)
    assert headings == ["Coach", "Direction", "Managers", "Équipe"]
    # each with its wave, author and what it is about; the texts as written
    assert "<td>Loïc Perrin</td>" not in section  # cells carry dir="auto"
    assert re.search(r'<td dir="auto" data-label="[^"]+">Loïc Perrin</td>', section)
    assert "HÉLÈNE GARNIER tranche trop vite" in section
    assert "Merci à Loic Perrin pour l&#39;organisation" in section
    general = "the survey as a whole" if lang == "en" else "l’enquête dans son ensemble"
    assert section.count(general) == 7  # jtessier in T1, the six "Un mot ?" of T2
    objective = "objective 1: Déléguer" if lang == "en" else "objectif 1 : Déléguer"
    assert section.count(objective) == 3
    # 22 comments, one row each
    assert section.count('class="comment"') == 22
    assert 'href="#comments"' in html


def test_a_hostile_comment_is_text(analyses) -> None:
    coach, shared = analyses
    for html in (coach.report_html(lang="en"), shared.report_html(lang="en")):
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in _section(html)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_person_without_consent_is_never_named_even_to_the_coach(analyses, lang) -> None:
    coach, _ = analyses
    html = coach.report_html(lang=lang)
    assert not {"noemie", "besnard", "noemie besnard", "nbesnard"} & set(_named(html))
    label = "Managers (anonymous 1)" if lang == "en" else "Managers (anonyme 1)"
    assert re.search(f'<td dir="auto" data-label="[^"]+">{re.escape(label)}</td>', _section(html))
    assert "Je préfère rester discrète ([…])" in _section(html)  # her first name masked


def test_conceal_and_pseudonyms_take_names_out_of_the_texts(survey) -> None:
    hidden = conceal(survey).comments
    assert hidden is not None
    assert "Managers (anonymous 1)" in set(hidden["rater"])
    texts, _ = pseudonymise(survey)
    assert texts.comments is not None
    said = dict(
        zip(texts.comments["line"].astype(str) + texts.comments["file"], texts.comments["text"])
    )
    # a whole name becomes its person's label, a first name alone "[…]"
    assert said["7" + str(INPUTS[0])] == "Sponsor tranche trop vite"
    assert said["10" + str(INPUTS[0])] == "[…] ne délègue pas à […]"
    assert [w for t in texts.comments["text"] for w in _named(t)] == []


# -- the shared version --------------------------------------------------------------------


def _shared_outputs(shared: Analysis, tmp_path: Path) -> dict[str, str]:
    """Every output of the shared audience, as text."""
    outputs = {f"report.{lang}": shared.report_html(lang=lang) for lang in ("en", "fr")}
    for fmt in ("table", "json", "csv"):
        outputs[f"metrics.{fmt}"] = shared.text(fmt)
    for fmt in ("table", "json"):
        outputs[f"changes.{fmt}"] = shared.changes(fmt)
    for fmt in ("gexf", "graphml", "json", "csv"):
        for path in shared.export(tmp_path / f"groups.{fmt}", fmt):
            outputs[path.name] = path.read_text(encoding="utf-8")
    decoded = json.loads(outputs["metrics.json"])  # \u escapes said as letters
    outputs["metrics.json"] = json.dumps(decoded, ensure_ascii=False)
    return outputs


def test_no_shared_output_names_anyone(analyses, tmp_path: Path) -> None:
    _, shared = analyses
    outputs = _shared_outputs(shared, tmp_path)
    assert len(outputs) >= 12
    named = {name: _named(text) for name, text in outputs.items()}
    assert {name: found for name, found in named.items() if found} == {}
    # the comments are there, masked: the shared report is no empty shell
    section = _section(outputs["report.en"])
    assert "[…] tranche trop vite" in section and "[…] et […]; […] écoute" in section
    assert "[…] ne délègue pas à […]" in section and "[…] est content" in section
    # no comment text in the figures
    for name, text in outputs.items():
        if not name.startswith("report"):
            assert "tranche trop vite" not in text and "est content" not in text, name


def test_the_pack_holds_no_comment(analyses) -> None:
    """The three-way meeting pack names the three people in the room, and no comment."""
    _, shared = analyses
    pack = shared.pack_html("mid", lang="fr")
    assert "aucun commentaire" in pack  # as it said before comments were read
    for text in ("tranche trop vite", "Je délègue le lundi", "Maëlle a plus d'autonomie"):
        assert text not in pack


@pytest.mark.parametrize(
    ("lang", "words"),
    [("en", "Not enough comments to show (at least 5 people"),
     ("fr", "Pas assez de commentaires pour les montrer (il faut qu’au moins 5 personnes")],
)  # fmt: skip
def test_a_group_under_k_c_shows_not_enough_comments(analyses, lang: str, words: str) -> None:
    _, shared = analyses
    section = _section(shared.report_html(lang=lang))
    # by hand: Managers 5 commenters in each wave (shown; Noémie, without consent, left
    # out in T1); Direction 1 in each wave, Équipe 2 in T1 and 3 in T2 (not shown)
    assert section.count(words) == 4
    assert section.count("<li>") == 6 + 5  # T2: 6 comments of 5 people; T1: 5 (no Noémie)
    assert "Camille" not in section and "Note pour moi" not in section  # the coach's own
    assert "discrète" not in section  # someone without consent: never shared
    about = "How answers are protected" if lang == "en" else "Protection des réponses"
    assert about in shared.report_html(lang=lang)


def test_k_c_is_the_audiences(survey) -> None:
    lower = Analysis(survey, audience=Audience("shared", min_commenters=3), permutations=50)
    section = _section(lower.report_html(lang="en"))
    # Équipe has 3 commenters in T2 (Théo twice, Yacine twice, Maëlle): shown from K_c = 3
    assert section.count("Not enough comments") == 3
    assert "Un mot de […]" in section and "Pas d&#39;avis pour […]" in section
    assert "About objective 1 (Déléguer davantage aux managers):</span>" in section
    with pytest.raises(ValueError, match="min_commenters must be at least 3"):
        Audience("shared", min_commenters=2)


def _order(survey, seed: int) -> list[str]:
    section = shared_comments(survey, "en", 5, seed)
    assert section is not None
    (managers,) = [g for g in section["waves"][-1]["groups"] if g["name"] == "Managers"]
    return [item["text"] for item in managers["items"]]


def test_the_order_of_shared_comments_is_drawn_from_the_seed(survey) -> None:
    concealed = conceal(survey)
    first = _order(concealed, 0)
    assert first == _order(concealed, 0)
    assert len(first) == 5 and len(set(first)) == 5
    orders = {tuple(_order(concealed, seed)) for seed in range(1, 8)}
    assert len(orders) > 1  # another seed may give another order
    assert {frozenset(o) for o in orders} == {frozenset(first)}  # the same comments
    # and the report follows the analysis's seed
    html = {
        seed: _section(Analysis(survey, audience=SHARED, seed=seed).report_html(lang="en"))
        for seed in (0, 0, 3)
    }
    assert len(html) == 2


def test_a_name_is_masked_whatever_its_case_and_accents() -> None:
    mask = NameMask.of({"hg": ("hg", "Hélène Garnier", "Léna"), "pd": ("Philippe Durand",)})
    said = mask.mask("HÉLÈNE, helene garnier, Hélène-Garnier, LENA, hg's, Durand-Philippe")
    assert said == "[…], […], […], […], […]'s, […]-[…]"
    # whole words only: a name inside another word stays
    assert mask.mask("Lenaïg, hgx, Durandal") == "Lenaïg, hgx, Durandal"


def test_the_command_line_takes_min_commenters(tmp_path: Path) -> None:
    args = [str(INPUTS[0]), f"{FORM}=T2", str(INPUTS[2]), "--scale", "1:5"]
    args += ["--register", str(COMMENTS / "register.csv")]
    args += ["--objectives", str(COMMENTS / "objectives.csv")]
    runner = CliRunner()
    alone = runner.invoke(
        cli, ["report", *args, "--min-commenters", "4", "-o", str(tmp_path / "r")]
    )
    assert alone.exit_code == 2 and "--min-commenters goes with --audience shared" in alone.output
    low = runner.invoke(cli, ["report", *args, "--audience", "shared", "--min-commenters", "2"])
    assert low.exit_code == 2
    out = tmp_path / "shared.html"
    result = runner.invoke(
        cli, ["report", *args, "--audience", "shared", "--min-commenters", "3", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "Un mot de […]" in html and _named(html) == []
