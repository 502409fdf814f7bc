"""The walk's live side: the panel in place of the answer control, the top line, the keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical
from textual.widgets import Static

from woest_tui.core.model import Answer, Question
from woest_tui.i18n import Lang, message
from woest_tui.tui.support import steady
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.live_panel import LivePanel

if TYPE_CHECKING:
    from woest_tui.live.session import LiveSession
    from woest_tui.tui.screens.walk import WalkScreen


class LiveWalk:
    """Connects a walk to its live session: what the phones show follows the walk."""

    def __init__(self, session: LiveSession, lang: Lang) -> None:
        self.session = session
        self.lang = lang
        self.walk: WalkScreen | None = None
        #: The phones in the room and the language the top line shows.
        self.seen: tuple[int, Lang] | None = None

    def attach(self, walk: WalkScreen) -> None:
        """Follow the room's changes on `walk`'s top line and footer."""
        self.walk = walk
        self.session.room.listeners.append(self.changed)
        self.changed()

    def detach(self) -> None:
        """Stop following the room."""
        if self.changed in self.session.room.listeners:
            self.session.room.listeners.remove(self.changed)

    def changed(self) -> None:
        """The room changed: the top line, when the number of phones in the room did.

        Called for every vote, in the server's handler: a vote changes nothing here, so
        it costs one comparison.
        """
        walk = self.walk
        if walk is None:
            return
        room = self.session.room
        seen = (room.joined, walk.lang)
        if seen == self.seen or not walk.is_attached:
            return
        self.seen = seen
        server = self.session.server
        line = message("live_top", walk.lang, url=server.url, short=room.short, joined=room.joined)
        for top in walk.query("#live-top").results(Static):
            steady.update(top, plain(line), 1)

    async def show(self, walk: WalkScreen, question: Question, slot: Vertical) -> None:
        """Put the live panel in the slot and open the question on every phone."""
        self.session.open(question)
        current = next(iter(slot.children), None)
        if isinstance(current, LivePanel):
            current.reset(question, walk.lang)
        else:
            if walk.focused is not None and walk.focused in slot.query("*"):
                walk.set_focus(None)
            await slot.remove_children()
            current = LivePanel(self.session.room, question, walk.lang, id="control")
            await slot.mount(current)
        # a vote is answered once the wall shows it (see LiveServer.vote)
        self.session.server.wall = current.status.drawn
        self.changed()

    def answer(self, walk: WalkScreen, question: Question, note: str | None) -> Answer | None:
        """The tally the room would save now."""
        room = self.session.room
        return room.answer(note) if room.question is question else walk.state.answer(question.id)

    def show_join(self, walk: WalkScreen) -> None:
        """Show the join screen again."""
        from woest_tui.tui.screens.live_join import LiveJoinScreen

        walk.app.push_screen(LiveJoinScreen(self.session))
