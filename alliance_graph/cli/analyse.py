"""Metrics, comparison, report, exports and the survey kit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from alliance_graph.analysis import Analysis
    from alliance_graph.model import Survey

from alliance_graph.cli.app import cli
from alliance_graph.cli.logs import LOG_OPTIONS, LogOptions, log_metrics
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import (
    Failure,
    cannot_write,
    echo,
    emit,
    progress,
    report_path,
    wrote,
)
from alliance_graph.cli.source import SurveyInput
from alliance_graph.cli.summary import notes, print_warnings

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
    analysis = _analysis(
        source,
        survey,
        seed=seed,
        thresholds=Thresholds(sponsor_dominance, group_floor, coach_gap),
        alpha=alpha,
        half_life_days=half_life,
    )
    emit(analysis.text(fmt), output, fmt, lang=lang, notes=said)


def _analysis(source: SurveyInput, survey: Survey, **options: Any) -> Analysis:
    from alliance_graph.analysis import Analysis

    return Analysis(survey, audience=source.chosen_audience, lang=source.lang, **options)


def _needs_answers(survey: Survey, command: str, lang: str) -> None:
    if survey.ratings.empty:
        from alliance_graph.i18n import translate

        raise Failure(translate("cli.needs_answers", lang, command=command), lang)


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
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the layout.")
@click.option("--quiet", is_flag=True, help="No summary of the data's warnings.")
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
    _needs_answers(survey, "report", lang)
    target = output or report_path(source.inputs[0], lang, shared=source.shared)
    analysis = _analysis(source, survey, seed=seed, alpha=alpha, half_life_days=half_life)
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
def compare(
    source: SurveyInput,
    first: str | None,
    last: str | None,
    fmt: str,
    seed: int,
    patterns: int,
    permutations: int,
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
    _needs_answers(survey, "compare", lang)
    try:
        pairs = wave_pairs(list(survey.waves), first, last)
    except (WaveNotFoundError, ValueError) as exc:
        raise click.BadParameter(str(exc), param_hint="--from/--to") from exc
    analysis = _analysis(
        source, survey, seed=seed, pairs=pairs, patterns=patterns, permutations=permutations
    )
    echo(analysis.changes(fmt), fmt, nl=False)


@cli.command()
@survey_options(privacy=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "gexf", "json", "csv", "xlsx"]),
    required=True,
    help="graphml (one file per wave), gexf (waves as time slices), json, csv, xlsx.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="File to write (csv writes NAME-ties.csv and NAME-people.csv).",
)
@click.option(
    "--excel-fr",
    is_flag=True,
    help="CSV for French Excel: semicolons, decimal comma, UTF-8 with BOM.",
)
def export(
    source: SurveyInput,
    fmt: str,
    output: Path,
    excel_fr: bool,
) -> None:
    """Write the network for Gephi, Cytoscape, Excel, Python or R.

    \b
    Example:
      alliance-graph export data/sample/survey.csv --register data/sample/register.csv \\
          --format gexf -o outputs/sample.gexf
    """
    survey = source.load()
    _needs_answers(survey, "export", source.lang)
    try:
        written = _analysis(source, survey).export(output, fmt, excel_fr=excel_fr)
    except OSError as exc:
        raise cannot_write(output, exc) from exc
    for path in written:
        wrote(path, source.lang)


@cli.command()
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default="en",
    show_default=True,
    help="Language of the sheets, headers, answers and questions; also sets the CSV dialect.",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("survey-kit"),
    show_default=True,
    help="Folder to write the kit in.",
)
def template(lang: str, output_dir: Path) -> None:
    """Write a blank survey kit: a workbook with dropdown lists, the same sheets as CSV
    files for the language's Excel, and the questions to paste in a form.

    \b
    Example:
      alliance-graph template --lang fr -o ma-mission
    """
    from alliance_graph.template import write_kit

    try:
        written = write_kit(output_dir, lang)
    except OSError as exc:
        raise cannot_write(output_dir, exc) from exc
    for path in written:
        wrote(path, lang)
