"""The library's front door: one survey, one audience, every output.

>>> from alliance_graph import Analysis, load_survey
>>> survey = load_survey("data/sample/survey.csv", register="data/sample/register.csv")
>>> analysis = Analysis(survey)
>>> analysis.metrics().waves["2026-01"].alliance["balance_index"]  # doctest: +SKIP
0.84...
>>> html = analysis.report_html(lang="fr", title="Mission Lumière")  # doctest: +SKIP

People without consent are concealed once, when the analysis is made, under labels that
are the same in every language; every output (figures, comparisons, report, network
files) is computed from that one survey, for the coach or, with ``Audience("shared", k)``,
as group figures from at least k people (``share_viewpoints=True`` adds the coachee's, the
sponsor's and the coach's views of the objectives, when the coach chooses to share them).
The figures are computed once whatever the language: each output takes its language
(``lang``, by default the analysis's).
"""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alliance_graph._written import coach_text, json_text, said, shared_text
from alliance_graph.audience import Audience
from alliance_graph.privacy import conceal

if TYPE_CHECKING:
    import networkx as nx

    from alliance_graph.metrics import Metrics, Thresholds
    from alliance_graph.metrics.shared import SharedResult
    from alliance_graph.model import Survey

__all__ = ["Analysis"]


class Analysis:
    """Everything alliance-graph computes for ``survey``, for one ``audience``.

    Parameters
    ----------
    survey : Survey
        As read by :func:`~alliance_graph.load_survey` (concealed here: people without
        consent get anonymous labels, said in each output's language).
    audience : Audience, optional
        The coach (default) or the shared version with its smallest group K.
    lang : {"en", "fr"}
        The outputs' language when a method is not given one.
    thresholds, seed, alpha, half_life_days, pairs, patterns, permutations
        As in :func:`~alliance_graph.metrics.compute_metrics`; ``pairs`` are the waves
        compared (default: each consecutive pair, then first → last).
    """

    def __init__(
        self,
        survey: Survey,
        *,
        audience: Audience | None = None,
        lang: str = "en",
        thresholds: Thresholds | None = None,
        seed: int = 0,
        alpha: float | None = None,
        half_life_days: float | None = None,
        pairs: list[tuple[str, str]] | None = None,
        patterns: int | None = None,
        permutations: int = 1000,
    ) -> None:
        from alliance_graph.metrics.alerts import DEFAULT_THRESHOLDS
        from alliance_graph.metrics.permutation import PATTERNS

        self.survey = conceal(survey)
        self.audience = audience or Audience()
        self.lang, self.seed = lang, seed
        self.thresholds = thresholds or DEFAULT_THRESHOLDS
        self.alpha, self.half_life_days = alpha, half_life_days
        self.pairs, self.permutations = pairs, permutations
        self.patterns = PATTERNS if patterns is None else patterns
        #: What is computed, once, whatever the language (shared by :meth:`in_language`).
        self._cache: dict[Any, Any] = {}

    # -- figures ---------------------------------------------------------------------------

    def metrics(self) -> Metrics:
        """Every figure of every wave and the changes, for the coach."""
        if "metrics" not in self._cache:
            self._cache["metrics"] = self._computed()
        return self._cache["metrics"]

    def in_language(self, lang: str) -> Analysis:
        """The same analysis speaking ``lang`` by default: the figures already computed
        (and those computed later, by either) are shared, not redone."""
        other = copy.copy(self)
        other.lang = lang
        return other

    def _computed(self) -> Metrics:
        from alliance_graph.metrics import compute_metrics

        return compute_metrics(
            self.survey,
            graphs=self._waves(),
            thresholds=self.thresholds,
            seed=self.seed,
            alpha=self.alpha,
            half_life_days=self.half_life_days,
            pairs=self.pairs,
            patterns=self.patterns,
            permutations=self.permutations,
        )

    @property
    def shared(self) -> dict[str, Any]:
        """The shared version's figures in the analysis's language (see
        :meth:`shared_figures`)."""
        return self.shared_figures()

    def shared_figures(self, lang: str | None = None) -> dict[str, Any]:
        """The shared version's figures: groups of at least K people, no names."""
        return self._redacted().to_dict(lang or self.lang)

    def _waves(self) -> dict[str, nx.DiGraph]:
        """Every wave's network, built once from the (concealed) survey."""
        if "waves" not in self._cache:
            from alliance_graph.graph import build_graphs

            self._cache["waves"] = build_graphs(self.survey)
        return self._cache["waves"]

    def _redacted(self) -> SharedResult:
        """The shared version of the waves, computed once."""
        if "shared" not in self._cache:
            from alliance_graph.metrics.shared import redact

            self._cache["shared"] = redact(
                self.survey,
                graphs=self._waves(),
                min_group_size=self.audience.min_group_size,
                thresholds=self.thresholds,
                seed=self.seed,
                patterns=self.patterns,
                pairs=self.pairs,
                share_viewpoints=self.audience.share_viewpoints,
            )
        return self._cache["shared"]

    def text(self, fmt: str = "table", lang: str | None = None) -> str:
        """The figures of the audience as ``table`` (for people), ``json`` or ``csv``."""
        lang = lang or self.lang
        if self.audience.shared:
            return shared_text(self.shared_figures(lang), fmt, lang)
        return coach_text(self.metrics(), fmt, lang)

    def changes(self, fmt: str = "table", lang: str | None = None) -> str:
        """What changed between the waves compared, as sentences or ``json`` (one line
        break at the end)."""
        lang = lang or self.lang
        if self.audience.shared:
            figures = self.shared_figures(lang)
            if fmt == "json":
                keys = ("audience", "min_group_size", "share_viewpoints", "scale", "changes")
                data = {k: figures[k] for k in keys if k in figures}
                return json_text({**data, "waves": list(figures["waves"])})
            from alliance_graph.report.shared_text import shared_changes_text

            return shared_changes_text(figures, lang)
        result = self.metrics()
        if fmt == "json":
            everything = result.to_dict(lang)
            waves = list(result.waves)
            return json_text(
                {"scale": everything["scale"], "waves": waves, "changes": everything["changes"]}
            )
        from alliance_graph.report.text import changes_text

        return changes_text(result, lang) + "\n"

    def compared(self, lang: str | None = None) -> list[dict[str, Any]]:
        """Each pair of waves compared: ``key`` (``"A->B"``), ``from``, ``to``, the
        plain-language ``sentences`` and the ``change`` record of the audience."""
        lang = lang or self.lang
        if self.audience.shared:
            from alliance_graph.report.shared_text import shared_change_sentences as say

            changes = self.shared_figures(lang)["changes"]
        else:
            from alliance_graph.report.sentences import change_sentences as say

            changes = self.metrics().to_dict(lang)["changes"]
        out = []
        for key, change in changes.items():
            before, after = key.split("->", 1)
            sentences = say(change, lang)
            out.append(
                {"key": key, "from": before, "to": after, "sentences": sentences, "change": change}
            )
        return out

    # -- interaction logs alone -------------------------------------------------------------

    def log_figures(
        self,
        lang: str | None = None,
        *,
        ties: Any = None,
        samples: int = 50,
        engine: str = "auto",
        step: Any = None,
        workers: int = 1,
    ) -> dict[str, Any]:
        """The figures of a survey made only of interaction logs (see
        :func:`~alliance_graph.metrics.interaction_network.interaction_metrics`): people
        named in ``lang``, ``ties`` already aggregated (by Dask) instead of the events."""
        from alliance_graph.metrics.interaction_network import interaction_metrics
        from alliance_graph.privacy import localised

        if self.audience.shared:
            raise ValueError("the shared version needs survey answers, not only a log")
        return interaction_metrics(
            localised(self.survey, lang or self.lang),
            ties=ties,
            samples=samples,
            seed=self.seed,
            engine=engine,
            half_life_days=self.half_life_days,
            step=step,
            workers=workers,
        )

    def log_text(self, figures: dict[str, Any], fmt: str, lang: str | None = None) -> str:
        """:meth:`log_figures` as ``table`` (for people), ``json`` or ``csv``."""
        if fmt == "json":
            return json_text(figures)
        from alliance_graph.report.tables import to_csv
        from alliance_graph.report.text import interaction_rows, interaction_text

        if fmt == "csv":
            return to_csv(interaction_rows(figures))
        return interaction_text(figures, lang or self.lang)

    # -- report and network ----------------------------------------------------------------

    def report_html(
        self,
        *,
        lang: str | None = None,
        title: str | None = None,
        generated: datetime | None = None,
    ) -> str:
        """The self-contained HTML report for the audience (see
        :func:`~alliance_graph.report.build_report`)."""
        from alliance_graph.report import build_report

        lang = lang or self.lang
        shared = self.audience.shared
        return build_report(
            self.survey,
            metrics=None if shared else self.metrics(),
            lang=lang,
            title=title,
            generated=generated,
            seed=self.seed,
            audience=self.audience.name,
            min_group_size=self.audience.min_group_size,
            shared=self._redacted() if shared else None,
            graphs=None if shared else said(self.graphs, lang),
            positions=None if shared else self._layout(),
            thresholds=self.thresholds,
            min_commenters=self.audience.min_commenters,
        )

    def pack_html(
        self, stage: str, *, lang: str | None = None, title: str | None = None,
        generated: datetime | None = None,
    ) -> str:  # fmt: skip
        """The three-way meeting pack for ``stage`` (``kickoff``, ``mid`` or ``close``),
        groups of K people as in the shared version (see
        :func:`~alliance_graph.report.pack.build_pack`)."""
        from alliance_graph.report.pack import build_pack

        return build_pack(
            self.survey, self.metrics(), self._redacted(), stage=stage, lang=lang or self.lang,
            title=title, generated=generated, seed=self.seed, patterns=self.patterns,
            floor=self.thresholds.group_floor,
        )  # fmt: skip

    def _layout(self) -> dict[str, tuple[float, float]]:
        """The coach's networks laid out once (the same places in every wave and language)."""
        if "layout" not in self._cache:
            from alliance_graph.report.network_view import stable_layout

            self._cache["layout"] = stable_layout(self.graphs, seed=self.seed)
        return self._cache["layout"]

    @property
    def graphs(self) -> dict[str, nx.DiGraph]:
        """One network per wave: people (the answers of people who withheld them left
        out) for the coach, groups of at least K people for the shared version."""
        if "graphs" not in self._cache:
            self._cache["graphs"] = self._graphs()
        return self._cache["graphs"]

    def _graphs(self) -> dict[str, nx.DiGraph]:
        if self.audience.shared:
            return self._redacted().graphs
        from alliance_graph.privacy import withheld, without_answers

        return without_answers(self._waves(), withheld(self.survey))

    def export(
        self, path: Path, fmt: str, *, excel_fr: bool = False, lang: str | None = None
    ) -> list[Path]:
        """Write the network of every wave as ``fmt`` (see
        :func:`~alliance_graph.export.export`), people without consent labelled in
        ``lang``; returns the files written."""
        from alliance_graph.export import export

        return export(said(self.graphs, lang or self.lang), Path(path), fmt, excel_fr=excel_fr)
