"""Workbooks read directly (.xlsx, .xlsm, .ods): each sheet's role found by its headers,
the same ratings as the same data saved as CSV, and hostile workbooks refused."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from alliance_graph.cli import cli
from alliance_graph.ingest import read_survey
from alliance_graph.ingest.sheet_table import sheet_table
from alliance_graph.ingest.workbook import Limits, read_workbook
from alliance_graph.model import IssueCode
from alliance_graph.store import Workspace
from tests.web_support import AUTH, create, log_in, make_app, text, upload

REGISTER = [
    ("Alice Martin", "Direction", "coach"),
    ("Bruno Petit", "Direction", "commanditaire"),
    ("Chloé Roux", "Managers", "coaché"),
    ("David Lee", "Managers", ""),
    ("Émile Blanc", "Équipe", ""),
]
HEADERS = ["Évaluateur", "Évalué", "Confiance", "Écoute", "Date de réponse"]
DAY = dt.date(2026, 1, 5)
SERIAL = (DAY - dt.date(1899, 12, 30)).days  # the same day as Excel counts it
#: The answers as a spreadsheet holds them, and as the same data saved as CSV.
TRUST = [4, 3.0, "Plutôt d'accord", "Tout à fait d'accord", 2]
TRUST_CSV = ["4", "3", "Plutôt d'accord", "Tout à fait d'accord", "2"]
DATES = [DAY, SERIAL, "05/01/2026", dt.datetime(2026, 1, 5, 10, 30)]
DATES_CSV = ["2026-01-05", "2026-01-05", "05/01/2026", "2026-01-05 10:30:00"]
FORMULA_ROW = 4  # the spreadsheet row whose listening score is =1+2 (3 stored)


def _pairs() -> list[tuple[str, str]]:
    names = [p[0] for p in REGISTER]
    return [(a, b) for a in names for b in names if a != b]


def answers_book(*, cached: bool = True) -> bytes:
    """An answers sheet (French headers, labels, dates, one formula) and a register."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Réponses"
    sheet.append(HEADERS)
    for n, (rater, ratee) in enumerate(_pairs()):
        listening: Any = "=1+2" if n + 2 == FORMULA_ROW else 1 + n % 5
        sheet.append([rater, ratee, TRUST[n % 5], listening, DATES[n % 4]])
    register = book.create_sheet("Parties prenantes")
    register.append(["Nom", "Groupe", "Rôle"])
    for row in REGISTER:
        register.append(list(row))
    return with_values(save(book), {f"D{FORMULA_ROW}": "3"} if cached else {})


def answers_csv() -> tuple[bytes, bytes]:
    """The same answers and register saved as CSV."""
    lines = [",".join(HEADERS)]
    for n, (rater, ratee) in enumerate(_pairs()):
        listening = "3" if n + 2 == FORMULA_ROW else str(1 + n % 5)
        lines.append(f'{rater},{ratee},"{TRUST_CSV[n % 5]}",{listening},{DATES_CSV[n % 4]}')
    register = ["Nom,Groupe,Rôle", *(",".join(row) for row in REGISTER)]
    return "\n".join(lines).encode(), "\n".join(register).encode()


def save(book: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_values(data: bytes, values: dict[str, str]) -> bytes:
    """The workbook with a value stored for some formulas, as Excel saves them
    (openpyxl writes formulas without one)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            for ref, value in values.items():
                pattern = rf'(<c r="{ref}"[^>]*>\s*<f>[^<]*</f>)\s*<v\s*/>'.encode()
                content = re.sub(pattern, rb"\1<v>" + value.encode() + b"</v>", content)
            target.writestr(info, content)
    return out.getvalue()


def bomb(size: int) -> bytes:
    """A zip of a few kilobytes that unpacks to ``size`` bytes, named like a workbook."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(size // (1 << 20)):
                member.write(bytes(1 << 20))
    return out.getvalue()


def ratings_of(survey: Any) -> pd.DataFrame:
    return survey.ratings.drop(columns="file").reset_index(drop=True)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    answers, register = answers_csv()
    paths = {
        "book": tmp_path / "book" / "enquete.xlsx",
        "csv": tmp_path / "csv" / "enquete.csv",
        "register": tmp_path / "csv" / "registre.csv",
    }
    for path in paths.values():
        path.parent.mkdir(exist_ok=True)
    paths["book"].write_bytes(answers_book())
    paths["csv"].write_bytes(answers)
    paths["register"].write_bytes(register)
    return paths


def run(*args: Any) -> Any:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# -- the same ratings as CSV ---------------------------------------------------------------


def test_a_workbook_gives_the_ratings_of_the_same_csv(files: dict[str, Path]) -> None:
    book = read_survey(files["book"], scale="1:5")
    flat = read_survey(files["csv"], register=files["register"], scale="1:5")
    assert book.ok and flat.ok, book.issues
    assert len(book.ratings) == len(_pairs()) * 2
    pd.testing.assert_frame_equal(ratings_of(book), ratings_of(flat))
    pd.testing.assert_frame_equal(book.stakeholders, flat.stakeholders)
    assert book.waves == flat.waves == ("enquete",)
    assert set(book.ratings["date"]) == {pd.Timestamp(DAY)}
    assert [i.code for i in book.issues] == [i.code for i in flat.issues]


def test_validate_reads_the_workbook_as_the_csv(files: dict[str, Path]) -> None:
    book = run("validate", files["book"], "--scale", "1:5", "--json")
    flat = run(
        "validate", files["csv"], "--register", files["register"], "--scale", "1:5", "--json"
    )
    assert book.exit_code == flat.exit_code == 0, book.output
    book_json, flat_json = json.loads(book.output), json.loads(flat.output)
    for key in ("ok", "ratings", "waves", "stakeholders", "scale"):
        assert book_json[key] == flat_json[key], key
    sheets = {(f["sheet"], f["shape"]) for f in book_json["files"]}
    assert sheets == {("Réponses", "long"), ("Parties prenantes", "register")}
    assert all(f["path"] == str(files["book"]) for f in book_json["files"])
    assert [f["sheet"] for f in flat_json["files"]] == [None, None]


def test_report_from_a_workbook_is_the_csv_report(files: dict[str, Path], tmp_path: Path) -> None:
    def data(*args: Any) -> dict[str, Any]:
        out = tmp_path / f"report-{len(args)}.html"
        result = run("report", *args, "--scale", "1:5", "-o", out)
        assert result.exit_code == 0, result.output
        page = out.read_text(encoding="utf-8")
        if args[0] == files["book"]:  # the data section names the sheets read
            assert "enquete.xlsx, sheet “Réponses”" in page
        found = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page)
        assert found
        return json.loads(found.group(1).replace("<\\/", "</"))

    assert data(files["book"]) == data(files["csv"], "--register", files["register"])


def test_the_web_upload_reads_the_workbook_as_the_csv(tmp_path: Path) -> None:
    api = make_app(tmp_path / "ws.sqlite3").test_client()
    answers, register = answers_csv()

    def metrics(**uploads: tuple[bytes, str]) -> dict[str, Any]:
        engagement = api.post("/api/engagements", json={"name": "x"}, headers=AUTH).json["id"]
        data = {field: (io.BytesIO(content), name) for field, (content, name) in uploads.items()}
        response = api.post(
            f"/api/engagements/{engagement}/waves", data={**data, "scale": "1:5"}, headers=AUTH
        )
        assert response.status_code == 201, response.json
        assert response.json["ratings"] == len(_pairs()) * 2
        return api.get(f"/api/engagements/{engagement}/metrics", headers=AUTH).json

    book = metrics(file=(answers_book(), "enquete.xlsx"))
    flat = metrics(file=(answers, "enquete.csv"), register=(register, "registre.csv"))
    assert book == flat


# -- hostile workbooks ----------------------------------------------------------------------


def test_the_web_app_refuses_a_zip_bomb_and_stores_nothing(tmp_path: Path) -> None:
    app = make_app(tmp_path / "ws.sqlite3", MAX_UPLOAD_MB=1)
    client = log_in(app.test_client())
    engagement = create(client)
    data = bomb(20 << 20)
    assert len(data) < 100_000
    response = upload(client, engagement, data, "enquete.xlsx")
    assert response.status_code == 413
    assert "unpack to 20.1 MB" in text(response) and "limit of 1 MB" in text(response)
    assert "zip bomb" in text(response)
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []


def test_the_web_app_refuses_a_workbook_over_its_limits(tmp_path: Path) -> None:
    app = make_app(tmp_path / "ws.sqlite3", MAX_ROWS=10)
    api = app.test_client()
    engagement = api.post("/api/engagements", json={"name": "x"}, headers=AUTH).json["id"]

    def send(content: bytes, name: str) -> Any:
        data = {"file": (io.BytesIO(content), name)}
        return api.post(f"/api/engagements/{engagement}/waves", data=data, headers=AUTH)

    too_long = send(answers_book(), "enquete.xlsx")  # 21 rows on the answers sheet
    assert too_long.status_code == 413
    assert "“Réponses” has 21 rows; the limit is 10" in too_long.json["message"]
    assert send(answers_csv()[0], "enquete.xlsx").status_code == 415  # CSV named .xlsx
    not_text = send(answers_book(), "enquete.csv")  # a workbook named .csv
    assert not_text.status_code == 415 and ".xlsx" in not_text.json["message"]
    damaged = send(answers_book()[:2000], "enquete.xlsx")
    assert damaged.status_code == 422 and "damaged" in damaged.json["message"]
    assert Workspace(app.config["WORKSPACE"]).files(engagement) == []


def test_the_file_picker_offers_workbooks(tmp_path: Path) -> None:
    client = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    page = client.get(f"/engagements/{create(client)}").get_data(as_text=True)
    pickers = re.findall(r'<input type="file"[^>]*accept="([^"]*)"', page)
    assert len(pickers) == 4  # ratings, register, objectives, progress
    assert all({".csv", ".xlsx", ".xlsm", ".ods"} <= set(p.split(",")) for p in pickers)


def test_the_command_line_refuses_a_zip_bomb(tmp_path: Path) -> None:
    path = tmp_path / "enquete.xlsx"
    path.write_bytes(bomb(Limits().max_bytes + (8 << 20)))
    result = run("validate", path, "--json")
    assert result.exit_code == 1
    (issue,) = json.loads(result.output)["issues"]
    assert issue["code"] == "UNREADABLE_WORKBOOK" and "zip bomb" in issue["message"]


def test_a_cell_far_away_is_refused_before_the_sheet_is_built(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["rater", "ratee", "score"])
    book.active["XFD1048576"] = 1  # 17 billion cells, were the sheet held whole
    survey = read_survey(("far.xlsx", save(book)))
    (issue,) = survey.issues
    assert issue.code is IssueCode.UNREADABLE_WORKBOOK
    assert "1048576 rows; the limit is 200000" in issue.message()


@pytest.mark.parametrize(
    ("limits", "reason"),
    [
        (Limits(max_bytes=4096), "reason.workbook_too_large"),
        (Limits(max_rows=5), "reason.sheet_rows"),
        (Limits(max_columns=4), "reason.sheet_columns"),
        (Limits(max_cells=50), "reason.sheet_cells"),
        (Limits(max_parts=3), "reason.workbook_parts"),
    ],
)
def test_each_limit(limits: Limits, reason: str) -> None:
    book = read_workbook("enquete.xlsx", answers_book(), limits)
    assert book.tables == []
    (issue,) = book.issues
    assert dict(issue.params)["reason"] == reason
    assert "{" not in issue.message("en") + issue.message("fr")


def test_damaged_and_foreign_zips() -> None:
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("enquete.csv", "rater,ratee,score\n")
    cases = {b"PK\x03\x04" + bytes(50): "reason.workbook_damaged"}
    cases[plain.getvalue()] = "reason.zip_not_workbook"
    for data, reason in cases.items():
        (issue,) = read_workbook("x.xlsx", data).issues
        assert dict(issue.params)["reason"] == reason


# -- sheets and their roles -----------------------------------------------------------------


def test_the_register_named_by_its_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    answers = book.active
    answers.title = "Réponses"
    answers.append(HEADERS[:3])
    for n, (rater, ratee) in enumerate(_pairs()):
        answers.append([rater, ratee, 1 + n % 5])
    people = book.create_sheet("Liste")  # a name that says nothing, headers that say little
    people.append(["Nom", "Courriel"])
    for row in REGISTER:
        people.append([row[0], "x@example.org"])
    path = tmp_path / "book.xlsx"
    path.write_bytes(save(book))
    named = run("validate", path, "--register", f"{path}#Liste", "--json")
    data = json.loads(named.output)
    assert named.exit_code == 0 and data["stakeholders"] == 5, named.output
    assert ("Liste", "register") in {(f["sheet"], f["shape"]) for f in data["files"]}
    missing = run("validate", path, "--register", f"{path}#Registre")
    assert missing.exit_code == 1 and "no sheet 'Registre'" in missing.output
    assert "'Réponses', 'Liste'" in missing.output


def test_one_sheet_per_wave(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for shift, title in enumerate(["Janvier 2026", "Juin 2026"]):
        sheet = book.create_sheet(title)
        sheet.append(["rater", "ratee", "trust"])
        for n, (rater, ratee) in enumerate(_pairs()):
            sheet.append([rater, ratee, 1 + (n + shift) % 5])
    register = book.create_sheet("Registre")
    register.append(["id", "name", "group"])
    for name, group, _ in REGISTER:
        register.append([name, name, group])
    survey = read_survey(("suivi.xlsx", save(book)))
    assert survey.ok and survey.waves == ("Janvier 2026", "Juin 2026")
    assert survey.ratings.groupby("wave").size().to_dict() == {
        "Janvier 2026": 20,
        "Juin 2026": 20,
    }
    assert {(f.sheet, f.shape) for f in survey.files} == {
        ("Registre", "register"),
        ("Janvier 2026", "long"),
        ("Juin 2026", "long"),
    }


def test_merged_headers_and_merged_names() -> None:
    """A question merged over the people it asks about (two header rows, as a form
    export's ``Question [Person]``), and each respondent's name merged down two rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    names = ["Alice", "Bruno", "Chloé"]
    sheet.append(["Enquête de confiance, janvier"])  # a title above the table
    sheet.append([])
    sheet.append(["Votre nom", "Confiance", None, None, "Écoute", None, None])
    sheet.append([None, *names, *names])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:D3")
    sheet.merge_cells("E3:G3")
    for rater, scores in zip(names, ([None, 4, 2], [5, None, 3], [1, None, None])):
        sheet.append([rater, *scores, *scores])
    sheet.append([None, None, 4, None, None, 4, None])  # Chloé's second row: her name merged
    sheet.merge_cells("A7:A8")
    survey = read_survey(("merged.xlsx", save(book)), scale="1:5")
    assert {f.shape for f in survey.files} == {"wide"}
    trust = survey.ratings[survey.ratings["dimension"] == "trust"]
    assert set(zip(trust["rater"], trust["ratee"], trust["line"])) >= {
        ("Alice", "Bruno", 5),
        ("Bruno", "Alice", 6),
        ("Chloé", "Alice", 7),
        ("Chloé", "Bruno", 8),
    }
    assert set(survey.ratings["dimension"]) == {"trust", "listening"}
    assert not [i for i in survey.errors], survey.issues


def test_sheets_not_read_are_said_with_their_reason(files: dict[str, Path]) -> None:
    book = openpyxl.load_workbook(files["book"])
    book.create_sheet("Vide")
    notes = book.create_sheet("Notes")
    notes.append(["Relancer David le 12"])
    notes.append(["Penser au comité"])
    headers_only = book.create_sheet("Vague 2")
    headers_only.append(HEADERS)
    book.create_chartsheet("Graphique")
    files["book"].write_bytes(save(book))
    result = run("validate", files["book"], "--scale", "1:5")
    assert result.exit_code == 0, result.output
    assert "sheet “Vide”  (not read: the sheet is empty)" in result.output
    assert "sheet “Notes”  (not read: no column for the person answering" in result.output
    assert "sheet “Vague 2”  (not read: headers but no rows)" in result.output
    data = json.loads(run("validate", files["book"], "--scale", "1:5", "--json").output)
    ignored = {f["sheet"]: f["reason"] for f in data["files"] if f["shape"] == "ignored"}
    assert ignored == {
        "Vide": "empty",
        "Notes": "no_columns",
        "Vague 2": "no_rows",
        "Graphique": "not_worksheet",
    }
    french = run("validate", files["book"], "--scale", "1:5", "--lang", "fr").output
    assert "feuille « Vide »  (non lue : la feuille est vide)" in french.replace("\u00a0", " ")


def test_a_workbook_with_no_table_of_answers_is_reported_as_a_csv_would_be() -> None:
    book = openpyxl.Workbook()
    book.active.append(["Question", "Commentaire"])
    book.active.append(["a", "b"])
    survey = read_survey(("notes.xlsx", save(book)))
    assert [i.code for i in survey.errors] == [IssueCode.MISSING_COLUMN]
    assert (survey.errors[0].file, survey.errors[0].sheet) == ("notes.xlsx", "Sheet")


def test_a_formula_without_its_value_is_an_issue_on_its_row(files: dict[str, Path]) -> None:
    files["book"].write_bytes(answers_book(cached=False))
    survey = read_survey(files["book"], scale="1:5")
    (issue,) = [i for i in survey.issues if i.code is IssueCode.FORMULA_WITHOUT_VALUE]
    assert (issue.file, issue.sheet, issue.line) == (str(files["book"]), "Réponses", FORMULA_ROW)
    assert (issue.column, issue.value) == ("Écoute", "=1+2")
    assert issue.describe().startswith(f"{files['book']}, sheet “Réponses”, line {FORMULA_ROW}:")
    assert survey.ok and len(survey.ratings) == len(_pairs()) * 2 - 1
    record = issue.to_dict("fr")
    assert record["sheet"] == "Réponses" and record["line"] == FORMULA_ROW


def test_cells_as_a_csv_export_writes_them() -> None:
    rows = [
        ["", "", "", "", ""],
        ["", "rater", "ratee", "score", "date"],
        ["", "Alice", "Bruno", 4.0, 46027.5],
        ["", "Bruno", "Alice", 0.1 + 0.2, dt.time(9, 30)],
        ["", True, -0.0, "", dt.datetime(2026, 1, 5)],
        ["", "", "", "", ""],
    ]
    notes = [(4, 3, "error", "#DIV/0!")]
    table = sheet_table(rows, book="b.xlsx", sheet="S", fmt="xlsx", notes=notes)
    assert table is not None and table.first_line == 3
    assert list(table.frame.columns) == ["rater", "ratee", "score", "date"]
    assert table.frame.values.tolist() == [
        ["Alice", "Bruno", "4", "2026-01-05 12:00:00"],
        ["Bruno", "Alice", "0.3", "09:30:00"],
        ["TRUE", "0", "#DIV/0!", "2026-01-05"],
    ]
    assert sheet_table([["", ""], ["", ""]], book="b.xlsx", sheet="S", fmt="xlsx") is None


def test_an_error_value_is_read_as_a_csv_export_writes_it() -> None:
    book = openpyxl.Workbook()
    book.active.append(["rater", "ratee", "score"])
    book.active.append(["Alice", "Bruno", 4])
    book.active.append(["Bruno", "Alice", "#N/A"])
    book.active.append(["Chloé", "Alice", 2])
    survey = read_survey(("errors.xlsm", save(book)), scale="1:5")
    assert [(i.code, i.line, i.value) for i in survey.issues if i.line == 3] == [
        (IssueCode.EXCEL_ERROR, 3, "#N/A")
    ]


def test_an_opendocument_spreadsheet() -> None:
    def cell(value: Any) -> str:
        if isinstance(value, (int, float)):
            return (
                f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>"
            )
        opening = f'<table:table-cell office:value-type="string"><text:p>{value}</text:p>'
        return opening + "</table:table-cell>"

    rows = [["rater", "ratee", "score"], ["Alice", "Bruno", 4], ["Bruno", "Alice", 3.0]]
    body = "".join("<table:table-row>" + "".join(map(cell, r)) + "</table:table-row>" for r in rows)
    # LibreOffice writes the rest of the sheet as repeated empty rows and cells
    body += (
        '<table:table-row table:number-rows-repeated="1048573">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Feuille1">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    survey = read_survey(("enquete.ods", out.getvalue()), scale="1:5")
    assert list(survey.ratings["score"]) == [4.0, 3.0]
    assert [(f.encoding, f.sheet, f.shape) for f in survey.files] == [("ods", "Feuille1", "long")]
    hostile = content.replace(
        'number-columns-repeated="16384"/>',
        'number-columns-repeated="16384" office:value-type="float" office:value="1"/>',
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("content.xml", hostile)
    (issue,) = read_survey(("bomb.ods", out.getvalue())).issues
    assert dict(issue.params)["reason"] == "reason.sheet_rows"


def test_the_web_app_shows_the_sheet_of_an_issue(tmp_path: Path) -> None:
    client: FlaskClient = log_in(make_app(tmp_path / "ws.sqlite3").test_client())
    engagement = create(client)
    response = upload(client, engagement, answers_book(cached=False), "enquete.xlsx", scale="1:5")
    assert response.status_code == 303
    page = text(client.get(f"/engagements/{engagement}"))
    assert "enquete.xlsx , sheet “Réponses” , line 4 Écoute The formula =1+2" in page


def test_a_sheet_of_meetings_beside_the_answers() -> None:
    book = openpyxl.Workbook()
    answers = book.active
    answers.title = "Réponses"
    answers.append(["rater", "ratee", "trust", "date"])
    for n, (rater, ratee) in enumerate(_pairs()):
        answers.append([rater, ratee, 1 + n % 5, DAY])
    meetings = book.create_sheet("Rencontres")
    meetings.append(["source", "target", "timestamp", "duration"])
    meetings.append(["Alice Martin", "Bruno Petit", dt.datetime(2026, 1, 3, 9), 30])
    survey = read_survey(("suivi.xlsx", save(book)), scale="1:5")
    assert survey.ok and survey.waves == ("suivi",)
    assert survey.interactions is not None and len(survey.interactions) == 1
    assert {(f.sheet, f.shape) for f in survey.files} == {
        ("Réponses", "long"),
        ("Rencontres", "interactions"),
    }
