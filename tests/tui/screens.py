"""Every screen of a meeting, reached as a facilitator reaches it: shared by snapshots and contrast."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

Steps = Callable[[Pilot[Any]], Awaitable[None]]


async def settle(pilot: Pilot[Any]) -> None:
    """Cursor blink off on every field (stable pictures), then let the screen settle."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    for area in pilot.app.screen.query(TextArea):
        area.cursor_blink = False
    await pilot.pause()


def keys(*pressed: str) -> Steps:
    """Press these keys."""

    async def go(pilot: Pilot[Any]) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return go


def jump(kind: str, *then: str) -> Steps:
    """Open the first question of this type (by type, so a changed bank keeps the picture)."""

    async def go(pilot: Pilot[Any]) -> None:
        screen: Any = pilot.app.screen
        index = [q.type for q in screen.state.bank.questions()].index(kind)
        await screen.jump_to_question(index)
        await pilot.pause()
        await pilot.press(*then)
        await pilot.pause()

    return go


def action(name: str, *before: str, after: tuple[str, ...] = ()) -> Steps:
    """Press `before`, run the app's action `name`, press `after`."""

    async def go(pilot: Pilot[Any]) -> None:
        await pilot.press(*before)
        await pilot.app.run_action(name)
        await pilot.pause()
        await pilot.press(*after)
        await pilot.pause()

    return go


ANSWERED = ("enter", "4", "enter", "3", "enter", "w", "enter")

#: name -> (how the app is made, the steps that open the screen)
SCREENS: dict[str, tuple[dict[str, Any], Steps]] = {
    "start": ({"team": None, "bank": "woest"}, keys(*"Basisteam Almere")),
    "theme_intro": ({"bank": "woest"}, keys()),
    "scale": ({"bank": "woest"}, keys("enter", "4")),
    "choice": ({"bank": "woest"}, jump("choice", "2")),
    "multi": ({"bank": "woest"}, jump("multi", "1", "3")),
    "number": ({"bank": "woest"}, jump("number", *"12")),
    "note": ({"bank": "woest"}, keys("enter", "4", "n", *"Bij de derde melding vragen we door.")),
    "dont_know": ({"bank": "woest"}, keys("enter", "w")),
    "votes": (
        {"bank": "woest", "mode": "votes"},
        keys("enter", "1", "down", "2", "down", "down", "down", "5"),
    ),
    "overview": ({"bank": "woest"}, keys("enter", "4", "enter", "w", "enter", "o")),
    "review": ({}, action("review", "enter", "7", "enter", "4", "enter")),
    "summary": ({}, action("summary", *ANSWERED)),
    "priority": ({}, action("summary", *ANSWERED, after=("a", *"Elke week een wijkprobleem"))),
    "palette": ({"bank": "woest"}, keys("ctrl+p")),
    "save_as": ({}, action("save_copy")),
}
