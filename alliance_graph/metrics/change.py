"""What changed between two waves: ties gained, lost, strengthened, weakened, flipped.

Only stakeholders present in both waves are compared; who joined or left is listed.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["tie_changes"]


def tie_changes(
    before: nx.DiGraph,
    after: nx.DiGraph,
    *,
    threshold: float = 0.1,
    weight: str = "strength",
    sign: str = "sign",
) -> dict[str, Any]:
    """Tie changes between two waves among the stakeholders of both.

    A tie is ``gained`` when rated only in ``after``, ``lost`` when rated only in
    ``before``; of the ties rated in both, ``strengthened`` when Δt ≥ ``threshold``,
    ``weakened`` when Δt ≤ −``threshold``, and a ``sign_flip`` when the sign value went
    from positive to negative or back. Each list holds ``{"source", "target",
    "before", "after", "delta"}`` (strengths; ``None`` where not rated), largest change
    first, then by names. ``joined`` and ``left`` list the stakeholders who rate or are
    rated in only one of the two waves.

    >>> a, b = nx.DiGraph(), nx.DiGraph()
    >>> a.add_edge("x", "y", strength=0.75, sign=0.5)
    >>> b.add_edge("x", "y", strength=0.25, sign=-0.5)
    >>> [c["delta"] for c in tie_changes(a, b)["sign_flips"]]
    [-0.5]
    """
    present_before, present_after = _rated(before), _rated(after)
    common = present_before & present_after
    old = {(u, v): d for u, v, d in before.edges(data=True) if u in common and v in common}
    new = {(u, v): d for u, v, d in after.edges(data=True) if u in common and v in common}

    def record(key: tuple[str, str]) -> dict[str, Any]:
        t0 = old[key][weight] if key in old else None
        t1 = new[key][weight] if key in new else None
        delta = t1 - t0 if t0 is not None and t1 is not None else None
        return {"source": key[0], "target": key[1], "before": t0, "after": t1, "delta": delta}

    kept = old.keys() & new.keys()
    both = [record(k) for k in kept]
    flips = [record(k) for k in kept if old[k][sign] * new[k][sign] < 0]
    return {
        "gained": _ordered([record(k) for k in new.keys() - old.keys()], "after"),
        "lost": _ordered([record(k) for k in old.keys() - new.keys()], "before"),
        "strengthened": _ordered([r for r in both if r["delta"] >= threshold], "delta"),
        "weakened": _ordered([r for r in both if r["delta"] <= -threshold], "delta"),
        "sign_flips": _ordered(flips, "delta"),
        "joined": sorted(present_after - present_before, key=str),
        "left": sorted(present_before - present_after, key=str),
        "threshold": threshold,
    }


def _rated(G: nx.DiGraph) -> set[str]:
    """Stakeholders who rate or are rated in this wave (register-only isolates are not)."""
    return {n for n in G.nodes if G.degree(n) > 0}


def _ordered(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (-abs(r[key] or 0), str(r["source"]), str(r["target"])))
