"""The ``alliance-graph`` command group."""

from __future__ import annotations

from typing import Any

import click

from alliance_graph.errors import AllianceGraphError


class _Group(click.Group):
    """The command group; the one place where a library error becomes a CLI error (a
    readable message, exit status 1, no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AllianceGraphError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="alliance-graph")
def cli() -> None:
    """Turn trust surveys into a signed network of alliances, with balance metrics.

    \b
    Start with:  alliance-graph demo
    Check a file: alliance-graph validate survey.csv --register register.csv
    """
