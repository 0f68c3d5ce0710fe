"""Rewrite the column tables of docs/input-format.md from the input schema.

Usage: ``.venv/bin/python tools/input_schema_docs.py [--check]``. Each table is made from
:mod:`alliance_graph.ingest.schema` and sits between two HTML comments that a Markdown
viewer hides::

    <!-- schema-table: NAME (…) -->
    | column | … |
    <!-- /schema-table: NAME -->

with NAME ``headers`` (ratings files and the register, section 6), ``forms`` (what form
exports add, section 6), ``log`` (interaction logs, section 14.1), ``objectives`` or
``progress`` (the objectives register and the progress answers, section 16). Only what lies
between the comments is rewritten. With ``--check``, nothing is written and the exit code
is 1 if a table is out of date or its comments are missing. tests/test_input_schema.py
runs the same check.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from alliance_graph.ingest.schema import Column, columns

DOC = Path(__file__).resolve().parent.parent / "docs" / "input-format.md"
_FILE_WORDS = {"survey": "ratings", "register": "register"}


def _code(text: str) -> str:
    return f"`{text}`"


def _required(col: Column, group: tuple[Column, ...]) -> str:
    if not col.required:
        return "no"
    if not col.one_of:
        return "yes"
    return " or ".join(_code(c.name) for c in group if c.one_of == col.one_of)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def headers_table() -> str:
    """Section 6: the columns of ratings files and registers, every alias as written."""
    group = columns("survey", "register")
    lines = [
        "| field | file | required | what it holds | accepted headers |",
        "| --- | --- | --- | --- | --- |",
    ]
    for col in group:
        files = ", ".join(
            [_FILE_WORDS[col.file], *(["ratings"] if col.file == "register" and col.sided else [])]
        )
        aliases = ", ".join(map(_code, col.aliases))
        lines.append(_row([col.name, files, _required(col, group), col.doc, aliases]))
    return "\n".join(lines)


def forms_table() -> str:
    """Section 6: the columns online forms add to a wide export."""
    group = columns("form")
    lines = ["| column | required | what it is | headers |", "| --- | --- | --- | --- |"]
    for col in group:
        aliases = ", ".join(map(_code, col.aliases))
        if col.contains:
            aliases += "; or a header containing " + ", ".join(map(_code, col.contains))
        lines.append(_row([col.name, _required(col, group), col.doc, aliases]))
    return "\n".join(lines)


def log_table(file: str = "log") -> str:
    """Section 14.1: the columns of an interaction log (aliases besides the name); the
    same table for the objectives register and the progress answers (section 16)."""
    group = columns(file)
    lines = [
        "| column | aliases (any case, accents ignored) | required | what it holds |",
        "| --- | --- | --- | --- |",
    ]
    for col in group:
        aliases = ", ".join(a for a in col.aliases if a != col.name)
        lines.append(_row([_code(col.name), aliases, _required(col, group), col.doc]))
    return "\n".join(lines)


TABLES: dict[str, Callable[[], str]] = {
    "headers": headers_table,
    "forms": forms_table,
    "log": log_table,
    "objectives": lambda: log_table("objectives"),
    "progress": lambda: log_table("progress"),
}


def _block(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- schema-table: {name} [^\n]*-->\n)(.*?)(\n<!-- /schema-table: {name} -->)",
        re.DOTALL,
    )


def generated(text: str) -> dict[str, str | None]:
    """Each table's text between its markers in ``text`` (``None`` without markers)."""
    found: dict[str, str | None] = {}
    for name in TABLES:
        match = _block(name).search(text)
        found[name] = match.group(2).strip("\n") if match else None
    return found


def rewrite(text: str) -> str:
    """``text`` with every table between markers replaced by the schema's (a blank line
    on each side, so the comments never join the table)."""
    for name, make in TABLES.items():
        table = f"\n{make()}\n"
        text = _block(name).sub(lambda m, t=table: m.group(1) + t + m.group(3), text)
    return text


def stale(text: str) -> list[str]:
    """The tables of ``text`` missing or different from the schema's."""
    found = generated(text)
    return [name for name, make in TABLES.items() if found[name] != make()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--doc", type=Path, default=DOC)
    args = parser.parse_args(argv)
    text = args.doc.read_text(encoding="utf-8")
    if not args.check:
        text = rewrite(text)
        args.doc.write_text(text, encoding="utf-8")
    missing = stale(text)
    if missing:
        print(f"{args.doc}: tables out of date or without their comments: {', '.join(missing)}")
        if args.check:
            print("run: .venv/bin/python tools/input_schema_docs.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
