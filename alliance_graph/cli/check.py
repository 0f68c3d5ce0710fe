"""Checking files, and the demo on the bundled sample."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options
from alliance_graph.cli.output import cannot_write, echo
from alliance_graph.cli.source import SurveyInput, read_inputs
from alliance_graph.cli.text import overview_text, validation_text

#: The bundled sample engagement, shipped inside the package (``data/sample`` in a checkout
#: points to it).
SAMPLE = Path(__file__).resolve().parents[1] / "sample"


@cli.command()
@survey_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def validate(source: SurveyInput, as_json: bool) -> None:
    """Check survey files and list every problem found, with its line.

    Exit status: 0 valid, 1 invalid input, 2 wrong usage.

    \b
    Example:
      alliance-graph validate data/sample/survey.csv --register data/sample/register.csv
    """
    survey, lang = source.load(require_ok=False), source.lang
    if as_json:
        echo(json.dumps(survey.to_dict(lang), ensure_ascii=False, indent=2), "json")
    else:
        echo(validation_text(survey, lang))
    sys.exit(0 if survey.ok else 1)


@cli.command()
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=SAMPLE,
    show_default="the bundled sample",
    help="Folder holding survey.csv and register.csv (and meetings.csv, the coach's log).",
)
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("outputs"),
    show_default=True,
    help="Where to write.",
)
def demo(data_dir: Path, output_dir: Path) -> None:
    """Read the bundled sample engagement, print its metrics, and write its report.

    Writes under outputs/ the HTML report, the metrics as JSON and an overview, and
    prints the report's path last.

    \b
    Example:
      alliance-graph demo
    """
    from datetime import datetime

    from alliance_graph.files import write_atomic
    from alliance_graph.graph import build_graphs
    from alliance_graph.metrics import compute_metrics
    from alliance_graph.overview import overview
    from alliance_graph.report import write_report
    from alliance_graph.report.text import metrics_text

    survey_file, register_file = data_dir / "survey.csv", data_dir / "register.csv"
    if not survey_file.is_file() or not register_file.is_file():
        raise click.ClickException(
            f"the sample data is not in {data_dir}; pass --data with survey.csv and register.csv"
        )
    # the coach's log and the objectives' progress answers, when the folder has them
    extras = [data_dir / name for name in ("meetings.csv", "progress.csv")]
    inputs = [survey_file, *(path for path in extras if path.is_file())]
    objectives = data_dir / "objectives.csv"
    survey = read_inputs(
        inputs,
        register_file,
        None,
        None,
        (),
        None,
        objectives=objectives if objectives.is_file() else None,
    )
    if not survey.ok:
        raise click.ClickException(validation_text(survey, "en"))
    summary = overview(survey, build_graphs(survey))
    result = compute_metrics(survey)
    overview_file = output_dir / "sample-overview.json"
    metrics_file = output_dir / "sample-metrics.json"
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        write_atomic(overview_file, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
        write_atomic(metrics_file, result.to_json() + "\n")
        report_file = write_report(
            survey,
            output_dir / "sample-report.html",
            metrics=result,
            generated=datetime.now().astimezone(),
        )
    except OSError as exc:
        raise cannot_write(output_dir, exc) from exc
    echo(overview_text(summary) + "\n")
    echo(metrics_text(result))
    click.echo("")
    for target in (overview_file, metrics_file):
        click.echo(f"Wrote {target}")
    click.echo(f"Open the report: {report_file.resolve()}")
