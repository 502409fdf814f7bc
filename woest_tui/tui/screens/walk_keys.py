"""The walk's keys, and which of them do something where the walk is."""

from __future__ import annotations

from woest_tui.core.model import Question
from woest_tui.tui.support.localized import Key

# Priority bindings: they run as the app reads them, in the order they came, and each
# action first waits for the keys before it to land (see `caught_up`).
# Enter says what it will do: begin a theme, confirm what is chosen, skip a question with
# nothing chosen, or (read-only) go to the next one; the first enabled of these is offered.
ENTER = [
    Key("enter", "begin", "key_begin", priority=True, key_display="Enter"),
    Key("enter", "confirm", "key_confirm", priority=True, key_display="Enter"),
    Key("enter", "skip", "key_skip", priority=True, key_display="Enter"),
    Key("enter", "next", "key_next", priority=True, key_display="Enter"),
]


def walk_keys(typing: bool) -> list[Key]:
    """The walk's keys; in a text field the letters type, so the footer names F2-F4 there."""
    return [
        *ENTER,
        Key("escape", "back", "key_back", priority=True, key_display="Esc"),
        Key("w", "dont_know", "key_dont_know", show=not typing, priority=True),
        Key("n", "note", "key_note", show=not typing, priority=True),
        Key("o", "overview", "key_overview", show=not typing, priority=True),
        Key("f2", "dont_know", "key_dont_know", show=typing, priority=True, key_display="F2"),
        Key("f3", "note", "key_note", show=typing, priority=True, key_display="F3"),
        Key("f4", "overview", "key_overview", show=typing, priority=True, key_display="F4"),
        # shown on its own line under the options, with its key: the footer has no room at 80
        Key("v", "not_applicable", "key_not_applicable", show=False, priority=True),
        Key("f5", "not_applicable", "key_not_applicable", show=False, priority=True),
        # after a jump from the overview: back to where the meeting was, or the next open one
        Key("t", "return", "key_return", priority=True),
        Key("g", "next_open", "key_next_open", show=False, priority=True),
        # live sessions only (see `idle_actions`)
        Key("r", "reveal", "key_reveal", priority=True),
        Key("j", "join", "key_join", priority=True),
    ]


KEYS = walk_keys(typing=False)


def idle_actions(
    question: Question | None,
    *,
    finished: bool,
    given: bool,
    gathered: bool,
    at_start: bool,
    jumped_away: bool,
    live: bool = False,
) -> frozenset[str]:
    """The walk's actions that do nothing at this position (left out of the footer).

    Of Enter's four meanings all but one are left out; a finished session is read-only,
    so marking "weet niet" and writing a note are left out too.

    Args:
        question: the question shown, None on a theme's introduction.
        finished: whether the session is finished (read-only).
        given: whether Enter would save something (else it skips).
        gathered: whether the question shows a merge's tally (it only takes a note).
        at_start: whether there is nothing to go back to.
        jumped_away: whether a jump from the overview left a place to go back to.
        live: whether the phones answer (a live session).
    """
    idle = set() if live else {"reveal", "join"}
    if live:
        # "weet niet" is each phone's own answer in a live session
        idle |= {"dont_know", "not_applicable"}
        # offered all through a question, also once revealed: the footer then stays
        # as it is when the room reveals and when Enter opens the next question
        if question is None:
            idle.add("reveal")
    if question is None:
        idle |= {"dont_know", "not_applicable", "note", "confirm", "skip", "next"}
    else:
        idle.add("begin")
        if finished:
            idle |= {"dont_know", "not_applicable", "note", "confirm", "skip"}
        else:
            idle |= {"next", "skip" if given else "confirm"}
        if not question.allow_dont_know or gathered:
            idle.add("dont_know")
        if not question.not_applicable_allowed or gathered:
            idle.add("not_applicable")
    if at_start:
        idle.add("back")
    if not jumped_away:
        idle |= {"return", "next_open"}
    return frozenset(idle)
