"""Rewrite the ``--help`` blocks of docs/cli.md from the command line itself.

Usage: ``.venv/bin/python tools/cli_help.py [--check]``. Each block is the output of
``alliance-graph COMMAND --help``, between two HTML comments that a Markdown viewer hides::

    <!-- help: alliance-graph COMMAND -->
    ```
    $ alliance-graph COMMAND --help
    …
    ```
    <!-- /help -->

Only what lies between the two comments is rewritten; the prose around it is left alone.
Help is rendered as a terminal of 80 columns or more shows it (click wraps at 78), whatever
the width of the terminal running this. A command without a block, or a block naming no
command, is reported (exit 1): add the two comments to the command's section, then run this
again. With ``--check``, nothing is written and the exit code is 1 if a block is out of date.
tests/test_docs_cli.py runs the same check.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from alliance_graph.cli import cli

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
PROG = "alliance-graph"
#: click wraps help at min(terminal columns, 80) - 2; passed as the context's terminal width,
#: this beats the COLUMNS variable, the real terminal and CliRunner's forced width of 80
WIDTH = 78
BLOCK = re.compile(
    r"^<!-- help: (?P<command>[^\n]*?) -->\n(?P<body>.*?)^<!-- /help -->$", re.M | re.S
)


def commands(group: click.Group = cli, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command as the words after ``alliance-graph``: ``()`` (the group) first."""
    found = [path]
    ctx = click.Context(group, info_name=PROG)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


def command_line(path: tuple[str, ...]) -> str:
    """``alliance-graph metrics`` for ``("metrics",)``."""
    return " ".join((PROG, *path))


def context(path: tuple[str, ...]) -> click.Context:
    """The context the command gets when run, with the group's settings (``-h``)."""
    ctx = click.Context(cli, info_name=PROG, **cli.context_settings)
    for name in path:
        group = ctx.command
        command = group.get_command(ctx, name) if isinstance(group, click.Group) else None
        if command is None:
            raise LookupError(f"no command {name!r} in {ctx.command_path}")
        ctx = click.Context(command, info_name=name, parent=ctx)
    return ctx


def help_text(path: tuple[str, ...]) -> str:
    """What ``alliance-graph … --help`` prints, at the documented width."""
    result = CliRunner().invoke(cli, [*path, "--help"], prog_name=PROG, terminal_width=WIDTH)
    if result.exit_code != 0:
        raise RuntimeError(f"{command_line(path)} --help failed:\n{result.output}")
    return result.output if result.output.endswith("\n") else result.output + "\n"


def block(path: tuple[str, ...]) -> str:
    """The whole block of a command, comments included."""
    line = command_line(path)
    return f"<!-- help: {line} -->\n```\n$ {line} --help\n{help_text(path)}```\n<!-- /help -->"


def blocks(doc: str) -> dict[str, list[str]]:
    """The blocks of ``doc`` by the command line they name (a list: a name may repeat)."""
    found: dict[str, list[str]] = {}
    for match in BLOCK.finditer(doc):
        found.setdefault(match["command"].strip(), []).append(match[0])
    return found


def problems(doc: str) -> list[str]:
    """What rewriting the blocks cannot fix: a command without a block, a block too many."""
    known = [command_line(path) for path in commands()]
    found = blocks(doc)
    wrong = [
        f"no block for `{line} --help`: put `<!-- help: {line} -->` and `<!-- /help -->`, "
        "on two lines, in its section of docs/cli.md, then run tools/cli_help.py"
        for line in known
        if line not in found
    ]
    wrong += [
        f"a block for `{line}`, which is not a command: remove it"
        for line in found
        if line not in known
    ]
    wrong += [
        f"{len(some)} blocks for `{line}`: keep one"
        for line, some in found.items()
        if len(some) > 1
    ]
    return wrong


def regenerate(doc: str) -> str:
    """``doc`` with every block rewritten from the live help; blocks naming no command kept."""
    paths = {command_line(path): path for path in commands()}

    def fill(match: re.Match[str]) -> str:
        path = paths.get(match["command"].strip())
        return match[0] if path is None else block(path)

    return BLOCK.sub(fill, doc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    parser.add_argument("--doc", type=Path, default=DOC, help="the Markdown file (docs/cli.md)")
    options = parser.parse_args(argv)
    doc = options.doc.read_text(encoding="utf-8")
    new = regenerate(doc)
    stale = [line for line, found in blocks(doc).items() if blocks(new).get(line) != found]
    for problem in problems(doc):
        print(f"{options.doc}: {problem}", file=sys.stderr)
    if options.check:
        for line in stale:
            print(f"{options.doc}: the block of `{line} --help` is out of date", file=sys.stderr)
    elif new != doc:
        options.doc.write_text(new, encoding="utf-8")
        print(f"Rewrote {options.doc}: {', '.join(f'`{line} --help`' for line in stale)}")
    else:
        print(f"{options.doc} is up to date")
    return 1 if problems(doc) or (options.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
