"""Static charts of the report, drawn with matplotlib ``Figure`` (never pyplot) as data URIs.

Shared parameters: ``lang`` (``"en"`` or ``"fr"``) only chooses the number format (decimal
comma in French); ``title`` and the axis or legend labels come already translated and, like
every name from the data, are drawn as plain text (a ``$`` never starts mathtext). Charts are
7 in wide (700 px at 100 dpi) SVGs with text kept as text; the same input gives
byte-identical output. Group colours are Okabe–Ito, safe for colour-vision deficiencies.

Each chart has its own module (:mod:`.trend_charts`, :mod:`.heatmap_chart`,
:mod:`.coach_gap_chart`, :mod:`.printed_network`) over the shared :mod:`.chart_base`;
this one gathers them.
"""

from __future__ import annotations

from alliance_graph.report.chart_base import PALETTE
from alliance_graph.report.chart_base import TITLE_CHARACTERS as TITLE_CHARACTERS
from alliance_graph.report.chart_base import WAVE_TICK_CHARACTERS as WAVE_TICK_CHARACTERS
from alliance_graph.report.coach_gap_chart import coach_gap_chart
from alliance_graph.report.heatmap_chart import heatmap_chart
from alliance_graph.report.printed_network import LABELLED_NODES as LABELLED_NODES
from alliance_graph.report.printed_network import network_picture
from alliance_graph.report.trend_charts import balance_chart, group_alliance_chart

__all__ = [
    "PALETTE",
    "balance_chart",
    "coach_gap_chart",
    "group_alliance_chart",
    "heatmap_chart",
    "network_picture",
]
