"""Reading survey files: read (bytes, encodings) → parse (shapes) → validate (issues)."""

from alliance_graph.ingest.load import Source, load_survey, read_survey

__all__ = ["Source", "load_survey", "read_survey"]
