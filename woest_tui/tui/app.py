"""The Textual app: routes between screens; the session and the files live in the domain.

Why it is longer than 300 lines: besides routing (the ways through screens and dialogs are
in `routes.py`, the palette's commands in `support/palette.py`), it still wires the
background saver in (writing, its failures, quitting with answers only in memory). That
part moves out with the autosave service in core (issue 11, point 2), worked on at the
same time; it is left in place here so that both changes meet without conflict.
"""

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
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input

from woest_tui.core.errors import WoestError
from woest_tui.core.safe import visible
from woest_tui.core.session.autosave import SaveJob
from woest_tui.core.session.file import FileChanged
from woest_tui.core.session.launch import Launch
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import Lang
from woest_tui.tui import routes
from woest_tui.tui.dialogs.changed import ask_changed
from woest_tui.tui.dialogs.modals import SaveAsScreen, TooSmallScreen
from woest_tui.tui.support.localized import Key, apply_keys, ui_text
from woest_tui.tui.support.palette import WoestCommands, WoestPalette, woest_commands
from woest_tui.tui.support.paste import for_input
from woest_tui.tui.support.saver import BackgroundSaver, SaverFactory
from woest_tui.tui.support.terminal import catch_signals, lenient_input
from woest_tui.tui.support.themes import ANSI_DARK, ANSI_LIGHT, DARK, LIGHT, THEMES

if TYPE_CHECKING:
    from woest_tui.live.session import LiveSession
    from woest_tui.tui.screens.start import StartScreen
    from woest_tui.tui.screens.walk import WalkScreen

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
    #: The language of the whole interface, held here once: every screen and widget reads
    #: it and follows its switch (`support.localized`); nothing keeps a copy of its own.
    lang: var[Lang] = var[Lang]("nl", init=False)

    def __init__(
        self,
        launch: Launch,
        lang: Lang = "nl",
        theme: str = DARK,
        saver: SaverFactory = BackgroundSaver,
    ) -> None:
        """Make the app; nothing is drawn or written yet.

        Args:
            launch: what to open (see `core.session.launch.prepare_launch`).
            lang: the language to start in.
            theme: the colour theme's name.
            saver: makes the saver every save goes through, from the app's two reports;
                by default a thread of its own (tests pass one that writes at once).
        """
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
        self.saver = saver(self._written, self._write_failed)
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
            routes.start(self)
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
        """Walk a session (saved as it goes), or show its summary when it is finished.

        Args:
            state: the session.
            start: the question to open, or None for the first theme's introduction.
        """
        self.state = state
        # every save goes to disk without holding the screen
        state.autosave.writer = self.saver.submit
        routes.walk(self, state, start)

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return ui_text(self, key, **params)

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

    def _written(self, job: SaveJob) -> None:
        # in the saver's thread, after the job marked its session saved: only a new place
        # is worth a message
        path = job.path
        if path == self.announce:
            self.announce = None
            with contextlib.suppress(RuntimeError):
                self.call_from_thread(self.notify, self.t("saved_to", path=str(path)), markup=False)

    def _write_failed(self, job: SaveJob, error: WoestError) -> None:
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
        self.run_worker(routes.quit_unsaved(self, state), group="quit")

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
        """Show every theme and question with its state; jump to the one chosen."""
        self.run_worker(routes.overview(self), group="overview")

    def action_review(self) -> None:
        """The finish review: open questions first, then the summary."""
        self.run_worker(routes.review(self), group="review")

    def action_summary(self) -> None:
        """Show the summary (and the priorities) of the session so far."""
        routes.summary(self)

    def action_toggle_language(self) -> None:
        """Switch between Dutch and English; every screen keeps what was typed in it."""
        self.lang = "en" if self.lang == "nl" else "nl"

    def watch_lang(self, lang: Lang) -> None:
        # the app's own keys first: its watcher runs before the screens redraw their footers
        apply_keys(self, APP_KEYS, lang)

    def action_toggle_dark(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = LIGHT if self.theme == DARK else DARK

    def action_present(self) -> None:
        """Change who is present: people walk in and out during a meeting."""
        self.run_worker(routes.present(self), group="present")

    def action_save_copy(self) -> None:
        """Save a copy of the session under another name (the session keeps its file)."""
        self.run_worker(routes.save_copy(self), group="save-copy")

    def save_failed(self, error: WoestError) -> None:
        """A write failed: say so, keep the answers in memory, offer another place."""
        if self.state is None:
            return
        if isinstance(error, FileChanged):
            self.file_changed()
            return
        if self.rescue is not None:
            return  # the dialog for the failure before is open (or opening): it offers the same
        text = self.t("save_failed_body", error=" ".join(error.lines(self.lang)))
        self.rescue = SaveAsScreen(self.t("save_failed_title"), self.state.path, text)
        self.run_worker(self._rescue(self.rescue), group="rescue")

    async def _rescue(self, dialog: SaveAsScreen) -> None:
        """Offer another place for what a write could not save, and save there when chosen."""
        try:
            path = await self.push_screen(dialog, wait_for_dismiss=True)
        finally:
            self.rescue = None
        if path is None:
            self.notify(self.t("still_unsaved"), severity="warning", timeout=10, markup=False)
            return
        self.announce = path  # said once the saver has written it there
        self.save_to(path)

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
        if self.state is not None:
            self.run_worker(ask_changed(self, self.state, problem), group="changed")

    # --- palette ------------------------------------------------------------------------

    def action_command_palette(self) -> None:
        """Open the command palette, its placeholder in the app's language."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(WoestPalette())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """The palette's commands in the app's language: themes in order, summary, and more."""
        return woest_commands(self)

    # --- size ---------------------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self.check_size(event.size.width, event.size.height)

    def check_size(self, width: int, height: int) -> None:
        """Below 60x20 a clear message covers the screen; everything underneath is kept."""
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        covered = isinstance(self.screen, TooSmallScreen)
        if small and not covered:
            self.push_screen(TooSmallScreen())
        elif not small and covered:
            self.pop_screen()
