"""Edit one priority: which development point, the action, the owner and the due date."""

from __future__ import annotations

import datetime as dt
import re

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Select, Static

from woest_tui.core.model import Priority
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput
from woest_tui.tui.widgets.wrapping import WrappingField


def parse_date(text: str) -> dt.date | None:
    """A date typed as 2027-03-01, 1-3-2027 or 01/03/2027; None when it is not one."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(p) for p in text.split("-"))
        elif re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", text):
            day, month, year = (int(p) for p in re.split(r"[-/.]", text))
        else:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


class PriorityScreen(ModalScreen[Priority | None], Localized):
    """Returns the edited priority, or None when cancelled; nothing typed is lost on errors."""

    CSS_PATH = "priority.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(
        self,
        refs: list[tuple[str, str]],
        priority: Priority | None = None,
        today: dt.date | None = None,
        suggestion: str | None = None,
    ) -> None:
        """Create the editor.

        Args:
            refs: (label, id) of the themes and questions to choose from, best first.
            priority: the priority to edit, or None for a new one.
            today: the session's date: the due date is not before it, and by default
                three months after it.
            suggestion: the action to offer first in a new priority (the team's own answer
                naming its first development point), or None.
        """
        super().__init__()
        self.refs = refs
        self.priority = priority
        self.today = today or dt.date.today()
        self.suggestion = suggestion
        #: The message key of what is wrong, said again after a language switch.
        self.problem: str | None = None

    def compose(self) -> ComposeResult:
        """The four fields, an error line and two buttons."""
        current = self.priority
        due = current.due if current else self.today + dt.timedelta(days=91)
        with Vertical(classes="dialog"):
            yield Static(plain(self.t("priority_title")), classes="dialog-title")
            yield Static(plain(self.t("priority_ref")), classes="field-label")
            yield Select(
                [(plain(label), ref) for label, ref in self.refs],
                value=current.ref if current else (self.refs[0][1] if self.refs else Select.NULL),
                allow_blank=False,
                id="ref",
            )
            yield Static(plain(self.t("priority_action")), classes="field-label")
            yield WrappingField(
                current.action if current else (self.suggestion or ""),
                max_length=2000,
                id="action",
            )
            yield Static(plain(self.t("priority_owner")), classes="field-label")
            yield SafeInput(
                current.owner if current else "", select_on_focus=False, max_length=200, id="owner"
            )
            yield Static(plain(self.t("priority_due")), classes="field-label")
            yield SafeInput(due.isoformat(), select_on_focus=False, id="due")
            yield Static("", id="priority-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("save"), variant="primary", id="ok")
                yield Button(self.t("cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#action", WrappingField).focus()

    async def relabel(self) -> None:
        """Show everything in the new language, keeping what was typed."""
        await recompose_keeping(self)
        self.show_problem()

    def show_problem(self) -> None:
        """The error line under the fields."""
        text = "" if self.problem is None else self.t(self.problem, date=self.today.isoformat())
        self.query_one("#priority-error", Static).update(plain(text))

    def refuse(self, key: str, field: str) -> None:
        """Say what is wrong and put the cursor in that field; nothing typed is lost."""
        self.problem = key
        self.show_problem()
        self.query_one(f"#{field}").focus()

    def wrong(self) -> tuple[str, str] | None:
        """The first problem of the fields (message key, field), or None."""
        action = self.query_one("#action", WrappingField).value.strip()
        owner = self.query_one("#owner", Input).value.strip()
        due = parse_date(self.query_one("#due", Input).value)
        if not action:
            return "priority_need_action", "action"
        if not owner:
            return "priority_need_owner", "owner"
        if due is None:
            return "priority_need_due", "due"
        if due < self.today:
            return "priority_due_past", "due"
        return None

    @on(Input.Changed)
    @on(WrappingField.Changed)
    def _typed(self) -> None:
        # an error stays only while it is still true: "Beschrijf de actie." goes away as
        # soon as the action is typed, not at the next Enter
        if self.problem is None:
            return
        problem = self.wrong()
        if problem is None or problem[0] != self.problem:
            self.problem = None
            self.show_problem()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    @on(WrappingField.Submitted)
    def _ok(self) -> None:
        problem = self.wrong()
        ref = self.query_one("#ref", Select).value
        if problem is not None:
            self.refuse(*problem)
        elif isinstance(ref, str):
            action = self.query_one("#action", WrappingField).value.strip()
            owner = self.query_one("#owner", Input).value.strip()
            due = parse_date(self.query_one("#due", Input).value)
            assert due is not None  # checked by `wrong`
            self.dismiss(Priority(ref=ref, action=action, owner=owner, due=due))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
