"""The finish review: the questions still open, each a key press away."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.session.state import SessionState
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.screens.overview import hanging
from woest_tui.tui.support.localized import Key, Localized, apply_keys
from woest_tui.tui.support.text import plain

KEYS = [
    Key("escape", "close", "key_back", key_display="Esc"),
    Key("s", "to_summary", "key_to_summary"),
]


class ReviewScreen(ModalScreen[int | None], Localized):
    """Returns the index of the question to open, or None (back, or on to the summary)."""

    CSS_PATH = "review.tcss"

    def __init__(self, state: SessionState) -> None:
        super().__init__()
        self.state = state

    def compose(self) -> ComposeResult:
        """What is still open, and how to go on."""
        bank, lang = self.state.bank, self.lang
        indexes = {q.id: i for i, q in enumerate(self.state.questions)}
        open_questions = self.state.open_questions()
        with Vertical(id="review"):
            if open_questions:
                title = self.t("review_open", count=len(open_questions))
            else:
                title = self.t("review_all_done")
            yield Static(plain(title), id="review-title")
            if self.state.required_open():
                yield Static(plain(self.t(self.required_key())), id="review-required")
            options = []
            required = plain(f"  ({self.t('required')})", style="bold")
            for question in open_questions:
                line = hanging(
                    f"{indexes[question.id] + 1:>2}. ",
                    plain(question.text.get(lang, bank.language)),
                    required if question.required else None,
                )
                options.append(Option(line, id=str(indexes[question.id])))
            if options:
                yield OptionList(*options, id="review-list")
            yield Static(plain(self.t("review_hint")), id="review-hint")
        yield Footer()

    def required_key(self) -> str:
        """The hint for open required questions: "weet niet" only where they allow it."""
        allowed = [q.allow_dont_know for q in self.state.required_open()]
        if all(allowed):
            return "review_required"
        return "review_required_answer" if not any(allowed) else "review_required_some"

    def on_mount(self) -> None:
        apply_keys(self, KEYS, self.lang)
        for options in self.query(OptionList).results():
            options.focus()

    async def relabel(self) -> None:
        """Show everything in the new language, on the same line."""
        apply_keys(self, KEYS, self.lang)
        await recompose_keeping(self)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_close(self) -> None:
        """Back to the questions."""
        self.dismiss(None)

    def action_to_summary(self) -> None:
        """On to the summary, unless a required question is open."""
        if self.state.required_open():
            self.notify(self.t(self.required_key()), severity="warning", markup=False)
            return
        self.dismiss(None)
        self.app.call_later(self.app.run_action, "summary")
