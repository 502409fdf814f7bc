"""The app's ways between screens, and through its dialogs: each asks, waits, then acts.

The async functions run in a worker of the app (`WoestApp` starts them from its actions),
so a dialog's answer is a value read top to bottom, never a callback inside a callback.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import TYPE_CHECKING

from woest_tui.core.errors import WoestError
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import message
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.dialogs.unsaved import UnsavedScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.support.localized import follow_language

if TYPE_CHECKING:
    from woest_tui.tui.app import WoestApp

# The overview, review, summary and start screens are imported where they are opened: the
# summary pulls in scoring and the reports, which the first question does not need.


def start(app: WoestApp) -> None:
    """The start screen: a new session, or one to resume."""
    from woest_tui.tui.screens.start import StartScreen

    screen = StartScreen(app.launch, app.lang)
    follow_language(screen, screen.set_language)  # it keeps its own copy still
    app.push_screen(screen)


def walk(app: WoestApp, state: SessionState, start: int | None) -> None:
    """Walk a session, or show its summary when it is finished.

    Args:
        app: the app.
        state: the session, saved as it goes.
        start: the question to open, or None for the first theme's introduction.
    """
    if state.result.session.live and not state.finished:
        from woest_tui.tui.support.live_start import open_live

        app.run_worker(open_live(app, state, start), name="live")
        return
    app.walk = WalkScreen(state, app.lang, start, size=(app.size.width, app.size.height))
    follow_language(app.walk, app.walk.set_language)  # it keeps its own copy still
    app.push_screen(app.walk)
    if state.finished:
        from woest_tui.tui.screens.summary import SummaryScreen

        app.push_screen(SummaryScreen(state))
    elif state.result.follow_up is not None and not state.result.follow_up.done:
        # last time's actions come first, as in the research's "WOE's Next?" round
        from woest_tui.tui.screens.follow_up import FollowUpScreen

        app.push_screen(FollowUpScreen(state))


def summary(app: WoestApp) -> None:
    """Show the summary (and the priorities) of the session so far."""
    from woest_tui.tui.screens.summary import SummaryScreen

    if app.state is None or isinstance(app.screen, SummaryScreen):
        return
    if app.walk is not None and app.screen is app.walk:
        app.walk.leave()
    app.push_screen(SummaryScreen(app.state))


async def overview(app: WoestApp) -> None:
    """Show every theme and question with its state; jump to the one chosen."""
    from woest_tui.tui.screens.overview import OverviewScreen

    walk = app.walk
    if app.state is None or walk is None or isinstance(app.screen, OverviewScreen):
        return
    # pushed in the same step as the check (no await between): a second key finds it open
    asked = OverviewScreen(app.state, walk.position)
    target = await app.push_screen(asked, wait_for_dismiss=True)
    if target is None or app.walk is None:
        return
    while app.screen is not app.walk:
        app.pop_screen()
    kind, index = target
    if kind == "theme":
        await app.walk.jump_to_theme(index)
    else:
        await app.walk.jump_to_question(index, remember=True)


async def review(app: WoestApp) -> None:
    """The finish review: open questions first, then the summary."""
    from woest_tui.tui.screens.review import ReviewScreen

    if app.state is None or isinstance(app.screen, ReviewScreen):
        return
    target = await app.push_screen(ReviewScreen(app.state), wait_for_dismiss=True)
    if target is not None and app.walk is not None:
        while app.screen is not app.walk:
            app.pop_screen()
        await app.walk.jump_to_question(target)


async def present(app: WoestApp) -> None:
    """Change who is present: people walk in and out during a meeting."""
    from woest_tui.tui.dialogs.present import PresentScreen

    state = app.state
    if state is None or app.walk is None:
        return
    roles = dict(state.result.session.roles)
    counts = await app.push_screen_wait(PresentScreen(state.bank, roles))
    if counts is None or counts == state.result.session.roles:
        return
    try:
        state.set_present(counts)
    except WoestError as error:
        app.save_failed(error)
        return
    app.notify(app.t("present_saved"), markup=False)
    if app.walk is not None:
        app.walk.refresh_present()


async def save_copy(app: WoestApp) -> None:
    """Save a copy of the session under another name (the session keeps its file)."""
    state = app.state
    if state is None:
        return
    title = partial(message, "save_copy_title")
    path = await app.push_screen_wait(SaveAsScreen(title, state.path))
    if path is None:
        return
    try:
        state.save_copy(path)
    except WoestError as error:
        app.notify(" ".join(error.lines(app.lang)), severity="error", timeout=10, markup=False)
        return
    app.notify(app.t("saved_copy", path=str(path)), markup=False)


async def quit_unsaved(app: WoestApp, state: SessionState) -> None:
    """The last write failed: offer another place first; quitting anyway exits with 1.

    Args:
        app: the app.
        state: the session, whose latest answers are only in memory.
    """
    if any(isinstance(screen, UnsavedScreen) for screen in app.screen_stack):
        return  # asked already
    choice = await app.push_screen(UnsavedScreen(state.path), wait_for_dismiss=True)
    if choice == "quit":
        app.exit(return_code=1, message=app.unsaved_line())
        return
    if choice != "save":
        return
    title = partial(message, "unsaved_save")
    path = await app.push_screen_wait(SaveAsScreen(title, state.path))
    if path is None:
        return
    app.announce = path
    if not app.save_to(path):
        return
    await asyncio.to_thread(app.saver.flush)
    if not state.unsaved:
        app.exit()
    # else the saver's failure opened the "saving failed" dialog already
