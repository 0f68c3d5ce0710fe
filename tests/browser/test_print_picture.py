"""The printed picture of the network (issue 17, point 7): SVG written as text, it prints.

Needs Debian's Chromium (see ``conftest.py``).
"""

from __future__ import annotations

import base64
from typing import Any

import pytest

from tests.browser.conftest import HOSTILE, Reports

#: Painted pixels of the printed picture once drawn at its own size on a canvas.
PAINTED = """img => {
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d');
  context.drawImage(img, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) painted += 1;
  }
  return painted;
}"""


@pytest.mark.parametrize("name", ["en", "hostile"])
def test_the_printed_network_is_drawn_and_prints(page: Any, reports: Reports, name: str):
    page.goto(getattr(reports, name).as_uri())
    page.emulate_media(media="print")
    picture = page.locator("figure[data-picture-wave]:not([hidden]) img")
    assert picture.count() == 1 and picture.is_visible()
    source = picture.get_attribute("src")
    assert source.startswith("data:image/svg+xml;base64,")  # vector: sharp on paper
    svg = base64.b64decode(source.split(",", 1)[1]).decode("utf-8")
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=picture.element_handle()
    )
    assert picture.evaluate("img => img.naturalWidth") == 672  # 504 pt = 7 in
    assert picture.evaluate(PAINTED) > 20_000  # people, ties and names, not a blank page
    if name == "hostile":  # names from the data stay text inside the picture (16 characters)
        assert "&lt;img src=x" in svg and "&lt;/script&gt;&lt;b&gt;" in svg
        assert "<img" not in svg and "<b>" not in svg and ">Team $A$ and $B$<" in svg
        assert not any(h in svg for h in HOSTILE[:2])
    assert len(page.pdf(format="A4")) > 100_000
