"""The input schema: aliases unambiguous once folded, the docs' tables made from it, and
aliases written as people write them (accents, capitals) matched by the readers."""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from alliance_graph.ingest import forms, schema
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.interactions import read_interactions
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.shapes import parse_table
from alliance_graph.ingest.text import fold

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "input-format.md"
#: Kinds of file whose headers one reader matches together (one map each).
READERS = (("survey", "register"), ("form",), ("log",))
SHAPES = {"long", "wide", "matrix", "register", "interactions", "objectives", "progress"}


def _tool():
    path = ROOT / "tools" / "input_schema_docs.py"
    spec = importlib.util.spec_from_file_location("input_schema_docs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (a) one canonical column per folded alias


@pytest.mark.parametrize("files", READERS, ids="+".join)
def test_no_alias_is_claimed_twice(files: tuple[str, ...]) -> None:
    claims: dict[str, set[str]] = defaultdict(set)
    for column in schema.columns(*files):
        for alias in column.aliases:
            claims[fold(alias)].add(column.name)
    twice = {key: names for key, names in claims.items() if len(names) > 1}
    assert not twice, f"aliases naming several columns: {twice}"
    assert dict(schema.lookup(*files)) == {k: v.pop() for k, v in claims.items()}


def test_a_column_lists_each_alias_once_and_none_folds_to_nothing() -> None:
    for column in schema.COLUMNS:
        keys = [fold(alias) for alias in column.aliases]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        assert not repeated, f"{column.file} {column.name}: {repeated} written twice"
        empty = [a for a in column.aliases if not fold(a)]
        # "#" alone stands for any header of punctuation only: form metadata
        assert empty == (["#"] if column.name == "meta" else []), column.name


def test_the_table_is_well_formed() -> None:
    names = [(c.file, c.name) for c in schema.COLUMNS]
    assert len(names) == len(set(names))
    for column in schema.COLUMNS:
        assert column.file in schema.FILES
        assert column.shapes and set(column.shapes) <= SHAPES, column.name
        assert column.doc, column.name
        assert all(a == a.strip() and a for a in column.aliases), column.name
        if column.file != "form":  # a data column can always be called by its own name
            assert fold(column.name) in schema.lookup(column.file), column.name


def test_side_words_name_their_side() -> None:
    for word, side in schema.SIDE_WORDS:
        assert match_header(word) == side
    for column in schema.columns("survey", "register"):
        # each one-word alias of a sided column takes a side (longer ones do not)
        for alias in (a for a in column.aliases if column.sided and " " not in fold(a)):
            assert match_header(f"Rater {alias}") == f"rater_{column.name}", alias
            assert match_header(f"{alias.upper()} de l'évalué") == f"ratee_{column.name}"


def test_required_columns_and_missing_ones() -> None:
    assert schema.required_columns("survey") == ("rater", "ratee", "score")
    assert schema.required_columns("register") == ("person",)
    assert schema.required_columns("log") == ("source", "target", "timestamp")
    assert schema.needed_columns("register", {"name"}) == ()
    assert schema.needed_columns("log", {"target", "wave"}) == ("source", "timestamp")


def test_an_alias_claimed_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    twice = schema.Column("extra", "log", ("Émetteur",), ("interactions",), doc="x")
    monkeypatch.setattr(schema, "COLUMNS", (*schema.COLUMNS, twice))
    with pytest.raises(ValueError, match="names both 'source' and 'extra'"):
        schema.lookup("log")


# (b) the docs' tables are the schema's


def test_the_docs_tables_are_generated_from_the_schema() -> None:
    tool = _tool()
    text = DOC.read_text(encoding="utf-8")
    assert tool.stale(text) == [], "run: .venv/bin/python tools/input_schema_docs.py"
    assert tool.rewrite(text) == text


def test_the_docs_tables_list_every_column_and_alias() -> None:
    """Read back from the Markdown, independently of the generator."""
    tool = _tool()
    tables = tool.generated(DOC.read_text(encoding="utf-8"))
    for name, files, skip_own_name in (
        ("headers", ("survey", "register"), False),
        ("forms", ("form",), False),
        ("log", ("log",), True),
        ("objectives", ("objectives",), True),
        ("progress", ("progress",), True),
    ):
        rows = [line.split(" | ") for line in tables[name].splitlines()[2:]]
        listed = {}
        for cells in rows:
            column = cells[0].strip("| `")
            aliases = cells[-1] if name in ("headers", "forms") else cells[1]
            aliases = aliases.split("; or a header containing")[0].strip(" |")
            listed[column] = [a.strip(" `") for a in aliases.split(", ")]
        expected = {
            c.name: [a for a in c.aliases if not (skip_own_name and a == c.name)]
            for c in schema.columns(*files)
        }
        assert listed == expected


def _section(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_form_headers_named_in_section_2_3_are_read_so() -> None:
    text = DOC.read_text(encoding="utf-8")
    respondent = _section(text, "- a **respondent column**", "- **question columns**")
    meta = _section(text, "The columns that forms add by themselves", "above.")
    for header in re.findall(r"`([^`]+)`", respondent):
        if header in ("your name", "votre nom", "ton nom"):  # parts of a header
            header = f"Tell us {header} please"
        assert _rater(header, "Bob") == "Bob", header
    for header in re.findall(r"`([^`]+)`", meta):
        assert forms.is_meta(header), header


# (c) aliases as written, in any case, are matched


def _rater(header: str, name: str) -> str | None:
    frame = pd.DataFrame({header: [name], "Trust [Anne]": ["4"]})
    parsed = parse_table(RawTable("form.csv", frame, "utf-8", ","))
    if parsed is None or parsed.shape != "wide" or parsed.cells.empty:
        return None
    return str(parsed.cells["rater"].iloc[0])


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Évaluateur", "rater"),
        ("ÉVALUATEUR", "rater"),
        ("Répondant·e", "rater"),
        ("ÉVALUÉ", "ratee"),
        ("Évalué(e)", "ratee"),
        ("À propos de", "ratee"),
        ("Critère", "dimension"),
        ("PÉRIODE", "wave"),
        ("Date de réponse", "date"),
        ("Submit Date (UTC)", "date"),
        ("Clé", "id"),
        ("Équipe", "group"),
        ("Intérêt", "interest"),
        ("Accord RGPD", "consent"),
        ("Autres orthographes", "aliases"),
    ],
)
def test_headers_written_with_accents_and_capitals(header: str, field: str) -> None:
    assert match_header(header) == field


def test_every_survey_and_register_alias_is_matched_as_written() -> None:
    for column in schema.columns("survey", "register"):
        for alias in column.aliases:
            for written in (alias, alias.upper(), alias.title(), f" {alias}  "):
                assert match_header(written) == column.name, written


@pytest.mark.parametrize("header", schema.column("respondent", "form").aliases)
def test_every_respondent_alias_names_who_answered(header: str) -> None:
    assert _rater(header.upper(), "Bob") == "Bob"


def test_every_log_alias_is_matched_as_written() -> None:
    sources, targets, times = (
        schema.column(n, "log").aliases for n in schema.required_columns("log")
    )
    for i, source in enumerate(sources):
        target, time = targets[i % len(targets)], times[i % len(times)]
        header = ";".join(a.upper() for a in (source, target, time))
        log = read_interactions(("log.csv", f"{header}\nAnne;Bob;2026-01-05\n".encode()))
        assert not log.issues and list(log.events["source"]) == ["Anne"], header
