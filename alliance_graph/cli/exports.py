"""``export`` and ``template``: the network written for other tools, and a blank survey
kit."""

from __future__ import annotations

from pathlib import Path

import click

from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import cannot_write, wrote
from alliance_graph.cli.source import SurveyInput, analysis_for, needs_answers

__all__ = ["export", "template"]


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
    needs_answers(survey, "export", source.lang)
    try:
        written = analysis_for(source, survey).export(output, fmt, excel_fr=excel_fr)
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
