"""Keys that arrive in one read from the terminal are handled strictly in the order typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import MakeApp
from tests.tui.test_walk import saved, walk
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.start import StartScreen

#: Key names for the characters a test types.
NAMES = {
    "\r": "enter",
    "\t": "tab",
    " ": "space",
    "\x1b": "escape",
    "\x11": "ctrl+q",
    "↓": "down",
    "↑": "up",
    "⌫": "backspace",
    "←": "left",
}


async def at_once(app: WoestApp, pilot: Pilot[None], keys: str) -> None:
    """Post every key before any is handled, as the driver does for one read."""
    for character in keys:
        name = NAMES.get(character, character)
        printable = len(name) == 1 or name in ("enter", "tab", "space")
        app.post_message(events.Key(name, character if printable else None))
    for _ in range(3):
        if app.is_running:
            await pilot.pause()


async def test_a_digit_and_enter_in_one_read_answer_the_question_shown(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await at_once(app, pilot, "\r7\r")
        assert saved(out) == {"stand-cijfer": {"value": 7}}
        assert walk(app).question.id == "stand-oorzaak"  # type: ignore[union-attr]
        # several answers, a move by the arrows and a way back, all in one read
        await at_once(app, pilot, "4\r3\r\x1b5\r")
        assert saved(out) == {
            "stand-cijfer": {"value": 7},
            "stand-oorzaak": {"value": 4},
            "stand-brandjes-blussen": {"value": 5},
        }
        assert walk(app).question.id == "stand-voortgang-besproken"  # type: ignore[union-attr]


async def test_ten_and_enter_in_one_read(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await at_once(app, pilot, "\r10\r")  # the 0-10 scale
        assert saved(tmp_path / "sessie.toml") == {"stand-cijfer": {"value": 10}}


async def test_digits_and_enter_in_one_read_on_a_number_question(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await walk(app).jump_to_question(6)  # woe-uren-per-week, 0 to 40
        await pilot.pause()
        await at_once(app, pilot, "12\r")
        assert saved(out) == {"woe-uren-per-week": {"value": 12}}
        # corrections typed fast: the backspaces and the arrow come where they were typed
        await at_once(app, pilot, "\x1b⌫⌫99⌫←1\r")  # back from the next introduction
        assert saved(out) == {"woe-uren-per-week": {"value": 19}}
        await at_once(app, pilot, "\x1bnab⌫c\r")
        assert saved(out) == {"woe-uren-per-week": {"value": 19, "note": "ac"}}


async def test_weet_niet_and_a_note_in_one_read(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        # a digit, then w: weet niet wins; then a note typed right after n
        await at_once(app, pilot, "\r4w\r2nvoor later\r")
        assert saved(out) == {
            "stand-cijfer": {"dont_know": True},
            "stand-oorzaak": {"value": 2, "note": "voor later"},
        }


async def test_counts_of_hands_and_arrows_in_one_read(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(mode="votes")
    async with app.run_test(size=(100, 40)) as pilot:
        await walk(app).jump_to_question(1)  # 1 to 5
        await pilot.pause()
        await at_once(app, pilot, "12↓1↓↓↓4↑↑7w3\r")
        assert saved(tmp_path / "sessie.toml") == {
            "stand-oorzaak": {"votes": [12, 1, 7, 0, 4], "dont_know_votes": 3}
        }


async def test_tab_between_fields_in_one_read_on_the_start_screen(make_app: MakeApp) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, StartScreen)
        first = screen.query_one("#count-teamchef", Input)
        screen.set_focus(first)
        await pilot.pause()
        await at_once(app, pilot, "1\t2")
        counts = [field.value for field in screen.query(".role-count").results(Input)]
        assert counts[:2] == ["1", "2"]


@pytest.mark.threaded_saves
async def test_a_note_and_ctrl_q_in_one_read_keep_the_note(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await at_once(app, pilot, "\r3nbelangrijke notitie\x11")
    assert saved(tmp_path / "sessie.toml") == {"stand-cijfer": {"note": "belangrijke notitie"}}
