"""Balance and trust metrics (DESIGN.md section 5), one topic per module."""

from alliance_graph.metrics.alerts import Alert, AlertCode, Thresholds
from alliance_graph.metrics.summary import Metrics, WaveMetrics, compute_metrics

__all__ = ["Alert", "AlertCode", "Metrics", "Thresholds", "WaveMetrics", "compute_metrics"]
