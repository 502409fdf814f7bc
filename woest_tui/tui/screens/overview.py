"""Every theme and question with its state; choosing one jumps there."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from woest_tui.i18n import message
from woest_tui.session import SessionState
from woest_tui.tui.screens.walk import Position
from woest_tui.tui.text import plain

Target = tuple[str, int]


def state_mark(state: SessionState, question_id: str) -> str:
    """A mark for a question's state: answered, "weet niet", only a note, or open."""
    answer = state.answer(question_id)
    if answer is None:
        return "·"
    if answer.dont_know:
        return "?"
    return "✓" if answer.is_answered else "✎"


class OverviewScreen(ModalScreen[Target | None]):
    """Returns ("theme", index) or ("question", index), or None when closed."""

    CSS_PATH = "overview.tcss"
    BINDINGS = [
        Binding("escape,o,f4", "close", show=False),
    ]

    def __init__(self, state: SessionState, lang: str, current: Position) -> None:
        super().__init__()
        self.state = state
        self.lang = lang
        self.current = current

    def compose(self) -> ComposeResult:
        """A legend and the list."""
        bank, lang = self.state.bank, self.lang
        options: list[Option] = []
        highlight = 0
        number = 0
        for t, theme in enumerate(bank.themes):
            title = plain(f"{t + 1}. {theme.title.get(lang, bank.language)}", style="bold")
            if self.current == Position(t, None):
                highlight = len(options)
            options.append(Option(title, id=f"theme-{t}"))
            for q, question in enumerate(theme.questions):
                mark = state_mark(self.state, question.id)
                line = plain(f"   {mark} {number + 1:>2}. ")
                line.append(plain(question.text.get(lang, bank.language)))
                if question.required:
                    line.append(plain(f"  ({message('required', lang)})", style="italic"))
                if self.current == Position(t, q):
                    highlight = len(options)
                options.append(Option(line, id=f"question-{number}"))
                number += 1
        with Vertical(id="overview"):
            yield Static(
                plain(
                    message(
                        "overview_title",
                        lang,
                        answered=self.state.answered,
                        total=self.state.total,
                    )
                ),
                id="overview-title",
            )
            yield Static(plain(message("overview_legend", lang)), id="overview-legend")
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
