"""The start screen's form: bank, team, date, way of working, plan, roles; the saved list.

`StartScreen` (in `start`) adds what the form opens; this part only shows and keeps what
was typed and chosen, in either language. Longer than 300 lines on purpose: the form's
fields and the rule that keeps each typed value through a language switch belong together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, OptionList, Select, SelectionList, Static
from textual.widgets.option_list import Option

from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.model import Mode, Questionnaire
from woest_tui.core.roles import role_ids, role_label
from woest_tui.core.session.launch import Launch
from woest_tui.core.session.listing import SessionEntry, list_sessions
from woest_tui.i18n import Lang, message
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.screens.start_plan import (
    entry_line,
    estimate_text,
    quick_of,
    role_fields,
    theme_list,
)
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


class StartForm(Screen[None]):
    """Everything a facilitator sets up before the meeting starts, as fields."""

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
        #: The id of the bank whose themes the plan lists.
        self.shown_bank: str | None = None
        #: Why the session cannot start, in a given language; None while all is well.
        self.problem: Callable[[Lang], str] | None = None

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
                # the injected clock's day: a meeting after midnight, or a test's fixed time
                today = launch.today or launch.clock().date()
                yield SafeInput(today.isoformat(), id="date")
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
                yield Grid(*role_fields(bank, self.lang), id="roles")
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
        await grid.mount_all(role_fields(bank, self.lang, typed))

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
        return [Option(entry_line(entry, self.lang)) for entry in self.entries]

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
