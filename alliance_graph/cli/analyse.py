"""``metrics`` and ``report``: the survey's figures and alerts, printed or written, and
its interactive HTML report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from alliance_graph.audience import COMMENTERS_FLOOR, MIN_COMMENTERS
from alliance_graph.cli.app import cli
from alliance_graph.cli.logs import LOG_OPTIONS, LogOptions, log_metrics
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import cannot_write, emit, progress, report_path, wrote
from alliance_graph.cli.source import SurveyInput, analysis_for, needs_answers
from alliance_graph.cli.summary import notes, print_warnings

__all__ = ["metrics", "report"]

#: With an interaction log: how trust and interactions combine, and how fast events fade.
_LAYER_OPTIONS = [
    click.option(
        "--combine",
        "alpha",
        type=click.FloatRange(0, 1),
        metavar="ALPHA",
        help="With an interaction log: also give the combined strength ALPHA × trust + "
        "(1 − ALPHA) × interaction of the ties in both layers.",
    ),
    click.option(
        "--half-life",
        "half_life",
        type=click.FloatRange(0, min_open=True),
        metavar="DAYS",
        help="With an interaction log: an event DAYS older than the wave's last counts half.",
    ),
]


def _options(options: list[Any]) -> Any:
    """One decorator for a list of click options, in the order listed."""

    def decorate(function: Any) -> Any:
        for option in reversed(options):
            function = option(function)
        return function

    return decorate


_layer_options, _log_options = _options(_LAYER_OPTIONS), _options(LOG_OPTIONS)


@cli.command()
@survey_options(privacy=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table for people, json (the full contract) or csv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file instead of the screen.",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of every random choice.")
@click.option(
    "--sponsor-dominance",
    type=click.FloatRange(0, 1),
    default=0.20,
    show_default=True,
    help="Alert when the sponsor's alliance exceeds the other groups' mean by more.",
)
@click.option(
    "--group-floor",
    type=click.FloatRange(0, 1),
    default=0.50,
    show_default=True,
    help="Alert when a group's alliance is under this.",
)
@click.option(
    "--coach-gap",
    type=click.FloatRange(0, 1),
    default=0.25,
    show_default=True,
    help="Alert when the coach's and a stakeholder's views differ by more.",
)
@click.option(
    "--view-gap",
    type=click.FloatRange(0, 6),
    default=1.5,
    show_default=True,
    help="Alert when two views of an objective's progress (-3 to +3) differ by this or more.",
)
@_layer_options
@_log_options
def metrics(
    source: SurveyInput,
    fmt: str,
    output: Path | None,
    seed: int,
    sponsor_dominance: float,
    group_floor: float,
    coach_gap: float,
    view_gap: float,
    alpha: float | None,
    half_life: float | None,
    **log: Any,
) -> None:
    """Balance and trust metrics of each wave, with alerts in plain words.

    The same seed always gives the same numbers.

    \b
    Example:
      alliance-graph metrics data/sample/survey.csv --register data/sample/register.csv
      alliance-graph metrics survey.csv --format json -o metrics.json
    """
    from alliance_graph.i18n import translate
    from alliance_graph.metrics import Thresholds

    options = LogOptions(**log)
    where: dict[str, Any] = {"seed": seed, "half_life": half_life, "fmt": fmt, "output": output}
    if options.engine == "dask":
        log_metrics(source, options, **where)
        return
    with progress(translate("cli.progress.reading", source.lang), 1, quiet=options.quiet) as step:
        survey, lang = source.load(), source.lang
        step("read")
    if survey.ratings.empty and survey.interactions is not None:
        log_metrics(source, options, survey=survey, **where)
        return
    said = notes(survey, lang, quiet=options.quiet)  # the warnings, once the result is out
    analysis = analysis_for(
        source,
        survey,
        seed=seed,
        thresholds=Thresholds(sponsor_dominance, group_floor, coach_gap, view_gap),
        alpha=alpha,
        half_life_days=half_life,
    )
    emit(analysis.text(fmt), output, fmt, lang=lang, notes=said)


@cli.command()
@survey_options(privacy=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the report [default: outputs/<first input>-report.html; "
    "-rapport.html with --lang fr].",
)
@click.option("--title", help="Title shown at the top of the report.")
@click.option(
    "--seed",
    type=int,
    default=0,
    show_default=True,
    help="Seed of the layout (and of the shared comments' order).",
)
@click.option("--quiet", is_flag=True, help="No summary of the data's warnings.")
@click.option(
    "--min-commenters",
    type=click.IntRange(COMMENTERS_FLOOR),
    metavar="N",
    help="With --audience shared: show a group's comments only when N people or more "
    f"of it wrote one [default: {MIN_COMMENTERS}].",
)
@_layer_options
def report(
    source: SurveyInput,
    output: Path | None,
    title: str | None,
    seed: int,
    quiet: bool,
    alpha: float | None,
    half_life: float | None,
) -> None:
    """Write the interactive HTML report: one file that works offline.

    \b
    Example:
      alliance-graph report data/sample/survey.csv --register data/sample/register.csv
      alliance-graph report survey.csv --lang fr --title "Mission Lumière" -o rapport.html
    """
    survey, lang = source.load(), source.lang
    needs_answers(survey, "report", lang)
    target = output or report_path(source.inputs[0], lang, shared=source.shared)
    analysis = analysis_for(source, survey, seed=seed, alpha=alpha, half_life_days=half_life)
    from datetime import datetime

    from alliance_graph.report.html import write_html

    page = analysis.report_html(title=title, generated=datetime.now().astimezone())
    try:
        write_html(page, target)
    except OSError as exc:
        raise cannot_write(target, exc) from exc
    full_list = "validate" if source.shared else "report"  # the shared one has no list
    print_warnings(survey, lang, full_list=full_list, quiet=quiet)
    wrote(target, lang)
