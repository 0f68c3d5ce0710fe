"""The engagement page's "What to do now": shown once the engagement has a valid survey,
the same words as the top of the coach's report, escaped, each link going to an element
of that report."""

from __future__ import annotations

import re
from pathlib import Path

from flask.testing import FlaskClient

from tests.test_now_report import swap_files
from tests.web_support import create, ratings_csv, register_csv, text, upload

HOSTILE = "<img src=x onerror=alert(1)>Bo"


def _swap(client: FlaskClient, tmp_path: Path) -> int:
    survey, register = swap_files(tmp_path)
    people = register.read_text(encoding="utf-8").replace(",B0,", f',"{HOSTILE}",')
    engagement = create(client)
    response = upload(
        client, engagement, survey.read_bytes(), "survey.csv", register=people.encode()
    )
    assert response.status_code == 303, text(response)
    return engagement


def _box(page: str) -> str:
    start = page.index('<section class="card now" id="now">')
    return page[start : page.index("</section>", start)]


def test_the_box_comes_first_with_links_into_the_report(
    client: FlaskClient, tmp_path: Path
) -> None:
    engagement = _swap(client, tmp_path)
    page = client.get(f"/engagements/{engagement}?lang=en").get_data(as_text=True)
    box = _box(page)
    assert page.index('id="now"') < page.index('id="waves"')  # before the files
    words = " ".join(text_of(box).split())
    assert "What to do now, after wave W2" in words
    assert "Weakest alliance: Team B, at 0.44: under the 0.50 floor" in words
    assert "The alliance with Team A rose from 0.44 to 0.69" in words
    assert "The alliance with Team B fell from 0.69 to 0.44" in words
    assert "Next conversations" in words and box.count('<li data-kind="') == 5
    report = client.get(f"/engagements/{engagement}/report?lang=en").get_data(as_text=True)
    links = re.findall(rf'href="/engagements/{engagement}/report\?lang=en#([^"]+)"', box)
    assert len(links) >= 8
    for target in links:
        assert report.count(f'id="{target}"') == 1, target
    # the same words as the report's own section
    assert text_of(box).split() == text_of(report_section(report)).split()


def test_in_french_and_escaped(client: FlaskClient, tmp_path: Path) -> None:
    engagement = _swap(client, tmp_path)
    box = _box(client.get(f"/engagements/{engagement}?lang=fr").get_data(as_text=True))
    assert "À faire maintenant, après la vague W2" in box
    assert "Prochaines conversations" in box and "un vrai changement" in box
    assert "<img" not in box and "&lt;img src=x onerror=alert(1)&gt;Bo" in box


def test_no_box_before_a_valid_survey(client: FlaskClient) -> None:
    engagement = create(client)
    assert 'id="now"' not in client.get(f"/engagements/{engagement}").get_data(as_text=True)
    upload(client, engagement, register=register_csv())
    assert 'id="now"' not in client.get(f"/engagements/{engagement}").get_data(as_text=True)
    upload(client, engagement, ratings_csv(), wave="T1")
    page = client.get(f"/engagements/{engagement}?lang=en").get_data(as_text=True)
    assert "This is the first wave: nothing to compare yet." in _box(page)


def text_of(fragment: str) -> str:
    return re.sub(r"<[^>]+>", " ", fragment)


def report_section(report: str) -> str:
    start = report.index('<section id="now"')
    return report[start : report.index("</section>", start)]


def test_a_large_engagement_points_to_the_report(
    client: FlaskClient, tmp_path: Path, monkeypatch
) -> None:
    from alliance_graph.web import now

    monkeypatch.setattr(now, "INLINE_LIMIT", 20)  # the swap engagement has 26 people
    engagement = _swap(client, tmp_path)
    box = _box(client.get(f"/engagements/{engagement}?lang=en").get_data(as_text=True))
    assert "With 26 stakeholders, the figures take a while" in box
    assert f'href="/engagements/{engagement}/report?lang=en#now"' in box
    assert "Next conversations" not in box
