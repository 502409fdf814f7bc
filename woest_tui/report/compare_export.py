"""Export a comparison as plain text, markdown, HTML, SVG or JSON."""

from __future__ import annotations

import json
from typing import Literal

from woest_tui.core.compare.results import Comparison
from woest_tui.core.safe import json_escaped
from woest_tui.i18n import Lang
from woest_tui.report.compare_json import JSON_FORMAT_VERSION, comparison_json
from woest_tui.report.compare_view import compare_document
from woest_tui.report.document.formats import write_document

Format = Literal["text", "markdown", "html", "svg", "json"]
#: Plain text fits a terminal of 80 columns unless --width or $COLUMNS says otherwise.
TEXT_WIDTH = 80

__all__ = [
    "JSON_FORMAT_VERSION",
    "TEXT_WIDTH",
    "Format",
    "comparison_html",
    "comparison_json",
    "comparison_markdown",
    "comparison_svg",
    "comparison_text",
    "export_comparison",
]


def comparison_text(comparison: Comparison, lang: Lang, width: int = TEXT_WIDTH) -> str:
    """Plain text without escape codes, for files and pipes; no line longer than `width`."""
    return export_comparison(comparison, "text", lang, width)


def comparison_svg(comparison: Comparison, lang: Lang, width: int = TEXT_WIDTH) -> str:
    """An SVG picture of the terminal view, without remote fonts (Rich escapes the texts)."""
    return export_comparison(comparison, "svg", lang, width)


def comparison_markdown(comparison: Comparison, lang: Lang) -> str:
    """Markdown with pipe tables; every text is escaped, so none of it becomes markup."""
    return export_comparison(comparison, "markdown", lang)


def comparison_html(comparison: Comparison, lang: Lang) -> str:
    """A stand-alone HTML page; every text is escaped."""
    return export_comparison(comparison, "html", lang)


def export_comparison(
    comparison: Comparison, fmt: Format, lang: Lang, width: int = TEXT_WIDTH
) -> str:
    r"""A comparison in one of the export formats.

    Args:
        comparison: the comparison.
        fmt: text, markdown, html, svg or json.
        lang: "nl" or "en".
        width: columns for text and svg.

    Returns:
        The document's text, without a raw control character: JSON keeps every text
        exactly but writes control characters as `\uXXXX` escapes; the other formats show
        them as visible characters (see `safe.visible`).
    """
    if fmt == "json":
        data = comparison_json(comparison, lang)
        return json_escaped(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    return write_document(compare_document(comparison, lang), fmt, width)
