"""Screenshots of a report in headless Chromium, for the README and for reviewing it.

Usage: ``.venv/bin/python tools/screenshot.py REPORT.html OUT.png [--width 1400]
[--height 900] [--full] [--section ID]``. Uses Debian's ``/usr/bin/chromium`` (or
``$CHROMIUM``); nothing is downloaded and the page makes no network request.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def screenshot(
    report: Path,
    out: Path,
    *,
    width: int = 1400,
    height: int = 900,
    full: bool = False,
    section: str | None = None,
    wave: str | None = None,
) -> Path:
    with tempfile.TemporaryDirectory() as home, sync_playwright() as p:
        os.environ.setdefault("XDG_CONFIG_HOME", home)
        os.environ.setdefault("XDG_CACHE_HOME", home)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(("file:", "data:", "blob:"))
                else route.abort()
            ),
        )
        page.goto(report.resolve().as_uri())
        page.wait_for_function("window.reportData && window.reportData.edges.length > 0")
        if wave:  # in the network and on the alliance map
            page.evaluate("w => window.reportData.show(w)", wave)
            page.evaluate("w => window.reportMap && window.reportMap.show(w)", wave)
            maps = page.locator(f'.power-picker button[data-power-wave="{wave}"]')
            if maps.count():  # the stakeholder map's own wave buttons
                maps.click()
        page.wait_for_timeout(300)
        if section:  # the sticky menu would be drawn over the section
            page.add_style_tag(content="nav.sections { position: static !important; }")
        target = page.locator(f"#{section}") if section else page
        target.screenshot(path=str(out), **({} if section else {"full_page": full}))
        browser.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full", action="store_true", help="the whole page, not the viewport")
    parser.add_argument("--section", help="only this section id (summary, network, trends …)")
    parser.add_argument("--wave", help="show this wave in the network and the map first")
    options = parser.parse_args()
    print(
        screenshot(
            options.report,
            options.out,
            width=options.width,
            height=options.height,
            full=options.full,
            section=options.section,
            wave=options.wave,
        )
    )


if __name__ == "__main__":
    main()
