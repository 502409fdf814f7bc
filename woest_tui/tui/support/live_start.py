"""Opening a live session in the app: start the server, show the join screen, then walk."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from woest_tui.core.session.live_address import parse_bind
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import message
from woest_tui.live.room import Room
from woest_tui.live.session import LiveOptions, LiveSession
from woest_tui.tui.screens.live_join import LiveJoinScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.screens.walk_live import LiveWalk
from woest_tui.tui.support.localized import follow_language

if TYPE_CHECKING:
    from woest_tui.tui.app import WoestApp


def options_of(app: WoestApp) -> LiveOptions:
    """The live options of the launch (the tests may set `app.live_options` first)."""
    given = getattr(app, "live_options", None)
    if isinstance(given, LiveOptions):
        return given
    host, port = parse_bind(app.launch.live_bind)
    return LiveOptions(host, port, auto_reveal=app.launch.auto_reveal)


def wall_then_collector(app: WoestApp, room: Room) -> Callable[[Callable[[], None]], object]:
    """The server's `defer`: the phones hear of a change once the wall has painted it.

    And of a new question once the garbage collector has run too. A question just opened
    is a quiet moment: the room reads the wall, nobody has voted yet. A full collection
    then (tens of milliseconds) keeps the collector's own full pass from falling in the
    middle of a hundred votes, where it held every answer and the count on the wall for
    over 100 ms (see bench/, measure 6). An introduction or a reveal has no votes coming:
    it is not held up by a collection.
    """

    def defer(callback: Callable[[], None]) -> object:
        def collect_then() -> None:
            if room.question is not None and not room.revealed:
                gc.collect()
            callback()

        return app.call_after_refresh(collect_then)

    return defer


async def open_live(app: WoestApp, state: SessionState, start: int | None) -> None:
    """Start the room's server in the app's loop; if it cannot start, walk in votes mode.

    Args:
        app: the app.
        state: the live session.
        start: the question to open, or None for the first theme's introduction.
    """
    session = LiveSession(state, app.lang, options_of(app))
    size = (app.size.width, app.size.height)
    try:
        await session.start()
    except OSError as error:
        reason = error.strerror or str(error)
        app.notify(
            message("live_failed", app.lang, reason=reason),
            severity="warning",
            timeout=30,
            markup=False,
        )
        app.walk = WalkScreen(state, app.lang, start, size=size)
        follow_language(app.walk, app.walk.set_language)  # it keeps its own copy still
        await app.push_screen(app.walk)
        if state.result.follow_up is not None and not state.result.follow_up.done:
            from woest_tui.tui.screens.follow_up import FollowUpScreen

            await app.push_screen(FollowUpScreen(state))
        return
    session.server.defer = wall_then_collector(app, session.room)
    app.live = session
    app.walk = WalkScreen(state, app.lang, start, size=size, live=LiveWalk(session, app.lang))
    follow_language(app.walk, app.walk.set_language)  # it keeps its own copy still
    await app.push_screen(app.walk)
    if state.result.follow_up is not None and not state.result.follow_up.done:
        # last time's actions come first, as in every mode (after the phones have joined)
        from woest_tui.tui.screens.follow_up import FollowUpScreen

        await app.push_screen(FollowUpScreen(state))
    await app.push_screen(LiveJoinScreen(session))
