"""Figures of an organisation's interaction network, per wave, vectorised for millions of
ties: size, strength, reciprocity, triangles and clustering, PageRank, sampled
betweenness and the matrix between groups. Heavy steps run on the fast path
(:mod:`~alliance_graph.metrics.fast`) above a few thousand people.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np
import pandas as pd

from alliance_graph.metrics._ties import Ties
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.fast import (
    FAST_NODES,
    betweenness_values,
    pagerank_values,
    sample_sources,
    to_igraph,
    triangle_values,
)
from alliance_graph.metrics.groups import group_table, nested

__all__ = ["TOP", "interaction_metrics", "interaction_network", "wave_ties"]

#: How many people the figures name per ranking (PageRank, betweenness).
TOP = 10


def wave_ties(ties: pd.DataFrame) -> Ties:
    """One wave's interaction ties (``source, target, strength``) as arrays over the
    people who appear, sorted by id."""
    codes, nodes = pd.factorize(pd.concat([ties["source"], ties["target"]]), sort=True)
    m = len(ties)
    t = ties["strength"].to_numpy(dtype=float)
    return Ties(
        [str(n) for n in nodes], codes[:m].astype(np.int64), codes[m:].astype(np.int64), t, t
    )


def interaction_network(
    ties: pd.DataFrame,
    stakeholders: pd.DataFrame,
    *,
    samples: int = 50,
    seed: int = 0,
    engine: str = "auto",
    step: Callable[[str], None] | None = None,
    workers: int = 1,
) -> dict[str, dict[str, Any]]:
    """Per wave of ``ties`` (from :func:`~alliance_graph.ingest.interactions.interaction_ties`):
    ``people``, ``ties``, ``density``, ``mean_strength``, ``reciprocity`` (share of ties
    returned), ``weighted_reciprocity`` (Σ min(w_ij, w_ji) / Σ w_ij), ``transitivity``,
    ``mean_clustering``, the :data:`TOP` people by ``pagerank`` and by ``betweenness``
    (length 1/strength, ``samples`` seeded sources), and ``groups`` (mean strength and
    ties between register groups). ``step`` is called with the name of each step done
    (for a progress bar). With ``workers`` > 1 and at least :data:`PARALLEL_TIES` ties,
    the waves are computed in that many processes (started afresh: a script calling
    this must guard its main code with ``if __name__ == "__main__":``)."""
    names = dict(zip(stakeholders["id"].astype(str), stakeholders["name"].astype(str)))
    groups = dict(zip(stakeholders["id"].astype(str), stakeholders["group"]))
    parts = {str(w): wave_ties(part) for w, part in ties.groupby("wave", sort=False, observed=True)}
    options = (names, groups, samples, seed, engine)
    if workers > 1 and len(parts) > 1 and len(ties) >= PARALLEL_TIES:
        return _in_parallel(parts, options, step or _quiet, workers)
    return {w: _figures(arrays, *options, step or _quiet) for w, arrays in parts.items()}


#: From this many ties (all waves), the waves are computed in parallel processes.
PARALLEL_TIES = 1_000_000
_STEPS = ("reciprocity", "triangles", "pagerank", "betweenness", "groups")


def _in_parallel(
    parts: dict[str, Ties], options: tuple[Any, ...], step: Callable[[str], None], workers: int
) -> dict[str, dict[str, Any]]:
    """Each wave in its own process (as many as cores): igraph and scipy hold one core
    each, and the waves do not depend on each other. Same numbers as one by one."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    names, groups, samples, seed, engine = options
    context = multiprocessing.get_context("spawn")  # no fork of a process with threads
    workers = min(len(parts), workers)
    out: dict[str, dict[str, Any]] = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {
            pool.submit(partial(_figures, arrays, names, groups, samples, seed, engine, _quiet)): w
            for w, arrays in parts.items()
        }
        for future in as_completed(futures):
            out[futures[future]] = future.result()
            for name in _STEPS:
                step(name)
    return {w: out[w] for w in parts}


def _quiet(_: str) -> None:
    return None


def _figures(
    ties: Ties,
    names: dict[str, str],
    groups: dict[str, Any],
    samples: int,
    seed: int,
    engine: str,
    step: Callable[[str], None],
) -> dict[str, Any]:
    n, m = ties.n, ties.m
    found, reverse = ties.reverse()
    t = ties.t
    back = np.where(found, t[reverse], 0.0)
    figures: dict[str, Any] = {
        "people": n,
        "ties": m,
        "density": m / (n * (n - 1)) if n > 1 else None,
        "mean_strength": float(t.mean()) if m else None,
        "reciprocity": float(found.mean()) if m else None,
        "weighted_reciprocity": float(np.minimum(t, back).sum() / t.sum()) if t.sum() else None,
    }
    step("reciprocity")
    graph = to_igraph(ties) if engine == "fast" or (engine == "auto" and n > FAST_NODES) else None
    triangles = triangle_values(ties, engine, graph)
    figures["transitivity"] = triangles["transitivity"]
    figures["mean_clustering"] = triangles["mean_clustering"]
    step("triangles")
    figures["pagerank"] = _top(ties, pagerank_values(ties, t, engine), names)
    step("pagerank")
    sources = sample_sources(ties.nodes, min(samples, n), seed)
    with np.errstate(divide="ignore"):
        lengths = np.where(t > 0, 1 / t, np.inf)
    figures["betweenness_sources"] = None if sources is None else len(sources)
    values = betweenness_values(ties, lengths, sources, engine, graph)
    figures["betweenness"] = _top(ties, values, names)
    step("betweenness")
    figures["groups"] = _group_matrix(ties, groups)
    step("groups")
    return figures


def _top(ties: Ties, values: np.ndarray, names: dict[str, str]) -> list[dict[str, Any]]:
    order = np.lexsort((np.arange(ties.n), -np.nan_to_num(values, nan=-np.inf)))[:TOP]
    return [
        {
            "id": ties.nodes[i],
            "name": names.get(ties.nodes[i], ties.nodes[i]),
            "value": float(values[i]),
        }
        for i in order
    ]


def _group_matrix(ties: Ties, groups: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    known = pd.Series(ties.nodes).map(groups)
    labels = known.where(known.map(lambda g: isinstance(g, str) and g != ""), UNGROUPED)
    labels = labels.to_numpy(dtype=object)
    frame = pd.DataFrame({"source": labels[ties.rows], "target": labels[ties.cols], "t": ties.t})
    return nested(group_table(frame))


def interaction_metrics(
    survey: Any,
    *,
    ties: pd.DataFrame | None = None,
    samples: int = 50,
    seed: int = 0,
    engine: str = "auto",
    half_life_days: float | None = None,
    step: Callable[[str], None] | None = None,
    workers: int = 1,
) -> dict[str, Any]:
    """The metrics JSON of a survey made only of interaction logs: per wave the network
    figures of :func:`interaction_network` and, with a coach and the events,
    ``attention`` (:func:`~alliance_graph.metrics.attention.attention_balance`).
    ``ties`` already aggregated (by Dask) replace the survey's events."""
    from alliance_graph.ingest.interactions import InteractionLog, interaction_ties
    from alliance_graph.metrics.attention import attention_balance
    from alliance_graph.metrics.summary import plain

    events, measure = survey.interactions, survey.interaction_measure or "count"
    if ties is None:
        log = InteractionLog(events, measure, tuple(survey.waves))
        ties = interaction_ties(log, half_life_days=half_life_days)
    (step or _quiet)("ties")
    waves = interaction_network(
        ties,
        survey.stakeholders,
        samples=samples,
        seed=seed,
        engine=engine,
        step=step,
        workers=workers,
    )
    coach = survey.coach
    for wave, figures in waves.items():
        in_wave = None if events is None else events[events["wave"] == wave]
        figures["attention"] = (
            attention_balance(in_wave, survey.stakeholders, coach)
            if coach and in_wave is not None
            else None
        )
    ordered = {w: waves[w] for w in survey.waves if w in waves}
    return plain({"kind": "interactions", "measure": measure, "waves": ordered})
