"""Canonical ratings → one weighted, signed ``networkx.DiGraph`` per wave; sparse matrices.

Every tie rater → ratee carries its strength ``t`` (mean of (x − min)/(max − min) over
its ratings, in [0, 1]), its sign value ``s`` (mean of (2x − min − max)/(max − min), in
[−1, 1]), the number of ratings ``n_ratings``, and per dimension ``strength_<dim>`` and
``n_<dim>``. Nodes carry the stakeholder's ``name``, ``group`` (when known) and ``role``.

``t`` and ``s`` are exact: summed in the scale's integer units, then divided once, so a
tie whose ratings average exactly the midpoint has ``s == 0.0`` on every scale (see
:func:`tie_table`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from alliance_graph.model import Survey

__all__ = ["build_graphs", "from_sparse", "tie_table", "to_sparse"]

_NODE_ATTRIBUTES = ("name", "group", "role", "power", "interest", "consent")


def tie_table(survey: Survey) -> pd.DataFrame:
    """One row per (wave, rater, ratee) with strength, sign, counts and per-dimension means.

    With the scores and bounds written in the scale's integer units (X = 10^d x, LO, HI,
    for the smallest d ≤ 6 that makes them all whole numbers), a tie's n ratings give

        t = Σ (X − LO) / (n (HI − LO)),    s = Σ (2X − LO − HI) / (n (HI − LO)),

    the sums taken exactly in 64-bit integers and divided once: each value is the
    correctly rounded rational, so ``s == 0.0`` exactly when the ratings average the
    midpoint, and the sign of ``s`` is always the exact one (on 1:7, ratings 1, 5 and 6
    give s = (−6 + 2 + 4)/18 = 0, not the −1.9e−17 of summing −1 + 1/3 + 2/3 in floating
    point). Scores that are not decimals with at most 6 places are averaged in floating
    point and rounded to 12 decimals, their resolution. Per-dimension strengths are
    exact the same way.

    >>> import pandas as pd
    >>> from alliance_graph.model import Scale, Survey
    >>> ratings = pd.DataFrame({"wave": ["w"] * 2, "rater": ["a", "a"], "ratee": ["b", "b"],
    ...                         "dimension": ["trust", "respect"], "score": [5.0, 2.0]})
    >>> tie_table(Survey(ratings, pd.DataFrame(), Scale(1, 5), ("w",)))[
    ...     ["strength", "sign", "n_ratings"]].to_dict("records")
    [{'strength': 0.625, 'sign': 0.25, 'n_ratings': 2}]
    """
    ratings = survey.ratings
    key = ["wave", "rater", "ratee"]
    scores = ratings["score"].to_numpy(dtype=float)
    units = _units(scores, survey.scale.min, survey.scale.max)
    if units is None:  # not decimal numbers: means in floating point, rounded below
        scale, total = survey.scale, "mean"
        up, centred, span = scale.strength(scores), scale.sign(scores), None
    else:  # whole units: exact sums, one division
        (whole, low, high), total = units, "sum"
        up, centred, span = whole - low, 2 * whole - (low + high), high - low
    frame = ratings[[*key, "dimension"]].assign(up=up, centred=centred)
    ties = frame.groupby(key, sort=False).agg(
        strength=("up", total), sign=("centred", total), n_ratings=("up", "size")
    )
    ties[["strength", "sign"]] = _finished(ties[["strength", "sign"]], ties["n_ratings"], span)
    by_dimension = frame.pivot_table(
        index=key, columns="dimension", values="up", aggfunc=[total, "size"], sort=True
    )
    if not by_dimension.empty:
        counts = by_dimension["size"].fillna(0).astype(int)
        means = _finished(by_dimension[total].where(counts > 0), counts, span)
        ties = ties.join(means.add_prefix("strength_")).join(counts.add_prefix("n_"))
    ties = ties.reset_index()
    ties["n_ratings"] = ties["n_ratings"].astype(int)
    return ties


def _finished(totals: Any, counts: Any, span: int | None) -> Any:
    """Exact sums divided once by n (HI − LO) (a correctly rounded rational), or, without
    integer units (``span`` None), floating-point means rounded to 12 decimals."""
    if span is None:
        return totals.round(12)
    return totals.div(counts * span, axis=0)


#: Scores and bounds are read in units of 10^-d for the smallest d up to this.
_MAX_DECIMALS = 6
#: Largest |unit| accepted: sums of a tie's ratings stay exact in int64 and in float64.
_MAX_UNITS = 2**31


def _units(scores: np.ndarray, low: float, high: float) -> tuple[np.ndarray, int, int] | None:
    """Scores and bounds as whole numbers of 10^-d, for the smallest d ≤ 6 that makes every
    one a whole number (up to floating-point noise); ``None`` when no d does.

    >>> _units(np.array([0.5, 2.25]), 0.0, 10.0)
    (array([ 50, 225]), 0, 1000)
    >>> _units(np.array([1 / 3]), 0.0, 1.0) is None
    True
    """
    if not np.isfinite(scores).all():
        return None
    distinct = np.concatenate([pd.unique(scores), [low, high]])  # few values: checked fast
    for d in range(_MAX_DECIMALS + 1):
        scaled = distinct * 10.0**d
        whole = np.rint(scaled)
        if np.abs(whole).max() > _MAX_UNITS:
            return None
        if (np.abs(scaled - whole) <= 1e-12 * np.maximum(1.0, np.abs(scaled))).all():
            factor = 10.0**d
            whole_scores = np.rint(scores * factor).astype(np.int64)
            return whole_scores, round(low * factor), round(high * factor)
    return None


def build_graphs(survey: Survey) -> dict[str, nx.DiGraph]:
    """One directed graph per wave, in wave order.

    Nodes are the register's stakeholders (when a register was given) plus everyone
    who rates or is rated in that wave; isolates are kept.
    """
    ties = tie_table(survey)
    people = _node_table(survey.stakeholders)
    registered = _registered(survey)
    graphs = {}
    for wave in survey.waves:
        wave_ties = ties[ties["wave"] == wave].drop(columns="wave")
        wave_ties = wave_ties.dropna(axis=1, how="all")
        G = nx.DiGraph(wave=wave, scale=(survey.scale.min, survey.scale.max))
        present = pd.unique(pd.concat([wave_ties["rater"], wave_ties["ratee"]]))
        for node in sorted(set(registered) | set(present)):
            G.add_node(node, **people.get(node, {"name": node, "role": "stakeholder"}))
        attributes = [c for c in wave_ties.columns if c not in ("rater", "ratee")]
        G.add_edges_from(_edges(wave_ties, attributes))
        graphs[wave] = G
    return graphs


def to_sparse(
    G: nx.DiGraph, weight: str = "strength", nodelist: Sequence[Any] | None = None
) -> tuple[sp.csr_array, list[Any]]:
    """The weighted adjacency matrix of ``G`` (rows raters, columns ratees) and its nodes.

    A tie of strength 0 (complete distrust) is a tie, not an absence: it is stored as
    an explicit zero, so ``matrix.nnz`` counts ties. Do not ``eliminate_zeros()``.
    """
    nodes = list(nodelist) if nodelist is not None else sorted(G.nodes)
    matrix = nx.to_scipy_sparse_array(G, nodelist=nodes, weight=weight, format="csr")
    return matrix, nodes


def from_sparse(
    matrix: sp.sparray | sp.spmatrix, nodes: Sequence[Any], weight: str = "strength"
) -> nx.DiGraph:
    """A directed graph with an edge per stored entry of ``matrix``, weighted by it."""
    coo = sp.coo_array(matrix)
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    G.add_edges_from(
        (nodes[i], nodes[j], {weight: float(v)}) for i, j, v in zip(coo.row, coo.col, coo.data)
    )
    return G


def _registered(survey: Survey) -> list[str]:
    frame = survey.stakeholders
    if "in_register" not in frame.columns:
        return []
    return [str(x) for x in frame.loc[frame["in_register"].astype(bool), "id"]]


def _node_table(stakeholders: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """Node attributes per stakeholder id, blanks left out, numbers as Python numbers."""
    if stakeholders.empty:
        return {}
    columns = [c for c in _NODE_ATTRIBUTES if c in stakeholders.columns]
    records = stakeholders.set_index("id")[columns].to_dict("index")
    return {
        str(node): {k: _plain(v) for k, v in data.items() if _filled(v)}
        for node, data in records.items()
    }


def _edges(ties: pd.DataFrame, attributes: list[str]):
    """``(rater, ratee, data)`` per tie; NaN (a dimension not rated) is left out."""
    columns = [ties[a].tolist() for a in attributes]  # plain Python numbers
    for rater, ratee, *values in zip(ties["rater"], ties["ratee"], *columns):
        yield rater, ratee, {a: v for a, v in zip(attributes, values) if v == v}


def _filled(value: Any) -> bool:
    return value is not None and value == value and value != ""


def _plain(value: Any) -> Any:
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value
