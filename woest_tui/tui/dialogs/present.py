"""Who is present: a count per role, changed during the session (F6 or the palette)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from woest_tui.core.model import Questionnaire
from woest_tui.core.roles import role_ids, role_label
from woest_tui.tui.support.localized import Localized
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput


class PresentScreen(ModalScreen[dict[str, int] | None], Localized):
    """Ask how many of each role are present; returns the counts, or None when cancelled."""

    CSS_PATH = "present.tcss"
    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, bank: Questionnaire, present: dict[str, int]) -> None:
        """Create the dialog.

        Args:
            bank: the questionnaire, whose roles are asked for.
            present: the counts recorded so far (a role of another list is kept and shown).
        """
        super().__init__()
        self.bank = bank
        self.present = dict(present)
        known = role_ids(bank)
        self.roles = known + [role for role in present if role not in known]

    def compose(self) -> ComposeResult:
        """A title, a count field per role and two buttons."""
        with Vertical(classes="dialog"):
            yield Static(plain(self.t("present_title")), classes="dialog-title")
            with Grid(id="present-roles"):
                for role in self.roles:
                    label = role_label(role, self.lang, bank=self.bank)
                    yield Static(plain(label), classes="present-name")
                    count = self.present.get(role, 0)
                    yield SafeInput(
                        str(count) if count else "",
                        placeholder="0",
                        restrict=r"\d{0,4}",
                        select_on_focus=True,
                        id=f"present-{role}",
                        classes="present-count",
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("save"), variant="primary", id="ok")
                yield Button(self.t("cancel"), id="cancel")

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        counts: dict[str, int] = {}
        for field in self.query(".present-count").results(Input):
            value = int(field.value) if field.value.isdigit() else 0
            if value:
                counts[(field.id or "").removeprefix("present-")] = min(value, 10_000)
        self.dismiss(counts)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without a change."""
        self.dismiss(None)
