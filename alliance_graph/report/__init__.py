"""Presenting metrics: plain-text summaries and tables (the HTML report comes later)."""
