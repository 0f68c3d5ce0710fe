"""JSON-ready copies of results: numpy numbers to Python, NaN to ``None``."""

from __future__ import annotations

import math
from typing import Any

import numpy as np

__all__ = ["plain"]


def plain(value: Any) -> Any:
    """JSON-ready copy: sections → dicts, numpy numbers → Python, NaN and infinities →
    ``None``, tuples → lists, keys → ``str``.

    >>> plain({"x": np.float64("nan"), 1: (np.int64(2),)})
    {'x': None, '1': [2]}
    """
    if hasattr(value, "to_dict") and hasattr(value, "optional"):  # a section of figures
        return value.to_dict()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if not math.isfinite(number):
            return None
        return number
    return value
