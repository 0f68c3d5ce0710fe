"""A corpus of malformed and awkward input files, each with what a careful tool must do.

Every case is a file as a coach or a spreadsheet could produce it. ``ratings`` is the exact
number of answers the file holds when it must be read without error; ``None`` means the
file must be refused with issues that carry their line (or are about the whole file).
``either`` accepts both (read with that count, or refused), for files where both are
defensible. ``scale`` is passed as ``--scale`` (``None``: inferred). Used by
``test_fuzz_inputs.py``.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from dataclasses import dataclass

__all__ = ["CASES", "Case"]

REGISTER = (
    b"id,name,group,role\ncoach,Claire,Coach,coach\nana,Ana,Team,\nben,Ben,Team,\n"
    b"cleo,Cleo,Board,sponsor\n"
)


@dataclass(frozen=True)
class Case:
    name: str
    content: bytes
    ratings: int | None
    scale: str | None = "1:5"
    filename: str = "answers.csv"
    register: bytes | None = None
    either: bool = False


def _csv(*lines: str, eol: str = "\n", encoding: str = "utf-8") -> bytes:
    return (eol.join(lines) + eol).encode(encoding)


GOOD = ("rater,ratee,trust", "Ana,Ben,4", "Ben,Ana,2", "Ana,Cleo,5", "Cleo,Ana,3")


def _good(**kw: object) -> bytes:
    return _csv(*GOOD, **kw)  # type: ignore[arg-type]


def _score_cases() -> list[Case]:
    """One file per odd score cell: must be an error on its line, or read as a number."""
    refused = [
        "inf",
        "-inf",
        "nan",
        "NaN",
        "1e400",
        "1" * 400,
        "1000000",
        "-1000001",
        "0x10",
        "4.5.6",
        "quatre",
        "=1+1",
        "@SUM(A1)",
        "4²",
        "½",
        "1_000",
        "++4",
        "4-",
        "∞",
        "None",
        "\x00",
        "peut-être",
        "−3",
    ]
    # read: a number (2 answers), or an Excel error left out with a warning (1 answer)
    read = {"4.0": 2, "4,0": 2, " 4 ": 2, "+4": 2, "#N/A": 1, "#DIV/0!": 1}
    cases = [
        Case(f"score {value!r}", _csv("rater,ratee,trust", "Ana,Ben,4", f"Ben,Ana,{value}"), None)
        for value in refused
    ]
    for value, expected in read.items():
        line = f'Ben,Ana,"{value}"' if "," in value else f"Ben,Ana,{value}"
        cases.append(
            Case(f"score {value!r}", _csv("rater,ratee,trust", "Ana,Ben,4", line), expected)
        )
    return cases


def _encoding_cases() -> list[Case]:
    accented = ("rater,ratee,trust", "Hélène,Zoé,4", "Zoé,Hélène,3", "Léa,Hélène,5")
    one_bad = _csv(*accented) + b"L\xe9a,Zo\xc3\xa9,2\n"
    return [
        Case("utf-8", _csv(*accented), 3),
        Case("utf-8 with BOM", b"\xef\xbb\xbf" + _csv(*accented), 3),
        Case("cp1252 (French Excel)", _csv(*accented, encoding="cp1252"), 3),
        Case("utf-16 with BOM", "\n".join(accented).encode("utf-16"), 3, either=True),
        Case("one stray byte in utf-8", one_bad, 3, either=True),
        Case(
            "mojibake names", _csv(*accented).decode().encode("utf-8").decode("latin-1").encode(), 3
        ),
        Case("NUL bytes", _good().replace(b"Ben,Ana", b"Be\x00n,Ana"), None),
        Case(
            "control characters", _csv("rater,ratee,trust", "An\x01a,Ben,4", "Ben,Ana\ufffe,2"), 2
        ),
        Case("bidi override", _csv("rater,ratee,trust", "\u202eAna,Ben,4", "Ben,Ana,2"), 2),
        Case("binary (PNG)", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, None),
        Case("gzip", gzip.compress(_good()), None),
        Case("zip", _zip(), None),
        Case("only a BOM", b"\xef\xbb\xbf", None),
    ]


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("a.csv", _good())
    return buffer.getvalue()


def _layout_cases() -> list[Case]:
    people = [f"p{i}" for i in range(300)]
    rows = [",".join([p, *("" if q == p else "3" for q in people)]) for p in people[:3]]
    return [
        Case("empty", b"", None),
        Case("blank lines only", b"\n\n\n", None),
        Case("header only", _csv("rater,ratee,trust"), None),
        Case("commas only", _csv(",,", ",,", ",,"), None),
        Case("CRLF", _good(eol="\r\n"), 4),
        Case("CR only (Mac)", _good(eol="\r"), 4),
        Case("mixed line ends", b"rater,ratee,trust\r\nAna,Ben,4\nBen,Ana,2\rAna,Cleo,5\n", 3),
        Case("semicolons", _good().replace(b",", b";"), 4),
        Case("tabs", _good().replace(b",", b"\t"), 4),
        Case("pipes", _good().replace(b",", b"|"), 4),
        Case("sep= line", b"sep=;\n" + _good().replace(b",", b";"), 4),
        Case("sep= contradicts the data", b"sep=;\n" + _good(), 4),
        Case("BOM and sep= line", b"\xef\xbb\xbfsep=,\n" + _good(), 4),
        Case("unclosed quote", _csv("rater,ratee,trust", 'Ana,"Ben,4', "Ben,Ana,2"), None),
        Case(
            "quoted newline in a name",
            _csv("rater,ratee,trust", '"Ana\nMaria",Ben,4'),
            1,
            either=True,
        ),
        Case("ragged rows", _csv("rater,ratee,trust", "Ana,Ben,4,9,9", "Ben,Ana"), None),
        Case("trailing delimiters", _csv("rater,ratee,trust,", "Ana,Ben,4,", "Ben,Ana,2,"), 2),
        Case("duplicate header", _csv("rater,ratee,trust,trust", "Ana,Ben,4,5"), 1, either=True),
        Case("no ratee column", _csv("rater,trust", "Ana,4"), None),
        Case("unknown headers", _csv("a,b,c", "1,2,3"), None),
        Case("matrix of 300 columns", _csv("," + ",".join(people), *rows), 3 * 299),
        Case("very long cell", _csv("rater,ratee,trust", "A" * 200_000 + ",Ben,4"), 1),
        Case("one self-rating", _csv("rater,ratee,trust", "Ana,Ana,4", "Ana,Ben,3"), 1),
        Case("self-ratings only", _csv("rater,ratee,trust", "Ana,Ana,4", "Ben,Ben,3"), None),
        Case(
            "conflicting duplicates",
            _csv("rater,ratee,trust", "Ana,Ben,4", "Ana,Ben,2"),
            None,
        ),
        Case("identical duplicates", _csv("rater,ratee,trust", "Ana,Ben,4", "Ana,Ben,4"), 1),
        Case("missing names", _csv("rater,ratee,trust", ",Ben,4", "Ana,,3", "Ana,Ben,2"), None),
        Case("blank scores", _csv("rater,ratee,trust", "Ana,Ben,", "Ben,Ana,3"), 1),
        Case("one value only", _csv("rater,ratee,trust", "Ana,Ben,1", "Ben,Ana,1"), None, None),
        Case("0/1 answers", _csv("rater,ratee,trust", "Ana,Ben,1", "Ben,Ana,0"), 2, None),
        Case(
            "a million, no scale",
            _csv("rater,ratee,trust", "Ana,Ben,1", "Ben,Ana,1000000"),
            None,
            None,
        ),
        Case("out of range", _csv("rater,ratee,trust", "Ana,Ben,6"), None),
        Case("names of tags only", _csv("rater,ratee,trust", "<b></b>,Ben,4", "Ben,Ana,2"), None),
        Case(
            "e-mail names",
            _csv("rater,ratee,trust", "<anne@corp.example>,Ben,4", "Ben,<anne@corp.example>,2"),
            2,
        ),
        Case(
            "wave with a slash",
            _csv("wave,rater,ratee,trust", "01/2026,Ana,Ben,4", "02/2026,Ana,Ben,5"),
            2,
        ),
        Case("blank wave", _csv("wave,rater,ratee,trust", ",Ana,Ben,4", "T1,Ben,Ana,2"), None),
        Case(
            "bad dates",
            _csv("wave,date,rater,ratee,trust", "T1,31/02/2026,Ana,Ben,4", "T1,hier,Ben,Ana,2"),
            2,
        ),
        Case(
            "Likert labels (French)",
            _csv(
                "rater,ratee,trust", "Ana,Ben,Tout à fait d'accord", "Ben,Ana,Pas du tout d'accord"
            ),
            2,
            None,
        ),
        Case("matrix", _csv(",Ana,Ben,Cleo", "Ana,,4,5", "Ben,2,,3", "Cleo,1,5,"), 6),
        Case("matrix not square", _csv(",Ana,Ben", "Ana,,4", "Ben,2,", "Cleo,1,5"), 4),
        Case(
            "forms grid",
            _csv(
                "Horodateur,Votre nom,Confiance [Ana],Confiance [Ben]",
                "2026/01/05 10:00:00,Cleo,4,5",
                "2026/01/05 11:00:00,Ana,,3",
            ),
            3,
        ),
        Case(
            "anonymous forms grid",
            _csv("Horodateur,Confiance [Ana],Confiance [Ben]", "2026/01/05 10:00:00,4,5"),
            None,
        ),
        Case("parquet name, CSV inside", _good(), None, filename="answers.parquet"),
        Case("parquet name, garbage", b"PAR1garbage", None, filename="answers.parquet"),
    ]


def _register_cases() -> list[Case]:
    answers = _csv("rater,ratee,trust", "ana,coach,4", "coach,ana,5", "ben,coach,3")
    return [
        Case("with a register", answers, 3, register=REGISTER),
        Case(
            "duplicate id in the register", answers, None, register=REGISTER + b"ben,Benoit,Team,\n"
        ),
        Case(
            "duplicate id, other group", answers, None, register=REGISTER + b"ben,Benoit,Board,\n"
        ),
        Case(
            "one name, two ids, used by name",
            _csv("rater,ratee,trust", "Ana,coach,4"),
            None,
            register=REGISTER + b"ana2,Ana,Board,\n",
        ),
        Case("two coaches", answers, None, register=REGISTER + b"coach2,Carl,Coach,coach\n"),
        Case(
            "unknown role",
            answers,
            None,
            register=REGISTER.replace(b"Team,\nben", b"Team,boss\nben"),
        ),
        Case("register without id", answers, 3, register=b"name,group\nAna,Team\n", either=True),
        Case("empty register", answers, None, register=b""),
        Case("register name of tags", answers, None, register=REGISTER + b"x1,<i></i>,Team,\n"),
    ]


CASES: list[Case] = [*_score_cases(), *_encoding_cases(), *_layout_cases(), *_register_cases()]
