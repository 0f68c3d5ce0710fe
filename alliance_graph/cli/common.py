"""Options and output shared by the commands: reading INPUT, printing results."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from alliance_graph.audience import GROUP_SIZE_FLOOR, MIN_GROUP_SIZE, Audience
from alliance_graph.cli.output import InputFile, SurveyFile, cannot_write, echo, wrote

if TYPE_CHECKING:
    from alliance_graph.model import FileInfo, Scale, Survey


#: The bundled sample engagement, shipped inside the package (``data/sample`` in a checkout
#: points to it).
SAMPLE = Path(__file__).resolve().parents[1] / "sample"


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


def _check_window(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None or value in ("waves", "month", "quarter"):
        return value
    from alliance_graph.errors import WindowError
    from alliance_graph.ingest.interactions import wave_labels

    try:
        import pandas as pd

        wave_labels(pd.Series(pd.to_datetime([])), value)
    except WindowError as exc:
        raise click.BadParameter(str(exc)) from exc
    return value


@dataclass(frozen=True)
class SurveyInput:
    """What every command that reads INPUT was given: files, options, language, privacy."""

    inputs: tuple[Path, ...]
    register: Path | None
    scale: Scale | None
    coach: str | None
    waves: tuple[str, ...]
    encoding: str | None
    lang: str
    kind: str = "auto"
    window: str | None = None
    pseudonymise: bool = False
    mapping: Path | None = None
    audience: str = "coach"
    min_group_size: int | None = None
    #: the wave chosen for each input (``FILE=LABEL``), ``None`` for "from its name"
    wave_labels: tuple[str | None, ...] = ()

    def __post_init__(self) -> None:
        if self.min_group_size is not None and not self.shared:
            raise click.UsageError("--min-group-size goes with --audience shared")

    @property
    def group_size(self) -> int:
        """The smallest group the shared audience shows (K, its default unless given)."""
        return MIN_GROUP_SIZE if self.min_group_size is None else self.min_group_size

    @property
    def chosen_audience(self) -> Audience:
        """Who the output is for, as ``--audience`` and ``--min-group-size`` say."""
        return Audience(self.audience, self.group_size)

    @property
    def shared(self) -> bool:
        return self.audience == "shared"

    def load(self, *, require_ok: bool = True) -> Survey:
        """The survey (pseudonymised when asked); with ``require_ok``, invalid input
        prints its issues and exits 1."""
        if self.shared and self.pseudonymise:
            raise click.UsageError(
                "--pseudonymise is for the coach audience: the shared one holds no names"
            )
        survey = read_inputs(
            self.inputs,
            self.register,
            self.scale,
            self.coach,
            self.waves,
            self.encoding,
            kind=self.kind,
            window=self.window,
            wave_labels=self.wave_labels or None,
        )
        if require_ok and not survey.ok:
            echo(validation_text(survey, self.lang), err=True)
            sys.exit(1)
        from alliance_graph.privacy import conceal

        survey = conceal(survey)  # people without consent are never named
        return apply_privacy(survey, self.pseudonymise, self.mapping, self.lang)


_INPUT_FIELDS = tuple(f.name for f in fields(SurveyInput))


def survey_options(command: Callable[..., Any] | None = None, *, privacy: bool = False) -> Any:
    """The options every command that reads INPUT shares, handed to the command as one
    :class:`SurveyInput` named ``source``; ``privacy`` adds ``--pseudonymise`` and
    ``--mapping``."""

    def decorate(function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def wrapper(**kwargs: Any) -> Any:
            given = {k: kwargs.pop(k) for k in _INPUT_FIELDS if k in kwargs}
            if "inputs" in given:  # (path, label) pairs from FILE=LABEL arguments
                pairs = given["inputs"]
                given["inputs"] = tuple(path for path, _ in pairs)
                given["wave_labels"] = tuple(label for _, label in pairs)
            return function(source=SurveyInput(**given), **kwargs)

        decorators = [
            click.argument(
                "inputs",
                metavar="INPUT...",
                nargs=-1,
                required=True,
                type=SurveyFile(),
            ),
            click.option(
                "--register",
                type=InputFile(),
                help="Stakeholder register (id, name, group, role): a CSV file, a workbook, "
                "or one sheet of a workbook (book.xlsx#Registre). Else a register sheet of an "
                "INPUT workbook is used.",
            ),
            click.option(
                "--scale",
                callback=_parse_scale,
                metavar="MIN:MAX",
                help="Rating scale, e.g. 1:5 or -3:3 (inferred and reported if absent).",
            ),
            click.option(
                "--coach", metavar="ID", help="The coach's id or name (else role 'coach')."
            ),
            click.option(
                "--wave",
                "waves",
                multiple=True,
                metavar="W",
                help="Keep only this wave (repeatable). To name the wave of a file without "
                "a wave column, give the file as FILE=LABEL.",
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
            click.option(
                "--kind",
                type=click.Choice(["auto", "survey", "interactions"]),
                default="auto",
                show_default=True,
                help="What INPUT files are: auto tells interaction logs (source, target, "
                "timestamp; .parquet) from surveys by their columns.",
            ),
            click.option(
                "--window",
                callback=_check_window,
                metavar="W",
                help="Waves of interaction logs without a wave column: waves (the survey "
                "wave each event falls in, the default beside a dated survey), month, "
                "quarter, or ranges YYYY-MM-DD..YYYY-MM-DD,...",
            ),
        ]
        if privacy:
            decorators += _PRIVACY
        return functools.reduce(lambda f, d: d(f), reversed(decorators), wrapper)

    return decorate(command) if command is not None else decorate


_PRIVACY = [
    click.option(
        "--audience",
        type=click.Choice(["coach", "shared"]),
        default="coach",
        show_default=True,
        help="coach: everything; shared: group figures only, safe to give the client.",
    ),
    click.option(
        "--min-group-size",
        type=click.IntRange(GROUP_SIZE_FLOOR),
        metavar="K",
        help="With --audience shared: show a group's figures only from K people or more "
        f"[default: {MIN_GROUP_SIZE}].",
    ),
    click.option(
        "--pseudonymise",
        is_flag=True,
        help="Replace every name by a stable label (Managers 1, Sponsor …) in the output.",
    ),
    click.option(
        "--mapping",
        type=click.Path(dir_okay=False, path_type=Path),
        help="With --pseudonymise: also write the id → label key to this CSV (keep it apart).",
    ),
]


def apply_privacy(survey: Survey, pseudonymise: bool, mapping: Path | None, lang: str) -> Survey:
    """The survey with pseudonyms when asked; the key written to ``mapping`` if given."""
    if mapping is not None and not pseudonymise:
        raise click.UsageError("--mapping goes with --pseudonymise")
    if not pseudonymise or not survey.ok:
        return survey
    from alliance_graph.privacy import pseudonymise as hide
    from alliance_graph.report.tables import to_csv

    hidden, key = hide(survey, lang)
    if mapping is not None:
        names = dict(zip(survey.stakeholders["id"].astype(str), survey.stakeholders["name"]))
        rows = ((person, names.get(person, person), label) for person, label in key.items())
        from alliance_graph.files import write_atomic

        try:
            mapping.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(mapping, to_csv(rows, header=("id", "name", "label")))
        except OSError as exc:
            raise cannot_write(mapping, exc) from exc
        wrote(mapping, lang, key="cli.wrote_mapping", err=True)
    return hidden


def read_inputs(
    inputs: Sequence[Path],
    register: Path | None,
    scale: Scale | None,
    coach: str | None,
    waves: Sequence[str],
    encoding: str | None,
    *,
    kind: str = "auto",
    window: str | None = None,
    wave_labels: Sequence[str | None] | None = None,
) -> Survey:
    from alliance_graph.errors import AllianceGraphError, WaveNotFoundError, WindowError
    from alliance_graph.ingest import read_survey

    try:
        return read_survey(
            list(inputs),
            register=register,
            scale=scale,
            coach=coach,
            waves=waves or None,
            encoding=encoding,
            kind=kind,
            window=window,
            wave_labels=wave_labels,
        )
    except WaveNotFoundError as exc:
        raise click.BadParameter(str(exc), param_hint="--wave") from exc
    except WindowError as exc:
        raise click.BadParameter(str(exc), param_hint="--window") from exc
    except AllianceGraphError as exc:
        raise click.ClickException(str(exc)) from exc


@contextmanager
def progress(label: str, steps: int, *, quiet: bool = False) -> Iterator[Callable[[str], None]]:
    """A progress bar on the terminal's standard error, advanced by calling the yielded
    function with the name of the step done; silent when ``quiet`` or when standard
    error is not a terminal (piped, redirected, in tests)."""
    stream = sys.stderr
    if quiet or not stream.isatty():
        yield lambda _name: None
        return
    bar: Any = click.progressbar(
        length=steps, label=label, file=stream, show_eta=False, item_show_func=lambda s: s
    )
    with bar:
        yield lambda name: bar.update(1, name)


def _sheet_line(info: FileInfo, lang: str) -> str:
    """How one sheet of a workbook was read, or why it was not."""
    from alliance_graph.i18n import label, translate

    if info.reason is not None:
        reason = translate(f"sheet.{info.reason}", lang)
        return translate("cli.sheet_ignored", lang, path=info.path, sheet=info.sheet, reason=reason)
    shape = label("shape", info.shape, lang)
    where = {"path": info.path, "sheet": info.sheet, "encoding": info.encoding}
    return translate("cli.sheet", lang, shape=shape, rows=info.rows, **where)


def validation_text(survey: Survey, lang: str) -> str:
    import pandas as pd

    from alliance_graph.i18n import label, translate

    def say(key: str, **params: Any) -> str:
        return translate(f"cli.{key}", lang, **params)

    lines = [say("files")]
    lines += [
        say(
            "file",
            path=f.path,
            shape=label("shape", f.shape, lang),
            encoding=f.encoding,
            delimiter=label("delimiter", f.delimiter, lang),
            rows=f.rows,
        )
        if f.sheet is None
        else _sheet_line(f, lang)
        for f in survey.files
    ]
    inferred = say("inferred") if survey.scale.inferred else ""
    scale = f"{survey.scale}{inferred}" if survey.scale_known else say("scale_unknown")
    lines.append(
        say(
            "survey",
            ratings=len(survey.ratings),
            count=len(survey.waves),
            waves=", ".join(survey.waves),
            stakeholders=len(survey.stakeholders),
            scale=scale,
        )
    )
    if survey.interactions is not None:
        events = survey.interactions
        lines.append(
            say(
                "interactions",
                events=len(events),
                measure=say(f"measure.{survey.interaction_measure or 'count'}"),
                waves=", ".join(map(str, pd.unique(events["wave"]))) or "—",
            )
        )
    lines.append(say("issues", errors=len(survey.errors), warnings=len(survey.warnings)))
    for issue in survey.issues:
        severity = translate(f"severity.{issue.severity.value}", lang)
        lines.append(f"  {severity:<13}  {issue.code.value:<21}  {issue.describe(lang)}")
    lines.append(say("valid") if survey.ok else say("invalid"))
    return "\n".join(lines)


def overview_text(summary: dict[str, Any]) -> str:
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
