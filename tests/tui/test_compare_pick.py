"""The compare picker: every saved session listed, everything in reach at 80x24."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import Input, SelectionList, Static

from tests.tui.conftest import SavesAtOnce
from woest_tui.core.session.launch import prepare_launch
from woest_tui.i18n import Lang
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.compare import ComparePickScreen, CompareScreen

FIXTURES = Path(__file__).parent.parent / "fixtures" / "compare"


def picker_app(tmp_path: Path, lang: Lang = "nl", copies: int = 6) -> WoestApp:
    """The start screen over a sessions folder with finished and unfinished results."""
    folder = tmp_path / "sessions"
    folder.mkdir()
    for number in range(copies):
        shutil.copy(FIXTURES / "amersfoort-2026.toml", folder / f"amersfoort-{number}.toml")
    shutil.copy(FIXTURES / "almere-2026.toml", folder)  # not finished
    launch = prepare_launch(questions=FIXTURES / "bank-v2.toml", sessions=folder)
    launch.banks.append(FIXTURES / "bank-v1.toml")
    return WoestApp(launch, lang, theme="woest-dark", saver=SavesAtOnce)


def inside(app: WoestApp, selector: str) -> bool:
    """Whether the widget is displayed wholly inside the scrolling picker, in the window."""
    widget = app.screen.query_one(selector)
    pick = app.screen.query_one("#pick").region
    region = widget.region
    return (
        widget.display
        and region.height > 0
        and pick.y <= region.y
        and region.bottom <= pick.bottom
        and region.bottom <= app.size.height - 1
    )


async def test_the_picker_lists_unfinished_sessions_and_fits_80x24(tmp_path: Path) -> None:
    app = picker_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#compare-button").focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ComparePickScreen)
        saved = app.screen.query_one("#pick-saved", SelectionList)
        assert saved.option_count == 7
        lines = [str(saved.get_option_at_index(i).prompt) for i in range(7)]
        assert sum("nog niet afgerond" in line for line in lines) == 1
        assert all(".toml" in line for line in lines)
        # the list is bounded: the field and the button are on screen without scrolling
        assert inside(app, "#pick-files") and inside(app, "#pick-go")
        assert app.screen.focused is saved and saved.highlighted == 0
        await pilot.press("space")  # ticks the first at once
        assert len(saved.selected) == 1
        await pilot.press("tab", "enter")  # one result is not enough
        await pilot.pause()
        error = app.screen.query_one("#pick-error", Static)
        assert "minstens twee" in str(error.render())
        assert inside(app, "#pick-error")


async def test_a_failed_compare_is_seen(tmp_path: Path) -> None:
    app = picker_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.query_one("#compare-button").focus()
        await pilot.press("enter")
        files = app.screen.query_one("#pick-files", Input)
        files.value = f"{FIXTURES / 'amersfoort-2026.toml'} {tmp_path / 'weg.toml'}"
        files.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ComparePickScreen)
        assert "weg.toml" in str(app.screen.query_one("#pick-error", Static).render())
        assert inside(app, "#pick-error")


async def test_an_unfinished_session_can_be_compared(tmp_path: Path) -> None:
    app = picker_app(tmp_path, copies=1)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#compare-button").focus()
        await pilot.press("enter")
        await pilot.press("space", "down", "space", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


async def test_the_picker_speaks_english_and_switches_keeping_the_ticks(tmp_path: Path) -> None:
    app = picker_app(tmp_path, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#compare-button").focus()
        await pilot.press("enter")
        picker = app.screen
        assert {b.binding.description for b in picker.active_bindings.values()} >= {"back"}
        await pilot.press("space", "down", "down", "space")
        picker.query_one("#pick-files", Input).value = "extra.toml"
        await app.run_action("toggle_language")
        await pilot.pause()
        assert picker.query_one("#pick-saved", SelectionList).selected == [0, 2]
        assert picker.query_one("#pick-files", Input).value == "extra.toml"
        title = str(picker.query_one(".panel-title", Static).render())
        assert title == "Vergelijk twee of meer resultaten"
        assert {b.binding.description for b in picker.active_bindings.values()} >= {"vorige"}
