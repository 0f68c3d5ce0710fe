"""``pack``: the one printable page for the three-way meeting of the coach, the coachee
and the sponsor."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from alliance_graph.audience import GROUP_SIZE_FLOOR, MIN_GROUP_SIZE
from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import Failure, cannot_write, wrote
from alliance_graph.cli.source import SurveyInput, needs_answers
from alliance_graph.cli.summary import print_warnings

__all__ = ["pack"]


@cli.command()
@survey_options
@click.option(
    "--stage",
    type=click.Choice(["kickoff", "mid", "close"]),
    required=True,
    help="The meeting: kickoff (the objectives and the baseline alliance of the first "
    "wave), mid (the mid-point review) or close (the closing meeting).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the pack [default: outputs/<first input>-meeting-<stage>.html; "
    "-reunion-<stage>.html with --lang fr].",
)
@click.option("--title", help="The engagement's name, shown at the top.")
@click.option(
    "--date",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    metavar="YYYY-MM-DD",
    help="The date printed on the pack [default: today].",
)
@click.option(
    "--min-group-size",
    "k",  # not min_group_size: that name is the audience option's, which pack has not
    type=click.IntRange(GROUP_SIZE_FLOOR),
    default=MIN_GROUP_SIZE,
    show_default=True,
    metavar="K",
    help="Show a group's figures only from K people or more.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the change tests.")
@click.option("--quiet", is_flag=True, help="No summary of the data's warnings.")
def pack(
    source: SurveyInput,
    stage: str,
    output: Path | None,
    title: str | None,
    date: datetime | None,
    k: int,
    seed: int,
    quiet: bool,
) -> None:
    """Write the page to print for the three-way meeting.

    One page for the coach, the coachee and the sponsor at the kick-off, the mid-point
    or the close: the objectives, their progress and the alliance by group, from groups
    of at least K people.

    \b
    Example:
      alliance-graph pack data/sample/survey.csv data/sample/progress.csv \\
          --register data/sample/register.csv --objectives data/sample/objectives.csv \\
          --stage mid
    """
    from alliance_graph.analysis import Analysis
    from alliance_graph.audience import Audience
    from alliance_graph.i18n import translate
    from alliance_graph.report.html import write_html

    survey, lang = source.load(), source.lang
    needs_answers(survey, "pack", lang)
    if survey.objectives is None:
        raise Failure(translate("cli.pack_needs_objectives", lang), lang)
    target = output or Path("outputs") / translate(
        "cli.pack_file", lang, stem=source.inputs[0].stem, stage=stage
    )
    analysis = Analysis(survey, audience=Audience("shared", k), lang=lang, seed=seed)
    page = analysis.pack_html(stage, title=title, generated=date or datetime.now().astimezone())
    try:
        write_html(page, target)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    print_warnings(survey, lang, full_list="validate", quiet=quiet)
    wrote(target, lang)
