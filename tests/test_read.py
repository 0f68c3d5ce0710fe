"""Reading bytes: encodings, BOM, Excel's sep= line, delimiters, quoting, line numbers."""

from __future__ import annotations

import pytest

from alliance_graph.ingest.read import decode, read_table, sniff_delimiter
from alliance_graph.model import IssueCode

TEXT = "évaluateur;évalué;note\nAnaïs;Zoé;4\nZoé;Anaïs;3,5\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_decode_detects_the_encoding(data: bytes, expected: str) -> None:
    text, used, _ = decode(data)
    assert used == expected
    assert text is not None and text.lstrip("\ufeff") == TEXT


def test_decode_keeps_no_bom_on_the_first_header() -> None:
    table, _ = read_table(("f.csv", TEXT.encode("utf-8-sig")))
    assert table is not None
    assert list(table.frame.columns) == ["évaluateur", "évalué", "note"]


def test_forced_encoding_is_used_and_a_wrong_one_is_reported() -> None:
    table, issues = read_table(("f.csv", TEXT.encode("cp1252")), encoding="cp1252")
    assert table is not None and table.encoding == "cp1252" and not issues
    table, issues = read_table(("f.csv", TEXT.encode("cp1252")), encoding="utf-8")
    assert table is None and issues[0].code is IssueCode.UNREADABLE_FILE


@pytest.mark.parametrize("data", [b"PK\x03\x04rest-of-a-zip", bytes(range(256)) * 4])
def test_binary_files_are_unreadable(data: bytes) -> None:
    table, issues = read_table(("f.xlsx", data))
    assert table is None
    assert [i.code for i in issues] == [IssueCode.UNREADABLE_FILE]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1;2,5;3\n4;5;6,5\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('a,b,c\n"x;y",2,3\n', ","),
    ],
)
def test_sniff_delimiter(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_excel_sep_line_is_skipped_and_not_counted_as_a_line() -> None:
    table, _ = read_table(("f.csv", b"sep=;\r\nrater;ratee;score\r\nA;B;1\r\n"))
    assert table is not None
    assert table.delimiter == ";"
    assert list(table.frame.columns) == ["rater", "ratee", "score"]
    assert table.first_line == 2


def test_cells_are_trimmed_and_quotes_folded() -> None:
    table, _ = read_table(("f.csv", "rater,ratee,score\n  Zoé\u00a0 ,D’Arc , 4 \n".encode()))
    assert table is not None
    assert table.frame.iloc[0].tolist() == ["Zoé", "D'Arc", "4"]


def test_multiline_quoted_cell_keeps_spreadsheet_rows() -> None:
    text = 'rater,ratee,score,comment\nA,B,4,"two\nlines"\nB,A,3,x\n'
    table, _ = read_table(("f.csv", text.encode()))
    assert table is not None and len(table.frame) == 2
    assert table.frame.iloc[1]["rater"] == "B"


def test_ragged_row_is_named_with_its_spreadsheet_line() -> None:
    data = b"sep=,\n\na,b,c\n1,2,3\n1,2,3,4,5\n"  # sep= line and a blank line above
    table, issues = read_table(("f.csv", data))
    assert table is None
    assert issues[0].code is IssueCode.RAGGED_ROW
    assert issues[0].line == 4  # blank row 1, header row 2, data rows 3 and 4
    assert "5 cells" in issues[0].message() and "5 cellules" in issues[0].message("fr")


def test_blank_rows_above_the_header_are_skipped_and_counted() -> None:
    table, _ = read_table(("f.csv", b"\n\nrater,ratee,score\nA,B,4\n"))
    assert table is not None
    assert list(table.frame.columns) == ["rater", "ratee", "score"]
    assert table.first_line == 4


def test_unreadable_reason_is_translated() -> None:
    _, issues = read_table(("f.csv", b"PK\x03\x04zip"))
    assert "save it as CSV" in issues[0].message()
    assert "enregistrez-le" in issues[0].message("fr")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", IssueCode.EMPTY_FILE),
        (b"  \n\n", IssueCode.EMPTY_FILE),
        (b"rater,ratee,score\n", IssueCode.NO_DATA_ROWS),
    ],
)
def test_empty_and_header_only(data: bytes, code: IssueCode) -> None:
    table, issues = read_table(("f.csv", data))
    assert table is None and issues[0].code is code
