"""A paste into a field of one line: every line kept (joined), and a cut said out loud.

Textual's Input keeps only the first line of a paste (nothing at all when the paste starts
with a new line) and inserts nothing when the paste would pass its `max_length`. The app
hands each paste for an Input through `for_input` first.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import number
from woest_tui.tui.widgets.textfield import one_kind_of_break


def one_line(text: str) -> str:
    """The lines of a paste on one line, joined by a space; empty lines left out."""
    return " ".join(line for line in one_kind_of_break(text).split("\n") if line.strip())


def for_input(field: Input, event: events.Paste, lang: Lang) -> events.Paste:
    """The paste as the field can take it: on one line, and cut to the room left in it.

    Args:
        field: the Input that has the focus.
        event: the paste.
        lang: the language of the message when it is cut.

    Returns:
        A paste of one line that fits; the field says so when something was cut.
    """
    text = one_line(event.text)
    if field.max_length:
        start, end = sorted(field.selection)
        room = max(0, field.max_length - (len(field.value) - (end - start)))
        if len(text) > room:
            said = message(
                "paste_cut",
                lang,
                kept=number(room, lang),
                total=number(len(text), lang),
                max=number(field.max_length, lang),
            )
            field.notify(said, severity="warning", timeout=8, markup=False)
            text = text[:room]
    return events.Paste(text)
