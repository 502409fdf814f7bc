"""The summary, and the team's priorities: pick, order and describe the development points."""

from __future__ import annotations

import datetime as dt
from functools import partial

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.errors import WoestError
from woest_tui.core.model import Priority
from woest_tui.core.roles import role_label
from woest_tui.core.scoring.rules import summarize
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import Lang, message
from woest_tui.report.common import ref_title
from woest_tui.report.summary import render_summary
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens import summary_priorities as priorities_of
from woest_tui.tui.support.localized import Key, Localized, apply_keys
from woest_tui.tui.support.text import plain

KEYS = [
    Key("escape", "back", "key_back", key_display="Esc"),
    Key("a", "add", "key_add"),
    Key("e", "edit", "key_edit"),
    Key("x", "delete", "key_delete"),
    Key("u", "undo", "key_undo"),
    # the order keys are named in the priorities' title: the footer keeps room for f and r
    Key("shift+up,minus", "move(-1)", "key_move_up", show=False),
    Key("shift+down,plus", "move(1)", "key_move_down", show=False),
    Key("f", "finish", "key_finish"),
    Key("r", "reopen", "key_reopen"),
]


class SummaryScreen(Screen[None], Localized):
    """Strengths, development points, blind spots and disagreement, then the priorities."""

    CSS_PATH = "summary.tcss"

    def __init__(self, state: SessionState) -> None:
        super().__init__()
        self.state = state
        #: The priority removed last and its place, until `u` puts it back.
        self.removed: tuple[int, Priority] | None = None

    def compose(self) -> ComposeResult:
        """A state line, the report, and the priorities panel (or, alone, what comes next)."""
        yield Static(id="summary-state")
        with VerticalScroll(id="summary-report"):
            yield Static(id="summary-body")
        with Vertical(id="priorities-panel"):
            yield Static(id="priorities-title")
            yield OptionList(id="priorities")
        yield Static(id="individual-next")
        yield Footer()

    async def on_mount(self) -> None:
        # the report has the focus, always: arrows and PgUp/PgDn scroll it from the start;
        # a priority is picked with its number and shown in a bar, never by a hidden focus
        self.query_one("#priorities", OptionList).can_focus = False
        self.query_one("#summary-report", VerticalScroll).focus()
        await self.relabel()

    @property
    def individual(self) -> bool:
        """Answered alone: the team chooses priorities after the merge, not here."""
        return self.state.result.session.mode == "individual"

    async def relabel(self) -> None:
        """Show everything in the current language."""
        apply_keys(self, KEYS, self.lang)
        self.refresh_all()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Finishing is offered while the session is open, reopening once it is finished.

        A finished session is read-only: the keys that change priorities are not offered
        (the footer does not show them) until it is reopened; an individual's file has no
        priorities at all.
        """
        if action == "finish":
            return not self.state.finished
        if action == "reopen":
            return self.state.finished
        if action in ("add", "edit", "delete", "move"):
            return not self.state.finished and not self.individual
        if action == "undo":
            return self.removed is not None and not self.state.finished
        return True

    def refresh_all(self, highlight: int | None = None) -> None:
        """Render the report, the state line and the priorities from the session.

        Args:
            highlight: the priority to highlight; else the one highlighted before, or the first.
        """
        state = self.state
        result, bank = state.result, state.bank
        summary = summarize(result, bank)
        self.query_one("#summary-body", Static).update(
            render_summary(result, bank, summary, self.lang, wall=True)
        )
        self.query_one("#summary-state", Static).update(plain(self.state_line()))
        self.query_one("#summary-state").set_class(state.finished, "finished")
        self.query_one("#priorities-panel").display = not self.individual
        self.query_one("#individual-next").display = self.individual
        if self.individual:
            role = role_label(result.session.role or "", self.lang)
            self.query_one("#individual-next", Static).update(
                plain(self.t("individual_next", role=role))
            )
        title = "priorities_fixed" if state.finished else "priorities_keys"
        self.query_one("#priorities-title", Static).update(
            plain(self.t(title, count=len(result.priorities)))
        )
        options = self.query_one("#priorities", OptionList)
        keep = options.highlighted
        options.clear_options()
        for number, priority in enumerate(result.priorities, start=1):
            item = plain(f"{number}. ", style="bold")
            item.append(plain(ref_title(bank, priority.ref, self.lang), style="bold"))
            item.append(
                plain(f" — {priority.action}  ({priority.owner}, {priority.due.isoformat()})")
            )
            options.add_option(Option(item))
        if not result.priorities:
            options.add_option(
                Option(plain(self.t("priorities_empty"), style="italic"), disabled=True)
            )
        else:
            # always one highlighted: e, x and the order keys work without a Down first
            wanted = highlight if highlight is not None else (keep or 0)
            options.highlighted = min(wanted, len(result.priorities) - 1)
        self.refresh_bindings()

    def state_line(self) -> str:
        """Finished or not, by symbol and word; how far; the file's name (never a folder)."""
        state, session = self.state, self.state.result.session
        if state.finished and session.finished is not None:
            parts = [
                self.t("state_finished", when=session.finished.strftime("%Y-%m-%d %H:%M")),
                self.t("state_readonly"),
            ]
        else:
            parts = [
                self.t("state_open"),
                self.t("state_answered", answered=state.answered, total=state.total),
            ]
        if state.path is not None:
            parts.append(state.path.name)
        return "  ·  ".join(parts)

    def on_key(self, event: events.Key) -> None:
        """A digit picks the priority with that number (shown in a bar)."""
        digit = event.character or ""
        count = len(self.state.result.priorities)
        if digit.isdigit() and 1 <= int(digit) <= count:
            self.query_one("#priorities", OptionList).highlighted = int(digit) - 1
            event.stop()

    # --- priorities (the ways through their dialogs are in summary_priorities) ----------

    def selected(self) -> int | None:
        """The index of the highlighted priority."""
        index = self.query_one("#priorities", OptionList).highlighted
        if index is None or index >= len(self.state.result.priorities):
            return None
        return index

    def editable(self) -> bool:
        """A finished session changes only after it is explicitly reopened."""
        if self.state.finished:
            self.notify(self.t("finished_readonly"), severity="warning", markup=False)
            return False
        return True

    def store(self, priorities: list[Priority], highlight: int | None = None) -> bool:
        """Save the priorities (see `summary_priorities.store`), then show them."""
        stored = priorities_of.store(self, priorities)
        if stored:
            self.refresh_all(highlight)
        return stored

    @work(group="priority")
    async def action_add(self) -> None:
        """Add a priority."""
        await priorities_of.add(self)

    @work(group="priority")
    async def action_edit(self) -> None:
        """Edit the highlighted priority."""
        await priorities_of.edit(self)

    def on_option_list_option_selected(self) -> None:
        self.action_edit()

    @work(group="priority")
    async def action_delete(self) -> None:
        """Remove the highlighted priority, after a yes; `u` puts it back."""
        await priorities_of.delete(self)

    def action_undo(self) -> None:
        """Put the priority removed last back in its place."""
        if self.removed is None or not self.editable():
            return
        index, priority = self.removed
        self.removed = None
        items = list(self.state.result.priorities)
        index = min(index, len(items))
        items.insert(index, priority)
        self.store(items, highlight=index)

    def action_move(self, step: int) -> None:
        """Move the highlighted priority up or down the ranking."""
        index = self.selected()
        if index is None or not self.editable():
            return
        target = index + step
        items = list(self.state.result.priorities)
        if not 0 <= target < len(items):
            return
        items[index], items[target] = items[target], items[index]
        self.store(items, highlight=target)

    # --- finishing -----------------------------------------------------------------------

    @work(group="finish")
    async def action_finish(self) -> None:
        """Finish the session and save it; with questions still open, after a yes.

        Then the day to measure again is asked, and the session is marked finished and saved.
        """
        from woest_tui.tui.dialogs.remeasure import RemeasureScreen

        if self.state.finished:
            return
        if self.state.required_open():
            self.notify(self.t("review_required"), severity="warning", markup=False)
            return
        still_open, total = len(self.state.open_questions()), self.state.total

        def question(lang: Lang) -> str:
            return message("finish_open_confirm", lang, count=still_open, total=total)

        if still_open and not await self.app.push_screen_wait(ConfirmScreen(question)):
            return
        session = self.state.result.session
        today = max(self.state.clock().date(), session.date)
        day = await self.app.push_screen_wait(RemeasureScreen(today, session.remeasure))
        if day is not None:
            self.finish_on(day)

    def finish_on(self, remeasure: dt.date) -> None:
        """Mark the session finished, with its day to measure again, and saved."""
        try:
            self.state.finish(remeasure)
        except WoestError as error:
            self.app.call_later(self.app.save_failed, error)  # type: ignore[attr-defined]
        self.refresh_all()
        self.notify(self.t("finished_saved"), markup=False)

    @work(group="finish")
    async def action_reopen(self) -> None:
        """Make a finished session editable again, after confirmation."""
        if not self.state.finished:
            return
        if not await self.app.push_screen_wait(ConfirmScreen(partial(message, "reopen_confirm"))):
            return
        try:
            self.state.reopen()
        except WoestError as error:
            self.app.call_later(self.app.save_failed, error)  # type: ignore[attr-defined]
        self.refresh_all()

    def action_back(self) -> None:
        """Back to the questions (a finished session must be reopened to change answers)."""
        if len(self.app.screen_stack) > 2:
            self.app.pop_screen()
