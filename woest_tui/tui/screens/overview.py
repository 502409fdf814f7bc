"""Every theme and question with its state; choosing one jumps there."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.session.state import SessionState
from woest_tui.core.session.walk import Position
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain

Target = tuple[str, int]


def hanging(prefix: str, text: Text, tag: Text | None = None) -> Table:
    """A list line whose wrapped text keeps its indent under the text, not under the prefix.

    Args:
        prefix: the mark and number before the text.
        text: the text, wrapped in its own column.
        tag: a word after the text, such as "(verplicht)": kept whole, beside the text.

    Returns:
        A grid of one row.
    """
    grid = Table.grid(expand=True)
    grid.add_column(no_wrap=True, width=len(prefix))
    grid.add_column(ratio=1)
    cells: list[Text] = [plain(prefix), text]
    if tag is not None:
        grid.add_column(no_wrap=True, width=tag.cell_len)
        cells.append(tag)
    grid.add_row(*cells)
    return grid


def state_mark(state: SessionState, question_id: str) -> str:
    """A mark for a question's state: answered, "weet niet", "n.v.t.", only a note, or open."""
    answer = state.answer(question_id)
    if answer is None:
        return "·"
    if answer.dont_know:
        return "?"
    if answer.not_applicable:
        return "–"
    return "✓" if answer.is_answered else "✎"


class OverviewScreen(ModalScreen[Target | None], Localized):
    """Returns ("theme", index) or ("question", index), or None when closed."""

    CSS_PATH = "overview.tcss"
    BINDINGS = [
        Binding("escape,o,f4", "close", show=False),
    ]

    def __init__(self, state: SessionState, current: Position) -> None:
        super().__init__()
        self.state = state
        self.current = current

    def compose(self) -> ComposeResult:
        """A legend and the list."""
        bank, lang = self.state.bank, self.lang
        options: list[Option] = []
        highlight = 0
        number = 0
        required = plain(f"  ({self.t('required')})", style="italic")
        for t, theme in enumerate(bank.themes):
            title = plain(theme.title.get(lang, bank.language), style="bold")
            if self.current == Position(t, None):
                highlight = len(options)
            options.append(Option(hanging(f"{t + 1}. ", title), id=f"theme-{t}"))
            for q, question in enumerate(theme.questions):
                mark = state_mark(self.state, question.id)
                line = hanging(
                    f"   {mark} {number + 1:>2}. ",
                    plain(question.text.get(lang, bank.language)),
                    required if question.required else None,
                )
                if self.current == Position(t, q):
                    highlight = len(options)
                options.append(Option(line, id=f"question-{number}"))
                number += 1
        with Vertical(id="overview"):
            yield Static(
                plain(
                    self.t(
                        "overview_title",
                        answered=self.state.answered,
                        total=self.state.total,
                    )
                ),
                id="overview-title",
            )
            yield Static(plain(self.t("overview_legend")), id="overview-legend")
            yield OptionList(*options, id="overview-list")
        self._highlight = highlight

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self._highlight
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        kind, _, index = (event.option.id or "").partition("-")
        self.dismiss((kind, int(index)))

    def action_close(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
