"""One report document of plain nodes, and renderers: Rich, markdown, HTML, text, SVG."""

from __future__ import annotations

from woest_tui.report.document.html import html_document
from woest_tui.report.document.markdown import markdown_document
from woest_tui.report.document.model import Document
from woest_tui.report.document.rich_render import render_document
from woest_tui.report.document.terminal import svg_document, text_document

__all__ = [
    "Document",
    "html_document",
    "markdown_document",
    "render_document",
    "svg_document",
    "text_document",
]
