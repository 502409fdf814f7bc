"""The Textual app: routes between screens; the session and the files live in the domain."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.events import Resize
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import Input

from woest_tui.core.errors import WoestError
from woest_tui.core.model import Questionnaire
from woest_tui.core.safe import visible
from woest_tui.core.session.file import FileChanged
from woest_tui.core.session.launch import Launch
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import Lang, message
from woest_tui.tui.dialogs.changed import ChangedScreen, ask_changed
from woest_tui.tui.dialogs.modals import SaveAsScreen, TooSmallScreen
from woest_tui.tui.dialogs.unsaved import UnsavedScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.support.localized import Key, apply_keys
from woest_tui.tui.support.palette import WoestCommands, WoestPalette
from woest_tui.tui.support.paste import for_input
from woest_tui.tui.support.saver import BackgroundSaver
from woest_tui.tui.support.terminal import catch_signals, lenient_input
from woest_tui.tui.support.text import literal
from woest_tui.tui.support.themes import ANSI_DARK, ANSI_LIGHT, DARK, LIGHT, THEMES

if TYPE_CHECKING:
    from woest_tui.live.session import LiveSession
    from woest_tui.tui.screens.start import StartScreen

# The overview, review, summary and start screens are imported where they are opened: the
# summary pulls in scoring and the reports, which the first question does not need.

MIN_WIDTH, MIN_HEIGHT = 60, 20
#: Textual's palette key, with its footer text in the app's language.
APP_KEYS = [
    Key("ctrl+p", "command_palette", "key_palette", show=False, priority=True),
    Key("f6", "present", "key_present", show=False),
]


class WoestApp(App[None]):
    """The meeting app. One factory (`woest_tui.tui.build_app`) makes it for CLI and tests."""

    # the walk's CSS is read here, with the app's: a screen's own CSS file would make
    # Textual parse every stylesheet again and restyle the app when the walk opens
    CSS_PATH = ["app.tcss", "screens/walk.tcss"]
    TITLE = "woest"
    COMMANDS = {WoestCommands}
    # Moving the focus is a priority binding: it happens as the key is read, so the keys
    # after it go to the next field ("1 Tab 2" in one read fills two fields, not one).
    BINDINGS = [
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
    ]

    def __init__(self, launch: Launch, lang: Lang = "nl", theme: str = DARK) -> None:
        super().__init__()
        self.launch = launch
        self.lang = lang
        for each in THEMES:
            self.register_theme(each)
        self.ansi_theme_dark, self.ansi_theme_light = ANSI_DARK, ANSI_LIGHT
        self.theme = theme
        self.state: SessionState | None = launch.state
        self.walk: WalkScreen | None = None
        apply_keys(self, APP_KEYS, lang)
        self.saver = BackgroundSaver(self._written, self._write_failed, self._write)
        #: A file chosen after a failed save: its first successful write is announced.
        self.announce: Path | None = None
        #: The live session's room and server, while one runs.
        self.live: LiveSession | None = None
        #: The "saving failed" dialog while it is open: a next failure does not stack another.
        self.rescue: SaveAsScreen | None = None
        #: Set once a signal asked to quit: a second one changes nothing.
        self.signalled: int | None = None
        self.release_signals: Callable[[], None] | None = None
        lenient_input()  # one byte that is no UTF-8 must not end the meeting

    # --- opening ----------------------------------------------------------------------

    def on_mount(self) -> None:
        if self.state is not None:
            self.open_session(self.state, self.launch.start)
            if self.launch.resumed and not self.state.finished:
                said = self.t("resumed", answered=self.state.answered, total=self.state.total)
                self.notify(said, markup=False)
        else:
            from woest_tui.tui.screens.start import StartScreen

            self.push_screen(StartScreen(self.launch, self.lang))
        self.check_size(self.size.width, self.size.height)
        self.call_after_refresh(self._started)
        if not self.is_headless:  # the tests' own process keeps its signals
            self.release_signals = catch_signals(self.on_signal)

    def _started(self) -> None:
        # everything made at start-up lives as long as the app: keep it out of the garbage
        # collector's full passes, which otherwise stall a key press now and then; the CLI
        # kept the collector off until this first paint (see `woest_tui.cli.main.main`)
        gc.freeze()
        gc.enable()

    async def on_event(self, event: events.Event) -> None:
        """A paste into a field of one line keeps all its lines, and says when it is cut."""
        if isinstance(event, events.Paste) and not event.is_forwarded:
            focused = self.focused
            if isinstance(focused, Input):
                event = for_input(focused, event, self.lang)
        await super().on_event(event)

    def on_start_screen_chosen(self, event: StartScreen.Chosen) -> None:
        """Leave the start screen for the session it chose (saved already)."""
        from woest_tui.tui.screens.start import StartScreen

        if isinstance(self.screen, StartScreen):
            self.pop_screen()
        self.open_session(event.state, event.start)

    def open_session(self, state: SessionState, start: int | None) -> None:
        """Walk a session, or show its summary when it is finished.

        Args:
            state: the session.
            start: the question to open, or None for the first theme's introduction.
        """
        self.state = state
        state.writer = self.saver.submit  # every save goes to disk without holding the screen
        if state.result.session.live and not state.finished:
            from woest_tui.tui.support.live_start import open_live

            self.run_worker(open_live(self, state, start), name="live")
            return
        self.walk = WalkScreen(state, self.lang, start, size=(self.size.width, self.size.height))
        self.push_screen(self.walk)
        if state.finished:
            from woest_tui.tui.screens.summary import SummaryScreen

            self.push_screen(SummaryScreen(state, self.lang))
        elif state.result.follow_up is not None and not state.result.follow_up.done:
            # last time's actions come first, as in the research's "WOE's Next?" round
            from woest_tui.tui.screens.follow_up import FollowUpScreen

            self.push_screen(FollowUpScreen(state, self.lang))

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return message(key, self.lang, **params)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification; every one, from any screen, is shown literally and visibly.

        Notifications repeat file names and what files hold ("Kopie opgeslagen: PATH"): a
        name with an escape sequence would retitle the terminal, and one with `[link=...]`
        would be read as markup. So the texts go through `safe.visible` and markup is never
        read, whatever the caller asks (every screen's notify ends up here).
        """
        super().notify(
            visible(message),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    # --- saving -------------------------------------------------------------------------

    def _write(self, path: Path, text: str) -> None:
        # in the saver's thread: the session checks first that nobody else changed its file
        if self.state is not None:
            self.state.write_file(path, text)
        else:
            from woest_tui.core.files import storage

            storage.write_atomic(path, text)

    def _written(self, path: Path, text: str) -> None:
        # in the saver's thread: mark the state saved; only a new place is worth a message
        if self.state is not None:
            self.state.saved(path, text)
        if path == self.announce:
            self.announce = None
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self.notify, self.t("saved_to", path=str(path)), markup=False)

    def _write_failed(self, path: Path, text: str, error: WoestError) -> None:
        # normally in the saver's thread: the message and the offer go through the app
        try:
            self.call_from_thread(self.save_failed, error)
        except RuntimeError:
            if self.is_running:  # called on the app's own thread
                self.save_failed(error)

    async def save_for_quit(self) -> None:
        """Save a note typed but not confirmed, then wait until everything is on disk."""
        walk = self.walk
        if walk is not None and walk.is_attached:
            if self.screen is walk:
                await walk.caught_up()  # a note typed in the same read as ctrl+q
            walk.leave()  # a changed note is saved, as on moving to another question
        await asyncio.to_thread(self.saver.flush)

    def unsaved_line(self) -> str:
        """The line on stderr when the app ends with answers only in memory."""
        # the file that holds the answers saved before: never one that was not written
        written = self.state.written if self.state is not None else None
        if written is None:
            line = self.t("unsaved_exit_nowhere")
        else:
            line = self.t("unsaved_exit", path=str(written))
        # printed on stderr after the screen is restored: one line, never markup
        self.error_console.soft_wrap = True
        return visible(line, one_line=True)

    def on_signal(self, number: int) -> None:
        """SIGTERM, SIGHUP or SIGINT: quit as ctrl+q does, without asking anything."""
        if self.signalled is None:
            self.signalled = number
            self.call_later(self.quit_for_signal, number)

    async def quit_for_signal(self, number: int) -> None:
        """Save what ctrl+q saves, then exit with the signal's code, 128 + its number.

        There is nobody to ask: answers that cannot be written are named on stderr, as
        "quit anyway" does.
        """
        await self.save_for_quit()
        state = self.state
        code = 128 + number
        if state is not None and state.unsaved:
            self.exit(return_code=code, message=self.unsaved_line())
        else:
            self.exit(return_code=code)

    async def action_quit(self) -> None:
        """Quit once every answer, and a note typed but not confirmed, is on disk.

        When the last write failed, the answers are only in memory: a question offers to
        save them elsewhere first; quitting anyway exits with 1 and a line naming the file.
        """
        await self.save_for_quit()
        state = self.state
        if state is None or not state.unsaved:
            self.exit()
            return
        if any(isinstance(screen, UnsavedScreen) for screen in self.screen_stack):
            return  # asked already

        async def chosen(choice: str | None) -> None:
            if choice == "quit":
                self.exit(return_code=1, message=self.unsaved_line())
            elif choice == "save":
                self.push_screen(
                    SaveAsScreen(self.lang, self.t("unsaved_save"), state.path), save_then_quit
                )

        async def save_then_quit(path: Path | None) -> None:
            if path is None:
                return
            self.announce = path
            if not self.save_to(path):
                return
            await asyncio.to_thread(self.saver.flush)
            if not state.unsaved:
                self.exit()
            # else the saver's failure opened the "saving failed" dialog already

        self.push_screen(UnsavedScreen(self.lang, state.path), chosen)

    async def on_unmount(self) -> None:
        if self.release_signals is not None:
            self.release_signals()
        self.saver.flush()
        if self.live is not None:
            await self.live.stop()
        if self.state is not None:
            self.state.release()

    # --- routing ----------------------------------------------------------------------

    def action_overview(self) -> None:
        """Show every theme and question with its state; the walk jumps to the one chosen."""
        if self.state is not None and self.walk is not None and self.walk.is_attached:
            self.walk.open_overview()

    def action_review(self) -> None:
        """The finish review: open questions first, then the summary (see the walk)."""
        if self.state is not None and self.walk is not None and self.walk.is_attached:
            self.walk.open_review()

    def action_summary(self) -> None:
        """Show the summary (and the priorities) of the session so far."""
        from woest_tui.tui.screens.summary import SummaryScreen

        if self.state is None or isinstance(self.screen, SummaryScreen):
            return
        if self.walk is not None and self.screen is self.walk:
            self.walk.leave()
        self.push_screen(SummaryScreen(self.state, self.lang))

    async def action_toggle_language(self) -> None:
        """Switch between Dutch and English, keeping everything typed."""
        self.lang = "en" if self.lang == "nl" else "nl"
        apply_keys(self, APP_KEYS, self.lang)  # before the screens redraw their footers
        for screen in self.screen_stack:
            setter = getattr(screen, "set_language", None)
            if setter is not None:
                await setter(self.lang)

    def action_toggle_dark(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_present(self) -> None:
        """Change who is present: people walk in and out during a meeting."""
        if self.state is None or self.walk is None:
            return
        from woest_tui.tui.dialogs.present import PresentScreen

        state = self.state

        def changed(counts: dict[str, int] | None) -> None:
            if counts is None or counts == state.result.session.roles:
                return
            try:
                state.set_present(counts)
            except WoestError as error:
                self.save_failed(error)
                return
            self.notify(self.t("present_saved"), markup=False)
            if self.walk is not None:
                self.walk.refresh_present()

        roles = dict(state.result.session.roles)
        self.push_screen(PresentScreen(self.lang, state.bank, roles), changed)

    def action_save_copy(self) -> None:
        """Save a copy of the session under another name (the session keeps its file)."""
        if self.state is None:
            return
        state = self.state

        def save(path: Path | None) -> None:
            if path is None:
                return
            try:
                state.save_copy(path)
            except WoestError as error:
                self.notify(
                    " ".join(error.lines(self.lang)), severity="error", timeout=10, markup=False
                )
                return
            self.notify(self.t("saved_copy", path=str(path)), markup=False)

        self.push_screen(SaveAsScreen(self.lang, self.t("save_copy_title"), state.path), save)

    def save_failed(self, error: WoestError) -> None:
        """A write failed: say so, keep the answers in memory, offer another place."""
        if self.state is None:
            return
        if isinstance(error, FileChanged):
            self.file_changed()
            return
        if self.rescue is not None and self.rescue in self.screen_stack:
            return  # the dialog for the failure before is still open: it offers the same
        state = self.state

        def retry(path: Path | None) -> None:
            self.rescue = None
            if path is None:
                self.notify(self.t("still_unsaved"), severity="warning", timeout=10, markup=False)
                return
            self.announce = path  # said once the saver has written it there
            self.save_to(path)

        text = self.t("save_failed_body", error=" ".join(error.lines(self.lang)))
        self.rescue = SaveAsScreen(self.lang, self.t("save_failed_title"), state.path, text)
        self.push_screen(self.rescue, retry)

    def save_to(self, path: Path) -> bool:
        """Make `path` the session's file and save there; False (and said) when refused."""
        if self.state is None:
            return False
        try:
            self.state.save(path)
        except WoestError as error:  # another woest has that file open
            self.notify(
                " ".join(error.lines(self.lang)), severity="error", timeout=10, markup=False
            )
            return False
        return True

    def file_changed(self, problem: str | None = None) -> None:
        """The session file changed outside woest: saving stopped; ask what to do."""
        if self.state is not None and not any(
            isinstance(screen, ChangedScreen) for screen in self.screen_stack
        ):
            ask_changed(self, self.state, problem)

    # --- palette ------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Open the command palette, its placeholder in the app's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            placeholder = self.t("palette_placeholder")
            self.push_screen(WoestPalette(self.t("palette_no_matches"), placeholder))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's commands in the app's language: themes in order, summary, and more.

        Textual's own (theme picker, keys panel, maximize, screenshot) are left out: they
        speak English only and are of no use in a meeting.
        """
        if self.state is not None and self.walk is not None:
            bank: Questionnaire = self.state.bank
            for index, theme in enumerate(bank.themes):
                # the palette reads markup: a bank's title is escaped, never styled
                title = literal(theme.title.get(self.lang, bank.language))
                # one line per theme: the same help under each would push the last
                # commands (language, theme, quit) below the fold
                yield SystemCommand(
                    self.t("palette_jump_theme", number=index + 1, title=title),
                    "",
                    lambda index=index: self._jump_theme(index),
                )
            yield SystemCommand(
                self.t("palette_summary"), self.t("palette_summary_help"), self.action_summary
            )
            yield SystemCommand(
                self.t("palette_save_copy"), self.t("palette_save_copy_help"), self.action_save_copy
            )
            yield SystemCommand(
                self.t("palette_present"), self.t("palette_present_help"), self.action_present
            )
        yield SystemCommand(
            self.t("palette_language"), self.t("palette_language_help"), self.action_toggle_language
        )
        yield SystemCommand(
            self.t("palette_dark"), self.t("palette_dark_help"), self.action_toggle_dark
        )
        yield SystemCommand(self.t("palette_quit"), self.t("palette_quit_help"), self.action_quit)

    async def _jump_theme(self, index: int) -> None:
        if self.walk is None:
            return
        while self.screen is not self.walk and len(self.screen_stack) > 1:
            self.pop_screen()
        await self.walk.jump_to_theme(index)

    # --- size ---------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self.check_size(event.size.width, event.size.height)

    def check_size(self, width: int, height: int) -> None:
        """Below 60x20 a clear message covers the screen; everything underneath is kept."""
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        covered = isinstance(self.screen, TooSmallScreen)
        if small and not covered:
            self.push_screen(TooSmallScreen(self.lang))
        elif not small and covered:
            self.pop_screen()
