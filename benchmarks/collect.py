"""What one submission of a campaign costs as its wave grows, and a burst of them.

Each answer sent rebuilds the wave's files from every answer sent so far and checks them
with the engagement's other files, as an upload is (alliance_graph/web/collect.py), in
one transaction; submissions arriving together wait for each other. This times
``send_answers`` for every respondent in turn, in one process, on a register of N people
(the coach, the sponsor, the coachee, groups of about 10) and two dimensions: each
respondent rates the coach, the sponsor, the coachee and their own group, as by default.
Then, on a new campaign, ``--burst`` respondents send at once, each from a thread of its
own (as the server's threads do): the seconds until each one's answers are stored.

The end-to-end figures (50 respondents at once against a real server, twice) come from
the load test: ``pytest -s tests/test_campaign_load.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from alliance_graph.campaigns import Answers, Campaign, Campaigns, Respondent, campaign_questions
from alliance_graph.store import Workspace
from alliance_graph.web.collect import send_answers

DIMENSIONS = ("trust", "respect")


def register(people: int) -> bytes:
    rows = ["id,name,group,role", "coach,Claire Coach,Coach,coach"]
    rows += ["boss,Paul Boss,Direction,sponsor", "lead,Hélène Lead,Direction,coachee"]
    groups = max(1, (people - 3) // 10)
    rows += [f"p{n:04d},Person {n},Group {n % groups},stakeholder" for n in range(people - 3)]
    return ("\n".join(rows) + "\n").encode()


def opened(folder: str, people: int) -> tuple[Workspace, Campaign, list[Respondent]]:
    """A workspace with the register, its campaign open, and its respondents but the coach."""
    workspace = Workspace(Path(folder) / "ws.sqlite3")
    engagement = workspace.create_engagement("Bench").id
    workspace.add_file(engagement, kind="register", filename="r.csv", content=register(people))
    store = Campaigns(workspace)
    questions = campaign_questions(
        workspace.sources(engagement), None, dimensions=DIMENSIONS, scale="1:5"
    )
    campaign = store.create(engagement, "T2", questions)
    store.set_status(campaign, "open")
    return workspace, campaign, store.respondents(campaign)[1:]


def answers(n: int, respondent: Respondent) -> Answers:
    ratings = {
        (ratee, d): str(1 + (n + i + len(ratee)) % 5)
        for ratee in respondent.rates
        for i, d in enumerate(DIMENSIONS)
    }
    return Answers(ratings, agreed=True)


def run(people: int) -> list[float]:
    """Seconds taken by each submission, everyone but the coach answering in turn."""
    with tempfile.TemporaryDirectory() as folder:
        workspace, campaign, respondents = opened(folder, people)
        taken = []
        for n, respondent in enumerate(respondents):
            sent = answers(n, respondent)
            started = time.perf_counter()
            send_answers(workspace, campaign, respondent, sent)
            taken.append(time.perf_counter() - started)
        return taken


def burst(people: int, at_once: int) -> tuple[float, list[float]]:
    """Seconds until ``at_once`` respondents sending together are all stored, and until
    each one is."""
    with tempfile.TemporaryDirectory() as folder:
        workspace, campaign, respondents = opened(folder, people)
        start = threading.Barrier(at_once)

        def send(n: int) -> float:
            sent = answers(n, respondents[n])
            start.wait()
            started = time.perf_counter()
            send_answers(workspace, campaign, respondents[n], sent)
            return time.perf_counter() - started

        began = time.perf_counter()
        with ThreadPoolExecutor(at_once) as pool:
            taken = list(pool.map(send, range(at_once)))
        return time.perf_counter() - began, taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("people", nargs="*", type=int, default=[52, 202])
    parser.add_argument("--burst", type=int, default=50, help="respondents at once (0: none)")
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
    if args.burst:
        print("\n| people | at once | all stored | median | longest |")
        print("| ---: | ---: | ---: | ---: | ---: |")
    for people in args.people if args.burst else ():
        total, each = burst(people, min(args.burst, people - 1))
        print(
            f"| {people} | {len(each)} | {total:.2f} s | {statistics.median(each):.2f} s | "
            f"{max(each):.2f} s |"
        )


if __name__ == "__main__":
    main()
