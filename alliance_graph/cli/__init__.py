"""The ``alliance-graph`` command line: parse options, call the library, print.

Library imports happen inside the commands so ``alliance-graph --help`` stays fast.
"""

from __future__ import annotations

# the command modules, imported for the commands they register
from alliance_graph.cli import analyse, changes, check, exports, pack, serve  # noqa: F401
from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options

__all__ = ["cli", "main", "survey_options"]


def main() -> None:
    """Console entry point."""
    cli(prog_name="alliance-graph")
