"""Metrics as a flat table for spreadsheets, written safely (no formula injection)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from alliance_graph.metrics import Metrics
from alliance_graph.safe_text import safe_cell

__all__ = ["CSV_COLUMNS", "metrics_rows", "to_csv"]

CSV_COLUMNS = ("wave", "section", "subject", "metric", "value")


def metrics_rows(metrics: Metrics) -> Iterator[tuple[Any, ...]]:
    """One row per figure: ``(wave, section, subject, metric, value)``.

    Sections: ``network``, ``structural_balance``, ``alliance``, ``group_alliance``
    (subject: group), ``stakeholder`` (subject: id) and ``node`` (subject: id).
    Undefined values are empty cells.
    """
    for wave, result in metrics.waves.items():
        data = result.to_dict()
        for key, value in data["network"].items():
            if not isinstance(value, (list, dict)):
                yield wave, "network", "", key, value
        for key, value in data["structural_balance"].items():
            if not isinstance(value, (list, dict)):
                yield wave, "structural_balance", "", key, value
        alliance = data["alliance"]
        if alliance is not None:
            for key, value in alliance.items():
                if not isinstance(value, (list, dict)):
                    yield wave, "alliance", "", key, value
            for group, record in alliance["groups"].items():
                for key, value in record.items():
                    yield wave, "group_alliance", group, key, value
            for person, record in alliance["stakeholders"].items():
                for key, value in record.items():
                    yield wave, "stakeholder", person, key, value
        for node, record in data["nodes"].items():
            for key, value in record.items():
                yield wave, "node", node, key, value


def to_csv(rows: Iterable[tuple[Any, ...]], header: Iterable[str] = CSV_COLUMNS) -> str:
    """CSV text (comma, ``\\n`` line ends) with every cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(header))
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()
