"""The document's Rich rendering as plain text (no colour, no escape code) or as an SVG picture."""

from __future__ import annotations

import io
import re

from rich.console import Console

from woest_tui.report.document.model import Document
from woest_tui.report.document.rich_render import render_document

#: Remote font files the svg would fetch when opened; a shared report must not phone out.
_REMOTE_FONT = re.compile(r',?\s*url\("https?://[^"]*"\)\s*format\("[^"]*"\)')


def text_document(document: Document, width: int) -> str:
    """The document as plain text, trailing spaces removed.

    Args:
        document: the document.
        width: columns.

    Returns:
        The text, ending with a newline.
    """
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system=None,
        force_terminal=False,
        force_interactive=False,
        no_color=True,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        _environ={},
    )
    with console.capture() as capture:
        console.print(render_document(document))
    return "\n".join(line.rstrip() for line in capture.get().splitlines()) + "\n"


def svg_document(document: Document, width: int, title: str | None = None) -> str:
    """The document as the terminal shows it, as an SVG picture without remote fonts.

    Args:
        document: the document.
        width: columns.
        title: the window title drawn in the picture (escaped by Rich); the document's
            title when None.

    Returns:
        The SVG document.
    """
    console = Console(
        file=io.StringIO(),
        record=True,
        width=width,
        color_system="truecolor",
        force_terminal=True,
        emoji=False,
        highlight=False,
        legacy_windows=False,
        _environ={},
    )
    console.print(render_document(document))
    return _REMOTE_FONT.sub(
        "", console.export_svg(title=document.title if title is None else title)
    )
