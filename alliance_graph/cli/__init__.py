"""The ``alliance-graph`` command line: parse options, call the library, print.

Library imports happen inside the commands so ``alliance-graph --help`` stays fast.
"""

from __future__ import annotations

import os

# the command modules, imported for the commands they register
from alliance_graph.cli import analyse, changes, check, exports, pack, serve  # noqa: F401
from alliance_graph.cli.app import cli
from alliance_graph.cli.options import survey_options

__all__ = ["cli", "main", "survey_options"]


def main() -> None:
    """Console entry point.

    One BLAS thread unless the user chose otherwise (``OPENBLAS_NUM_THREADS``,
    ``MKL_NUM_THREADS``), set here, before any command loads numpy: the matrices are small
    or sparse, and OpenBLAS's threads waiting on each other cost more than they give, the
    more so on a busy machine (``benchmarks/README.md``: the sample's report 1.5 s → 1.1 s,
    2,000 people 8.7 s → 5.7 s, the same figures). Arrow's threads, which read large logs,
    are not concerned.
    """
    for variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")
    cli(prog_name="alliance-graph")
