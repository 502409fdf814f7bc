"""Untrusted text for the screen: shown literally, control characters made visible."""

from __future__ import annotations

from rich.text import Text
from textual.markup import escape

from woest_tui.core.safe import visible
from woest_tui.i18n import Lang


def plain(value: str = "", style: str = "") -> Text:
    """A Rich Text that shows `value` as it is: never read as markup, no raw control codes.

    Args:
        value: text from a bank, a result or a person.
        style: a style for the whole text.

    Returns:
        The text.
    """
    return Text(visible(value), style=style)


def number(value: float, lang: Lang) -> str:
    """A number as a person writes it: 40.0 as 40, and a decimal comma in Dutch.

    Args:
        value: the number.
        lang: "nl" or "en".

    Returns:
        The number in words for the screen.
    """
    text = str(int(value)) if float(value).is_integer() else repr(float(value))
    return text.replace(".", ",") if lang == "nl" else text


def literal(value: str) -> str:
    """`value` for a place that reads Textual markup (the command palette): escaped, visible."""
    return escape(visible(value))
