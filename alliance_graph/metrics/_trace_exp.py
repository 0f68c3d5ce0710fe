"""log tr exp(A) of a large sparse symmetric matrix from its largest eigenvalues.

tr exp(A) = Σ e^λ over all n eigenvalues. When a few eigenvalues stand far above the
others (a coach whom everyone rates is a hub, whose eigenvalue is about the square root
of its degree), the k largest, found by Lanczos iteration, give the sum to 1e−12 and the
n − k left out are bounded without being computed: with μ their values, every μ ≤ c
(the smallest found), and

    e^μ = 1 + μ + μ² g(μ),   g(μ) = (e^μ − 1 − μ) / μ²  increasing in μ,

so 0 ≤ Σ e^μ − (n − k + Σ μ) ≤ g(c) Σ μ², where Σ μ = tr A − Σ λ and
Σ μ² = ‖A‖²_F − Σ λ² are exact. The middle of that interval is taken; half its width is
the error, kept under 1e−12 of the total, or more eigenvalues are computed (then the
dense eigenvalues, when they cannot be avoided).

Lanczos from one start vector finds one vector of each eigenspace: a second copy of an
eigenvalue (two identical groups, or two identical parts of the network) may be missed,
and the bound above would then be wrong. So the largest eigenvalue of A restricted to
the space orthogonal to the eigenvectors found is computed too, and c is raised to it.
The start vectors are seeded, so the result is the same on every run.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.special import logsumexp

__all__ = ["top_log_trace_exp"]

#: The largest relative error accepted on tr exp(A).
TOLERANCE = 1e-12
#: How many eigenvalues are computed first, and at most (doubling in between).
_FIRST_K, _LAST_K = 32, 128


def top_log_trace_exp(A: sp.csr_array) -> float | None:
    """log tr exp(A) from the largest eigenvalues of the symmetric ``A``, within
    :data:`TOLERANCE` (relative) of the exact value; ``None`` when more than
    :data:`_LAST_K` of them, or one in sixteen, would be needed (the dense eigenvalues
    are then about as cheap: 1,000 people, 0.1 s)."""
    from scipy.sparse.linalg import eigsh

    n, A = A.shape[0], sp.csr_array(A, dtype=float)
    frobenius, trace = float(np.square(A.data).sum()), float(A.diagonal().sum())
    start = np.random.default_rng(0).standard_normal(n)  # seeded: the same on every run
    k = _FIRST_K
    while k <= min(n // 16, _LAST_K):
        values, vectors = eigsh(A, k=k, which="LA", v0=start)
        ceiling = max(float(values.min()), _largest_left_out(A, vectors))
        low = max(n - k + trace - float(values.sum()), 0.0)  # Σ (1 + μ), at least 0
        spread = _g(ceiling) * (frobenius - float(np.square(values).sum()))
        total = np.logaddexp(logsumexp(values), np.log(low + spread / 2))
        if spread / 2 <= TOLERANCE * np.exp(total):
            return float(total)
        k *= 2
    return None


def _g(c: float) -> float:
    """(e^c − 1 − c) / c², increasing in c (1/2 at 0)."""
    if abs(c) < 1e-4:
        return 0.5 + c / 6
    return float((np.expm1(c) - c) / (c * c))


def _largest_left_out(A: sp.csr_array, V: np.ndarray) -> float:
    """An upper bound of the eigenvalues of A orthogonal to the columns of ``V``
    (orthonormal eigenvectors of A): the largest eigenvalue of P A P, P = I − V Vᵀ,
    with a margin for its residual."""
    from scipy.sparse.linalg import LinearOperator, eigsh

    def product(x: np.ndarray) -> np.ndarray:
        x = x - V @ (V.T @ x)
        y = A @ x
        return y - V @ (V.T @ y)

    n = A.shape[0]
    start = np.random.default_rng(1).standard_normal(n)
    start -= V @ (V.T @ start)
    operator = LinearOperator((n, n), matvec=product, dtype=float)
    top = float(eigsh(operator, k=1, which="LA", v0=start, tol=1e-4)[0][0])
    return top + 1e-3 * max(abs(top), 1.0)  # 10 times the residual ARPACK stops at
