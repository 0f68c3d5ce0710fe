"""What one submission of a campaign costs as its wave grows.

Each answer sent rebuilds the wave's files from every answer sent so far and checks them
with the engagement's other files, as an upload is (alliance_graph/web/collect.py), in
one transaction; submissions arriving together wait for each other. This times
``send_answers`` for every respondent in turn, in one process, on a register of N people
(the coach, the sponsor, the coachee, groups of about 10) and two dimensions: each
respondent rates the coach, the sponsor, the coachee and their own group, as by default.

The end-to-end figures (50 respondents at once against a real server, twice) come from
the load test: ``pytest -s tests/test_campaign_load.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from alliance_graph.campaigns import Answers, Campaigns, campaign_questions
from alliance_graph.store import Workspace
from alliance_graph.web.collect import send_answers

DIMENSIONS = ("trust", "respect")


def register(people: int) -> bytes:
    rows = ["id,name,group,role", "coach,Claire Coach,Coach,coach"]
    rows += ["boss,Paul Boss,Direction,sponsor", "lead,Hélène Lead,Direction,coachee"]
    groups = max(1, (people - 3) // 10)
    rows += [f"p{n:04d},Person {n},Group {n % groups},stakeholder" for n in range(people - 3)]
    return ("\n".join(rows) + "\n").encode()


def run(people: int) -> list[float]:
    """Seconds taken by each submission, everyone but the coach answering in turn."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(Path(folder) / "ws.sqlite3")
        engagement = workspace.create_engagement("Bench").id
        workspace.add_file(engagement, kind="register", filename="r.csv", content=register(people))
        store = Campaigns(workspace)
        questions = campaign_questions(
            workspace.sources(engagement), None, dimensions=DIMENSIONS, scale="1:5"
        )
        campaign = store.create(engagement, "T2", questions)
        store.set_status(campaign, "open")
        taken = []
        for n, respondent in enumerate(store.respondents(campaign)[1:]):
            ratings = {
                (ratee, d): str(1 + (n + i + len(ratee)) % 5)
                for ratee in respondent.rates
                for i, d in enumerate(DIMENSIONS)
            }
            started = time.perf_counter()
            send_answers(workspace, campaign, respondent, Answers(ratings, agreed=True))
            taken.append(time.perf_counter() - started)
        return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("people", nargs="*", type=int, default=[52, 202])
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, dimensions: {', '.join(DIMENSIONS)}")
    print("| people | answers | first 10 | last 10 | all | median | longest |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for people in args.people:
        taken = run(people)
        print(
            f"| {people} | {len(taken)} | {sum(taken[:10]) / 10:.3f} s | "
            f"{sum(taken[-10:]) / 10:.3f} s | {sum(taken):.1f} s | "
            f"{statistics.median(taken):.3f} s | {max(taken):.3f} s |"
        )


if __name__ == "__main__":
    main()
