"""Small modal screens: save elsewhere, confirm, and the too-small-window notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Static

from woest_tui.core.errors import WoestError
from woest_tui.core.files.fileinfo import exists, typed_path
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput

#: A text, or a text made in a given language (so that it follows a language switch).
Said = str | Callable[[Lang], str]


def say(text: Said, lang: Lang) -> str:
    """The text in `lang`."""
    return text if isinstance(text, str) else text(lang)


class SaveAsScreen(ModalScreen[Path | None], Localized):
    """Ask for a file to save to; returns the path, or None when cancelled."""

    CSS_PATH = "modals.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, title: Said, current: Path | None, body: Said = "") -> None:
        """Create the dialog.

        Args:
            title: its title (a function of the language follows a switch).
            body: what happened, if anything.
            current: the session's file, to suggest a name beside it.
        """
        super().__init__()
        self.title_text = title
        self.body = body
        suggestion = (
            current.with_name(current.stem + "-kopie.toml") if current else Path("woest-kopie.toml")
        )
        self.suggestion = str(typed_path(str(suggestion)))

    def compose(self) -> ComposeResult:
        """Title, what happened, a path field and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(say(self.title_text, self.lang)), classes="dialog-title")
            if self.body:
                yield Static(plain(say(self.body, self.lang)), classes="dialog-body")
            yield SafeInput(self.suggestion, select_on_focus=False, id="path")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("save"), variant="primary", id="ok")
                yield Button(self.t("cancel"), id="cancel")

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted, "#path")
    @work(group="save-as")
    async def _ok(self) -> None:
        value = self.query_one("#path", Input).value.strip()
        if not value:
            return
        path = typed_path(value)
        try:
            taken = exists(path, "write_failed")
        except WoestError as error:  # a folder that cannot be entered, a name too long
            self.notify(" ".join(error.lines(self.lang)), severity="error", timeout=10)
            return
        if not taken:
            self.dismiss(path)
            return

        # an existing file (perhaps another team's finished result) is replaced only on a yes
        def question(lang: Lang) -> str:
            return message("overwrite_confirm", lang, path=str(path))

        if await self.app.push_screen_wait(ConfirmScreen(question)):
            self.dismiss(path)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool], Localized):
    """A yes/no question; returns True for yes."""

    CSS_PATH = "modals.tcss"
    BINDINGS = [
        Binding("escape,n", "no", show=False),
        # j(a) in Dutch, y(es) in English; both work in either language
        Binding("j,y", "yes", show=False),
    ]

    def __init__(self, question: Said) -> None:
        """Create the dialog.

        Args:
            question: the question; made in the language of the moment when it is a function.
        """
        super().__init__()
        self.asked = question

    @property
    def question(self) -> str:
        """The question as it is shown now."""
        return say(self.asked, self.lang)

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(self.question), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yes_key = "y" if self.lang == "en" else "j"
                yield Button(f"{self.t('yes')} ({yes_key})", variant="warning", id="yes")
                yield Button(f"{self.t('no')} (n)", variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        """Answer yes."""
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        """Answer no."""
        self.dismiss(False)


class TooSmallScreen(Screen[None], Localized):
    """Covers everything while the window is smaller than 60x20; nothing underneath changes."""

    CSS_PATH = "modals.tcss"

    def compose(self) -> ComposeResult:
        """One clear sentence."""
        yield Static(plain(self.t("too_small")), id="too-small")

    async def relabel(self) -> None:
        """Say it in the new language."""
        self.query_one("#too-small", Static).update(plain(self.t("too_small")))
