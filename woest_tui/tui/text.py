"""Untrusted text for the screen: shown literally, control characters made visible."""

from __future__ import annotations

from rich.text import Text
from textual.markup import escape

from woest_tui.safe import visible


def plain(value: str = "", style: str = "") -> Text:
    """A Rich Text that shows `value` as it is: never read as markup, no raw control codes.

    Args:
        value: text from a bank, a result or a person.
        style: a style for the whole text.

    Returns:
        The text.
    """
    return Text(visible(value), style=style)


def literal(value: str) -> str:
    """`value` for a place that reads Textual markup (the command palette): escaped, visible."""
    return escape(visible(value))
