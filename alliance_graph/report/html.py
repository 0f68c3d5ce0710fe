"""Render the report context to one self-contained HTML page (Jinja2, autoescape on)."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from alliance_graph import __version__
from alliance_graph.i18n import format_number, format_percent, translate
from alliance_graph.report.network_view import vis_bundle
from alliance_graph.safe_text import BIDI_CONTROLS, finalize

__all__ = ["render_html", "render_printable", "script_json", "write_html"]


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script type="application/json">``: ``<``, ``>`` and ``&``
    are escaped, so no ``</script>`` in the data can end the element; bidirectional
    controls are left out of the names the network view draws and its tooltips.

    >>> str(script_json({"name": "</script><b>"}))
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(BIDI_CONTROLS.sub("", text))  # only ever inside a string of the JSON


def render_html(context: dict[str, Any]) -> str:
    """The report page for a context from :func:`~alliance_graph.report.context.build_context`."""
    lang = context["lang"]
    environment = _environment()
    scripts = [vis_bundle(), _asset("network_draw.js") + _asset("report.js"), _asset("tables.js")]
    template = context.get("template", "report.html.j2")
    page = environment.get_template(template).render(
        **context,
        t=lambda key, **params: translate(f"report.{key}", lang, **params),
        colours={item["label"]: item["color"] for item in context["legend"]},
        network_json=script_json(context["network"]),
        css=Markup(_asset("report.css")),
        vis_js=Markup(scripts[0]),
        app_js=Markup(scripts[1]),
        tables_js=Markup(scripts[2]),
        csp=_policy(scripts),
        version=__version__,
    )
    return page


def render_printable(template: str, context: dict[str, Any], css: str) -> str:
    """A page without any script (the meeting pack): ``template`` rendered with
    ``context``, the stylesheet ``css`` inline, and a policy that loads nothing."""
    lang = context["lang"]
    return (
        _environment()
        .get_template(template)
        .render(
            **context,
            t=lambda key, **params: translate(f"report.{key}", lang, **params),
            css=Markup(_asset(css)),
            csp=_policy([]),
            version=__version__,
        )
    )


def write_html(html: str, path: Path) -> Path:
    """Write the page as UTF-8 bytes, whatever the platform's locale, whole or not at
    all (a full disk leaves the previous file, never a truncated one); returns the path."""
    from alliance_graph.files import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, html.encode("utf-8"))
    return path


def _policy(scripts: list[str]) -> str:
    """No network at all: scripts only by hash, pictures only as data: URIs."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
        for s in scripts
    )
    scripting = f"script-src {hashes}; " if scripts else ""
    return (
        f"default-src 'none'; {scripting}style-src 'unsafe-inline'; "
        "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
        "form-action 'none'"
    )


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import (
        Environment,
        PackageLoader,
        StrictUndefined,
        pass_context,
        select_autoescape,
    )

    environment = Environment(
        loader=PackageLoader("alliance_graph.report", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
        finalize=finalize,  # no U+202E from the data turns the report's sentences around
    )
    environment.filters["num"] = pass_context(_num_filter)
    environment.filters["pct"] = pass_context(_pct_filter)
    return environment


def _num_filter(context: Any, value: float | None) -> str:
    return "—" if value is None else format_number(value, context.get("lang", "en"))


def _pct_filter(context: Any, value: float | None) -> str:
    return "—" if value is None else format_percent(value, context.get("lang", "en"))


def _asset(name: str) -> str:
    folder = resources.files("alliance_graph.report").joinpath("templates")
    return folder.joinpath(name).read_text("utf-8")
