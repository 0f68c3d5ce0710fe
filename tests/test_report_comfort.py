"""Consistency and comfort of the reports: a group has one colour in the coach's and the
shared report; alerts come under their priority, those about several people of one kind
on one line that keeps each person's anchor; the stakeholders table opens on the weakest
alliance and marks those under the floor; a chart's legend stays inside the picture.

The hand-made engagement (scale 1:5, trust only, so a rating x has strength (x − 1)/4),
wave W2, the coach's rating of each person and theirs of the coach:

=====  =======  ==========  =====  =====  ========  =====================
who    group    coach→them  them→  alliance  gap    alert
=====  =======  ==========  =====  =====  ========  =====================
Sam    Board    5 (1.00)    5      1.000    0       (sponsor)
Ann    alpha    5 (1.00)    2      0.625    +0.75   COACH_OVERESTIMATES
Abe    alpha    4 (0.75)    1      0.375    +0.75   COACH_OVERESTIMATES
Amy    alpha    3 (0.50)    3      0.500    0
Ben    Beta     4 (0.75)    4      0.750    0
Bob    Beta     2 (0.25)    3      0.375    −0.25
Bea    Beta     5 (1.00)    5      1.000    0
Zed    Zeta     2 (0.25)    4      0.500    −0.50   COACH_UNDERESTIMATES
Uma    (none)   2 (0.25)    2      0.250    0
=====  =======  ==========  =====  =====  ========  =====================

Group alliances: alpha 0.5, Beta 0.708, Zeta 0.5, no group 0.25 (under the 0.50 floor:
GROUP_BELOW_FLOOR), sponsor 1.0: 1.0 − mean(0.5, 0.708, 0.5, 0.25) = 0.51 > 0.20
(SPONSOR_DOMINANCE).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from alliance_graph import Analysis, Audience, load_survey
from alliance_graph.metrics.alerts import PRIORITIES, AlertCode, priority
from alliance_graph.report.colours import NO_GROUP, PALETTE, group_colours
from alliance_graph.report.now_view import anchor
from tests.conftest import SAMPLE

REGISTER = """id,name,group,role
cleo,Cleo,Coach,coach
sam,Sam,Board,sponsor
ann,Ann,alpha,stakeholder
abe,Abe,alpha,stakeholder
amy,Amy,alpha,stakeholder
ben,Ben,Beta,stakeholder
bob,Bob,Beta,stakeholder
bea,Bea,Beta,stakeholder
zed,Zed,Zeta,stakeholder
uma,Uma,,stakeholder
"""
#: person: (coach → them, them → coach) in W2; W1 is the same, every rating one higher
#: where it can be (so W1 has no alert about Ann and Abe's trust).
W2 = {
    "sam": (5, 5),
    "ann": (5, 2),
    "abe": (4, 1),
    "amy": (3, 3),
    "ben": (4, 4),
    "bob": (2, 3),
    "bea": (5, 5),
    "zed": (2, 4),
    "uma": (2, 2),
}
BETWEEN = [("ann", "abe", 4), ("ben", "bob", 4), ("abe", "ben", 2), ("bea", "amy", 5)]


def engagement(folder: Path) -> Analysis:
    lines = ["wave,rater,ratee,trust"]
    for wave in ("W1", "W2"):
        for person, (mine, theirs) in W2.items():
            up = wave == "W1" and person in ("ann", "abe")
            lines += [f"{wave},cleo,{person},{mine}", f"{wave},{person},cleo,{theirs + 2 * up}"]
        lines += [f"{wave},{a},{b},{x}" for a, b, x in BETWEEN]
    (folder / "survey.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "register.csv").write_text(REGISTER, encoding="utf-8")
    survey = load_survey(folder / "survey.csv", register=folder / "register.csv", scale="1:5")
    return Analysis(survey)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    return engagement(tmp_path_factory.mktemp("comfort"))


def _data(html: str) -> dict:
    found = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html)
    assert found is not None
    return json.loads(found.group(1))


def _node_colours(html: str) -> dict[str, str]:
    """Group → colour of the network's nodes (a person's group, or a group's node)."""
    out: dict[str, str] = {}
    for node in _data(html)["nodes"]:
        if node.get("team"):
            assert out.setdefault(node["team"], node["color"]) == node["color"], node
    return out


def _legend(html: str) -> dict[str, str]:
    pattern = (
        r'<span class="item"><span class="dot" style="background: ([^"]+)"></span>'
        r"<bdi>([^<]+)</bdi>"
    )
    return {label: colour for colour, label in re.findall(pattern, html)}


# -- one colour per group ---------------------------------------------------------------


def test_group_colours_follow_the_register_sorted_whatever_an_output_shows() -> None:
    every = group_colours(["Zeta", "Beta", "alpha", "Board", "Coach", "(no group)"])
    assert every == {
        "alpha": PALETTE[0],
        "Beta": PALETTE[1],
        "Board": PALETTE[2],
        "Coach": PALETTE[3],
        "Zeta": PALETTE[4],
        "(no group)": NO_GROUP,
    }
    assert NO_GROUP not in PALETTE
    nine = group_colours([f"g{i}" for i in range(9)])
    assert nine["g8"] == nine["g0"] == PALETTE[0]  # the palette cycles beyond eight


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_group_has_the_same_colour_in_the_coach_and_the_shared_report(
    made: Analysis, lang: str
) -> None:
    coach = made.report_html(lang=lang)
    shared = Analysis(made.survey, audience=Audience("shared", 3)).report_html(lang=lang)
    expected = {"alpha": "#0072B2", "Beta": "#E69F00", "Board": "#009E73", "Zeta": "#56B4E9"}
    # the coach's network: people coloured by group, the coach's own group included
    assert _node_colours(coach) == {**expected, "Coach": "#CC79A7"}
    assert _legend(coach) == {**expected, "Coach": "#CC79A7"}
    # the shared network: one node per group, the small ones (Board, Zeta) among them
    shared_nodes = _node_colours(shared)
    assert {g: shared_nodes[g] for g in expected} == expected
    assert shared_nodes["(no group)"] == NO_GROUP
    assert {g: c for g, c in _legend(shared).items() if g in expected} == expected


def test_the_sample_keeps_its_colours_in_the_shared_report() -> None:
    """The sample's coach has a group of their own, absent from the shared version: it
    used to shift every other group's colour there."""
    analysis = Analysis(load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv"))
    coach = _node_colours(analysis.report_html())
    shared = _node_colours(Analysis(analysis.survey, audience=Audience("shared")).report_html())
    common = set(coach) & set(shared)
    assert common == {"Collaborateurs", "Direction", "Managers", "Équipes"}
    assert {g: coach[g] for g in common} == {g: shared[g] for g in common}


# -- alerts by priority, folded ---------------------------------------------------------


def test_every_alert_code_has_a_priority() -> None:
    assert set(PRIORITIES) == set(AlertCode)
    assert set(PRIORITIES.values()) == {"action", "watch", "info"}
    assert priority("GROUP_BELOW_FLOOR") == "action" and priority("UNKNOWN") == "watch"


def _alerts(html: str) -> str:
    start = html.index('<section id="alerts">')
    return html[start : html.index("</section>", start)]


def _latest(section: str) -> str:
    return section.split("<details>")[0]


def test_alerts_come_under_their_priority_and_people_of_one_kind_share_a_line(
    made: Analysis,
) -> None:
    html = made.report_html()
    latest = _latest(_alerts(html))
    headings = re.findall(r'<h4 class="alert-level level-(\w+)">([^<]+) <span', latest)
    assert headings == [("action", "Needs action"), ("watch", "To watch")]
    codes = re.findall(r'data-code="(\w+)"', latest)
    assert codes == [
        "SPONSOR_DOMINANCE",
        "GROUP_BELOW_FLOOR",
        "COACH_OVERESTIMATES",
        "COACH_UNDERESTIMATES",
    ]
    folded = latest[latest.index('data-code="COACH_OVERESTIMATES"') :].split("</li>")[0]
    assert "You rate the relationship clearly higher than they do (2 people):" in folded
    assert "Abe</bdi> (you 0.75, them 0.00)" in folded
    assert "Ann</bdi> (you 1.00, them 0.25)" in folded
    assert folded.index("Abe") < folded.index("Ann")
    assert "check it openly with each of them." in folded
    # Zed alone: his own alert, in full
    assert "Zed rates the relationship 0.50 higher than you do (0.75 against 0.25)" in latest
    # W1 (earlier waves): Ann and Abe returned the trust then; the rest is the same
    earlier = _alerts(html).split("<details>")[1]
    assert re.findall(r'data-code="(\w+)"', earlier) == [
        "SPONSOR_DOMINANCE",
        "GROUP_BELOW_FLOOR",
        "COACH_UNDERESTIMATES",
    ]


def test_a_folded_line_keeps_each_persons_anchor(made: Analysis) -> None:
    html = made.report_html()
    latest = _latest(_alerts(html))
    for person in ("ann", "abe"):
        name = anchor("alert", f"COACH_OVERESTIMATES:{person}")
        assert f'<span class="who" id="{name}">' in latest
        assert html.count(f'id="{name}"') == 1
    now = html[html.index('<section id="now"') :]
    now = now[: now.index("</section>")]
    targets = re.findall(r'href="#([^"]+)"', now)
    assert anchor("alert", "COACH_OVERESTIMATES:abe") in targets
    for target in targets:
        assert html.count(f'id="{target}"') == 1, target


def test_french_alerts_and_the_shared_version(made: Analysis) -> None:
    latest = _latest(_alerts(made.report_html(lang="fr")))
    assert "À traiter" in latest and "À surveiller" in latest
    assert "Vous évaluez la relation nettement plus haut qu’eux (2 personnes)\u00a0:" in latest
    assert "Abe</bdi> (vous 0,75, eux 0,00)" in latest
    shared = Analysis(made.survey, audience=Audience("shared", 3)).report_html()
    latest = _latest(_alerts(shared))
    assert re.findall(r'<h4 class="alert-level level-(\w+)">', latest) == ["info"]
    assert re.findall(r'data-code="(\w+)"', latest) == ["NOT_ENOUGH_ANSWERS"] * 3


# -- the stakeholders table ---------------------------------------------------------------


def _people(html: str) -> list[list[str]]:
    start = html.index('<section id="people">')
    body = html[start : html.index("</section>", start)]
    rows = re.findall(r"<tr id=[^>]*>(.*?)</tr>", body, flags=re.S)
    return [re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S) for row in rows]


def test_the_stakeholders_table_opens_on_the_weakest_alliance(made: Analysis) -> None:
    html = made.report_html()
    rows = _people(html)
    names = [cells[0] for cells in rows]
    assert names == ["Uma", "Abe", "Bob", "Amy", "Zed", "Ann", "Ben", "Bea", "Sam", "Cleo"]
    # the alliance cell: its value to sort by, and under 0.50 a mark that is not a colour
    section = html[html.index('<section id="people">') :]
    assert '<th class="num" data-sort="number" aria-sort="ascending">Alliance</th>' in section
    weak = re.findall(
        r'<td class="num weak" data-label="Alliance" data-value="([^"]*)">(.*?)</td>', section
    )
    assert [value for value, _ in weak] == ["0.25", "0.375", "0.375"]
    assert all(
        cell.startswith('<span aria-hidden="true">▼ </span>')
        and '<span class="sr-only"> (under the floor of 0.50)</span>' in cell
        for _, cell in weak
    )
    assert "0.50</td>" in rows[3][3] + "</td>" and "weak" not in rows[3][3]  # Amy: on it
    assert rows[-1][3] == "—"  # the coach: no alliance with themselves, last


def test_the_french_table_says_the_floor_in_french(made: Analysis) -> None:
    html = made.report_html(lang="fr")
    assert '<span class="sr-only"> (sous le plancher de 0,50)</span>' in html
    assert "▼ signale une alliance sous le plancher de 0,50" in html
