"""Reading workbooks: python-calamine against openpyxl in read-only mode (issue 14, point 1).

Usage (from the repository root)::

    .venv/bin/python benchmarks/workbooks.py [--repeat 3]

Three workbooks are written with openpyxl (write-only, seeded answers): a coach's survey
(16 people rating each other, one row per rating: 240 rows × 4 columns), a Google Forms
export pasted in (500 respondents × 200 questions ``Confiance [P1]``…), and a long table of
100,000 ratings. Each is read into one table of cell values per sheet, the best of
``--repeat`` runs: with python-calamine (``to_python``, what alliance-graph uses), with
openpyxl (``load_workbook(read_only=True, data_only=True)`` and
``iter_rows(values_only=True)``), and whole through
:func:`~alliance_graph.ingest.read_survey` (limits checked, cells as text, each sheet's
role found, then parsed and validated as a CSV file is). Measured on the development
machine (December 2026, python-calamine 0.9.1, openpyxl 3.1.5):

=================  =========  =========  ===========
workbook           calamine   openpyxl   read_survey
=================  =========  =========  ===========
survey 240 × 4     0.001 s    0.012 s    0.06 s
form 500 × 202     0.065 s    0.68 s     1.04 s
long 100,000 × 4   0.37 s     4.2 s      1.26 s
=================  =========  =========  ===========

calamine reads 8 to 12 times faster, and reads ``.ods`` too; openpyxl stays for writing
the survey kit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import time
from collections.abc import Callable

import openpyxl


def workbook(rows: int, questions: int, *, long: bool = False) -> bytes:
    """A seeded workbook: a form export, or a long table of ratings."""
    rng = random.Random(14)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Réponses")
    if long:
        sheet.append(["Évaluateur", "Évalué", "Confiance", "Date"])
        people = int(rows**0.5) + 2  # each pair once: everyone rates everyone else
        for n in range(rows):
            rater, other = divmod(n, people - 1)
            ratee = other + (other >= rater)
            day = dt.date(2026, 1, 1 + n % 28)
            sheet.append([f"P{rater}", f"P{ratee}", rng.randint(1, 5), day])
    else:
        sheet.append(["Horodateur", "Votre nom", *(f"Confiance [P{i}]" for i in range(questions))])
        for n in range(rows):
            answers = [rng.choice([1, 2, 3, 4, 5, "Plutôt d'accord"]) for _ in range(questions)]
            sheet.append([dt.datetime(2026, 1, 5, 10, n % 60), f"P{n}", *answers])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_calamine(data: bytes) -> object:
    from python_calamine import CalamineWorkbook

    reader = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return [reader.get_sheet_by_name(n).to_python() for n in reader.sheet_names]


def with_openpyxl(data: bytes) -> object:
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    tables = [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
    book.close()
    return tables


def whole(data: bytes) -> object:
    from alliance_graph.ingest import read_survey

    return read_survey(("benchmark.xlsx", data), scale="1:5")


def best(function: Callable[[bytes], object], data: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(data)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    cases = {
        "survey 240 × 4": workbook(240, 0, long=True),
        "form 500 × 202": workbook(500, 200),
        "long 100,000 × 4": workbook(100_000, 0, long=True),
    }
    print(f"{'workbook':<18} {'calamine':>10} {'openpyxl':>10} {'read_survey':>12}")
    for label, data in cases.items():
        times = [best(f, data, repeat) for f in (with_calamine, with_openpyxl, whole)]
        print(f"{label:<18} " + " ".join(f"{t:>10.3f}s" for t in times))


if __name__ == "__main__":
    main()
