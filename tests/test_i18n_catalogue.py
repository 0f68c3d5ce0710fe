"""The two language catalogues: same keys, same placeholders, and every key the code and
the templates ask for exists, so no page ever shows a bare key or falls back to English."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

import alliance_graph
from alliance_graph import i18n, load_survey, read_survey
from alliance_graph.cli import cli
from alliance_graph.i18n import en, fr
from alliance_graph.metrics import compute_metrics
from alliance_graph.report import build_report
from alliance_graph.report.text import changes_text, metrics_text
from tests.conftest import SAMPLE

PACKAGE = Path(alliance_graph.__file__).parent
#: Kinds whose names may come from the data: ``label(kind, name)`` shows an unknown name as
#: it is (a dimension called "Confiance", a column "Équipe"), by design.
FROM_DATA = ("field.", "shape.", "delimiter.", "column.", "report.dimension.", "group.")


def _placeholders(text: str) -> set[str]:
    text = i18n._PLURAL.sub(r"{\1}", text)  # {count|wave|waves} agrees with {count}
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_no_sentence_hedges_its_plural() -> None:
    """ "3 wave(s)" reads as a form: each count says "wave" or "waves" as it should."""
    hedged = {
        key: text
        for catalogue in (en.MESSAGES, fr.MESSAGES)
        for key, text in catalogue.items()
        if re.search(r"\w\((?:s|e|es|x)\)", text)
    }
    assert hedged == {}


@pytest.mark.parametrize(
    ("lang", "count", "said"),
    [
        ("en", 1, "1 warning in the data: X"),
        ("en", 0, "0 warnings in the data: X"),
        ("en", 2, "2 warnings in the data: X"),
        ("en", "2,746", "2,746 warnings in the data: X"),
        ("fr", 0, "0 avertissement sur les données\u00a0: X"),
        ("fr", 1, "1 avertissement sur les données\u00a0: X"),
        ("fr", "1\u202f001", "1\u202f001 avertissements sur les données\u00a0: X"),
        ("fr", 2, "2 avertissements sur les données\u00a0: X"),
    ],
)
def test_a_count_chooses_singular_or_plural(lang: str, count: object, said: str) -> None:
    assert i18n.translate("cli.warnings", lang, count=count, kinds="X") == said


def test_a_list_counts_by_its_length_and_a_missing_count_is_plural() -> None:
    one = i18n.translate("web.flash.clash", "fr", waves="T2", n_waves=["T2"])
    assert one.endswith("la mission a de nouveau la vague T2. Supprimez-la d’abord.")
    assert "the engagement has waves T2 again. Delete them first." in i18n.translate(
        "web.flash.clash", "en", waves="T2"
    )


def test_every_plural_choice_has_two_forms() -> None:
    """A choice is ``{name|one|many}``: any other bar inside braces would show as text."""
    for catalogue in (en.MESSAGES, fr.MESSAGES):
        for key, text in catalogue.items():
            rest = i18n._PLURAL.sub("", text)
            assert not any("|" in field for field in re.findall(r"\{[^{}]*\}", rest)), key
            params = dict.fromkeys(_placeholders(text), 2)
            i18n.translate(key, "en" if catalogue is en.MESSAGES else "fr", **params)


def test_both_catalogues_have_the_same_keys_and_placeholders() -> None:
    assert sorted(set(en.MESSAGES) ^ set(fr.MESSAGES)) == []
    differ = {
        key: (_placeholders(text), _placeholders(fr.MESSAGES[key]))
        for key, text in en.MESSAGES.items()
        if _placeholders(text) != _placeholders(fr.MESSAGES[key])
    }
    assert differ == {}


@pytest.mark.parametrize(("folder", "prefix"), [("report", "report."), ("web", "web.")])
def test_every_key_a_template_names_exists(folder: str, prefix: str) -> None:
    used = {
        prefix + key
        for path in (PACKAGE / folder / "templates").glob("*.j2")
        for key in re.findall(r'\bt\(\s*"([A-Za-z0-9_.]+)"', path.read_text(encoding="utf-8"))
    }
    assert used, "no key found: has the template helper been renamed?"
    whole = {key for key in used if not key.endswith(".")}
    assert sorted(whole - set(en.MESSAGES)) == []
    # t("nav." ~ name): a key built in the template; its beginning must name some keys
    built = {key for key in used if key.endswith(".")}
    assert sorted(k for k in built if not any(m.startswith(k) for m in en.MESSAGES)) == []


class _Recording(dict):
    """A catalogue that notes every key asked for and not found."""

    def __init__(self, messages: dict[str, str], missing: set[str]) -> None:
        super().__init__(messages)
        self.missing = missing

    def get(self, key, default=None):  # type: ignore[override]
        if key not in self and not key.startswith(FROM_DATA):
            self.missing.add(key)
        return super().get(key, default)


def test_every_key_asked_for_while_rendering_exists(monkeypatch, tmp_path: Path) -> None:
    missing: set[str] = set()
    # the keys asked for are the same in both languages, and both have the same keys
    monkeypatch.setitem(i18n._CATALOGUES, "fr", _Recording(fr.MESSAGES, missing))
    survey = read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
    )
    metrics = compute_metrics(survey)
    plain = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    build_report(survey, metrics=metrics, lang="fr")
    build_report(plain, lang="fr", audience="shared")
    metrics_text(metrics, "fr")
    changes_text(metrics, "fr")
    for path in sorted((Path(__file__).parent / "data" / "issues").glob("*")):
        if path.is_file():
            CliRunner().invoke(cli, ["validate", str(path), "--lang", "fr"])
    assert sorted(missing) == []
