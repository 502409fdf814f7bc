"""Asked when the session file was changed outside woest: reload, save elsewhere, overwrite."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from woest_tui.i18n import message
from woest_tui.tui.text import plain

Choice = Literal["reload", "elsewhere", "overwrite"]


class ChangedScreen(ModalScreen[Choice | None]):
    """Returns "reload", "elsewhere", "overwrite" or None (decide later; nothing is saved)."""

    CSS_PATH = "changed.tcss"
    BINDINGS = [Binding("escape", "later", show=False)]

    def __init__(self, lang: str, path: Path | None, problem: str | None = None) -> None:
        """Create the question.

        Args:
            lang: "nl" or "en".
            path: the session file.
            problem: why the last choice did not work (a reload of a broken file), if so.
        """
        super().__init__()
        self.lang = lang
        self.path = path
        self.problem = problem

    def compose(self) -> ComposeResult:
        """What happened, what is safe, and the three ways on; reloading is the first."""
        with Vertical(id="changed"):
            yield Static(plain(message("changed_title", self.lang)), id="changed-title")
            body = message("changed_body", self.lang, path=str(self.path or ""))
            yield Static(plain(body), id="changed-body")
            if self.problem is not None:
                yield Static(plain(self.problem), id="changed-problem")
            with Horizontal(id="changed-buttons"):
                yield Button(message("changed_reload", self.lang), variant="primary", id="reload")
                yield Button(message("changed_elsewhere", self.lang), id="elsewhere")
                yield Button(
                    message("changed_overwrite", self.lang), variant="error", id="overwrite"
                )
                yield Button(message("changed_later", self.lang), id="later")

    def on_mount(self) -> None:
        self.query_one("#reload", Button).focus()

    @on(Button.Pressed, "#reload")
    def _reload(self) -> None:
        self.dismiss("reload")

    @on(Button.Pressed, "#elsewhere")
    def _elsewhere(self) -> None:
        self.dismiss("elsewhere")

    @on(Button.Pressed, "#overwrite")
    def _overwrite(self) -> None:
        self.dismiss("overwrite")

    @on(Button.Pressed, "#later")
    def action_later(self) -> None:
        """Back to the meeting; nothing is saved to the file until the team chose."""
        self.dismiss(None)
