"""A document in one of the shared formats, by name."""

from __future__ import annotations

from typing import Literal

from woest_tui.core.safe import visible
from woest_tui.report.document.html import html_document
from woest_tui.report.document.markdown import markdown_document
from woest_tui.report.document.model import Document
from woest_tui.report.document.terminal import svg_document, text_document

DocumentFormat = Literal["text", "markdown", "html", "svg"]
DOCUMENT_FORMATS: tuple[DocumentFormat, ...] = ("text", "markdown", "html", "svg")


def write_document(
    document: Document, fmt: str, width: int, *, svg_title: str | None = None
) -> str:
    """The document as text, markdown, html or svg.

    Args:
        document: the document.
        fmt: the format's name.
        width: columns for text and svg.
        svg_title: the SVG's window title, when not the document's title.

    Returns:
        The text, without a raw control character (see `safe.visible`).

    Raises:
        ValueError: an unknown format.
    """
    if fmt == "markdown":
        written = markdown_document(document)
    elif fmt == "html":
        written = html_document(document)
    elif fmt == "text":
        written = text_document(document, width)
    elif fmt == "svg":
        written = svg_document(document, width, svg_title)
    else:
        raise ValueError(f"unknown format: {fmt}")
    # the document is clean already; this net also covers any text added outside it later
    return visible(written)
