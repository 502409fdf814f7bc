"""When finishing: the day the team answers again ("nameten"), three months on by default."""

from __future__ import annotations

import datetime as dt

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from woest_tui.report.actions import REMEASURE_MONTHS, months_on
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.screens.priority import parse_date
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput


class RemeasureScreen(ModalScreen[dt.date | None], Localized):
    """Returns the day to measure again, or None when finishing is cancelled."""

    CSS_PATH = "remeasure.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, today: dt.date, current: dt.date | None = None) -> None:
        """Create the question.

        Args:
            today: the day of finishing: the date is not before it.
            current: a day chosen before, shown instead of the default.
        """
        super().__init__()
        self.today = today
        self.current = current or months_on(today, REMEASURE_MONTHS)
        self.problem = False

    def compose(self) -> ComposeResult:
        """The question, the date, the error line and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(self.t("remeasure_title")), classes="dialog-title")
            yield Static(plain(self.t("remeasure_text")))
            yield SafeInput(self.current.isoformat(), select_on_focus=False, id="remeasure")
            yield Static("", id="remeasure-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("remeasure_ok"), variant="primary", id="ok")
                yield Button(self.t("cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#remeasure", Input).focus()

    async def relabel(self) -> None:
        """Show everything in the new language, keeping what was typed."""
        await recompose_keeping(self)
        self.show_problem()

    def show_problem(self) -> None:
        """The error line under the date."""
        text = self.t("remeasure_invalid", date=self.today.isoformat()) if self.problem else ""
        self.query_one("#remeasure-error", Static).update(plain(text))

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        day = parse_date(self.query_one("#remeasure", Input).value)
        if day is None or day < self.today:
            self.problem = True
            self.show_problem()
            return
        self.dismiss(day)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Do not finish."""
        self.dismiss(None)
