"""Several outputs of one engagement, as the web app makes them: computed once or each alone.

Usage (from the repository root)::

    .venv/bin/python benchmarks/outputs.py [--repeat 5]

On the bundled sample with its meeting log, for the coach and for the shared version, the
outputs a coach asks for in one sitting: the report in English and in French, the metrics
JSON in both languages and the network as GEXF. ``once`` makes them from one
:class:`~alliance_graph.Analysis`; ``each`` makes each from the survey with the library's
functions (``compute_metrics``, ``build_report``, ``shared_metrics``, ``group_graphs``), the
way the commands and the web app assembled them before the analysis existed. Prints the
best and the median wall-clock seconds of each, in this process (imports excluded).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alliance_graph import Analysis, Audience, read_survey  # noqa: E402
from alliance_graph.export import export  # noqa: E402
from alliance_graph.graph import build_graphs  # noqa: E402
from alliance_graph.metrics import compute_metrics  # noqa: E402
from alliance_graph.metrics.shared import group_graphs, shared_metrics  # noqa: E402
from alliance_graph.privacy import conceal, withheld, without_answers  # noqa: E402
from alliance_graph.report import build_report  # noqa: E402

SAMPLE = ROOT / "data" / "sample"


def once(survey, audience: str, folder: Path) -> None:
    analysis = Analysis(survey, audience=Audience(audience))
    for lang in ("en", "fr"):
        analysis.report_html(lang=lang)
        analysis.text("json", lang)
    analysis.export(folder / "net.gexf", "gexf")


def each(survey, audience: str, folder: Path) -> None:
    survey = conceal(survey)
    shared = audience == "shared"
    for lang in ("en", "fr"):
        build_report(survey, lang=lang, audience=audience)
        if shared:
            shared_metrics(survey, lang=lang)
        else:
            compute_metrics(survey).to_json(lang)
    graphs = (
        group_graphs(survey) if shared else without_answers(build_graphs(survey), withheld(survey))
    )
    export(graphs, folder / "net.gexf", "gexf")


def timed(run: Callable[[], None], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    survey = read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
    )
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        once(survey, "coach", folder)  # warm the imports and caches of the libraries
        for audience in ("coach", "shared"):
            for label, run in (("once", once), ("each", each)):
                times = timed(lambda r=run, a=audience: r(survey, a, folder), args.repeat)
                print(
                    f"{audience:<6} {label:<4}  best {min(times):.2f} s, "
                    f"median {statistics.median(times):.2f} s"
                )


if __name__ == "__main__":
    main()
