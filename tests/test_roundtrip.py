"""Property: a random valid survey written in any supported dialect reads back the same."""

from __future__ import annotations

import csv
import io

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_graph import read_survey

NAMES = [
    "Zoé Martin",
    "Anaïs Brun",
    "Jérôme Lefèvre",
    "François Roux",
    "Ngozi Obi",
    "Sean O'Brien",
    "Marie-Hélène Dubois",
    "Ça Dîme",
    "Équipe Support",
    "Paul",
    "Léa Petit",
    "Björn Ek",
]
DIMENSIONS = {
    "trust": ("trust", "Confiance", "Ma confiance envers"),
    "listening": ("listening", "Écoute", "Cette personne m'écoute"),
}
LABELS_FR = [
    "Pas du tout d'accord",
    "Plutôt pas d'accord",
    "Ni d'accord ni pas d'accord",
    "Plutôt d'accord",
    "Tout à fait d'accord",
]
LABELS_EN = [
    "Strongly disagree",
    "Disagree",
    "Neither agree nor disagree",
    "Agree",
    "Strongly agree",
]


@st.composite
def surveys(draw):
    people = draw(st.lists(st.sampled_from(NAMES), min_size=2, max_size=6, unique=True))
    waves = draw(
        st.lists(
            st.sampled_from(["T1", "T2", "T3", "2026-01"]), min_size=1, max_size=2, unique=True
        )
    )
    dims = draw(st.lists(st.sampled_from(sorted(DIMENSIONS)), min_size=1, unique=True))
    halves = draw(st.booleans())
    score = st.integers(2, 10).map(lambda x: x / 2) if halves else st.integers(1, 5)
    pairs = [(a, b) for a in people for b in people if a != b]
    rows = []
    for wave in waves:
        rated = draw(st.lists(st.sampled_from(pairs), min_size=1, unique=True))
        rows += [(wave, a, b, d, float(draw(score))) for a, b in rated for d in dims]
    return pd.DataFrame(rows, columns=["wave", "rater", "ratee", "dimension", "score"])


@st.composite
def dialects(draw, table: pd.DataFrame):
    integer = bool((table["score"] % 1 == 0).all())
    shapes = ["long", "long-dims", "wide"]
    if table["dimension"].nunique() == 1 and set(table["dimension"]) == {"trust"}:
        shapes.append("matrix")
    return {
        "shape": draw(st.sampled_from(shapes)),
        "delimiter": draw(st.sampled_from([",", ";", "\t"])),
        "encoding": draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
        "french": draw(st.booleans()),
        "labels": integer and draw(st.booleans()),
        "sep_line": draw(st.booleans()),
        "crlf": draw(st.booleans()),
    }


def _answer(score: float, d: dict) -> str:
    if d["labels"]:
        return (LABELS_FR if d["french"] else LABELS_EN)[int(score) - 1]
    text = f"{score:g}"
    return text.replace(".", ",") if d["delimiter"] == ";" else text


def _long(table: pd.DataFrame, d: dict, multi: bool) -> list[list[str]]:
    fr = d["french"]
    head = ["Vague", "Évaluateur", "Évalué"] if fr else ["wave", "rater", "ratee"]
    if not multi:
        rows = [head + (["Critère", "Note"] if fr else ["dimension", "score"])]
        rows += [
            [w, a, b, DIMENSIONS[dim][1 if fr else 0], _answer(s, d)]
            for w, a, b, dim, s in table.itertuples(index=False)
        ]
        return rows
    dims = sorted(table["dimension"].unique())
    wide = table.pivot_table(
        index=["wave", "rater", "ratee"], columns="dimension", values="score", aggfunc="first"
    )
    rows = [head + [DIMENSIONS[x][1 if fr else 0] for x in dims]]
    for (w, a, b), values in wide.iterrows():
        rows.append([w, a, b] + ["" if pd.isna(values[x]) else _answer(values[x], d) for x in dims])
    return rows


def _wide(table: pd.DataFrame, d: dict, people: list[str]) -> list[list[str]]:
    dims = sorted(table["dimension"].unique())
    question = {x: DIMENSIONS[x][2 if d["french"] else 0] for x in dims}
    columns = [(x, p) for x in dims for p in people]
    rows = [
        ["Horodateur" if d["french"] else "Timestamp", "Votre nom" if d["french"] else "Your name"]
        + [f"{question[x]} [{p}]" for x, p in columns]
    ]
    index = table.set_index(["rater", "dimension", "ratee"])["score"]
    for rater in sorted(table["rater"].unique()):
        cells = [
            "" if (rater, x, p) not in index.index else _answer(index[(rater, x, p)], d)
            for x, p in columns
        ]
        rows.append(["2026-01-14 10:00:00", rater, *cells])
    return rows


def _matrix(table: pd.DataFrame, d: dict, people: list[str]) -> list[list[str]]:
    index = table.set_index(["rater", "ratee"])["score"]
    rows = [["", *people]]
    for rater in sorted(table["rater"].unique()):
        cells = [
            "" if (rater, p) not in index.index else _answer(index[(rater, p)], d) for p in people
        ]
        rows.append([rater, *cells])
    return rows


def _encode(rows: list[list[str]], d: dict) -> bytes:
    buffer = io.StringIO()
    end = "\r\n" if d["crlf"] else "\n"
    if d["sep_line"]:
        buffer.write(f"sep={d['delimiter']}{end}")
    csv.writer(buffer, delimiter=d["delimiter"], lineterminator=end).writerows(rows)
    return buffer.getvalue().encode(d["encoding"])


def write(table: pd.DataFrame, d: dict) -> list[tuple[str, bytes]]:
    if d["shape"] in ("long", "long-dims"):
        return [("survey.csv", _encode(_long(table, d, d["shape"] == "long-dims"), d))]
    people = sorted(set(table["rater"]) | set(table["ratee"]))
    make = _wide if d["shape"] == "wide" else _matrix
    return [
        (f"{w}.csv", _encode(make(part, d, people), d))
        for w, part in table.groupby("wave", sort=False)
    ]


def canonical(frame: pd.DataFrame) -> pd.DataFrame:
    columns = ["wave", "rater", "ratee", "dimension", "score"]
    return frame[columns].sort_values(columns[:4]).reset_index(drop=True)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_dialect_reads_back_the_same_table(data) -> None:
    table = data.draw(surveys())
    dialect = data.draw(dialects(table))
    survey = read_survey(write(table, dialect), scale="1:5")
    assert survey.ok, [i.describe() for i in survey.errors]
    pd.testing.assert_frame_equal(canonical(survey.ratings), canonical(table), check_dtype=False)
