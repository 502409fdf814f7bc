"""The start screen: a new session, an unfinished one to resume, or results to open."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from rich.console import Group
from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Footer, Input, OptionList, Select, SelectionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import check_against, load_checked
from woest_tui.core.files.fileinfo import exists, typed_path
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Mode, Questionnaire
from woest_tui.core.roles import role_ids, role_label
from woest_tui.core.session.launch import (
    Launch,
    refuse_other_version,
    resume_at,
    same_session,
    with_previous,
)
from woest_tui.core.session.plan import begin_meeting
from woest_tui.core.session.state import (
    SessionEntry,
    SessionState,
    list_sessions,
    new_result,
    private_folder,
    session_path,
)
from woest_tui.i18n import Lang, message
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.screens.priority import parse_date
from woest_tui.tui.screens.start_plan import estimate_text, quick_of, theme_list
from woest_tui.tui.support.localized import Key, apply_keys
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput

KEYS = [Key("ctrl+s", "start", "key_start", priority=True)]
MODES: tuple[Mode, ...] = ("consensus", "votes", "individual")
#: The ways of working offered: live is a votes session answered on the team's phones.
CHOICES = (*MODES, "live")
#: The field and its label for each place of a new result that comes from the form.
FIELDS = {
    "session.team": ("team", "start_team"),
    "session.facilitator": ("facilitator", "start_facilitator"),
}


class StartScreen(Screen[None]):
    """Everything a facilitator sets up before the meeting starts."""

    CSS_PATH = "start.tcss"

    def __init__(self, launch: Launch, lang: Lang) -> None:
        super().__init__()
        self.launch = launch
        self.lang = lang
        self.banks: list[tuple[Path, Questionnaire]] = []
        for path in launch.banks:
            try:
                self.banks.append((path, load_questionnaire(path)))
            except WoestError as error:
                self.notify(" ".join(error.lines(lang)), severity="error", markup=False)
        self.entries: list[SessionEntry] | None = None
        #: The bank chosen in the list (its path), whose roles and source are shown.
        self.bank_value: str | None = str(self.banks[0][0]) if self.banks else None
        #: The themes ticked for this meeting, per bank id (kept over a language switch).
        self.ticked: dict[str, list[str]] = {}
        #: The themes and minutes of the session being started, for one resumed from --out.
        self.plan: tuple[list[str] | None, int | None] = (None, None)
        #: The id of the bank whose themes the plan lists.
        self.shown_bank: str | None = None
        #: Why the session cannot start, in a given language; None while all is well.
        self.problem: Callable[[Lang], str] | None = None

    class Chosen(Message):
        """A session to open: new from the form, or saved and picked from the list."""

        def __init__(self, state: SessionState, start: int | None) -> None:
            super().__init__()
            self.state = state
            self.start = start

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return message(key, self.lang, **params)

    def label(self, key: str) -> Static:
        """A field label."""
        return Static(plain(self.t(key)), classes="field-label")

    def compose(self) -> ComposeResult:
        """The new-session form beside the saved sessions; the error line under both."""
        launch = self.launch
        bank_options = [
            (plain(f"{q.title.get(self.lang, q.language)} ({q.version})"), str(p))
            for p, q in self.banks
        ]
        yield Static(plain(self.banner()), id="start-banner")
        with Horizontal(id="start"):
            with VerticalScroll(id="new-session"):
                yield Static(plain(self.t("start_title")), classes="panel-title")
                yield self.label("start_bank")
                yield Select(
                    bank_options,
                    value=bank_options[0][1] if bank_options else Select.NULL,
                    allow_blank=not bank_options,  # a blank only when there is nothing to pick
                    prompt=self.t("start_need_bank"),
                    id="bank",
                )
                yield SafeInput(placeholder=self.t("start_bank_file"), id="bank-file")
                yield self.label("start_team")
                yield SafeInput(launch.team or "", max_length=200, id="team")
                yield self.label("start_date")
                yield SafeInput((launch.today or dt.date.today()).isoformat(), id="date")
                yield self.label("start_facilitator")
                yield SafeInput(max_length=200, id="facilitator")
                yield self.label("start_mode")
                yield Select(
                    [(self.t(f"mode_{mode}"), mode) for mode in CHOICES],
                    value="live" if launch.live else launch.mode or "consensus",
                    allow_blank=False,
                    id="mode",
                )
                yield Static(
                    plain(self.t("start_plan_themes")),
                    classes="field-label",
                    id="plan-themes-label",
                )
                yield self.plan_list()
                yield self.label("start_plan_minutes")
                yield SafeInput(
                    str(launch.minutes or ""), restrict=r"\d{0,4}", max_length=4, id="minutes"
                )
                yield Static("", id="estimate")
                yield self.label("start_role")
                bank = self.roles_bank()
                roles = role_ids(bank)
                yield Select(
                    [(role_label(r, self.lang, bank=bank), r) for r in roles],
                    value=launch.role if launch.role in roles else Select.NULL,
                    prompt=self.t("start_role_prompt"),
                    id="role",
                )
                yield self.label("start_roles")
                yield Grid(*self.role_fields(bank), id="roles")
                yield Button(self.t("start_button"), variant="primary", id="start-button")
            with Vertical(id="saved"):
                yield Static(plain(self.t("saved_title")), classes="panel-title")
                yield OptionList(*self.session_options(), id="sessions")
                yield Static(plain(self.t("saved_hint")), id="saved-hint")
                yield Button(self.t("compare_button"), id="compare-button")
        # outside the scrolling form: an error is seen at any window size
        yield Static("", id="start-error")
        yield Footer()

    def roles_bank(self) -> Questionnaire | None:
        """The bank chosen in the list: its roles and its source are shown."""
        for path, bank in self.banks:
            if str(path) == self.bank_value:
                return bank
        return self.banks[0][1] if self.banks else None

    def banner(self) -> str:
        """The line at the top: woest, and what the chosen questionnaire says it is."""
        bank = self.roles_bank()
        if bank is None or bank.source is None:
            return self.t("start_banner")
        return self.t("start_banner_source", source=bank.source.get(self.lang, bank.language))

    def role_fields(
        self, bank: Questionnaire | None, typed: dict[str, str] | None = None
    ) -> list[Widget]:
        """A name and a count field per role of `bank`, keeping counts typed before."""
        fields: list[Widget] = []
        for role in role_ids(bank):
            fields.append(
                Static(plain(role_label(role, self.lang, bank=bank)), classes="role-name")
            )
            field_id = f"count-{role}"
            fields.append(
                SafeInput(
                    (typed or {}).get(field_id, ""),
                    placeholder="0",
                    restrict=r"\d{0,3}",
                    id=field_id,
                    classes="role-count",
                )
            )
        return fields

    @on(Select.Changed, "#bank")
    async def _bank_roles_changed(self, event: Select.Changed) -> None:
        """Another questionnaire may have other roles and another source: show them."""
        value = event.value if isinstance(event.value, str) else None
        if value == self.bank_value:
            return
        self.bank_value = value
        bank = self.roles_bank()
        self.query_one("#start-banner", Static).update(plain(self.banner()))
        roles = role_ids(bank)
        select = self.query_one("#role", Select)
        chosen = select.value
        select.set_options([(role_label(r, self.lang, bank=bank), r) for r in roles])
        if chosen in roles:
            select.value = chosen
        typed = {f.id or "": f.value for f in self.query(".role-count").results(Input)}
        grid = self.query_one("#roles", Grid)
        await grid.remove_children()
        await grid.mount_all(self.role_fields(bank, typed))

    def on_mount(self) -> None:
        apply_keys(self, KEYS, self.lang)
        self.show_problem()
        self.show_estimate()
        if self.entries:
            self.query_one("#sessions", OptionList).highlighted = 0  # Enter opens the newest
        self.query_one("#team", Input).focus()

    async def set_language(self, lang: Lang) -> None:
        """Show everything in `lang`, keeping what was typed, chosen and focused."""
        self.lang = lang
        apply_keys(self, KEYS, lang)
        await recompose_keeping(self)
        self.show_problem()
        self.show_estimate()

    def session_options(self) -> list[Option]:
        """The sessions in the data folder: unfinished ones resume, finished ones open."""
        if self.entries is None:
            folder = self.launch.sessions
            self.entries = list_sessions(folder, [q for _, q in self.banks]) if folder else []
        if not self.entries:
            return [Option(plain(self.t("saved_none"), style="italic"), disabled=True)]
        return [Option(self.entry_line(entry)) for entry in self.entries]

    def entry_line(self, entry: SessionEntry) -> Group:
        """Two lines for a saved session: date, team and state; then its file.

        The file's name is cut with an ellipsis, not wrapped, where the panel is narrower.
        """
        total = "?" if entry.total is None else str(entry.total)
        mark = "✓" if entry.finished else "…"
        state = self.t("saved_finished") if entry.finished else f"{entry.answered}/{total}"
        line = plain(f"{mark} {entry.date.isoformat()}  ")
        line.append(plain(entry.team, style="bold"))
        # the short name of the way of working: the panel is narrow
        line.append(plain(f"  {state} · {self.t('cmp_mode_' + entry.mode)}"))
        if entry.counted_with is not None:
            counted = self.t("saved_other_version", version=entry.version, bank=entry.counted_with)
            line.append(plain(f"  {counted}", style="italic"))
        name = plain(f"  {entry.path.name}", style="italic")
        name.no_wrap, name.overflow = True, "ellipsis"
        return Group(line, name)

    # --- the plan ------------------------------------------------------------------------

    def listed_bank(self) -> Questionnaire | None:
        """The bank picked in the list (a typed file is read only when the session starts)."""
        for widget in self.query("#bank").results(Select):
            value = widget.value
            return next((bank for path, bank in self.banks if str(path) == value), None)
        if self.banks:
            return self.banks[0][1]
        return None

    def plan_list(self) -> SelectionList[str]:
        """The themes of the picked bank, ticked as chosen (all of them at first)."""
        bank = self.listed_bank()
        if bank is None:
            return SelectionList[str](id="themes")
        self.shown_bank = bank.id
        default = self.launch.themes or [t.id for t in bank.themes]
        chosen = self.ticked.setdefault(bank.id, list(default))
        return theme_list(bank, chosen, self.lang)

    def chosen_minutes(self) -> int | None:
        """The minutes typed, or None."""
        text = self.query_one("#minutes", Input).value
        return int(text) if text and int(text) > 0 else None

    def show_estimate(self) -> None:
        """The time the ticked themes take in the chosen way of working."""
        bank = self.listed_bank()
        line = self.query_one("#estimate", Static)
        if bank is None:
            line.update("")
            return
        mode = str(self.query_one("#mode", Select).value)
        chosen = self.ticked.get(bank.id, [])
        quick = quick_of([b for _, b in self.banks], bank)
        text = estimate_text(
            bank, chosen, mode, minutes=self.chosen_minutes(), quick=quick, lang=self.lang
        )
        line.update(plain(text))

    @on(Select.Changed, "#bank")
    async def _bank_changed(self) -> None:
        bank = self.listed_bank()
        if bank is None or bank.id == self.shown_bank:
            return  # the select's first value, sent as it mounts: the list shows it already
        themes = self.query_one("#themes", SelectionList)
        await themes.remove()
        await self.query_one("#new-session").mount(
            self.plan_list(), after=self.query_one("#plan-themes-label")
        )
        self.show_estimate()

    @on(SelectionList.SelectedChanged, "#themes")
    def _themes_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        bank = self.listed_bank()
        if bank is not None:
            self.ticked[bank.id] = list(event.selection_list.selected)
        self.show_estimate()

    @on(Select.Changed, "#mode")
    @on(Input.Changed, "#minutes")
    def _plan_changed(self) -> None:
        self.show_estimate()

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

    def error(self, key: str, error: WoestError | None = None, **params: object) -> None:
        """Show why the session cannot start, where it is seen; every field keeps its text.

        Args:
            key: the message key.
            error: a file's problem, said after the message (as its `{reason}`).
            params: the message's values.
        """

        def text(lang: Lang) -> str:
            reason = "" if error is None else " ".join(error.lines(lang))
            return message(key, lang, **({"reason": reason} if error else {}), **params)

        self.problem = text
        self.show_problem()

    def field_error(self, error: WoestError) -> None:
        """Say which field the session cannot be made with and why; that field gets the focus."""
        problem = error.problems[0]
        field_id, label = FIELDS.get(problem.place, ("team", "start_team"))

        def text(lang: Lang) -> str:
            return message(
                "start_field_invalid", lang, field=message(label, lang), reason=problem.text(lang)
            )

        self.problem = text
        self.show_problem()
        self.query_one(f"#{field_id}", Input).focus()

    def show_problem(self) -> None:
        """The error line under the form, shown only while there is something to say."""
        line = self.query_one("#start-error", Static)
        line.update(plain("" if self.problem is None else self.problem(self.lang)))
        line.display = self.problem is not None

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
        self.plan = (themes, minutes)
        result = begin_meeting(result, bank, self.launch.clock(), themes, minutes)
        if mode != "individual":
            result = with_previous(result, None, None, self.launch.sessions, self.launch.out)
        path = self.launch.out
        try:
            out_exists = path is not None and exists(path)
        except WoestError as error:
            self.error("start_save_failed", error)
            return
        if path is not None and out_exists:
            self.existing(path, bank_path, SessionState(bank, result, path))
            return
        if path is None and self.launch.sessions is not None:
            try:
                private_folder(self.launch.sessions)
            except OSError as exc:
                reason = exc.strerror or ""
                self.error("folder_failed", folder=str(self.launch.sessions), reason=reason)
                return
            path = session_path(self.launch.sessions, team, date)
        self.create(SessionState(bank, result, path, self.launch.clock))

    def create(self, state: SessionState) -> None:
        """Save the new session and open it."""
        try:
            state.claim()
        except WoestError as error:
            self.error("start_in_use", error)
            return
        try:
            state.save()
        except WoestError as error:
            self.error("start_save_failed", error)
            return
        self.post_message(self.Chosen(state, None))

    def existing(self, path: Path, bank_path: Path, new: SessionState) -> None:
        """--out exists: resume it when it is this session, else replace it only on a yes.

        Args:
            path: the --out file.
            bank_path: the chosen bank's file.
            new: the new session, not saved yet.
        """
        try:
            checked = load_checked(path, [bank_path, *(p for p, _ in self.banks)])
        except WoestError as error:
            # not a session woest can read (a bank, notes, a broken file): never replaced
            self.error("start_out_unreadable", error)
            return
        result, session = checked.result, new.result.session
        kind = (session.team, session.mode, session.role)
        if same_session(result, new.bank, *kind, live=session.live):
            state = SessionState(checked.bank, result, path, self.launch.clock)
            try:
                refuse_other_version(state)
            except WoestError as error:
                self.error("start_other_version", error)
                return
            try:
                state.claim()
            except WoestError as error:
                self.error("start_in_use", error)
                return
            themes, minutes = self.plan
            planned = begin_meeting(result, checked.bank, self.launch.clock(), themes, minutes)
            if planned is not result:
                try:
                    state.set_meetings(planned.meetings)
                except WoestError as error:
                    self.error("start_save_failed", error)
                    return
            self.notify(self.t("start_resumed", path=str(path)), markup=False)
            self.post_message(self.Chosen(state, resume_at(state)))
            return
        old = SessionState(checked.bank, result, path)
        params = {
            "path": str(path),
            "team": result.session.team,
            "date": result.session.date.isoformat(),
            "answered": old.answered,
        }
        key = "start_overwrite_finished" if result.finished else "start_overwrite"

        def question(lang: Lang) -> str:
            return message(key, lang, mode=message("mode_" + result.session.mode, lang), **params)

        def answer(yes: bool | None) -> None:
            if yes:
                self.create(new)
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
        except WoestError as error:
            self.notify(
                " ".join(error.lines(self.lang)), severity="error", markup=False, timeout=10
            )
            return
        state = SessionState(checked.bank, checked.result, entry.path, self.launch.clock)
        try:
            refuse_other_version(state)
            state.claim()
            # a planned session picked on a new day continues with the themes still open
            planned = begin_meeting(checked.result, checked.bank, self.launch.clock())
            if planned is not checked.result:
                state.set_meetings(planned.meetings)
        except WoestError as error:
            self.notify(
                " ".join(error.lines(self.lang)), severity="error", markup=False, timeout=10
            )
            return
        self.post_message(self.Chosen(state, resume_at(state)))

    @on(Button.Pressed, "#compare-button")
    def _compare(self) -> None:
        from woest_tui.tui.screens.compare import ComparePickScreen

        extra = [p for p, _ in self.banks]
        self.app.push_screen(ComparePickScreen(self.entries or [], extra))
