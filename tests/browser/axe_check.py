"""axe-core in the test browser: the WCAG 2.1 A and AA rules on the page as it is.

axe-playwright-python carries axe-core's script and injects it into the page itself
(``page.evaluate``): nothing is fetched, so the tests' record of requests stays empty.
"""

from __future__ import annotations

from typing import Any

#: axe-core's tags of the WCAG 2.0 and 2.1 rules, levels A and AA.
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: The impacts that fail a test.
BLOCKING = ("serious", "critical")


def violations(page: Any) -> list[dict[str, Any]]:
    """Every WCAG 2.1 AA violation axe finds in ``page``, closed ``details`` opened first
    (axe skips what is hidden), each as ``{"id", "impact", "help", "targets"}``."""
    from axe_playwright_python.sync_playwright import Axe

    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    options = {"runOnly": {"type": "tag", "values": WCAG21_AA}, "resultTypes": ["violations"]}
    found = Axe().run(page, options=options).response["violations"]
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]][:10],
        }
        for v in found
    ]


def blocking(page: Any) -> list[dict[str, Any]]:
    """The serious and critical violations of :func:`violations`."""
    return [v for v in violations(page) if v["impact"] in BLOCKING]
