"""Every CSV a spreadsheet writes: line endings, Excel's ``sep=`` line, quotes, and files
named ``.parquet`` that are not Parquet. In the library, the command line and the web app.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from alliance_graph.cli import cli
from alliance_graph.ingest import read_survey
from alliance_graph.ingest.read import read_table, sniff_delimiter, text_size
from alliance_graph.model import IssueCode
from tests.web_support import create, log_in, make_app, ratings_csv, register_csv, text, upload

LF = b'rater;ratee;score\nL\xc3\xa9a;Zo\xc3\xa9;4\nZo\xc3\xa9;L\xc3\xa9a;"3,5"\nAnne;L\xc3\xa9a;2\n'
ENDINGS = {"LF": b"\n", "CRLF": b"\r\n", "CR": b"\r"}  # CR alone: Excel's "CSV (Macintosh)"


def _ended(data: bytes, ending: str) -> bytes:
    return data.replace(b"\n", ENDINGS[ending])


def _validate(path: Path, *options: str):
    result = CliRunner().invoke(cli, ["validate", str(path), *options])
    assert "Traceback" not in result.output
    return result


# -- line endings and counting lines ------------------------------------------------------


@pytest.mark.parametrize("ending", list(ENDINGS))
def test_every_line_ending_reads_the_same_table(ending: str) -> None:
    table, issues = read_table(("f.csv", _ended(LF, ending)))
    assert table is not None and not issues
    assert table.delimiter == ";"
    assert table.frame.values.tolist() == [
        ["Léa", "Zoé", "4"],
        ["Zoé", "Léa", "3,5"],
        ["Anne", "Léa", "2"],
    ]


def test_the_delimiter_is_sniffed_whatever_the_line_ending() -> None:
    assert sniff_delimiter("a;b;c\r1;2,5;3\r4;5;6\r") == ";"
    assert sniff_delimiter("a,b\r\n1,2\r\n") == ","


@pytest.mark.parametrize(
    ("content", "size"),
    [
        ("a,b,c\n1,2,3\n4,5,6\n", (3, 3)),
        ("a,b,c\r1,2,3\r4,5,6\r", (3, 3)),  # CR alone: three lines, not one
        ("a,b,c\r\n1,2,3\r\n4,5,6", (3, 3)),  # no final line break
        ("sep=;\r\na;b;c;d\r\n1;2;3;4\r\n", (2, 4)),  # the sep= line is not a row
        ('"sep=,"\na,b\n1,2\n', (2, 2)),
        ("sep=;\na,b,c\n1,2,3\n", (2, 3)),  # a sep= line the data contradict: the data win
        ('\n\na,"b,c",d\n1,2,3\n', (4, 3)),  # blank rows above the header count, as rows
        ('a,b\n1,"two\nlines"\n', (3, 2)),  # a line break in a cell counts: never fewer
        ("", (0, 0)),
    ],
)
def test_text_size_counts_lines_and_columns_as_the_reader(
    content: str, size: tuple[int, int]
) -> None:
    assert text_size(content) == size


def test_a_mac_csv_gives_the_same_survey_on_the_command_line(tmp_path: Path) -> None:
    outputs = []
    for ending in ("LF", "CR"):
        path = tmp_path / ending / "T1.csv"
        path.parent.mkdir()
        path.write_bytes(_ended(ratings_csv(), ending))
        result = _validate(path, "--json")
        assert result.exit_code == 0, result.output
        outputs.append(result.stdout.replace(ending, "?"))
    assert outputs[0] == outputs[1]


# -- quotes ------------------------------------------------------------------------------


def test_an_unclosed_quote_is_named_with_its_spreadsheet_line() -> None:
    data = b'sep=,\n\nrater,ratee,score\nA,B,4\nB,"A,3\nC,A,2\n'  # sep= line, a blank row
    table, issues = read_table(("f.csv", data))
    assert table is None
    assert [(i.code, i.line) for i in issues] == [(IssueCode.UNCLOSED_QUOTE, 4)]
    for lang in ("en", "fr"):
        assert "C error" not in issues[0].message(lang)
        assert "tokenizing" not in issues[0].message(lang)


def test_an_unclosed_quote_after_a_cell_on_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes(b'rater,ratee,score,note\nA,B,4,"two\nlines"\nB,C,3,x\nC,A,2,"oops\n')
    result = _validate(path)
    assert result.exit_code == 1
    assert "UNCLOSED_QUOTE" in result.output and "line 4" in result.output
    assert "Error tokenizing" not in result.output


# -- Excel's sep= line -------------------------------------------------------------------


def test_a_sep_line_that_contradicts_the_data_is_named(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes(b"sep=;\r\nrater,ratee,score\r\nA,B,4\r\nB,A,3\r\nC,A,2\r\n")
    result = _validate(path)
    assert result.exit_code == 0, result.output
    assert "SEP_LINE_MISMATCH" in result.output and "“sep=;”" in result.output
    assert "MISSING_COLUMN" not in result.output
    survey = read_survey(path)
    assert len(survey.ratings) == 3
    fr = next(i for i in survey.issues if i.code is IssueCode.SEP_LINE_MISMATCH).message("fr")
    assert "« sep=; »" in fr


@pytest.mark.parametrize(
    "data",
    [b"sep=;\na;b;c\n1;2,5;3\n", b"sep=,\na,b,c\n1,2,3\n", b"sep=;\na\n1\n"],
    ids=["decimal-commas", "agrees", "one-column"],
)
def test_a_sep_line_the_data_do_not_contradict_is_followed(data: bytes) -> None:
    table, issues = read_table(("f.csv", data))
    assert table is not None and not issues
    assert table.delimiter == data[4:5].decode()


# -- files named .parquet ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"source,target,timestamp\nA,B,2026-01-05\n", "it is a text (CSV) file"),
        (b"PK\x03\x04" + bytes(64), "it is a spreadsheet workbook"),
        (b"PAR1" + bytes(range(200)), "it is a Parquet file, but a damaged or cut one"),
        (bytes(range(256)) * 4, "it is not a Parquet file"),
    ],
    ids=["csv", "workbook", "damaged", "binary"],
)
def test_a_parquet_name_that_is_not_parquet_says_what_it_is(
    tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "log.parquet"
    path.write_bytes(content)
    result = _validate(path)
    assert result.exit_code == 1
    assert "UNREADABLE_FILE" in result.output and words in result.output
    assert "Arrow" not in result.output and "Error" not in result.output.split("UNREADABLE")[1]


# -- the web app -------------------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path) -> FlaskClient:
    return log_in(make_app(tmp_path / "ws.sqlite3").test_client())


@pytest.mark.parametrize("ending", ["CR", "CRLF"])
def test_a_mac_or_windows_csv_is_stored(client: FlaskClient, ending: str) -> None:
    engagement = create(client)
    content = _ended(ratings_csv(), ending)
    response = upload(client, engagement, content, register=_ended(register_csv(), ending))
    assert response.status_code == 303, text(response)
    page = text(client.get(f"/engagements/{engagement}"))
    assert "T1" in page


def test_the_line_limit_counts_cr_line_ends(tmp_path: Path) -> None:
    client = log_in(make_app(tmp_path / "ws.sqlite3", MAX_ROWS=10).test_client())
    response = upload(client, create(client), _ended(ratings_csv(), "CR"))
    assert response.status_code == 413
    assert "has 73 lines; the limit is 10" in text(response)


def test_the_sep_line_is_not_counted_in_the_limits(tmp_path: Path) -> None:
    client = log_in(make_app(tmp_path / "ws.sqlite3", MAX_ROWS=73).test_client())
    response = upload(client, create(client), b"sep=,\n" + ratings_csv(), register=register_csv())
    assert response.status_code == 303, text(response)  # 73 spreadsheet lines


def test_a_sep_line_does_not_hide_columns_from_the_limit(client: FlaskClient) -> None:
    header = ",".join(f"c{i}" for i in range(3000))
    content = f"sep=,\n{header}\n{','.join('1' * 3000)}\n".encode()
    response = upload(client, create(client), content)
    assert response.status_code == 413
    assert "has 3000 columns; the limit is 2000" in text(response)


def test_an_unclosed_quote_is_refused_with_its_line(client: FlaskClient) -> None:
    content = ratings_csv().replace(b"m1,m2,", b'm1,"m2,', 1)
    response = upload(client, create(client), content, scale="1:5")
    page = text(response)
    assert response.status_code == 422, page
    rows = ratings_csv().split(b"\n")
    line = next(n for n, row in enumerate(rows, 1) if row.startswith(b"m1,m2,"))
    assert f"line {line}" in page and "never closed" in page
    assert "tokenizing" not in page
