"""Interaction ties: a log's events turned into one strength per pair and wave, in [0, 1]."""

from __future__ import annotations

import numpy as np
import pandas as pd

from alliance_graph.ingest._log_events import InteractionLog
from alliance_graph.ingest.text import fold

__all__ = ["UNDIRECTED_CHANNELS", "interaction_ties"]

#: Channels that are shared moments, counted in both directions (folded names).
UNDIRECTED_CHANNELS = frozenset(
    {"meeting", "reunion", "call", "appel", "visio", "video", "rendez vous", "rdv",
     "entretien", "one to one", "1 1", "workshop", "atelier", "lunch", "dejeuner"}
)  # fmt: skip


def _codes(a: pd.Series, b: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both name columns as codes into one sorted array of names (categoricals of one
    set of categories are recoded without looking at a single string)."""
    if isinstance(a.dtype, pd.CategoricalDtype) and a.dtype == b.dtype:
        categories = np.asarray(a.cat.categories, dtype=object)
        order = np.argsort(categories.astype(str), kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank[a.cat.codes.to_numpy()], rank[b.cat.codes.to_numpy()], categories[order]
    codes, names = pd.factorize(pd.concat([a, b]), sort=True)
    return codes[: len(a)], codes[len(a) :], np.asarray(names, dtype=object)


def interaction_ties(
    log: InteractionLog,
    *,
    undirected: frozenset[str] = UNDIRECTED_CHANNELS,
    half_life_days: float | None = None,
) -> pd.DataFrame:
    """One row per wave, source and target: ``amount`` (events counted, or minutes or
    weights summed, each optionally decayed), ``events`` and ``strength`` in [0, 1];
    sorted by wave, source and target, which are categoricals.

    Events on an ``undirected`` channel (a meeting, a call) count in both directions.
    With ``half_life_days``, an event counts 0.5^(age / half-life), its age taken from
    the last event of its wave. ``strength = log(1 + amount) / log(1 + max amount of the
    wave)``: the logarithm keeps one daily meeting from flattening every other tie
    (collaboration volumes are heavy-tailed), and dividing by the wave's largest tie makes
    waves of different lengths comparable.
    """
    events = log.events
    kinds, channels = pd.factorize(events["channel"])  # blank channels: code -1
    shared = [i for i, c in enumerate(channels) if fold(str(c)) in undirected]  # per name
    both = np.isin(kinds, shared)
    waves, wave_names = pd.factorize(events["wave"], sort=True)
    source, target, names = _codes(events["source"], events["target"])
    n = max(len(names), 1)
    amount = events["amount"].to_numpy(dtype=float)
    if half_life_days:
        dates = events["date"]
        last = dates.groupby(waves).transform("max")
        age = (last - dates).dt.total_seconds().to_numpy() / 86_400
        amount = amount * np.power(0.5, np.nan_to_num(age) / half_life_days)
    key = np.concatenate(
        [
            (waves.astype(np.int64) * n + source) * n + target,
            (waves[both].astype(np.int64) * n + target[both]) * n + source[both],
        ]
    )
    codes, found = pd.factorize(key)  # a hash table, then the few distinct keys sorted
    order = np.argsort(found, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))  # the inverse permutation, without a second sort
    unique, inverse = found[order], rank[codes]
    amounts = np.bincount(inverse, weights=np.concatenate([amount, amount[both]]))
    wave = unique // (n * n)  # sorted, so each wave's ties are one run
    starts = np.searchsorted(wave, np.arange(len(wave_names)))
    top = np.maximum.reduceat(amounts, starts)[wave] if len(wave) else amounts
    names_index = pd.Index(names)
    return pd.DataFrame(
        {
            "wave": pd.Categorical.from_codes(wave, pd.Index(wave_names)),
            "source": pd.Categorical.from_codes(unique // n % n, names_index),
            "target": pd.Categorical.from_codes(unique % n, names_index),
            "amount": amounts,
            "events": np.bincount(inverse),
            "strength": np.where(top > 0, np.log1p(amounts) / np.log1p(top), 0.0),
        }
    )
