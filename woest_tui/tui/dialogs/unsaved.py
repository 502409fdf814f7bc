"""Asked on quitting while the latest answers could not be written: save, quit, or stay."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain

Choice = Literal["save", "quit"]


class UnsavedScreen(ModalScreen[Choice | None], Localized):
    """Returns "save" (another place), "quit" (lose the unsaved answers) or None (stay)."""

    CSS_PATH = "unsaved.tcss"
    BINDINGS = [Binding("escape", "stay", show=False)]

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        """What is at stake, and three buttons; saving elsewhere is the first."""
        with Vertical(id="unsaved"):
            yield Static(plain(self.t("unsaved_title")), id="unsaved-title")
            body = self.t("unsaved_body", path=str(self.path or ""))
            yield Static(plain(body), id="unsaved-body")
            with Horizontal(id="unsaved-buttons"):
                yield Button(self.t("unsaved_save"), variant="primary", id="save")
                yield Button(self.t("unsaved_quit"), variant="error", id="quit")
                yield Button(self.t("cancel"), id="stay")

    def on_mount(self) -> None:
        self.query_one("#save", Button).focus()

    @on(Button.Pressed, "#save")
    def _save(self) -> None:
        self.dismiss("save")

    @on(Button.Pressed, "#quit")
    def _quit(self) -> None:
        self.dismiss("quit")

    @on(Button.Pressed, "#stay")
    def action_stay(self) -> None:
        """Back to the meeting; nothing changes."""
        self.dismiss(None)
