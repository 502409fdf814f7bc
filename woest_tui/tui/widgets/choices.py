"""A list of numbered choices: pick with 1-9, arrows and space, or the mouse."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from woest_tui.tui.text import plain


class ChoiceList(Widget, can_focus=True):
    """Numbered options; single (radio-like) or multiple (checkbox-like) selection.

    Unlike a RadioSet it can be cleared: choosing the selected option of a single list
    again, or pressing backspace, empties it. Every key is handled here, in the list's
    own queue, so keys typed fast are applied in the order they came (Textual would run
    the list's bindings only after the key went round through the app).
    """

    cursor: reactive[int] = reactive(0)
    selected: reactive[frozenset[int]] = reactive(frozenset(), init=False)

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
        same_size = list(labels) == self.labels
        self.labels, self.numbers, self.multiple = list(labels), list(numbers), multiple
        chosen = frozenset(selected)
        self.set_reactive(ChoiceList.selected, chosen)
        self.set_reactive(ChoiceList.cursor, min(chosen) if chosen else 0)
        # the next agreement statement has the same five labels: no new layout needed
        self.refresh(layout=not same_size)

    def render(self) -> Text:
        """One line per option: its key, a mark, its label (never read as markup)."""
        text = Text()
        for index, label in enumerate(self.labels):
            chosen = index in self.selected
            marks = ("[x]", "[ ]") if self.multiple else ("(o)", "( )")
            mark = marks[0] if chosen else marks[1]
            style = "reverse" if index == self.cursor and self.has_focus else ""
            line = plain(f" {self.numbers[index]:>2}  {mark} ", style=style)
            line.append(plain(label, style="bold" if chosen else ""))
            line.stylize(style)
            if index:
                text.append("\n")
            text.append(line)
        return text

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """Its height: one line per option (labels wrap where the width is small)."""
        return sum(max(1, -(-(len(label) + 10) // max(1, width))) for label in self.labels)

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

    def watch_selected(self, selected: frozenset[int]) -> None:
        self.post_message(self.Changed(self, selected))

    def action_move(self, step: int) -> None:
        """Move the cursor."""
        self.cursor = (self.cursor + step) % len(self.labels)

    def action_pick_cursor(self) -> None:
        """Pick or toggle the option under the cursor."""
        self._pick(self.cursor)

    def action_clear(self) -> None:
        """Empty the selection."""
        self.selected = frozenset()

    def select(self, indexes: Sequence[int]) -> None:
        """Set the selection from outside (without toggling)."""
        self.selected = frozenset(indexes)

    def on_key(self, event: events.Key) -> None:
        """Digits pick, arrows move, space picks the option under the cursor, backspace clears."""
        key = event.key
        if key in ("up", "down"):
            self.action_move(-1 if key == "up" else 1)
        elif key == "space":
            self.action_pick_cursor()
        elif key in ("backspace", "delete"):
            self.action_clear()
        elif event.character and event.character in self.numbers:
            self._pick(self.numbers.index(event.character))
        else:
            return
        event.stop()
        event.prevent_default()

    def on_click(self, event: events.Click) -> None:
        """A click picks the option on that line."""
        line = event.y
        for index, label in enumerate(self.labels):
            height = max(1, -(-(len(label) + 10) // max(1, self.size.width)))
            if line < height:
                self.focus()
                self._pick(index)
                return
            line -= height

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
