"""A French-speaking coach reads French only: every message, every catalogue string and
every line the commands print with ``--lang fr`` is checked for English words.

What is left out of the check, and why: text inside « » (the user's own values and
headers, or literal names to type), command options (``--scale``), file paths and names,
issue and alert codes (``SCALE_INFERRED``: stable identifiers, named in the docs), and the
short allow-lists below.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from alliance_graph.i18n import fr
from alliance_graph.metrics.alerts import Alert, AlertCode
from alliance_graph.model import Issue, IssueCode

ISSUES = Path(__file__).resolve().parent / "data" / "issues"
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

#: English words that have no place in French output (whole words, any case).
_ENGLISH = re.compile(
    r"\b(wrote|written|the|and|or|of|to|for|with|not|no|is|are|file|files|line|lines"
    r"|column|columns|row|rows|trust|goals|listening|semicolon|comma|tab|pipe|long|wide"
    r"|matrix|register|error|errors|warning|warnings|wave|waves|scale|issues|valid"
    r"|invalid|inferred|unknown|report|shared|answers|ratings|stakeholders|missing"
    r"|headers|none)\b",
    re.IGNORECASE,
)

#: French phrases that hold one of those words.
FRENCH_PHRASES = ("le long d",)
#: Catalogue strings that name an English thing on purpose, with the reason.
ALLOWED_KEYS = {
    "web.engagement.report_en": "the link to the English report says so in English",
    "web.error.audience": "names the literal values of the audience parameter (shared)",
    "column.wave": "names the English header the column also takes (wave)",
}


def english_words(text: str) -> list[str]:
    """The English words of ``text`` once quoted values, options, paths and codes are
    left out."""
    text = re.sub(r"\{[a-z_]+\}", " ", text)  # placeholders of a catalogue string
    text = re.sub(r"\{[a-z_]+\|([^{}|]*)\|([^{}|]*)\}", r" \1 \2 ", text)  # {n|one|many}
    text = re.sub(r"«[^»]*»", " ", text)  # the user's values, literal names
    text = re.sub(r"--[a-z-]+|alliance-graph \w+", " ", text)  # options and commands
    text = re.sub(r"\S*[/\\]\S*|\S+\.(?:csv|html|json|txt|xlsx|gexf|graphml)\b", " ", text)
    for phrase in FRENCH_PHRASES:
        text = text.replace(phrase, " ")
    return _ENGLISH.findall(text)


def test_the_check_finds_english() -> None:
    assert english_words("Wrote outputs/x.html; the scale is 1:5") == [
        "Wrote",
        "the",
        "scale",
        "is",
    ]
    assert english_words("Fichier écrit : outputs/survey-report.html") == []
    assert english_words("« trust » dans --scale, SCALE_INFERRED, le long des liens") == []


# -- the catalogue ------------------------------------------------------------------------


def test_every_french_string_is_french() -> None:
    found = {
        key: english_words(text)
        for key, text in fr.MESSAGES.items()
        if key not in ALLOWED_KEYS and english_words(text)
    }
    assert found == {}


# -- every issue and alert, with representative parameters ---------------------------------

#: A value for each placeholder of an issue message, in the shape the code gives it.
_PARAMS: dict[str, Any] = {
    "reason": "reason.encoding",
    "share": 0.4,
    "needed": "rater, ratee, score",
    "dimension": "goals",
    "suggestions": ("Karim Ouali",),
    "count": 2,
    "lines": "3, 4",
    "ids": "proux, proux2",
    "other_line": 2,
    "expected": 3,
    "seen": 5,
    "points": 5,
    "limit": 1000,
    "raters": 3,
    "total": 7,
    "scale": "1:5",
    "encoding": "UTF-8",
    "declared": ";",
    "used": ",",
}


def _fields(key: str) -> set[str]:
    template = fr.MESSAGES.get(key, "")
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _issue(code: IssueCode, **extra: Any) -> Issue:
    wanted = _fields(f"issue.{code.value}") | _fields(f"issue.{code.value}.suggestions")
    params = {name: _PARAMS.get(name, "Zoé") for name in wanted if name not in ("value",)}
    if code is IssueCode.NOT_IN_REGISTER:
        params["suggestions"] = _PARAMS["suggestions"]
    params.update(extra)
    return Issue(
        code, file="vague.csv", line=3, column="ratee", value="Zoé", params=tuple(params.items())
    )


@pytest.mark.parametrize("code", list(IssueCode), ids=lambda c: c.value)
def test_every_issue_message_is_french(code: IssueCode) -> None:
    text = _issue(code).describe("fr")
    assert "{" not in text and text != _issue(code).describe("en")
    assert english_words(text) == [], text


@pytest.mark.parametrize(
    ("needed", "words"),
    [
        ("score", ["les réponses (note, score)"]),
        ("ratee", ["la personne évaluée (évalué, ratee)"]),
        ("rater, ratee", ["la personne qui répond", " et la personne évaluée"]),
        ("person", ["l’identifiant ou le nom de chaque personne"]),
        ("source, target, timestamp", ["de chaque interaction", "la personne rencontrée"]),
    ],
)
def test_a_missing_column_is_named_in_french(needed: str, words: list[str]) -> None:
    issue = Issue(IssueCode.MISSING_COLUMN, line=1, value="a, b", params=(("needed", needed),))
    text = issue.message("fr")
    assert all(word in text for word in words), text
    assert "docs/" not in text and "docs/" not in issue.message("en")
    assert english_words(text) == []


@pytest.mark.parametrize(
    ("dimension", "french"),
    [("trust", "confiance"), ("listening", "écoute"), ("goals", "accord sur les objectifs")],
)
def test_dimension_names_are_french(dimension: str, french: str) -> None:
    issue = _issue(IssueCode.CONFLICTING_DUPLICATE, dimension=dimension)
    assert f"pour la dimension {french} " in issue.message("fr")


#: A value for each placeholder of an alert message.
_ALERT_PARAMS: dict[str, Any] = {
    "answers": 1,
    "needed": 3,
    "count": 2,
    "names": "Léa Petit",
    "name": "Léa Petit",
    "weakest": "sponsor",
}


@pytest.mark.parametrize("code", list(AlertCode), ids=lambda c: c.value)
def test_every_alert_message_is_french(code: AlertCode) -> None:
    fields = _fields(f"alert.{code.value}") - {"subject"}
    params = {name: _ALERT_PARAMS.get(name, 0.32) for name in fields}
    alert = Alert(code, subject="sponsor", params=tuple(params.items()))
    text = alert.message("fr")
    assert "{" not in text and english_words(text) == [], text


# -- what the commands print ---------------------------------------------------------------

_SAMPLE_ARGS = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
_RUNS = {
    "validate": ["validate", *_SAMPLE_ARGS],
    "validate-excel-fr": ["validate", str(SAMPLE / "survey-fr-excel.csv")],
    "metrics": ["metrics", *_SAMPLE_ARGS, "--wave", "2026-06"],
    "metrics-file": ["metrics", *_SAMPLE_ARGS, "--format", "json", "-o", "m.json"],
    "metrics-shared": ["metrics", *_SAMPLE_ARGS, "--audience", "shared", "--wave", "2026-06"],
    "metrics-log": [
        "metrics",
        str(SAMPLE / "meetings.csv"),
        "--register",
        str(SAMPLE / "register.csv"),
    ],
    "metrics-mapping": ["metrics", *_SAMPLE_ARGS, "--pseudonymise", "--mapping", "key.csv"],
    "compare": ["compare", *_SAMPLE_ARGS],
    "compare-shared": ["compare", *_SAMPLE_ARGS, "--audience", "shared"],
    "report": ["report", *_SAMPLE_ARGS],
    "report-shared": ["report", *_SAMPLE_ARGS, "--audience", "shared"],
    "report-log-alone": ["report", str(SAMPLE / "meetings.csv")],
    "export": ["export", *_SAMPLE_ARGS, "--format", "csv", "-o", "reseau.csv"],
    "template": ["template", "-o", "kit"],
}


def _run(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(cli, [*args, "--lang", "fr"])


@pytest.mark.parametrize("name", list(_RUNS))
def test_every_command_speaks_french_on_the_sample(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(_RUNS[name], tmp_path, monkeypatch)
    assert result.exit_code == (1 if name == "report-log-alone" else 0), result.output
    assert "Traceback" not in result.output
    assert english_words(result.output) == [], result.output


@pytest.mark.parametrize("name", sorted(p.name for p in ISSUES.glob("*.csv")))
def test_validate_speaks_french_on_every_bad_file(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(["validate", str(ISSUES / name)], tmp_path, monkeypatch)
    assert result.exit_code in (0, 1) and "Traceback" not in result.output
    assert english_words(result.output) == [], result.output


def test_validate_names_shapes_and_delimiters_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(["validate", str(SAMPLE / "survey-fr-excel.csv")], tmp_path, monkeypatch)
    assert "(une réponse par ligne, cp1252, point-virgule," in result.output
    result = _run(_RUNS["validate"], tmp_path, monkeypatch)
    assert "(registre, utf-8, virgule, 30 lignes)" in result.output


def test_report_is_named_and_announced_in_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _run(_RUNS["report"], tmp_path, monkeypatch)
    target = Path("outputs") / "survey-rapport.html"
    assert (tmp_path / target).is_file()
    assert result.stdout.splitlines()[-1] == f"Fichier écrit\u00a0: {target}"
    shared = _run(_RUNS["report-shared"], tmp_path, monkeypatch)
    assert (tmp_path / "outputs" / "survey-rapport-partage.html").is_file(), shared.output
    english = CliRunner().invoke(cli, _RUNS["report"])
    assert english.stdout.splitlines()[-1] == "Wrote outputs/survey-report.html"


def test_a_missing_column_in_french_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "vague.csv"
    path.write_text("Évaluateur,Note\nLéa,4\n", encoding="utf-8")
    result = _run(["validate", str(path), "--json"], tmp_path, monkeypatch)
    (issue,) = json.loads(result.stdout)["issues"]
    assert issue["code"] == "MISSING_COLUMN"
    assert issue["message"].startswith("Aucune colonne pour la personne évaluée (évalué, ratee)")


# -- the web app ---------------------------------------------------------------------------


@pytest.fixture
def french_client(tmp_path: Path) -> Any:
    from tests.web_support import log_in, make_app

    client = log_in(make_app(tmp_path / "workspace.sqlite3").test_client())
    client.get("/?lang=fr")
    return client


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("Évaluateur,Note\nLéa,4\n", "Aucune colonne pour la personne évaluée (évalué, ratee)"),
        (
            "Horodateur,Confiance [Alice],Confiance [Bruno]\n2026/01/12 10:00:00,4,5\n",
            "ajoutez une question qui demande son nom à chaque répondant",
        ),
    ],
    ids=["missing-column", "anonymous-form"],
)
def test_a_refused_upload_says_what_to_do_in_french(
    french_client: Any, content: str, words: str
) -> None:
    from tests.web_support import create, text, upload

    response = upload(french_client, create(french_client), content.encode(), "T1.csv")
    page = text(response)
    assert response.status_code == 422 and words in page
    assert "docs/" not in page
    assert english_words(page) == [], page


def test_the_issue_table_names_columns_in_french(french_client: Any) -> None:
    from tests.web_support import create, ratings_csv, register_csv, text, upload

    engagement = create(french_client)
    answers = ratings_csv() + b"inconnu,m1,3\n"  # not in the register: a warning
    response = upload(
        french_client, engagement, answers, "T1.csv", register=register_csv(), scale="1:5"
    )
    assert response.status_code == 303
    page = text(french_client.get(f"/engagements/{engagement}"))
    assert "T1.csv , ligne 74 évaluateur inconnu figure dans les réponses" in page
    english_link = fr.MESSAGES["web.engagement.report_en"]  # see ALLOWED_KEYS
    assert english_words(page.replace(english_link, "")) == [], page
