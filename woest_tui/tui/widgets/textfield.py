"""A field of several lines for notes and text answers: a paste keeps every line."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import EditResult, Location

from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.order import run_editing_key
from woest_tui.tui.support.text import number


def one_kind_of_break(text: str) -> str:
    """Line breaks as LF: a terminal pastes a new line as CR, Windows text has CR LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


class TextField(TextArea):
    """A note or a text answer: several lines, at most `max_length` characters.

    Enter is not a new line here: it confirms the answer, as everywhere in the walk (the
    screen's binding takes it first). A new line is ctrl+j, which every terminal sends, or
    shift+enter where the terminal tells it apart from Enter; a paste keeps all its lines.
    What does not fit is cut, and the field says so: nothing disappears without a word.
    """

    DEFAULT_CSS = """
    TextField {
        width: 100%;
        height: auto;
        max-height: 8;
        padding: 0 2;
        &:focus {
            background-tint: $foreground 5%;
        }
        & .text-area--placeholder {
            color: $text-disabled;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+j,shift+enter", "newline", show=False),
    ]

    def __init__(
        self,
        text: str = "",
        *,
        max_length: int,
        placeholder: str = "",
        lang: Lang = "nl",
        id: str | None = None,
    ) -> None:
        """Create the field.

        Args:
            text: what it shows first (made visible: a control code never reaches the screen).
            max_length: the most characters it holds.
            placeholder: shown while it is empty.
            lang: the language of the message when a paste is cut.
            id: the widget's id.
        """
        super().__init__(
            visible(text),
            soft_wrap=True,
            tab_behavior="focus",
            highlight_cursor_line=False,
            placeholder=placeholder,
            id=id,
        )
        self.max_length = max_length
        self.lang = lang

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines to paint; blank (and painted again) while the field is not styled yet.

        Textual can paint a TextArea before its component styles are set, or after they
        were cleared on removal; TextArea's theme then raises KeyError and the app ends
        (Textual issue 6528). A moment of blank field is better than a lost meeting.
        """
        try:
            return super().render_lines(crop)
        except KeyError:
            if self.is_attached:
                self.refresh()
            return [Strip.blank(crop.width)] * crop.height

    def show(self, text: str) -> None:
        """Replace what it holds (made visible) and put the cursor after it, without Changed."""
        shown = visible(text)
        if shown != self.text:  # most questions have no note: nothing to lay out again
            with self.prevent(TextArea.Changed):
                self.load_text(shown)
        if self.cursor_location != self.document.end:
            self.move_cursor(self.document.end)

    def action_newline(self) -> None:
        """Start a new line at the cursor."""
        self._replace_via_keyboard("\n", *self.selection)

    async def _on_key(self, event: events.Key) -> None:
        await run_editing_key(self, event)

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        """Typed or pasted text, with one kind of line break, made visible, cut to fit."""
        insert = visible(one_kind_of_break(insert))
        low, high = sorted((start, end))
        replaced = len(self.get_text_range(low, high))
        room = max(0, self.max_length - (len(self.text) - replaced))
        if len(insert) > room:
            self.notify(
                message(
                    "paste_cut",
                    self.lang,
                    kept=number(room, self.lang),
                    total=number(len(insert), self.lang),
                    max=number(self.max_length, self.lang),
                ),
                severity="warning",
                timeout=8,
                markup=False,
            )
            insert = insert[:room]
            if not insert:
                return None
        return super()._replace_via_keyboard(insert, start, end)
