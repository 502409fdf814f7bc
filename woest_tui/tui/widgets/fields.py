"""Input fields that show their text safely, keep the order of fast keys, and take numbers."""

from __future__ import annotations

from typing import Any

from rich.highlighter import Highlighter
from rich.text import Text
from textual import events
from textual.widgets import Input

from woest_tui.core.safe import visible
from woest_tui.tui.support.order import run_editing_key


class Visible(Highlighter):
    """Draw an Input's text with every control character made visible (see `safe.visible`).

    An Input draws its value as it is: a file name or a priority holding an escape
    sequence (`ESC ] 2 ; ... BEL` retitles the terminal) or a line break would reach the
    terminal raw. Only the drawing changes, one character for one, so the value keeps
    exactly what was filled in or typed and the cursor stays on its character. (Rich
    itself already leaves BEL, backspace, VT, FF and CR out of what it draws.)
    """

    def highlight(self, text: Text) -> None:
        """Replace the control characters of `text` in place; its styles stay."""
        text.plain = visible(text.plain, one_line=True)


class SafeInput(Input):
    """An Input that never sends what it holds to the terminal as control codes (see `Visible`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("highlighter", Visible())
        super().__init__(*args, **kwargs)


class OrderedInput(SafeInput):
    """An Input that runs its own editing keys (backspace, arrows, home) where it types.

    Textual types a character in the field's own queue but runs a bound key only after
    it went round through the app, so in keys read at once ("99", two backspaces, "12")
    a character could land before the backspace meant to come first.
    """

    async def _on_key(self, event: events.Key) -> None:
        await run_editing_key(self, event)


class NumberField(OrderedInput):
    """An Input that types only the characters of a number.

    Any other letter is not swallowed but passed on, so that `w` ("weet niet"), `n`
    (note) and `o` (overview) work while a number or a count of hands has the focus.
    """

    #: The characters this field types; the `restrict` pattern checks their order.
    ACCEPTS = "0123456789-.,"

    def check_consume_key(self, key: str, character: str | None = None) -> bool:
        """Claim only the characters of a number, so other letters reach the bindings."""
        return character is not None and character in self.ACCEPTS

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable and (event.character or "") not in self.ACCEPTS:
            # Textual runs every class's handler: stop Input's from typing (and swallowing)
            # the key, and let it bubble up to the screen's bindings
            event.prevent_default()


class CountField(NumberField):
    """A count of raised hands: digits only; up and down move to the neighbouring row."""

    ACCEPTS = "0123456789"
