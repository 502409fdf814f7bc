"""The start screen: a new session, an unfinished one to resume, or results to open."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.message import Message
from textual.widgets import Button, Input, OptionList, Select, SelectionList

from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import check_against
from woest_tui.core.files.fileinfo import typed_path
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.session.follow_up import with_previous
from woest_tui.core.session.new import new_result
from woest_tui.core.session.paths import private_folder, session_path
from woest_tui.core.session.plan import begin_meeting
from woest_tui.core.session.resume import (
    Asked,
    OpenFailed,
    OtherSession,
    Step,
    open_or_resume,
    resume,
)
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import Lang, message
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.priority import parse_date
from woest_tui.tui.screens.start_form import MODES, StartForm

#: What the error line says when opening the session file failed at a step.
STEP_KEYS: dict[Step, str] = {
    "read": "start_out_unreadable",
    "version": "start_other_version",
    "in_use": "start_in_use",
    "save": "start_save_failed",
}


class StartScreen(StartForm):
    """The start form, and the session it opens: new, resumed, or picked from the list."""

    CSS_PATH = "start.tcss"

    class Chosen(Message):
        """A session to open: new from the form, or saved and picked from the list."""

        def __init__(self, state: SessionState, start: int | None) -> None:
            super().__init__()
            self.state = state
            self.start = start

    # --- a new session ---------------------------------------------------------------------

    def chosen_bank(self) -> tuple[Path, Questionnaire] | None:
        """The bank to use; None (and the error shown) when there is none."""
        typed = self.query_one("#bank-file", Input).value.strip()
        if typed:
            path = typed_path(typed)
            try:
                return path, load_questionnaire(path)
            except WoestError as error:
                self.error("start_bank_failed", error)
                self.query_one("#bank-file", Input).focus()
                return None
        value = self.query_one("#bank", Select).value
        for path, bank in self.banks:
            if str(path) == value:
                return path, bank
        self.error("start_need_bank")
        self.query_one("#bank", Select).focus()
        return None

    @on(Button.Pressed, "#start-button")
    def action_start(self) -> None:
        """Check the form, create the session file and open the first theme."""
        chosen = self.chosen_bank()
        if chosen is None:
            return
        bank_path, bank = chosen
        team = self.query_one("#team", Input).value.strip()
        date = parse_date(self.query_one("#date", Input).value)
        mode = self.query_one("#mode", Select).value
        role = self.query_one("#role", Select).value
        if not team:
            self.error("start_need_team")
            self.query_one("#team", Input).focus()
            return
        if date is None:
            self.error("start_need_date")
            self.query_one("#date", Input).focus()
            return
        if mode == "individual" and not isinstance(role, str):
            self.error("start_need_role")
            self.query_one("#role", Select).focus()
            return
        roles = {}
        for field in self.query(".role-count").results(Input):
            name, count = (field.id or "").removeprefix("count-"), field.value
            if count and int(count):
                roles[name] = int(count)
        facilitator = self.query_one("#facilitator", Input).value.strip() or None
        live = mode == "live"
        if live:
            mode = "votes"
        assert mode in MODES
        typed_bank = bank_path not in [p for p, _ in self.banks]
        themes = None if typed_bank else self.ticked.get(bank.id)
        if themes is not None and not themes:
            self.error("start_plan_none")
            self.query_one("#themes", SelectionList).focus()
            return
        if themes is not None and len(themes) == len(bank.themes):
            themes = None  # every theme: a plan only when a time is set
        minutes = self.chosen_minutes()
        try:
            result = new_result(
                bank,
                team=team,
                date=date,
                mode=mode,
                started=self.launch.clock(),
                role=role if mode == "individual" and isinstance(role, str) else None,
                roles=roles,
                facilitator=facilitator,
            )
        except WoestError as error:  # a team name given with --team longer than allowed
            self.field_error(error)
            return
        if live:
            from woest_tui.live.session import mark_live

            result = mark_live(result)
        result = begin_meeting(result, bank, self.launch.clock(), themes, minutes)
        if mode != "individual":
            result = with_previous(result, None, None, self.launch.sessions, self.launch.out)
        path = self.launch.out
        if path is None and self.launch.sessions is not None:
            try:
                private_folder(self.launch.sessions)
            except OSError as exc:
                reason = exc.strerror or ""
                self.error("folder_failed", folder=str(self.launch.sessions), reason=reason)
                return
            path = session_path(self.launch.sessions, team, date)
        if path is None:  # no file and no folder: the session lives in memory only
            state = SessionState(bank, result, None, self.launch.clock)
            self.post_message(self.Chosen(state, None))
            return
        session = result.session
        asked = Asked(bank, session.team, session.mode, session.role, session.live)
        banks = [bank_path, *(p for p, _ in self.banks)]
        self.open_file(path, banks, asked, result, (themes, minutes))

    def open_file(
        self,
        path: Path,
        banks: list[Path],
        asked: Asked,
        new: Result,
        plan: tuple[list[str] | None, int | None],
        *,
        replace: bool = False,
    ) -> None:
        """Open the session file: new, resumed when it holds this session, else asked first.

        Args:
            path: the session's file (--out, or a new name in the sessions folder).
            banks: the bank files a saved session may name, the chosen one first.
            asked: the session the form asks for.
            new: its result, written when the file is new or replaced.
            plan: the themes ticked for this meeting and the minutes typed.
            replace: the team said yes to replacing the session the file holds.
        """
        themes, minutes = plan
        try:
            opened = open_or_resume(
                path,
                asked,
                lambda: new,
                banks=banks,
                clock=self.launch.clock,
                replace=replace,
                themes=themes,
                minutes=minutes,
            )
        except OtherSession as other:
            again = functools.partial(self.open_file, path, banks, asked, new, plan, replace=True)
            self.ask_replace(path, other, again)
            return
        except OpenFailed as error:
            self.error(STEP_KEYS[error.step], error)
            return
        if opened.resumed:
            self.notify(self.t("start_resumed", path=str(path)), markup=False)
        self.post_message(self.Chosen(opened.state, opened.start))

    def ask_replace(self, path: Path, other: OtherSession, replace: Callable[[], None]) -> None:
        """The file holds another session: replace it only when the team says yes."""
        result = other.result
        params = {
            "path": str(path),
            "team": result.session.team,
            "date": result.session.date.isoformat(),
            "answered": other.answered,
        }
        key = "start_overwrite_finished" if result.finished else "start_overwrite"

        def question(lang: Lang) -> str:
            return message(key, lang, mode=message("mode_" + result.session.mode, lang), **params)

        def answer(yes: bool | None) -> None:
            if yes:
                replace()
            else:
                self.error("start_not_overwritten", path=str(path))

        self.app.push_screen(ConfirmScreen(question), answer)

    # --- saved sessions --------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#sessions")
    def _open(self, event: OptionList.OptionSelected) -> None:
        if not self.entries:
            return
        entry = self.entries[event.option_index]
        try:
            result = load_result(entry.path)
            checked = check_against(result, entry.path, None, [p for p, _ in self.banks])
            # a planned session picked on a new day continues with the themes still open
            opened = resume(checked.bank, checked.result, entry.path, self.launch.clock)
        except WoestError as error:
            self.notify(
                " ".join(error.lines(self.lang)), severity="error", markup=False, timeout=10
            )
            return
        self.post_message(self.Chosen(opened.state, opened.start))

    @on(Button.Pressed, "#compare-button")
    def _compare(self) -> None:
        from woest_tui.tui.screens.compare import ComparePickScreen

        extra = [p for p, _ in self.banks]
        self.app.push_screen(ComparePickScreen(self.entries or [], extra))
