"""The ``alliance-graph`` command group."""

from __future__ import annotations

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="alliance-graph")
def cli() -> None:
    """Turn trust surveys into a signed network of alliances, with balance metrics.

    \b
    Start with:  alliance-graph demo
    Check a file: alliance-graph validate survey.csv --register register.csv
    """
