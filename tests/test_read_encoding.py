"""The encoding of a file decided from all its bytes; rows it cannot decode; garbled text.

One byte that is not UTF-8 in a UTF-8 file must not turn every accented name into
``LÃ©a`` (the whole file read as Windows-1252, people split, no warning): the file stays
UTF-8 and the row is named. Text garbled before it reached us is never taken silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from alliance_graph.ingest import _log_read, read_survey
from alliance_graph.ingest.interactions import read_interactions
from alliance_graph.ingest.read import decode, read_table
from alliance_graph.model import IssueCode

NAMES = ["Léa Petit", "Zoé Blanc", "Hélène Durand", "Anaïs Roy", "Éloïse Côté"]


def _ratings(names: list[str] = NAMES) -> list[str]:
    rows = ["rater,ratee,score"]
    rows += [f"{a},{b},{1 + (i + j) % 5}" for i, a in enumerate(names) for j, b in enumerate(names)]
    return [r for r in rows if len(set(r.split(",")[:2])) == 2]


def one_bad_line(at: int = 5) -> bytes:
    """UTF-8 ratings in which line ``at`` was typed in a Windows-1252 editor."""
    lines = [row.encode() for row in _ratings()]
    lines.insert(at - 1, "Léa Petit,José Ruiz,3".encode("cp1252"))
    return b"\n".join(lines) + b"\n"


def _codes(issues) -> list[tuple[IssueCode, int | None]]:
    return [(i.code, i.line) for i in issues]


# -- the decision --------------------------------------------------------------------------


def test_one_bad_byte_leaves_a_utf8_file_utf8() -> None:
    text, used, reason = decode(one_bad_line())
    assert used == "utf-8" and not reason
    assert text is not None and "Léa Petit" in text and "Ã" not in text
    assert "Jos\ufffd Ruiz" in text  # the bad byte, shown as U+FFFD


def test_a_bom_file_with_bad_bytes_stays_utf8() -> None:
    # even with more bad bytes than accents: the BOM says UTF-8
    data = b"\xef\xbb\xbfrater,ratee,score\nZo\xc3\xa9,Al\xe9,4\nAl\xe9,Zo\xc3\xa9 B\xe9,3\n"
    text, used, _ = decode(data)
    assert used == "utf-8-sig" and text is not None and "Zoé" in text


@pytest.mark.parametrize(
    "text",
    [
        "sep=;\nÉvaluateur;Évalué;Note\nAnaïs;Zoé;4\nHélène;Anaïs;3\nZoé;Hélène;très bien\n",
        "rater,ratee,score\nAlice,Bruno,4\nBruno,Chloé,3\n",  # ASCII but for one é
    ],
    ids=["french-excel", "one-accent"],
)
def test_a_windows_1252_file_is_still_windows_1252(text: str) -> None:
    decoded, used, _ = decode(text.encode("cp1252"))
    assert used == "cp1252" and decoded == text


def test_a_forced_encoding_still_wins_and_garbled_text_is_named() -> None:
    data = "\n".join(_ratings()).encode()  # UTF-8, read as Windows-1252 on purpose
    table, issues = read_table(("f.csv", data), encoding="cp1252")
    assert table is not None and table.encoding == "cp1252"
    garbled = [i for i in issues if i.code is IssueCode.GARBLED_TEXT]
    assert [(i.line, i.value) for i in garbled][:2] == [(2, "LÃ©a Petit"), (2, "ZoÃ© Blanc")]
    assert dict(garbled[0].params)["fixed"] == "Léa Petit"


# -- the rows that cannot be decoded ------------------------------------------------------


def test_the_undecodable_row_is_named_and_left_out() -> None:
    survey = read_survey(("wave.csv", one_bad_line(at=5)), scale="1:5")
    assert _codes(survey.issues) == [(IssueCode.UNDECODABLE_ROW, 5)]  # no EMPTY_ROW too
    (issue,) = survey.issues
    assert (issue.column, issue.value) == ("rater", "L\ufffda Petit")
    assert "left out" in issue.message() and "laissée de côté" in issue.message("fr")
    assert 5 not in set(survey.ratings["line"])
    assert sorted(survey.stakeholders["id"]) == sorted(NAMES)  # nobody split, nobody added
    assert survey.files[0].encoding == "utf-8"
    assert len(survey.ratings) == len(_ratings()) - 1


def test_a_header_that_cannot_be_decoded_makes_the_file_unreadable() -> None:
    data = "évaluateur,évalué,note\nLéa,Zoé,4\nZoé,Léa,3\n".encode().replace(
        b"\xc3\xa9", b"\xe9", 1
    )
    table, issues = read_table(("f.csv", data))
    assert table is None
    assert _codes(issues) == [(IssueCode.UNREADABLE_FILE, 1)]
    assert "header" in issues[0].message() and "en-tête" in issues[0].message("fr")


def test_an_undecodable_row_in_a_log_is_named_once() -> None:
    data = "source,target,timestamp\nLéa,Zoé,2026-01-05\nZoé,Léa,2026-01-06\n".encode()
    data += "Jos\xe9,Léa,2026-01-07\nLéa,Zoé,2026-01-08\n".encode("cp1252").replace(
        "Léa,Zoé,2026-01-08".encode("cp1252"), "Léa,Zoé,2026-01-08".encode()
    )
    log = read_interactions(("log.csv", data))
    assert _codes(log.issues) == [(IssueCode.UNDECODABLE_ROW, 4)]
    assert sorted(set(log.events["source"])) == ["Léa", "Zoé"]


# -- garbled text -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("LÃ©a Petit", "Léa Petit"),
        ("Ã‰loÃ¯se CÃ´tÃ©", "Éloïse Côté"),
        ("Jean-FranÃ§ois dâ€™Arc", "Jean-François d’Arc"),
        ("VoilÃ\u00a0 tout", "Voilà tout"),
        ("Å“uvre â\x80\x9dcitÃ©e", "œuvre ”citée"),  # Latin-1 for the bytes cp1252 lacks
    ],
)
def test_garbled_text_is_a_warning_with_its_line(written: str, meant: str) -> None:
    data = f"rater;ratee;score\nAlice;Bruno;4\nBruno;{written};2\n".encode()
    table, issues = read_table(("f.csv", data))
    assert table is not None
    (issue,) = [i for i in issues if i.code is not IssueCode.CONTROL_CHARACTERS]
    assert (issue.code, issue.line, issue.column) == (IssueCode.GARBLED_TEXT, 3, "ratee")
    assert issue.value == " ".join(written.replace("\x80", "").replace("\x9d", "").split())
    assert dict(issue.params)["fixed"] == meant
    assert issue.severity.value == "warning"


def test_genuine_text_is_not_garbled() -> None:
    names = ["São Paulo", "Ålesund", "Ärzte Ohne", "ÉCOLE", "Ça va", "Âge d'or", "Ãnna"]
    data = ("rater,ratee,score\n" + "".join(f"{n},Bruno,4\n" for n in names)).encode()
    assert read_table(("f.csv", data))[1] == []


def test_a_garbled_header_is_named_on_line_1() -> None:
    data = "Ã‰valuateur,Ã‰valuÃ©,Note\nA,B,4\n".encode()
    _, issues = read_table(("f.csv", data))
    assert [(i.code, i.line, i.value) for i in issues][:1] == [
        (IssueCode.GARBLED_TEXT, 1, "Ã‰valuateur")
    ]


def test_garbled_names_in_a_large_log_are_named(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(_log_read, "ARROW_BYTES", 64)  # the pyarrow reader, as for 1 MB
    path = tmp_path / "log.csv"
    rows = [f"Léa,Zoé,2026-01-{d:02d}" for d in range(1, 29)] + ["LÃ©a,Zoé,2026-01-29"]
    path.write_text("source,target,timestamp\n" + "\n".join(rows) + "\n", encoding="utf-8")
    log = read_interactions(path)
    assert [(i.code, i.line, i.value) for i in log.issues] == [(IssueCode.GARBLED_TEXT, 30, "LÃ©a")]


# -- the command line ---------------------------------------------------------------------


def test_validate_keeps_the_names_and_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "vague.csv"
    path.write_bytes(one_bad_line(at=6))
    result = CliRunner().invoke(cli, ["validate", str(path), "--scale", "1:5"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "utf-8" in result.output and "cp1252" not in result.output
    assert "UNDECODABLE_ROW" in result.output and "line 6" in result.output
    assert "5 stakeholders" in result.output
    report = json.loads(
        CliRunner().invoke(cli, ["validate", str(path), "--scale", "1:5", "--json"]).stdout
    )
    assert report["files"][0]["encoding"] == "utf-8"
    assert [(i["code"], i["line"]) for i in report["issues"]] == [("UNDECODABLE_ROW", 6)]


def test_validate_names_garbled_text(tmp_path: Path) -> None:
    path = tmp_path / "vague.csv"
    path.write_bytes("\n".join(_ratings()).encode("utf-8").decode("cp1252").encode("utf-8"))
    result = CliRunner().invoke(cli, ["validate", str(path), "--scale", "1:5", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert "GARBLED_TEXT" in result.output and "ligne 2" in result.output
    assert "sans doute « Léa Petit »" in result.output


# -- the web app ----------------------------------------------------------------------------


def test_an_upload_keeps_the_names_and_shows_the_undecodable_row(tmp_path: Path) -> None:
    from tests.web_support import create, log_in, make_app, ratings_csv, register_csv, text, upload

    client = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    engagement = create(client)
    register = register_csv().replace(b"m3,Omar", b"m3,Om\xe9r")  # typed in Windows-1252
    response = upload(client, engagement, ratings_csv(), register=register)
    assert response.status_code == 303, text(response)
    page = text(client.get(f"/engagements/{engagement}"))
    assert "register.csv , line 7" in page and "left out" in page and "Om\ufffdr" in page
    assert "HÃ©lÃ¨ne" not in page


def test_a_large_log_with_a_bad_byte_is_read_by_the_full_reader(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(_log_read, "ARROW_BYTES", 64)  # the pyarrow reader, as for 1 MB
    path = tmp_path / "log.csv"
    rows = [f"Léa,Zoé,2026-01-{d:02d}".encode() for d in range(1, 29)]
    rows.insert(9, "Jos\xe9,Zoé,2026-01-30".encode("cp1252"))  # line 11
    path.write_bytes(b"source,target,timestamp\n" + b"\n".join(rows) + b"\n")
    log = read_interactions(path)
    assert [(i.code, i.line) for i in log.issues] == [(IssueCode.UNDECODABLE_ROW, 11)]
    assert set(log.events["source"]) == {"Léa"} and len(log.events) == 28
