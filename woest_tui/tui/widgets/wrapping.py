"""A one-paragraph text field that wraps, so the room can read back what was typed."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import TextArea

from woest_tui.core.safe import visible


class WrappingField(TextArea):
    """Typed text wraps over several lines; Enter submits, as in a one-line field.

    A priority's action is a sentence or two: in a one-line field it scrolls sideways and
    the room sees only its end. Line breaks have no place in it, so a pasted text's breaks
    become spaces.
    """

    DEFAULT_CSS = """
    WrappingField {
        height: auto;
        min-height: 3;
        max-height: 6;
    }
    """

    class Submitted(Message):
        """Enter was pressed in the field."""

        def __init__(self, field: WrappingField) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> WrappingField:
            """The field."""
            return self.field

    def __init__(self, text: str = "", *, max_length: int, id: str | None = None) -> None:
        # shown, never sent to the terminal as control codes (as `SafeInput` does)
        super().__init__(
            " ".join(visible(text).splitlines()),
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            id=id,
        )
        self.max_length = max_length
        self.cursor_blink = False

    @property
    def value(self) -> str:
        """The text, as an Input's value."""
        return self.text

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self))
            return
        if event.is_printable and len(self.text) >= self.max_length:
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if self.read_only:
            return
        room = max(0, self.max_length - len(self.text))
        text = " ".join(visible(event.text).splitlines())[:room]
        result = self.replace(text, *self.selection)
        self.move_cursor(result.end_location)
