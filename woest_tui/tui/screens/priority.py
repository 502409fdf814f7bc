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

from woest_tui.i18n import message
from woest_tui.model import Priority
from woest_tui.tui.text import plain


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


class PriorityScreen(ModalScreen[Priority | None]):
    """Returns the edited priority, or None when cancelled; nothing typed is lost on errors."""

    CSS_PATH = "priority.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(
        self,
        lang: str,
        refs: list[tuple[str, str]],
        priority: Priority | None = None,
        today: dt.date | None = None,
    ) -> None:
        """Create the editor.

        Args:
            lang: "nl" or "en".
            refs: (label, id) of the themes and questions to choose from, best first.
            priority: the priority to edit, or None for a new one.
            today: the default due date is three months after it.
        """
        super().__init__()
        self.lang = lang
        self.refs = refs
        self.priority = priority
        self.today = today or dt.date.today()

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return message(key, self.lang, **params)

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
            yield Input(
                current.action if current else "",
                select_on_focus=False,
                max_length=2000,
                id="action",
            )
            yield Static(plain(self.t("priority_owner")), classes="field-label")
            yield Input(
                current.owner if current else "", select_on_focus=False, max_length=200, id="owner"
            )
            yield Static(plain(self.t("priority_due")), classes="field-label")
            yield Input(due.isoformat(), select_on_focus=False, id="due")
            yield Static("", id="priority-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("save"), variant="primary", id="ok")
                yield Button(self.t("cancel"), id="cancel")

    def on_mount(self) -> None:
        self.query_one("#action", Input).focus()

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        action = self.query_one("#action", Input).value.strip()
        owner = self.query_one("#owner", Input).value.strip()
        due = parse_date(self.query_one("#due", Input).value)
        ref = self.query_one("#ref", Select).value
        error = self.query_one("#priority-error", Static)
        if not action:
            error.update(plain(self.t("priority_need_action")))
            self.query_one("#action", Input).focus()
        elif not owner:
            error.update(plain(self.t("priority_need_owner")))
            self.query_one("#owner", Input).focus()
        elif due is None:
            error.update(plain(self.t("priority_need_due")))
            self.query_one("#due", Input).focus()
        elif isinstance(ref, str):
            self.dismiss(Priority(ref=ref, action=action, owner=owner, due=due))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
