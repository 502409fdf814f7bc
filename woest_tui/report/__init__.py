"""Summaries (and later comparisons) as Rich renderables and as shareable reports."""

from woest_tui.report.summary import render_summary
from woest_tui.report.summary_export import FORMATS, export_summary, summary_json

__all__ = ["FORMATS", "export_summary", "render_summary", "summary_json"]
