"""A comparison as a Rich renderable: the same document for the terminal, the TUI and SVG."""

from __future__ import annotations

from rich.console import RenderableType

from woest_tui.core.compare.results import Comparison
from woest_tui.i18n import Lang
from woest_tui.report.compare_view import compare_document
from woest_tui.report.document.rich_render import render_document


def render_comparison(
    comparison: Comparison, lang: Lang, width: int | None = None
) -> RenderableType:
    """A comparison as a Rich renderable, for the terminal and the TUI.

    Args:
        comparison: the comparison (see `woest_tui.core.compare.results.build_comparison`).
        lang: "nl" or "en".
        width: the most columns to use; None takes what the console offers.

    Returns:
        The renderable.
    """
    return render_document(compare_document(comparison, lang), width)
