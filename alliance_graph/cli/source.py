"""What a command that reads INPUT was given (:class:`SurveyInput`), the survey read
from it (library errors said as click errors, consent and pseudonyms applied), and the
analysis made of it."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from alliance_graph.audience import MIN_COMMENTERS, MIN_GROUP_SIZE, Audience
from alliance_graph.cli.output import Failure, cannot_write, echo, wrote
from alliance_graph.cli.text import validation_text

if TYPE_CHECKING:
    from alliance_graph.analysis import Analysis
    from alliance_graph.model import Scale, Survey

__all__ = ["SurveyInput", "analysis_for", "apply_privacy", "needs_answers", "read_inputs"]


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
    #: the register of the objectives agreed at the kick-off
    objectives: Path | None = None
    #: the coach's explicit choice to share the coachee's, sponsor's and coach's views
    share_viewpoints: bool = False
    #: the report's K_c: the commenters a group needs for its comments to be shared
    min_commenters: int | None = None

    def __post_init__(self) -> None:
        if self.min_group_size is not None and not self.shared:
            raise click.UsageError("--min-group-size goes with --audience shared")
        if self.share_viewpoints and not self.shared:
            raise click.UsageError("--share-viewpoints goes with --audience shared")
        if self.min_commenters is not None and not self.shared:
            raise click.UsageError("--min-commenters goes with --audience shared")

    @property
    def group_size(self) -> int:
        """The smallest group the shared audience shows (K, its default unless given)."""
        return MIN_GROUP_SIZE if self.min_group_size is None else self.min_group_size

    @property
    def chosen_audience(self) -> Audience:
        """Who the output is for, as ``--audience``, ``--min-group-size``,
        ``--share-viewpoints`` and (the report's) ``--min-commenters`` say."""
        k_c = MIN_COMMENTERS if self.min_commenters is None else self.min_commenters
        return Audience(self.audience, self.group_size, self.share_viewpoints, k_c)

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
            objectives=self.objectives,
        )
        if require_ok and not survey.ok:
            echo(validation_text(survey, self.lang), err=True)
            sys.exit(1)
        from alliance_graph.privacy import conceal

        survey = conceal(survey)  # people without consent are never named
        return apply_privacy(survey, self.pseudonymise, self.mapping, self.lang)


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
    objectives: Path | None = None,
) -> Survey:
    from alliance_graph.errors import WaveNotFoundError, WindowError
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
            objectives=objectives,
        )
    except WaveNotFoundError as exc:
        raise click.BadParameter(str(exc), param_hint="--wave") from exc
    except WindowError as exc:
        raise click.BadParameter(str(exc), param_hint="--window") from exc


def analysis_for(source: SurveyInput, survey: Survey, **options: Any) -> Analysis:
    """The library's analysis of ``survey`` for the audience and language ``source`` chose."""
    from alliance_graph.analysis import Analysis

    return Analysis(survey, audience=source.chosen_audience, lang=source.lang, **options)


def needs_answers(survey: Survey, command: str, lang: str) -> None:
    """Stop ``command`` with a message in ``lang`` when ``survey`` has no answers."""
    if survey.ratings.empty:
        from alliance_graph.i18n import translate

        raise Failure(translate("cli.needs_answers", lang, command=command), lang)
