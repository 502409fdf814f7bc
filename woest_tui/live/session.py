"""A live session: the room, its server, and the save path every other mode uses."""

from __future__ import annotations

from dataclasses import dataclass

from woest_tui.core.model import Answer, Question, Result
from woest_tui.core.session.state import SessionState
from woest_tui.i18n import Lang
from woest_tui.live.room import Room
from woest_tui.live.server import Limit, LiveServer
from woest_tui.live.tally import live_result


@dataclass(frozen=True)
class LiveOptions:
    """How a live session listens and reveals."""

    host: str
    """The address to listen on (the LAN address by default; 127.0.0.1 in tests)."""
    port: int = 0
    """The port; 0 takes a free one."""
    auto_reveal: bool = False
    """Reveal by itself once every phone in the room has answered."""
    limit: Limit | None = None
    """The flood limit per address (None: the default)."""


def mark_live(result: Result) -> Result:
    """A new session's result, marked as answered live (a votes result on phones)."""
    session = result.session.model_copy(update={"live": True, "mode": "votes"})
    return result.model_copy(update={"session": session})


class LiveSession:
    """The room and its server for one session; answers go through the session's rules."""

    def __init__(self, state: SessionState, lang: Lang, options: LiveOptions) -> None:
        self.state = state
        self.room = Room(state.bank, lang, auto_reveal=options.auto_reveal)
        self.server = LiveServer(self.room, options.host, options.port, options.limit)

    async def start(self) -> None:
        """Start the server in the running loop.

        Raises:
            OSError: the address cannot be used.
        """
        await self.server.start()

    async def stop(self) -> None:
        """Stop the server; the phones lose the page, the file stays as saved."""
        await self.server.stop()

    def open(self, question: Question | None) -> None:
        """Show `question` on every phone (None: they wait)."""
        place = (0, 0)
        if question is not None:
            ids = [q.id for q in self.state.questions]
            place = (ids.index(question.id) + 1, len(ids))
        self.room.open(question, place)

    def save(self, question: Question, note: str | None) -> Answer | None:
        """Save the open question's tally, exactly as votes mode saves an answer.

        The text goes to the session's writer (the TUI's background saver, which forces
        it to disk within milliseconds) or, without one, to the file before this returns.

        Args:
            question: the question (it must be the one open in the room).
            note: the team's note.

        Returns:
            The answer saved; with no vote and no typed hand, the one saved before (or None).

        Raises:
            WoestError: the write failed; the answer stays in memory.
        """
        state = self.state
        answer = self.room.answer(note) if self.room.question is question else None
        if answer is None:
            # nobody answered this time (a question opened again, say): what was saved stays
            return state.answer(question.id)
        answers = dict(state.result.answers)
        answers[question.id] = answer
        updated = state.result.model_copy(update={"answers": answers})
        state.set_result(live_result(updated, state.bank, self.room.joined_groups()))
        return answer
