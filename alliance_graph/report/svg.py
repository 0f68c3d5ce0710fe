"""Pictures of the report written as SVG text, without a plotting library.

The report's pictures are lines, shapes and words placed at known coordinates: writing
them as SVG text takes a few milliseconds where matplotlib took a second, and its import
another quarter. Units are points (72 to the inch), the figure 7 in wide like the charts;
every word from the data is escaped and kept as searchable text; the same input gives the
same bytes.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Iterable
from typing import Any

__all__ = ["FONT", "TEXT", "TITLE_CHARACTERS", "WIDTH", "document", "empty", "escape", "rgb"]

#: The width of every picture: 7 in, in points.
WIDTH = 504.0
#: The longest title (characters) shown whole; a longer one ends with an ellipsis.
TITLE_CHARACTERS = 70
TEXT, MUTED = "#333333", "#aaaaaa"
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def escape(text: Any) -> str:
    """``text`` safe inside an SVG element or attribute: markup escaped, and characters
    XML cannot hold (controls, lone surrogates) left out.

    >>> escape('R&D <b> "x" \\x07')
    'R&amp;D &lt;b&gt; &quot;x&quot; '
    """
    text = _NOT_XML.sub("", str(text))
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def number(value: float) -> str:
    """A coordinate to 0.1 pt, without a trailing zero.

    >>> number(12.34), number(-0.04), number(3.0)
    ('12.3', '0', '3')
    """
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rgb(value: Any, default: str) -> tuple[float, float, float]:
    """A ``#rgb`` or ``#rrggbb`` colour as three shares in [0, 1]; ``default`` otherwise."""
    found = _HEX.fullmatch(str(value).strip()) if isinstance(value, str) else None
    digits = (found or _HEX.fullmatch(default)).group(1)  # type: ignore[union-attr]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    r, g, b = (int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def hex_colour(colour: Iterable[float]) -> str:
    """Three shares in [0, 1] as ``#rrggbb``."""
    return "#" + "".join(f"{round(255 * min(max(c, 0.0), 1.0)):02x}" for c in colour)


def tint(colour: tuple[float, float, float], share: float) -> str:
    """``colour`` mixed with white, ``share`` of it kept, as ``#rrggbb``."""
    return hex_colour(share * c + 1 - share for c in colour)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis at its end."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def title(text: str) -> str:
    """The picture's title at its top left, as the charts place theirs."""
    words = escape(shortened(text, TITLE_CHARACTERS))
    return f'<text x="5" y="17" font-size="13" fill="#222222">{words}</text>'


def document(height: float, body: Iterable[str]) -> str:
    """The SVG of ``body`` (elements as text) on a white page 7 in wide and ``height``
    points high, as a ``data:image/svg+xml;base64,…`` URI."""
    h = number(height)
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{number(WIDTH)}pt" height="{h}pt" '
        f'viewBox="0 0 {number(WIDTH)} {h}" font-family="{FONT}">'
        f'<rect width="100%" height="100%" fill="#ffffff"/>'
    )
    text = head + "".join(body) + "</svg>"
    return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def empty(text: str) -> str:
    """Nothing to draw: the title over a short empty panel holding a dash."""
    dash = f'<text x="252" y="90" font-size="28" fill="{MUTED}" text-anchor="middle">—</text>'
    return document(144.0, [title(text), dash])


def finite(value: Any, default: float, low: float = -math.inf, high: float = math.inf) -> float:
    """``value`` as a finite float clipped to [low, high], else ``default``."""
    try:
        result = default if value is None else float(value)
    except (TypeError, ValueError):
        result = default
    return min(max(result, low), high) if math.isfinite(result) else default
