"""Last time's actions, one at a time: gedaan, deels, niet or gestopt, with a note."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.errors import WoestError
from woest_tui.core.model import FOLLOW_UP_STATUSES, FollowUp
from woest_tui.core.session.follow_up import with_status
from woest_tui.core.session.state import SessionState
from woest_tui.report.common import ref_title
from woest_tui.tui.support.localized import Key, Localized, apply_keys
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput

KEYS = [
    Key("enter", "save", "key_follow_save", priority=True, key_display="Enter"),
    Key("escape", "back", "key_back", priority=True, key_display="Esc"),
    Key("1", "pick(0)", "follow_status_gedaan", show=False),
    Key("2", "pick(1)", "follow_status_deels", show=False),
    Key("3", "pick(2)", "follow_status_niet", show=False),
    Key("4", "pick(3)", "follow_status_gestopt", show=False),
]


class FollowUpScreen(Screen[None], Localized):
    """Before the questions: what became of each of last time's priorities.

    Every item is saved as it is confirmed; Esc on the first goes on to the questions and
    the items not looked at yet come back the next time the session opens.
    """

    CSS_PATH = "follow_up.tcss"

    def __init__(self, state: SessionState) -> None:
        super().__init__()
        self.state = state
        follow_up = self.follow_up
        #: The item shown: the first one not looked at yet.
        self.index = next((i for i, item in enumerate(follow_up.items) if item.status is None), 0)

    @property
    def follow_up(self) -> FollowUp:
        """The follow-up in the session (present while this screen is open)."""
        assert self.state.result.follow_up is not None
        return self.state.result.follow_up

    def compose(self) -> ComposeResult:
        """The title, the action, the four answers, a note, the keys."""
        with VerticalScroll(id="follow"):
            yield Static(id="follow-title")
            yield Static(id="follow-where")
            with Vertical(id="follow-action"):
                yield Static(id="follow-what")
                yield Static(id="follow-about")
            yield OptionList(id="follow-status")
            yield Static(id="follow-note-label", classes="field-label")
            yield SafeInput(max_length=10_000, select_on_focus=False, id="follow-note")
            yield Static("", id="follow-error")
        yield Footer()

    def on_mount(self) -> None:
        apply_keys(self, KEYS, self.lang)
        self.show()

    async def relabel(self) -> None:
        """Show everything in the new language, keeping the answer chosen and the note typed."""
        apply_keys(self, KEYS, self.lang)
        self.show(keep=True)

    def show(self, keep: bool = False) -> None:
        """Show the current item; `keep` leaves the chosen answer and the note as they are."""
        follow_up = self.follow_up
        item = follow_up.items[self.index]
        self.query_one("#follow-title", Static).update(plain(self.t("rep_follow_up")))
        where = self.t(
            "follow_where",
            number=self.index + 1,
            total=len(follow_up.items),
            date=follow_up.date.isoformat(),
        )
        self.query_one("#follow-where", Static).update(plain(where))
        self.query_one("#follow-what", Static).update(plain(item.action, style="bold"))
        about = ref_title(self.state.bank, item.ref, self.lang)
        detail = self.t("follow_detail", about=about, owner=item.owner, due=item.due.isoformat())
        self.query_one("#follow-about", Static).update(plain(detail))
        options = self.query_one("#follow-status", OptionList)
        chosen = options.highlighted if keep else None
        options.clear_options()
        for number, status in enumerate(FOLLOW_UP_STATUSES, start=1):
            line = plain(f"{number}  ", style="bold")
            line.append(plain(self.t(f"follow_status_{status}"), style="bold"))
            line.append(plain(f"  {self.t(f'follow_explain_{status}')}", style="italic"))
            options.add_option(Option(line))
        if not keep:
            chosen = FOLLOW_UP_STATUSES.index(item.status) if item.status else None
            self.query_one("#follow-note", Input).value = item.note or ""
        options.highlighted = chosen
        label = self.t("follow_note_label")
        self.query_one("#follow-note-label", Static).update(plain(label))
        self.query_one("#follow-error", Static).update("")
        if not keep:
            options.focus()

    def action_pick(self, index: int) -> None:
        """Choose an answer by its number."""
        if self.focused is self.query_one("#follow-note", Input):
            return  # digits are typed into the note there
        self.query_one("#follow-status", OptionList).highlighted = index

    @on(OptionList.OptionSelected, "#follow-status")
    def _selected(self) -> None:
        self.query_one("#follow-note", Input).focus()

    def action_save(self) -> None:
        """Store this item's answer and note, then show the next (or go on to the questions)."""
        chosen = self.query_one("#follow-status", OptionList).highlighted
        if chosen is None:
            self.query_one("#follow-error", Static).update(plain(self.t("follow_need_status")))
            self.query_one("#follow-status", OptionList).focus()
            return
        note = self.query_one("#follow-note", Input).value.strip()
        updated = with_status(self.follow_up, self.index, FOLLOW_UP_STATUSES[chosen], note)
        try:
            self.state.set_follow_up(updated)
        except WoestError as error:
            self.app.call_later(self.app.save_failed, error)  # type: ignore[attr-defined]
        if self.index + 1 < len(updated.items):
            self.index += 1
            self.show()
        else:
            self.notify(self.t("follow_done"), markup=False)
            self.dismiss()

    def action_back(self) -> None:
        """The item before; on the first, on to the questions (the rest comes back later)."""
        if self.index > 0:
            self.index -= 1
            self.show()
        else:
            self.dismiss()
