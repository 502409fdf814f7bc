"""A list of numbered choices: pick with the number keys, arrows and space, or the mouse.

Over 300 lines on purpose: the list draws its own lines (kept per option, repainting only
the lines a key changed) so that a team typing fast never waits; the drawing and the keys
share that state, and apart they would each need the other's insides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.content import Content
from textual.geometry import Region
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual, visualize
from textual.widget import Widget

from woest_tui.tui.support import steady
from woest_tui.tui.support.text import plain

#: The pointer before the option under the cursor: a place, not a choice.
POINTER = "▶ "


class ChoiceList(Widget, can_focus=True):
    """Numbered options; single (radio-like) or multiple (checkbox-like) selection.

    Unlike a RadioSet it can be cleared: choosing the selected option of a single list
    again, or pressing backspace, empties it. Every key is handled here, in the list's
    own queue, so keys typed fast are applied in the order they came (Textual would run
    the list's bindings only after the key went round through the app).

    Numbers of two digits (a 0-10 scale, a list of 12) are typed as two digits in a short
    moment: `1` picks 1 at once, a `0` right after it turns that into 10.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"choice-list--cursor", "choice-list--chosen"}

    # the colours are in walk.tcss, with the screen's

    #: Seconds in which a second digit still belongs to the first.
    DIGIT_WINDOW: ClassVar[float] = 0.8
    #: Rendered option lines kept at most (a few questions' worth).
    KEPT_LINES: ClassVar[int] = 200

    # both repaint only the lines they change (see `_repaint_lines`)
    cursor: reactive[int] = reactive(0, repaint=False)
    selected: reactive[frozenset[int]] = reactive(frozenset(), init=False, repaint=False)

    class Changed(Message):
        """The selection changed."""

        def __init__(self, choices: ChoiceList, selected: frozenset[int]) -> None:
            super().__init__()
            self.choices = choices
            self.selected = selected

        @property
        def control(self) -> ChoiceList:
            """The list that changed."""
            return self.choices

    class Moved(Message):
        """The arrows moved the pointer for the first time (Enter now takes its option)."""

        def __init__(self, choices: ChoiceList) -> None:
            super().__init__()
            self.choices = choices

        @property
        def control(self) -> ChoiceList:
            """The list."""
            return self.choices

    def __init__(
        self,
        labels: Sequence[str],
        *,
        multiple: bool = False,
        selected: Sequence[int] = (),
        numbers: Sequence[str] | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.labels = list(labels)
        self.numbers = (
            list(numbers) if numbers is not None else [str(i + 1) for i in range(len(labels))]
        )
        self.multiple = multiple
        #: Whether the arrows moved the cursor since the options were shown.
        self.moved = False
        # the digits typed just now, when they were typed, and the selection before them
        self._digits = ""
        self._digit_time = 0.0
        self._before: frozenset[int] = frozenset()
        # the lines on screen, and each option's rendered lines in the styles they had
        self._lines: list[Strip] | None = None
        self._option_lines: dict[tuple[object, ...], list[Strip]] = {}
        self._cached_style: object = None
        self._styles: tuple[Style, Style] | None = None
        self.set_reactive(ChoiceList.selected, frozenset(selected))
        if selected:
            self.set_reactive(ChoiceList.cursor, min(selected))

    def reset(
        self, labels: Sequence[str], numbers: Sequence[str], multiple: bool, selected: Iterable[int]
    ) -> None:
        """Show other options (the next question), with their own selection.

        Args:
            labels: the option labels.
            numbers: the key shown before each.
            multiple: whether several may be chosen.
            selected: the indexes chosen now.
        """
        self.labels, self.numbers, self.multiple = list(labels), list(numbers), multiple
        self.moved = False
        self._digits = ""
        chosen = frozenset(selected)
        self.set_reactive(ChoiceList.selected, chosen)
        self.set_reactive(ChoiceList.cursor, min(chosen) if chosen else 0)
        # the next agreement statement has the same five labels: no new layout needed
        if steady.keeps_size(self):
            self._repaint_lines()
        else:
            self.refresh(layout=True)

    def render(self) -> Text:
        """One line per option: the cursor's pointer, its key, a mark, its label.

        A chosen option is marked and highlighted; the cursor is only a pointer, so that
        on a projector the place of the cursor is never taken for a choice.
        """
        styles = self._option_styles()
        text = Text()
        for index in range(len(self.labels)):
            if index:
                text.append("\n")
            text.append(self._option(index, *styles))
        return text

    def _option_styles(self) -> tuple[Style, Style]:
        # kept until the styles change: Textual forgets them on every refresh
        if self._styles is None:
            self._styles = (
                self.get_component_rich_style("choice-list--cursor"),
                self.get_component_rich_style("choice-list--chosen"),
            )
        return self._styles

    def _option(self, index: int, cursor_style: Style, chosen_style: Style) -> Text:
        """The line (before wrapping) of one option."""
        chosen = index in self.selected
        marks = ("[x]", "[ ]") if self.multiple else ("(o)", "( )")
        mark = marks[0] if chosen else marks[1]
        # the cursor's style on the pointer only: as the Text's own style it would colour
        # every option's whole line, and the chosen one would no longer stand out
        line = Text()
        line.append(POINTER if self._here(index) else " " * len(POINTER), style=cursor_style)
        body = plain(f"{self.numbers[index]:>2}  {mark} ")
        body.append(plain(self.labels[index]))
        if chosen:
            body.stylize(chosen_style)
        line.append(body)
        return line

    def _here(self, index: int) -> bool:
        return index == self.cursor and self.has_focus

    def render_line(self, y: int) -> Strip:
        """One line of the options, from lines rendered before where nothing changed.

        Moving on to the next question changes a mark or two and the pointer: the other
        lines are taken as they were. Each option is rendered as `render` renders it (the
        lines before it left empty, so that it lies on its own line for text selection),
        and only while no text is selected, which `render` shows as it always did.
        """
        if self.text_selection is not None:
            return super().render_line(y)
        if self._dirty_regions or self._lines is None:
            self._lines = self._render_options()
            self._dirty_regions.clear()
        width = self.size.width
        if y < len(self._lines):
            return self._lines[y]
        return Strip.blank(width, self.visual_style.rich_style)

    def _render_options(self) -> list[Strip]:
        width = self.size.width
        style = self.visual_style
        if style != self._cached_style:
            self._option_lines.clear()
            self._cached_style = style
        styles: tuple[Style, Style] | None = None
        lines: list[Strip] = []
        for index, label in enumerate(self.labels):
            key: tuple[object, ...] = (index, label, self.numbers[index], self.multiple, width)
            key += (index in self.selected, self._here(index))
            strips = self._option_lines.get(key)
            if strips is None:
                styles = styles or self._option_styles()
                strips = self._render_option(index, self._option(index, *styles), width, style)
                if len(self._option_lines) >= self.KEPT_LINES:
                    self._option_lines.clear()
                self._option_lines[key] = strips
            lines += strips
        return lines[: self.size.height]

    def _render_option(self, index: int, line: Text, width: int, style: VisualStyle) -> list[Strip]:
        """The strips of one option, as `render` would render them."""
        if line.cell_len <= width:
            # one line: Textual's own steps without the wrapping, which is most of the work
            content = Content.from_rich_text(line, console=self.app.console)
            segments = []
            x = 0
            for part, part_style in content.render(style, end=""):
                segments.append(
                    Segment(part, (style + part_style).rich_style_with_offset(x, index))
                )
                x += len(part)
            return [Strip(segments, content.cell_length)]
        # the lines before it left empty, so that it lies on its own line as in `render`
        text = Text("\n" * index)
        text.append(line)
        return Visual.to_strips(self, visualize(self, text, markup=False), width, None, style)[
            index:
        ]

    def notify_style_update(self) -> None:
        """Styles changed (the theme, the focus): lines rendered before are out of date."""
        super().notify_style_update()
        self._option_lines.clear()
        self._lines = None
        self._styles = None

    def _line_height(self, label: str, width: int) -> int:
        # the pointer, two digits, two spaces, the mark and a space come before the label
        return max(1, -(-(len(label) + len(POINTER) + 8) // max(1, width)))

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """Its height: one line per option (labels wrap where the width is small)."""
        return sum(self._line_height(label, width) for label in self.labels)

    def _pick(self, index: int) -> None:
        if not 0 <= index < len(self.labels):
            return
        self.cursor = index
        if self.multiple:
            self.selected = self.selected ^ {index}
        elif self.selected == {index}:
            self.selected = frozenset()
        else:
            self.selected = frozenset({index})

    def watch_cursor(self) -> None:
        self._repaint_lines()

    def watch_selected(self, selected: frozenset[int]) -> None:
        self._repaint_lines()
        self.post_message(self.Changed(self, selected))

    def _repaint_lines(self) -> None:
        """Repaint the lines that look different now (a mark, the pointer), or all of it.

        A pick changes two lines, the next question on the same scale two or three: the
        other lines stay on screen as they are.
        """
        before = self._lines
        if before is None or self.text_selection is not None or not self.size.width:
            self.refresh()
            return
        after = self._render_options()
        if len(after) != len(before):
            self.refresh()
            return
        width = self.size.width
        changed = [Region(0, y, width, 1) for y, line in enumerate(after) if line != before[y]]
        self._lines = after
        if changed:
            self.refresh(*changed)

    def move(self, step: int) -> None:
        """Move the cursor (the user did: Enter may then pick the option under it)."""
        self.cursor = (self.cursor + step) % len(self.labels)
        if not self.moved:
            self.moved = True
            self.post_message(self.Moved(self))
        self._digits = ""

    def pick_cursor(self) -> None:
        """Pick or toggle the option under the cursor."""
        self._digits = ""
        self._pick(self.cursor)

    def pick_cursor_if_moved(self) -> None:
        """Pick the option under the cursor when nothing is chosen and the cursor was moved.

        Enter confirms what is chosen; with nothing chosen it takes the option the arrows
        went to, as a facilitator who moved there expects.
        """
        if self.moved and not self.selected:
            self._pick(self.cursor)

    def clear(self) -> None:
        """Empty the selection."""
        self._digits = ""
        self.selected = frozenset()

    def select(self, indexes: Sequence[int]) -> None:
        """Set the selection from outside (without toggling)."""
        self.selected = frozenset(indexes)

    def type_digit(self, digit: str, at: float) -> bool:
        """A digit key: pick the option with that number, or with the number typed so far.

        Args:
            digit: the digit.
            at: when it was typed (seconds, monotonic).

        Returns:
            Whether it belonged to an option.
        """
        joined = self._digits + digit
        if self._digits and at - self._digit_time <= self.DIGIT_WINDOW and self._known(joined):
            # the second digit of a number: undo what the first one did
            self.set_reactive(ChoiceList.selected, self._before)
        elif self._known(digit):
            joined = digit
            self._before = self.selected
        else:
            self._digits = ""
            return False
        self._digits, self._digit_time = joined, at
        if joined in self.numbers:
            self._pick(self.numbers.index(joined))
        return True

    def _known(self, digits: str) -> bool:
        # a number of an option, or the start of one (9 on a scale from 90 to 100)
        return any(number.startswith(digits) for number in self.numbers)

    def on_key(self, event: events.Key) -> None:
        """Digits pick, arrows move, space picks the option under the cursor, backspace clears."""
        key = event.key
        if key in ("up", "down"):
            self.move(-1 if key == "up" else 1)
        elif key == "space":
            self.pick_cursor()
        elif key in ("backspace", "delete"):
            self.clear()
        else:
            digit = event.character or ""
            if not (digit.isdigit() and self.type_digit(digit, event.time)):
                return
        event.stop()
        event.prevent_default()

    def on_click(self, event: events.Click) -> None:
        """A click picks the option on that line (a click on the frame picks none)."""
        # counted from the options' first line: in the boxed layout a border lies above it
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y
        for index, label in enumerate(self.labels):
            height = self._line_height(label, self.size.width)
            if line < height:
                self._digits = ""
                self.focus()
                self._pick(index)
                return
            line -= height

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
