"""The help under a question padded so that the answer options of a theme stay in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple, cast

from rich.text import Text
from textual.visual import visualize
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.css.styles import RulesMap


def height(widget: Widget, content: Text, width: int) -> int:
    """The lines `content` takes in `widget` when its content is `width` cells wide."""
    # Textual measures a widget's content with its styles as the rules (see Widget)
    rules = cast("RulesMap", widget.styles)
    return visualize(widget, content, markup=False).get_height(rules, width)


class Fit(NamedTuple):
    """How one question fills the lines above its options."""

    text: int | None
    """The lines of its text (None: not known, the widgets were never placed)."""
    extra: int | None
    """The newlines to add after its help, or after an empty help; None: none."""
    help: int | None
    """The lines of its help as shown, padding included (None: hidden, or not known)."""


def help_padding(
    text_widget: Widget,
    help_widget: Widget,
    widths: tuple[int, int],
    questions: Sequence[tuple[Text, Text | None]],
) -> list[Fit]:
    """How many blank lines to add below each question's help, so that all take one height.

    Every question of a theme then fills the same lines above its answer options: the
    options do not jump up and down from question to question, and moving on needs no new
    layout of the screen. The space goes below the help text (which has no background),
    never into the question's box; a question without help gets blank lines of its own.
    The heights are measured once here, so that showing a question needs no measuring.

    Args:
        text_widget: the widget that shows the question text.
        help_widget: the widget that shows the help below it.
        widths: the width of their content (0 when they were never placed on screen).
        questions: the text and the help (None when there is none) of each question.

    Returns:
        For each question its fit; no padding where the help keeps its own height, or
        stays hidden, as no padding can even it out (or the widgets are not placed yet).
    """
    text_width, help_width = widths
    if not text_width or not help_width:
        # not placed yet: the next question evens it out
        return [Fit(None, None, None)] * len(questions)
    gutter = help_widget.styles.gutter.height
    texts = [height(text_widget, text, text_width) for text, _ in questions]
    helps = [
        None if note is None else height(help_widget, note, help_width) for _, note in questions
    ]
    tallest = max(
        text + (0 if note is None else note + gutter)
        for text, note in zip(texts, helps, strict=True)
    )
    fits: list[Fit] = []
    for text, note in zip(texts, helps, strict=True):
        lines = tallest - text - gutter  # the lines of the help's content
        if note is not None:
            fits.append(Fit(text, lines - note, lines))
        elif lines >= 1:
            fits.append(Fit(text, lines - 1, lines))  # an empty help takes a line at least
        else:
            fits.append(Fit(text, None, None))
    return fits


def padded(help_text: Text | None, extra: int | None) -> Text | None:
    """The help with `extra` blank lines after it; None (hidden) when there is nothing."""
    if extra is None:
        return help_text
    content = help_text.copy() if help_text is not None else Text()
    content.append("\n" * extra)
    return content
