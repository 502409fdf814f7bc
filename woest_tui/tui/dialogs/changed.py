"""Asked when the session file was changed outside woest: reload, save elsewhere, overwrite."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from woest_tui.core.errors import WoestError
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import message
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain

if TYPE_CHECKING:
    from woest_tui.tui.app import WoestApp

Choice = Literal["reload", "elsewhere", "overwrite"]


class ChangedScreen(ModalScreen[Choice | None], Localized):
    """Returns "reload", "elsewhere", "overwrite" or None (decide later; nothing is saved)."""

    CSS_PATH = "changed.tcss"
    BINDINGS = [Binding("escape", "later", show=False)]

    def __init__(self, path: Path | None, problem: str | None = None) -> None:
        """Create the question.

        Args:
            path: the session file.
            problem: why the last choice did not work (a reload of a broken file), if so.
        """
        super().__init__()
        self.path = path
        self.problem = problem

    def compose(self) -> ComposeResult:
        """What happened, what is safe, and the three ways on; reloading is the first."""
        with Vertical(id="changed"):
            yield Static(plain(self.t("changed_title")), id="changed-title")
            body = self.t("changed_body", path=str(self.path or ""))
            yield Static(plain(body), id="changed-body")
            if self.problem is not None:
                yield Static(plain(self.problem), id="changed-problem")
            with Horizontal(id="changed-buttons"):
                yield Button(self.t("changed_reload"), variant="primary", id="reload")
                yield Button(self.t("changed_elsewhere"), id="elsewhere")
                yield Button(self.t("changed_overwrite"), variant="error", id="overwrite")
                yield Button(self.t("changed_later"), id="later")

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


async def ask_changed(app: WoestApp, state: SessionState, problem: str | None = None) -> None:
    """Ask what to do now that the session file changed, and do it; nothing typed is lost.

    Runs in a worker of the app (see `WoestApp.file_changed`).

    Args:
        app: the app (its saver, walk and dialogs).
        state: the session, whose saving stopped.
        problem: why the last choice did not work, if so.
    """
    if any(isinstance(screen, ChangedScreen) for screen in app.screen_stack):
        return  # asked already
    # pushed in the same step as the check above (no await between): a second failure
    # in the meantime finds the question open and does not stack another
    asked = ChangedScreen(state.path, problem)
    choice = await app.push_screen(asked, wait_for_dismiss=True)
    if choice == "reload":
        await asyncio.to_thread(app.saver.flush)
        try:
            state.reload()
        except WoestError as error:  # the file no longer reads, or no longer fits
            reason = " ".join(error.lines(app.lang))
            app.file_changed(app.t("changed_cannot_reload", reason=reason))
            return
        if app.walk is not None and app.walk.is_attached:
            await app.walk.show()
        app.notify(app.t("changed_reloaded"), markup=False)
    elif choice == "elsewhere":
        title = partial(message, "changed_elsewhere")
        path = await app.push_screen_wait(SaveAsScreen(title, state.path))
        if path is None:
            app.file_changed()  # asked again: the answers are still only in memory
            return
        app.announce = path
        app.save_to(path)
    elif choice == "overwrite":
        state.overwrite()
    else:
        app.notify(app.t("still_unsaved"), severity="warning", timeout=10, markup=False)
