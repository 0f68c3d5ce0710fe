"""The ``alliance-graph`` command line: parse options, call the library, print.

Library imports happen inside the commands so ``alliance-graph --help`` stays fast.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from alliance_graph.model import Scale, Survey

__all__ = ["cli", "main"]

_SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def _parse_scale(ctx: click.Context, param: click.Parameter, value: str | None) -> Scale | None:
    if value is None:
        return None
    from alliance_graph.errors import ScaleError
    from alliance_graph.model import Scale

    try:
        return Scale.parse(value)
    except ScaleError as exc:
        raise click.BadParameter(str(exc)) from exc


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError as exc:
            raise click.BadParameter(f"unknown encoding {value!r}") from exc
    return value


def survey_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that reads INPUT shares."""
    decorators = [
        click.argument(
            "inputs",
            metavar="INPUT...",
            nargs=-1,
            required=True,
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
        ),
        click.option(
            "--register",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="Stakeholder register CSV (id, name, group, role).",
        ),
        click.option(
            "--scale",
            callback=_parse_scale,
            metavar="MIN:MAX",
            help="Rating scale, e.g. 1:5 or -3:3 (inferred and reported if absent).",
        ),
        click.option("--coach", metavar="ID", help="The coach's id or name (else role 'coach')."),
        click.option(
            "--wave", "waves", multiple=True, metavar="W", help="Keep only this wave (repeatable)."
        ),
        click.option(
            "--encoding",
            metavar="NAME",
            callback=_check_encoding,
            help="Force the files' text encoding (e.g. cp1252); detected otherwise.",
        ),
        click.option(
            "--lang",
            type=click.Choice(["en", "fr"]),
            default="en",
            show_default=True,
            help="Language of messages and reports.",
        ),
    ]
    return functools.reduce(lambda f, d: d(f), reversed(decorators), command)


def _read(
    inputs: Sequence[Path],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: Sequence[str],
    encoding: str | None,
) -> Survey:
    from alliance_graph.errors import AllianceGraphError, WaveNotFoundError
    from alliance_graph.ingest import read_survey

    try:
        return read_survey(
            list(inputs),
            register=register,
            scale=scale,
            coach=coach,
            waves=waves or None,
            encoding=encoding,
        )
    except WaveNotFoundError as exc:
        raise click.BadParameter(str(exc), param_hint="--wave") from exc
    except AllianceGraphError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="alliance-graph")
def cli() -> None:
    """Turn trust surveys into a signed network of alliances, with balance metrics.

    \b
    Start with:  alliance-graph demo
    Check a file: alliance-graph validate survey.csv --register register.csv
    """


@cli.command()
@survey_options
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def validate(
    inputs: tuple[Path, ...],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: tuple[str, ...],
    encoding: str | None,
    lang: str,
    as_json: bool,
) -> None:
    """Check survey files and list every problem found, with its line.

    Exit status: 0 valid, 1 invalid input, 2 wrong usage.

    \b
    Example:
      alliance-graph validate data/sample/survey.csv --register data/sample/register.csv
    """
    survey = _read(inputs, register, scale, coach, waves, encoding)
    if as_json:
        click.echo(json.dumps(survey.to_dict(lang), ensure_ascii=False, indent=2))
    else:
        click.echo(_validation_text(survey, lang))
    sys.exit(0 if survey.ok else 1)


@cli.command()
@survey_options
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
def metrics(
    inputs: tuple[Path, ...],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: tuple[str, ...],
    encoding: str | None,
    lang: str,
    fmt: str,
    output: Path | None,
    seed: int,
    sponsor_dominance: float,
    group_floor: float,
    coach_gap: float,
) -> None:
    """Balance and trust metrics of each wave, with alerts in plain words.

    The same seed always gives the same numbers.

    \b
    Example:
      alliance-graph metrics data/sample/survey.csv --register data/sample/register.csv
      alliance-graph metrics survey.csv --format json -o metrics.json
    """
    from alliance_graph.metrics import Thresholds, compute_metrics

    survey = _read(inputs, register, scale, coach, waves, encoding)
    if not survey.ok:
        click.echo(_validation_text(survey, lang), err=True)
        sys.exit(1)
    thresholds = Thresholds(sponsor_dominance, group_floor, coach_gap)
    result = compute_metrics(survey, seed=seed, thresholds=thresholds)
    _emit(_render_metrics(result, fmt, lang), output)


def _render_metrics(result: Any, fmt: str, lang: str) -> str:
    if fmt == "json":
        return result.to_json(lang) + "\n"
    if fmt == "csv":
        from alliance_graph.report.tables import metrics_rows, to_csv

        return to_csv(metrics_rows(result))
    from alliance_graph.report.text import metrics_text

    return metrics_text(result, lang) + "\n"


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    click.echo(f"Wrote {output}")


@cli.command()
@survey_options
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the report [default: outputs/<first input>-report.html].",
)
@click.option("--title", help="Title shown at the top of the report.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the layout.")
def report(
    inputs: tuple[Path, ...],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: tuple[str, ...],
    encoding: str | None,
    lang: str,
    output: Path | None,
    title: str | None,
    seed: int,
) -> None:
    """Write the interactive HTML report: one file that works offline.

    \b
    Example:
      alliance-graph report data/sample/survey.csv --register data/sample/register.csv
      alliance-graph report survey.csv --lang fr --title "Mission Lumière" -o rapport.html
    """
    survey = _read(inputs, register, scale, coach, waves, encoding)
    if not survey.ok:
        click.echo(_validation_text(survey, lang), err=True)
        sys.exit(1)
    target = output or Path("outputs") / f"{inputs[0].stem}-report.html"
    try:
        _write_report_file(survey, target, lang, title, seed)
    except OSError as exc:
        raise click.ClickException(f"cannot write {target}: {exc.strerror or exc}") from exc
    click.echo(f"Wrote {target}")


def _write_report_file(
    survey: Survey, target: Path, lang: str, title: str | None, seed: int
) -> None:
    from datetime import datetime

    from alliance_graph.report import write_report

    write_report(
        survey, target, lang=lang, title=title, seed=seed, generated=datetime.now().astimezone()
    )


@cli.command()
@survey_options
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
    "--resamples",
    type=click.IntRange(100),
    default=1000,
    show_default=True,
    help="Bootstrap resamples for the 95% intervals.",
)
@click.option(
    "--permutations",
    type=click.IntRange(0),
    default=1000,
    show_default=True,
    help="QAP permutations for the p-value.",
)
def compare(
    inputs: tuple[Path, ...],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: tuple[str, ...],
    encoding: str | None,
    lang: str,
    first: str | None,
    last: str | None,
    fmt: str,
    seed: int,
    resamples: int,
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
    from alliance_graph.metrics import compute_metrics
    from alliance_graph.metrics.compare import wave_pairs

    survey = _read(inputs, register, scale, coach, waves, encoding)
    if not survey.ok:
        click.echo(_validation_text(survey, lang), err=True)
        sys.exit(1)
    try:
        pairs = wave_pairs(list(survey.waves), first, last)
    except (WaveNotFoundError, ValueError) as exc:
        raise click.BadParameter(str(exc), param_hint="--from/--to") from exc
    result = compute_metrics(
        survey, seed=seed, pairs=pairs, resamples=resamples, permutations=permutations
    )
    if fmt == "json":
        data = {
            "scale": result.to_dict(lang)["scale"],
            "waves": list(result.waves),
            "changes": result.to_dict(lang)["changes"],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
        return
    from alliance_graph.report.text import changes_text

    click.echo(changes_text(result, lang))


@cli.command()
@survey_options
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
    inputs: tuple[Path, ...],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: tuple[str, ...],
    encoding: str | None,
    lang: str,
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
    from alliance_graph.export import export as write_export
    from alliance_graph.graph import build_graphs

    survey = _read(inputs, register, scale, coach, waves, encoding)
    if not survey.ok:
        click.echo(_validation_text(survey, lang), err=True)
        sys.exit(1)
    try:
        written = write_export(build_graphs(survey), output, fmt, excel_fr=excel_fr)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc
    for path in written:
        click.echo(f"Wrote {path}")


@cli.command()
@click.option(
    "--lang",
    type=click.Choice(["en", "fr"]),
    default="en",
    show_default=True,
    help="Language of the headers and questions.",
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
    """Write a blank survey kit: register, ratings sheet and questions to paste in a form.

    \b
    Example:
      alliance-graph template --lang fr -o ma-mission
    """
    from alliance_graph.template import write_kit

    try:
        written = write_kit(output_dir, lang)
    except OSError as exc:
        raise click.ClickException(f"cannot write {output_dir}: {exc.strerror or exc}") from exc
    for path in written:
        click.echo(f"Wrote {path}")


@cli.command()
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=_SAMPLE,
    show_default="the bundled data/sample",
    help="Folder holding survey.csv and register.csv.",
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
    survey = _read([survey_file], register_file, None, None, (), None)
    if not survey.ok:
        raise click.ClickException(_validation_text(survey, "en"))
    summary = overview(survey, build_graphs(survey))
    result = compute_metrics(survey)
    output_dir.mkdir(parents=True, exist_ok=True)
    overview_file = output_dir / "sample-overview.json"
    overview_file.write_text(
        json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    metrics_file = output_dir / "sample-metrics.json"
    metrics_file.write_text(result.to_json() + "\n", encoding="utf-8")
    report_file = write_report(
        survey,
        output_dir / "sample-report.html",
        metrics=result,
        generated=datetime.now().astimezone(),
    )
    click.echo(_overview_text(summary) + "\n")
    click.echo(metrics_text(result))
    click.echo("")
    for target in (overview_file, metrics_file):
        click.echo(f"Wrote {target}")
    click.echo(f"Open the report: {report_file.resolve()}")


@cli.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but this computer's own address needs care.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--workspace",
    type=click.Path(dir_okay=False, path_type=Path),
    help="SQLite workspace file [default: workspace.sqlite3 in your data folder].",
)
@click.option("--no-browser", is_flag=True, help="Do not open the app in a web browser.")
@click.option(
    "--max-upload-mb",
    type=click.FloatRange(0, min_open=True),
    default=10.0,
    show_default=True,
    help="Largest upload accepted, in megabytes.",
)
def serve(
    host: str, port: int, workspace: Path | None, no_browser: bool, max_upload_mb: float
) -> None:
    """Start the local web app: upload survey files, get reports, keep every engagement.

    Prints a link with a secret token: only that link opens the app. Stop with Ctrl+C.

    \b
    Example:
      alliance-graph serve
      alliance-graph serve --workspace coaching.sqlite3 --port 8800 --no-browser
    """
    import sqlite3
    import webbrowser

    from werkzeug import serving

    from alliance_graph.store import default_workspace
    from alliance_graph.web import create_app
    from alliance_graph.web.security import is_loopback, new_token, trusted_hosts

    target = workspace or default_workspace()
    token = new_token()
    config = {
        "WORKSPACE": target,
        "TOKEN": token,
        "MAX_UPLOAD_MB": max_upload_mb,
        "TRUSTED_HOSTS": trusted_hosts(host),
    }
    try:
        app = create_app(config)
        server = serving.make_server(host, port, app, threaded=True)
    except (OSError, sqlite3.Error) as exc:
        raise click.ClickException(f"cannot start on {host}:{port} with {target}: {exc}") from exc
    port = server.server_port  # the one chosen when --port 0
    app.config["SESSION_COOKIE_NAME"] = f"alliance_graph_session_{port}"
    app.config["TOKEN_COOKIE"] = f"alliance_graph_token_{port}"
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    url = f"http://{f'[{shown}]' if ':' in shown else shown}:{port}/?token={token}"
    if not is_loopback(host):
        click.echo(
            f"Warning: listening on {host}, so other computers can reach the app; only "
            "the token in the link keeps them out. Use --host 127.0.0.1 unless you need this.",
            err=True,
        )
    click.echo(f"Workspace: {target}")
    click.echo(f"Open the app: {url}")
    click.echo("Press Ctrl+C to stop.")
    if not no_browser:
        webbrowser.open(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _validation_text(survey: Survey, lang: str) -> str:
    from alliance_graph.i18n import translate

    def say(key: str, **params: Any) -> str:
        return translate(f"cli.{key}", lang, **params)

    lines = [say("files")]
    lines += [
        say(
            "file",
            path=f.path,
            shape=f.shape,
            encoding=f.encoding,
            delimiter=f.delimiter,
            rows=f.rows,
        )
        for f in survey.files
    ]
    inferred = say("inferred") if survey.scale.inferred else ""
    lines.append(
        say(
            "survey",
            ratings=len(survey.ratings),
            count=len(survey.waves),
            waves=", ".join(survey.waves),
            stakeholders=len(survey.stakeholders),
            scale=f"{survey.scale}{inferred}",
        )
    )
    lines.append(say("issues", errors=len(survey.errors), warnings=len(survey.warnings)))
    for issue in survey.issues:
        severity = translate(f"severity.{issue.severity.value}", lang)
        lines.append(f"  {severity:<13}  {issue.code.value:<21}  {issue.describe(lang)}")
    lines.append(say("valid") if survey.ok else say("invalid"))
    return "\n".join(lines)


def _overview_text(summary: dict[str, Any]) -> str:
    headers = ["wave", "stakeholders", "raters", "response", "ties", "negative", "mean t"]
    rows = [
        [
            wave,
            str(w["stakeholders"]),
            str(w["raters"]),
            "—" if w["response_rate"] is None else f"{w['response_rate']:.0%}",
            str(w["ties"]),
            str(w["negative_ties"]),
            "—" if w["mean_strength"] is None else f"{w['mean_strength']:.2f}",
        ]
        for wave, w in summary["waves"].items()
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    out = [
        f"{summary['stakeholders']} stakeholders, coach {summary['coach'] or '—'}, "
        f"scale {summary['scale']['min']}:{summary['scale']['max']}",
        "",
    ]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in [headers, *rows]]
    return "\n".join(out)


def main() -> None:
    """Console entry point."""
    cli(prog_name="alliance-graph")
