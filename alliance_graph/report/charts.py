"""Static charts of the report, written as SVG text (:mod:`.svg`) into data URIs.

Shared parameters: ``lang`` (``"en"`` or ``"fr"``) only chooses the number format (decimal
comma in French); ``title`` and the axis or legend labels come already translated and, like
every name from the data, are written as plain, escaped text. Charts are 7 in (504 pt)
wide SVGs with text kept as text; the same input gives byte-identical output. Group
colours are Okabe–Ito, safe for colour-vision deficiencies.

Each chart has its own module (:mod:`.trend_charts`, :mod:`.heatmap_chart`,
:mod:`.coach_gap_chart`, :mod:`.printed_network`) over the shared :mod:`.svg_plot`;
this one gathers them. They were drawn with matplotlib until the report had to be
written in about twice the time its libraries take to import: matplotlib took a second
per report, and a quarter more to import.
"""

from __future__ import annotations

from alliance_graph.report.coach_gap_chart import coach_gap_chart
from alliance_graph.report.heatmap_chart import heatmap_chart
from alliance_graph.report.printed_network import LABELLED_NODES as LABELLED_NODES
from alliance_graph.report.printed_network import network_picture
from alliance_graph.report.svg import TITLE_CHARACTERS as TITLE_CHARACTERS
from alliance_graph.report.svg_plot import PALETTE
from alliance_graph.report.svg_plot import WAVE_TICK_CHARACTERS as WAVE_TICK_CHARACTERS
from alliance_graph.report.trend_charts import balance_chart, group_alliance_chart

__all__ = [
    "PALETTE",
    "balance_chart",
    "coach_gap_chart",
    "group_alliance_chart",
    "heatmap_chart",
    "network_picture",
]
