"""``compare``: what changed between waves, and whether it is real or noise."""

from __future__ import annotations

import click

from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import echo
from alliance_graph.cli.source import SurveyInput, analysis_for, needs_answers
from alliance_graph.cli.summary import print_warnings

__all__ = ["compare"]


@cli.command()
@survey_options(privacy=True)
@click.option("--from", "first", metavar="W", help="Compare from this wave (default: each pair).")
@click.option("--to", "last", metavar="W", help="Compare to this wave (default: the last).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: sentences for people; json: every figure.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of every random choice.")
@click.option(
    "--patterns",
    type=click.IntRange(1000),
    default=10_000,
    show_default=True,
    help="Random sign patterns of the permutation tests when there are too many to "
    "enumerate (over 16 people).",
)
@click.option(
    "--permutations",
    type=click.IntRange(0),
    default=1000,
    show_default=True,
    help="QAP permutations for the p-value.",
)
@click.option("--quiet", is_flag=True, help="No summary of the data's warnings.")
def compare(
    source: SurveyInput,
    first: str | None,
    last: str | None,
    fmt: str,
    seed: int,
    patterns: int,
    permutations: int,
    quiet: bool,
) -> None:
    """What changed between waves, and whether it is real or noise.

    Without --from/--to: each pair of consecutive waves, then first to last.

    \b
    Example:
      alliance-graph compare data/sample/survey.csv --register data/sample/register.csv
      alliance-graph compare survey.csv --from T1 --to T3 --format json
    """
    from alliance_graph.errors import WaveNotFoundError
    from alliance_graph.metrics.compare import wave_pairs

    survey, lang = source.load(), source.lang
    needs_answers(survey, "compare", lang)
    try:
        pairs = wave_pairs(list(survey.waves), first, last)
    except (WaveNotFoundError, ValueError) as exc:
        raise click.BadParameter(str(exc), param_hint="--from/--to") from exc
    analysis = analysis_for(
        source, survey, seed=seed, pairs=pairs, patterns=patterns, permutations=permutations
    )
    echo(analysis.changes(fmt), fmt, nl=False)
    print_warnings(survey, lang, quiet=quiet)  # a guessed wave order first: the pairs rest on it
