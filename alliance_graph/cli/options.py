"""The options every command that reads INPUT shares, bundled as one decorator."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from alliance_graph.audience import GROUP_SIZE_FLOOR, MIN_GROUP_SIZE
from alliance_graph.cli.output import InputFile, SurveyFile
from alliance_graph.cli.source import SurveyInput

if TYPE_CHECKING:
    from alliance_graph.model import Scale

__all__ = ["survey_options"]


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
                "--objectives",
                type=InputFile(),
                help="Objectives agreed at the kick-off (id, objective, observers, target): "
                "a CSV file, a workbook or one of its sheets (book.xlsx#Objectifs). Else an "
                "objectives sheet of an INPUT workbook is used. Progress answers on them "
                "come among INPUT.",
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
        "--share-viewpoints",
        is_flag=True,
        help="With --audience shared: also share the coachee's, the sponsor's and your own "
        "views of the objectives (one person each), e.g. for the three-way meeting.",
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
