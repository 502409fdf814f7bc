"""Whether what the walk shows fits the window in the boxed layout, judged by its content.

The boxed layout (a framed question, options in a frame, space between the parts) reads
best from the back of a room; the compact one leaves the frames out so that a tall question
still fits. Which one a question gets follows from its own height in the boxed layout,
measured before it is laid out (so the screen never shows one layout and then the other):
the texts wrapped at the boxed widths, the options, the marks and the note.

The widths and chrome below are those of walk.tcss's rules without `-compact`;
tests/tui/test_walk_fit.py lays every question of both bundled questionnaires out boxed and
checks that these sums equal what Textual placed, so a change in walk.tcss cannot pass
unnoticed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from woest_tui.tui.screens.padding import height
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.votes import VotesControl

if TYPE_CHECKING:
    from woest_tui.tui.screens.walk_view import WalkView

#: Columns the boxed body takes around its content (#body padding 1 4), and lines.
BODY_COLUMNS, BODY_LINES = 8, 2
#: The question's box: tall border and padding 1 2 (columns), plus margin-bottom (lines).
TEXT_COLUMNS, TEXT_LINES = 6, 5
#: The help: padding 0 1 1 1.
HELP_COLUMNS, HELP_LINES = 2, 1
#: The control's margin 0 1; a choice list adds its tall border and padding 0 1.
CONTROL_COLUMNS, LIST_COLUMNS, LIST_LINES = 2, 4, 2
#: A row of counted hands, boxed (.vote-row height 3).
VOTE_ROW = 3
#: A text field's tall border (lines and columns) and padding 0 2 (columns).
FIELD_LINES, FIELD_COLUMNS = 2, 6
#: The note's margin 1 1 0 1, the "weet niet" line's margin 1 1 0 1.
NOTE_MARGIN, MARK_MARGIN, SIDE_MARGINS = 1, 1, 2


class Place(NamedTuple):
    """The room a question or an introduction has, and what it needs there."""

    needs: int
    """The lines it takes in the boxed layout."""
    room: int
    """The lines of the body's content in the boxed layout."""

    @property
    def fits(self) -> bool:
        """Whether it fits without scrolling."""
        return self.needs <= self.room


def lines_of(widget: Widget, width: int) -> int:
    """The lines a Static's present content takes at `width` columns."""
    width = max(1, width)
    return widget.get_content_height(Size(width, 1), Size(width, 1), width)


def text_lines(widget: Widget, content: Text, width: int) -> int:
    """The lines `content` would take in `widget` at `width` columns."""
    return height(widget, content, max(1, width))


def field_lines(text: str, width: int, most: int | None) -> int:
    """The lines a text field shows: its text wrapped at `width`, at most `most` (a max-height)."""
    width = max(1, width)
    lines = sum(max(1, -(-len(line) // width)) for line in text.split("\n"))
    return lines if most is None else min(most, lines)


def control_lines(control: Widget, width: int) -> int:
    """The lines the answer control takes in the boxed layout, `width` being the body's.

    A choice list and counted hands change between the layouts; other controls do not,
    and take the height Textual gave them (0 before their first layout: the walk then
    decides again once it is laid out).
    """
    inner = width - CONTROL_COLUMNS
    if isinstance(control, ChoiceList):
        return control.get_content_height(None, None, inner - LIST_COLUMNS) + LIST_LINES
    if isinstance(control, VotesControl):
        rows = len(control.query(".vote-row"))
        stats = control.query_one_optional("#vote-stats", Static)
        if stats is None:  # not composed yet
            return control.outer_size.height
        return rows * VOTE_ROW + stats.styles.gutter.height + lines_of(stats, inner)
    if isinstance(control, Input):
        return 3  # one line in a tall border
    if isinstance(control, TextArea):
        return text_field_lines(control, inner)
    return control.outer_size.height


def text_field_lines(field: TextArea, width: int) -> int:
    """A text field's height at `width` columns (its margins left out): border included."""
    most = field.styles.max_height
    limit = int(most.value) - FIELD_LINES if most is not None and most.is_cells else None
    # an empty field shows its placeholder on one line
    return field_lines(field.text, width - FIELD_COLUMNS, limit) + FIELD_LINES


def room_in(view: WalkView) -> int:
    """The body's content lines in the boxed layout: the window less the bars and padding."""
    width, lines = view.size.width, view.size.height
    lines -= 2  # the top bar and the footer
    if view.live is not None:
        lines -= 1  # the room's address
    mode_line = view.query_one_optional("#mode-line", Static)
    if mode_line is not None and mode_line.display:  # None: the walk is being taken down
        lines -= lines_of(mode_line, width - mode_line.styles.gutter.width)
    return lines - BODY_LINES


def intro_place(view: WalkView) -> Place:
    """What a theme's introduction needs boxed: its title, text, metaphor and count."""
    width = view.size.width - BODY_COLUMNS
    needs = 0
    for part in view.query_one("#intro").children:
        if part.display:
            gutter = part.styles.gutter
            needs += (
                lines_of(part, width - gutter.width) + gutter.height + part.styles.margin.height
            )
    return Place(needs, room_in(view))


def question_place(view: WalkView, texts: tuple[int, int | None]) -> Place:
    """What the question shown needs boxed.

    Args:
        view: the walk.
        texts: the lines of its text and of its help as padded (None: no help), at the
            boxed widths (see `boxed_widths`).
    """
    width = view.size.width - BODY_COLUMNS
    text, help_lines = texts
    needs = text + TEXT_LINES + (0 if help_lines is None else help_lines + HELP_LINES)
    control = view.query_one_optional("#control")
    if control is not None:
        needs += control_lines(control, width)
    notes = view.query_one("#role-notes", Static)
    if notes.display:
        needs += MARK_MARGIN + lines_of(notes, width - SIDE_MARGINS - notes.styles.gutter.width)
    if view.query_one("#dont-know").display:
        needs += MARK_MARGIN + 1
    if view.query_one("#not-applicable").display:
        needs += 1
    note = view.query_one("#note", TextField)
    needs += NOTE_MARGIN + text_field_lines(note, width - SIDE_MARGINS)
    return Place(needs, room_in(view))


def boxed_widths(width: int) -> tuple[int, int]:
    """The widths of a question's text and of its help in the boxed layout."""
    body = width - BODY_COLUMNS
    return body - TEXT_COLUMNS, body - HELP_COLUMNS


def measured(control: Widget | None) -> bool:
    """Whether the control's boxed height is known before its first layout."""
    if isinstance(control, VotesControl):
        return control.query_one_optional("#vote-stats") is not None
    if control is None or isinstance(control, ChoiceList | Input | TextArea):
        return True
    return bool(control.outer_size.height)
