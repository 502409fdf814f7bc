"""Every screen of a meeting, reached as a facilitator reaches it: shared by snapshots and contrast."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.tui.conftest import NOW, QUICK, WOEST, fixed_clock
from woest_tui.core.session.launch import prepare_launch
from woest_tui.i18n import Lang
from woest_tui.tui.app import WoestApp

FIXTURES = Path(__file__).parent.parent / "fixtures" / "compare"

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


def compare(*then: str) -> Steps:
    """From the start screen to the comparison of two saved sessions."""

    async def go(pilot: Pilot[Any]) -> None:
        pilot.app.screen.query_one("#compare-button").focus()
        await pilot.press("enter", "space", "down", "space", *then)
        await pilot.pause()

    return go


def finished(*then: str) -> Steps:
    """Answer the quick scan, finish it from the summary, and press `then`."""

    async def go(pilot: Pilot[Any]) -> None:
        await pilot.press(*ANSWERED)
        await pilot.app.run_action("summary")
        await pilot.pause()
        await pilot.press("f", "j")
        await pilot.pause()
        await pilot.press("enter", *then)  # the day to measure again
        await pilot.pause()

    return go


def told(*then: str) -> Steps:
    """The summary with a message shown (a toast), as after saving a copy."""

    async def go(pilot: Pilot[Any]) -> None:
        await pilot.press(*ANSWERED)
        await pilot.app.run_action("summary")
        await pilot.pause()
        pilot.app.notify("Kopie opgeslagen als kopie.toml")
        pilot.app.notify("Heropen de sessie eerst.", severity="warning")
        pilot.app.notify("Opslaan mislukt.", severity="error")
        await pilot.pause(0.3)

    return go


async def changed(pilot: Pilot[Any]) -> None:
    """The question shown when the session file was changed behind woest's back."""
    from woest_tui.tui.dialogs.changed import ChangedScreen

    pilot.app.push_screen(ChangedScreen(Path("sessie.toml")))
    await pilot.pause()


async def small(pilot: Pilot[Any]) -> None:
    """The window made too small."""
    await pilot.resize_terminal(50, 16)
    await pilot.pause()


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
    "confirm": ({}, action("summary", *ANSWERED, after=("f",))),
    "finished": ({}, finished()),
    "individual": ({"bank": "woest", "mode": "individual", "role": "wijkagent"}, keys("enter")),
    "compare_pick": ({"team": None, "saved": True}, compare()),
    "compare": ({"team": None, "saved": True}, compare("tab", "enter")),
    "too_small": ({}, small),
    "toasts": ({}, told()),
    "changed": ({"bank": "woest"}, changed),
    "merged": ({"merged": True}, jump("scale")),
}


def build(name: str, folder: Path, theme: str, lang: Lang = "nl") -> tuple[WoestApp, Steps]:
    """The app for one screen of `SCREENS`, on files in `folder` (the working directory).

    Args:
        name: the screen.
        folder: an empty folder, the working directory (the session is saved as sessie.toml).
        theme: the theme's name.
        lang: the language.

    Returns:
        The app, and the steps that open the screen.
    """
    made, steps = SCREENS[name]
    kw = dict(made)
    bank = WOEST if kw.pop("bank", None) == "woest" else QUICK
    team = kw.pop("team", "Basisteam Test")
    out = Path("sessie.toml")
    if kw.pop("merged", False):
        from tests.tui.test_merged_walk import TEAM, merged_file

        team, out, kw["mode"] = TEAM, merged_file(Path(".")), "votes"
    sessions = folder / "sessions"
    if kw.pop("saved", False):
        sessions.mkdir()
        shutil.copy(FIXTURES / "amersfoort-2026.toml", sessions)
        shutil.copy(FIXTURES / "almere-2026.toml", sessions)
        bank = FIXTURES / "bank-v2.toml"
    launch = prepare_launch(
        questions=bank,
        team=team,
        out=out if team else None,
        sessions=sessions,
        clock=fixed_clock,
        **kw,
    )
    launch.today = NOW.date()
    return WoestApp(launch, lang, theme=theme), steps
