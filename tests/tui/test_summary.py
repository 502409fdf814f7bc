"""The summary and the priority editor: highlighting, finishing with open questions, 80x24."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, OptionList, Select, Static

from tests.tui.conftest import MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.priority import PriorityScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.widgets.wrapping import WrappingField

ANSWERS = {"stand-cijfer": 8, "stand-oorzaak": 1, "woe-taken-helder": 1}


async def to_summary(app: WoestApp, answers: dict[str, int] = ANSWERS) -> SummaryScreen:
    """Answer some questions (development points: woe, stand-oorzaak, woe-taken-helder)."""
    assert app.state is not None
    for question, value in answers.items():
        app.state.set_answer(question, Answer(value=value))
    await app.run_action("summary")
    screen = app.screen
    assert isinstance(screen, SummaryScreen)
    return screen


async def add(app: WoestApp, pilot: object, action: str, due: str = "1-3-2027") -> str:
    """Add a priority with the offered development point; returns that point."""
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("a")
    dialog = app.screen
    assert isinstance(dialog, PriorityScreen)
    ref = dialog.query_one("#ref", Select).value
    dialog.query_one("#action", WrappingField).text = action
    dialog.query_one("#owner", Input).value = "OE"
    dialog.query_one("#due", Input).value = due
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(ref, str)
    return ref


async def test_a_new_priority_is_highlighted_and_the_next_offers_another_point(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        first = await add(app, pilot, "eerste")
        options = app.screen.query_one("#priorities", OptionList)
        assert options.highlighted == 0
        second = await add(app, pilot, "tweede")
        assert second != first  # a point not chosen yet comes first
        assert options.highlighted == 1
        await pilot.press("shift+up")  # works at once, no Down needed
        assert [p.action for p in load_result(out).priorities] == ["tweede", "eerste"]
        assert options.highlighted == 0
        await pilot.press("x", "j")  # removing asks first
        await pilot.pause()
        assert [p.action for p in load_result(out).priorities] == ["eerste"]


async def test_a_reopened_summary_highlights_the_first_priority(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        await add(app, pilot, "eerste")
        await pilot.press("escape")
        await app.run_action("summary")
        await pilot.pause()
        assert app.screen.query_one("#priorities", OptionList).highlighted == 0
        await pilot.press("x", "j")
        await pilot.pause()
    assert load_result(tmp_path / "sessie.toml").priorities == ()


async def test_a_due_date_before_the_session_is_refused(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, PriorityScreen)
        dialog.query_one("#action", WrappingField).text = "wekelijks overleg"
        dialog.query_one("#owner", Input).value = "OE"
        dialog.query_one("#due", Input).value = "2020-01-01"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog
        error = str(dialog.query_one("#priority-error", Static).render())
        assert error == "Die datum ligt vóór de sessie. Kies 2026-11-28 of later."
        assert dialog.focused is dialog.query_one("#due")
        await app.run_action("toggle_language")
        await pilot.pause()
        assert dialog.query_one("#action", WrappingField).text == "wekelijks overleg"
        error = str(dialog.query_one("#priority-error", Static).render())
        assert error == "That date is before the session. Choose 2026-11-28 or later."
        dialog.query_one("#due", Input).value = "2026-11-28"  # the day itself is fine
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    priority = load_result(tmp_path / "sessie.toml").priorities[0]
    assert priority.due == dt.date(2026, 11, 28)


async def test_finishing_with_open_questions_asks_first(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Nog 7 van de 10 vragen staan open" in app.screen.question
        await pilot.press("enter")  # no
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert load_result(out).session.finished is None
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("tab", "enter")  # yes
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again: three months on
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    assert load_result(out).session.finished is not None
    assert load_result(out).session.remeasure == dt.date(2027, 2, 28)


async def test_finishing_with_everything_answered_needs_no_question(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.state is not None
        for question in app.state.questions:
            app.state.set_answer(question.id, Answer(dont_know=True))
        await to_summary(app, {})
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert app.state.finished


def footer_keys(app: WoestApp) -> dict[str, int]:
    """The keys in the footer, with the column where each one's label ends."""
    return {key.key: key.region.right for key in app.screen.query("FooterKey")}  # type: ignore[attr-defined]


async def test_at_80x24_f_and_r_are_in_the_footer_and_the_state_line_names_only_the_file(
    tmp_path: Path, make_app: MakeApp
) -> None:
    deep = tmp_path / ("een-heel-lange-mapnaam-voor-de-sessies-van-dit-team" * 2)
    deep.mkdir()
    app = make_app(out=deep / "sessie.toml")
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await to_summary(app)
        await pilot.pause()
        keys = footer_keys(app)
        assert "f" in keys and keys["f"] <= 80 and "r" not in keys
        state = summary.query_one("#summary-state", Static)
        shown = str(state.render())
        # the file's name, never the folder (on a wall: a home folder, a user name)
        assert state.region.height == 1 and "sessie.toml" in shown and "mapnaam" not in shown
        title = summary.query_one("#priorities-title", Static)
        assert title.region.height == 1
        await pilot.press("f", "tab", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        keys = footer_keys(app)
        assert "r" in keys and keys["r"] <= 80 and "f" not in keys
