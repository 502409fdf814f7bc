"""Export a summary as text, markdown, html, svg, json, an action list or a calendar."""

from __future__ import annotations

from typing import Literal

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.safe import visible
from woest_tui.core.scoring.rules import Summary, summarize
from woest_tui.i18n import Lang
from woest_tui.report.document.formats import write_document
from woest_tui.report.summary import summary_document
from woest_tui.report.summary_json import JSON_FORMAT_VERSION, summary_json

Format = Literal["text", "markdown", "html", "svg", "json", "actions", "ics"]
FORMATS: tuple[Format, ...] = ("text", "markdown", "html", "svg", "json", "actions", "ics")

__all__ = ["FORMATS", "JSON_FORMAT_VERSION", "Format", "export_summary", "summary_json"]


def export_summary(
    result: Result,
    bank: Questionnaire,
    fmt: str,
    lang: Lang,
    width: int = 100,
    *,
    summary: Summary | None = None,
) -> str:
    """The summary of a result in one of the export formats.

    Args:
        result: the result (finished or not).
        bank: its bank.
        fmt: "text", "markdown", "html", "svg", "json"; or "actions" (the priorities as a
            markdown action list) or "ics" (the same as an iCalendar file).
        lang: "nl" or "en".
        width: columns for text and svg (80 or more reads best).
        summary: the scores, when already computed.

    Returns:
        The document; text and svg end with a newline. No format holds a raw control
        character: JSON keeps the team's text exactly but writes them as escapes, the
        others show them as visible characters (see `safe.visible`).

    Raises:
        ValueError: an unknown format.
    """
    if fmt in ("actions", "ics"):
        from woest_tui.report.actions import actions_ics, actions_markdown

        return (actions_ics if fmt == "ics" else actions_markdown)(result, bank, lang)
    summary = summary or summarize(result, bank)
    if fmt == "json":
        return summary_json(result, bank, summary, lang) + "\n"
    document = summary_document(result, bank, summary, lang)
    svg_title = visible(f"woest: {result.session.team}")
    return write_document(document, fmt, width, svg_title=svg_title)
