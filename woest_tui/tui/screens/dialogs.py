"""Small modal screens: save elsewhere, confirm, and the too-small-window notice."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static

from woest_tui.i18n import message
from woest_tui.tui.text import plain


class SaveAsScreen(ModalScreen[Path | None]):
    """Ask for a file to save to; returns the path, or None when cancelled."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, lang: str, title: str, current: Path | None, body: str = "") -> None:
        super().__init__()
        self.lang = lang
        self.title_text = title
        self.body = body
        suggestion = (
            current.with_name(current.stem + "-kopie.toml") if current else Path("woest-kopie.toml")
        )
        self.suggestion = str(suggestion.expanduser())

    def compose(self) -> ComposeResult:
        """Title, what happened, a path field and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(self.title_text), classes="dialog-title")
            if self.body:
                yield Static(plain(self.body), classes="dialog-body")
            yield Input(self.suggestion, select_on_focus=False, id="path")
            with Horizontal(classes="dialog-buttons"):
                yield Button(message("save", self.lang), variant="primary", id="ok")
                yield Button(message("cancel", self.lang), id="cancel")

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#path")
    def _ok(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            return
        path = Path(value).expanduser()
        if not path.exists():
            self.dismiss(path)
            return

        # an existing file (perhaps another team's finished result) is replaced only on a yes
        def answer(yes: bool | None) -> None:
            if yes:
                self.dismiss(path)

        question = message("overwrite_confirm", self.lang, path=str(path))
        self.app.push_screen(ConfirmScreen(self.lang, question), answer)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; returns True for yes."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "no", show=False)]

    def __init__(self, lang: str, question: str) -> None:
        super().__init__()
        self.lang = lang
        self.question = question

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(self.question), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(message("yes", self.lang), variant="warning", id="yes")
                yield Button(message("no", self.lang), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        """Answer no."""
        self.dismiss(False)


class TooSmallScreen(Screen[None]):
    """Covers everything while the window is smaller than 60x20; nothing underneath changes."""

    CSS_PATH = "dialogs.tcss"

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        """One clear sentence."""
        yield Static(plain(message("too_small", self.lang)), id="too-small")
