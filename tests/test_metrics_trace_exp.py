"""Walk balance of large networks from their largest eigenvalues (issue 17, point 7): the
same K as from all the eigenvalues, on seeded random signed networks, connected or not."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from scipy.special import logsumexp

from alliance_graph.metrics import _trace_exp, structural
from alliance_graph.metrics._trace_exp import top_log_trace_exp
from alliance_graph.metrics.structural import walk_balance


def _survey_like(seed: int, n: int, degree: int = 10, hub_share: float = 0.85) -> sp.csr_array:
    """A signed network shaped like a large survey: each person tied to about ``degree``
    others (a quarter of ties negative), most of them to one hub (the coach)."""
    rng = np.random.default_rng(seed)
    rows, cols = np.repeat(np.arange(n), degree), rng.integers(0, n, n * degree)
    fans = np.flatnonzero(rng.random(n) < hub_share)
    rows, cols = np.append(rows, fans), np.append(cols, np.full(len(fans), n // 2))
    keep = rows != cols
    ties = sp.coo_array((np.ones(keep.sum()), (rows[keep], cols[keep])), shape=(n, n)).tocsr()
    upper = sp.triu(ties + ties.T, 1).tocoo()
    upper.data = rng.choice([-1.0, -0.5, 0.25, 1.0], upper.nnz, p=[0.15, 0.1, 0.25, 0.5])
    return sp.csr_array(upper + upper.T)


def _small_parts(seed: int, count: int) -> list[sp.csr_array]:
    """Small signed networks of 5 to 12 people, the first one twice (equal eigenvalues)."""
    rng = np.random.default_rng(seed)
    parts = []
    for size in rng.integers(5, 13, count):
        upper = np.triu(rng.random((size, size)) < 0.5, 1) * rng.choice([-1.0, 1.0], (size, size))
        parts.append(sp.csr_array(upper + upper.T))
    return [parts[0], *parts]


def _signed(S: sp.csr_array) -> sp.csr_array:
    """The ±1 adjacency of the people with a signed tie."""
    A = sp.csr_array(S.sign())
    A.eliminate_zeros()
    signed = np.flatnonzero(np.diff(A.indptr))
    return sp.csr_array(A[signed][:, signed])


def _dense_log_traces(A: sp.csr_array) -> tuple[float, float]:
    """log tr exp(A) and log tr exp(|A|) from every eigenvalue."""
    return tuple(logsumexp(np.linalg.eigvalsh(M.toarray())) for M in (A, abs(A)))  # type: ignore[return-value]


@pytest.mark.parametrize(("seed", "n", "parts"), [(0, 1800, 0), (2, 1900, 20)])
def test_walk_balance_from_the_largest_eigenvalues_equals_the_dense_one(
    seed: int, n: int, parts: int
) -> None:
    S = _survey_like(seed, n)
    if parts:  # disconnected: the large part and small ones, two of them identical
        S = sp.csr_array(sp.block_diag([S, *_small_parts(seed, parts)]))
    A = _signed(S)
    assert A.shape[0] > structural._DENSE_LIMIT
    exact = _dense_log_traces(A)
    for matrix, dense in zip((A, abs(A)), exact):  # the largest eigenvalues are enough
        top = top_log_trace_exp(matrix)
        assert top is not None
        assert top == pytest.approx(dense, rel=1e-12, abs=1e-11)
    balance = walk_balance(S)
    assert balance is not None and 0 < balance < 1
    expected = float(np.exp(exact[0] - exact[1]))
    assert balance == pytest.approx(expected, rel=1e-10)


def test_without_a_hub_the_dense_eigenvalues_are_used() -> None:
    # 600 people, nobody standing out: the largest eigenvalues cannot bound the others
    S = _survey_like(4, 600, degree=6, hub_share=0.0)
    A = _signed(S)
    assert A.shape[0] > structural._DENSE_LIMIT
    assert top_log_trace_exp(A) is None
    signed, absolute = _dense_log_traces(A)
    assert walk_balance(S) == np.exp(signed - absolute)


def test_an_eigenvalue_lanczos_missed_raises_the_bound_of_the_rest() -> None:
    # two identical parts: each eigenvalue twice; given only the symmetric eigenvector of
    # the largest, the rest still holds the antisymmetric one, with the same eigenvalue
    B = sp.csr_array(abs(_survey_like(5, 600, degree=4, hub_share=1.0).sign()))
    A = sp.csr_array(sp.block_diag([B, B]))
    values, vectors = np.linalg.eigh(B.toarray())
    top = np.concatenate([vectors[:, -1], vectors[:, -1]]) / np.sqrt(2)
    bound = _trace_exp._largest_left_out(A, top[:, None])
    assert bound >= values[-1] - 1e-9
    assert bound <= values[-1] * 1.002  # a margin of 1e-3 over what Lanczos found
