"""``metrics`` on interaction logs alone: the local engine, or Dask for many files."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from alliance_graph.cli.output import echo, emit, progress
from alliance_graph.cli.source import SurveyInput
from alliance_graph.cli.summary import notes

__all__ = ["LOG_OPTIONS", "LogOptions", "log_metrics"]

LOG_OPTIONS: list[Callable[..., Any]] = [
    click.option(
        "--samples",
        type=click.IntRange(1),
        default=50,
        show_default=True,
        metavar="K",
        help="Interaction logs alone: sources sampled (seeded) for the betweenness estimate.",
    ),
    click.option(
        "--algorithms",
        type=click.Choice(["auto", "fast", "networkx"]),
        default="auto",
        show_default=True,
        help="Heavy algorithms: igraph and scipy (fast), networkx, or fast above 2,000 people.",
    ),
    click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Interaction logs alone: aggregate the ties here, or with Dask (many files).",
    ),
    click.option(
        "--scheduler",
        metavar="ADDRESS",
        help="With --engine dask: an existing Dask scheduler (else a local cluster).",
    ),
    click.option("--quiet", is_flag=True, help="No progress bar, no summary of the warnings."),
]


class LogOptions:
    """The options of :data:`LOG_OPTIONS`, as given."""

    def __init__(
        self, samples: int, algorithms: str, engine: str, scheduler: str | None, quiet: bool
    ) -> None:
        if scheduler and engine != "dask":
            raise click.UsageError("--scheduler goes with --engine dask")
        self.samples, self.algorithms, self.engine = samples, algorithms, engine
        self.scheduler, self.quiet = scheduler, quiet


def log_metrics(
    source: SurveyInput,
    options: LogOptions,
    *,
    seed: int,
    half_life: float | None,
    fmt: str,
    output: Path | None,
    survey: Any = None,
) -> None:
    """Write the interaction metrics of ``source`` (a survey already read, or logs to
    aggregate with Dask)."""
    from alliance_graph.analysis import Analysis
    from alliance_graph.i18n import translate

    if source.shared:
        raise click.UsageError("--audience shared needs survey answers, not only a log")
    ties = None
    if options.engine == "dask":
        if half_life:
            raise click.UsageError("--half-life is not available with --engine dask")
        survey, ties = _dask(source, options)
    analysis = Analysis(survey, lang=source.lang, seed=seed, half_life_days=half_life)
    steps = 1 + 5 * len(survey.waves)
    label = translate("cli.progress.interactions", source.lang)
    with progress(label, steps, quiet=options.quiet) as step:
        figures = analysis.log_figures(
            ties=ties,
            samples=options.samples,
            engine=options.algorithms,
            step=step,
            workers=os.cpu_count() or 1,  # the waves in parallel on large logs
        )
    said = notes(survey, source.lang, quiet=options.quiet or options.engine == "dask")
    emit(analysis.log_text(figures, fmt), output, fmt, lang=source.lang, notes=said)


def _dask(source: SurveyInput, options: LogOptions) -> tuple[Any, Any]:
    from alliance_graph.i18n import translate
    from alliance_graph.ingest.distributed import dask_ties, survey_of_ties
    from alliance_graph.model import Severity

    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise click.ClickException(
            "--engine dask needs Dask: pip install 'alliance-graph[dask]'"
        ) from exc

    window = source.window
    if window == "waves":
        raise click.UsageError("--engine dask places events by month, quarter or date ranges")
    from alliance_graph.errors import WindowError

    with progress(translate("cli.progress.dask", source.lang), 1, quiet=options.quiet) as step:
        try:
            ties, measure, issues = dask_ties(
                source.inputs, window=window, scheduler=options.scheduler
            )
        except WindowError as exc:
            raise click.UsageError(str(exc)) from exc
        step("ties")
    survey, ties = survey_of_ties(
        ties, measure, issues, register=source.register, coach=source.coach
    )
    for issue in survey.issues:  # the Dask run's issues, all printed
        severity = translate(f"severity.{issue.severity.value}", source.lang)
        echo(f"  {severity:<13}  {issue.code.value}  {issue.describe(source.lang)}", err=True)
    if any(i.severity is Severity.ERROR for i in survey.issues):
        raise SystemExit(1)
    unknown = [w for w in source.waves if w not in survey.waves]
    if unknown:
        raise click.BadParameter(
            f"no wave {', '.join(map(repr, unknown))}; waves are {', '.join(survey.waves)}",
            param_hint="--wave",
        )
    if source.waves:
        ties = ties[ties["wave"].isin(source.waves)].reset_index(drop=True)
        survey = replace(survey, waves=tuple(w for w in survey.waves if w in source.waves))
    return _private(source, survey, ties)


def _private(source: SurveyInput, survey: Any, ties: Any) -> tuple[Any, Any]:
    """Consent and pseudonyms, as for every other input: the survey's people relabelled
    and the ties' ends with them."""
    from alliance_graph.cli.source import apply_privacy
    from alliance_graph.privacy import conceal

    before = survey.stakeholders["id"].astype(str).tolist()
    hidden = apply_privacy(conceal(survey), source.pseudonymise, source.mapping, source.lang)
    labels = dict(zip(before, hidden.stakeholders["id"].astype(str)))
    ties = ties.assign(
        source=ties["source"].astype(str).map(labels).fillna(ties["source"]),
        target=ties["target"].astype(str).map(labels).fillna(ties["target"]),
    )
    return hidden, ties
