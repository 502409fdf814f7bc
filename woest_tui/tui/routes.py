"""The app's ways through its dialogs: each asks, waits for the answer, then acts on it.

Every function here runs in a worker of the app (`WoestApp` starts them from its actions),
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

if TYPE_CHECKING:
    from woest_tui.tui.app import WoestApp

# The overview, review and present dialogs are imported where they are opened, as the
# app's own screens are: the first question does not need them.


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
