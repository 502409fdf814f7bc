"""The rest of the meeting: overview, review, summary and priorities, finishing, failures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList, Select

from tests.tui.conftest import MakeApp, SavesAtOnce
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.storage import load_result
from woest_tui.tui.dialogs.modals import ConfirmScreen, SaveAsScreen, TooSmallScreen
from woest_tui.tui.screens.overview import OverviewScreen
from woest_tui.tui.screens.priority import PriorityScreen
from woest_tui.tui.screens.review import ReviewScreen
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.textfield import TextField


async def test_overview_jumps_anywhere(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter")
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        options = app.screen.query_one(OptionList)
        # theme 1, its 4 questions, theme 2, its 3 questions: question 7 is woe-uren-per-week
        options.highlighted = 8
        await pilot.press("enter")
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        assert walk.question is not None and walk.question.id == "woe-uren-per-week"
        await pilot.press("o", "escape")
        assert app.screen is walk


async def test_review_summary_priorities_and_finish(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await pilot.press("enter", "8", "enter", "1", "enter")
        await walk.jump_to_question(9)
        await pilot.press("enter")  # the last question, left open
        assert isinstance(app.screen, ReviewScreen)
        open_list = app.screen.query_one(OptionList)
        assert open_list.option_count == 8
        await pilot.press("s")  # a required question (stand-cijfer) is answered
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("a")
        assert isinstance(app.screen, PriorityScreen)
        # the development point "stand-oorzaak" (answered 1) is offered first
        assert app.screen.query_one("#ref", Select).value == "stand-oorzaak"
        await pilot.press(*"Elke week een [b]probleem[/b] bespreken")
        await pilot.press("tab", *"teamchef", "tab")
        app.screen.query_one("#due", Input).value = "1-3-2027"
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)
        result = load_result(out)
        assert len(result.priorities) == 1
        priority = result.priorities[0]
        assert (priority.ref, priority.owner, priority.due) == (
            "stand-oorzaak",
            "teamchef",
            dt.date(2027, 3, 1),
        )
        assert priority.action == "Elke week een [b]probleem[/b] bespreken"
        await pilot.press("f")  # questions are open: finish only after a yes
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("tab", "enter")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again
        await pilot.pause()
        assert load_result(out).session.finished is not None
        # finished: no more changes without reopening
        await pilot.press("x")
        assert len(load_result(out).priorities) == 1


async def test_finished_result_opens_its_summary_unchanged(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "8", "enter")
        await app.run_action("summary")
        await pilot.pause()
        await pilot.press("f", "tab", "enter")  # finished with questions open, after a yes
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again
        await pilot.pause()
    before = out.read_bytes()
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        assert isinstance(again.screen, SummaryScreen)
        await pilot.press("escape")  # back to the answers: they show, but do not change
        walk = again.screen
        assert isinstance(walk, WalkScreen)
        await pilot.press("enter", "3", "enter")
        assert out.read_bytes() == before
        await again.run_action("summary")
        await pilot.pause()
        await pilot.press("r")
        assert isinstance(again.screen, ConfirmScreen)
        await pilot.press("tab", "enter")  # the default button is "no"; tab to "yes"
        await pilot.pause()
    assert load_result(out).session.finished is None


async def test_too_small_window_shows_a_message_and_keeps_everything(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7")
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await pilot.press("enter")
        assert walk.state.answer("stand-cijfer") is not None


async def test_language_switch_keeps_what_was_typed(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "n", *"half af")
        await app.run_action("toggle_language")
        await pilot.pause()
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        assert walk.lang == "en"
        assert walk.query_one("#note", TextField).text == "half af"
        assert "theme 1/3" in str(walk.query_one("#where").render())


async def test_failed_save_keeps_the_answer_and_offers_another_place(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    real_write = storage.write_atomic

    def full_disk(path: Path, text: str) -> None:
        raise WoestError(path, [Problem("write_failed", "", {"reason": "No space left on device"})])

    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", full_disk)
        await pilot.press("enter", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        walk = app.screen_stack[-2]
        assert isinstance(walk, WalkScreen)
        assert walk.state.answer("stand-cijfer") is not None  # kept in memory
        assert walk.state.unsaved
        monkeypatch.setattr(storage, "write_atomic", real_write)
        elsewhere = tmp_path / "elders.toml"
        app.screen.query_one("#path", Input).value = str(elsewhere)
        await pilot.press("enter")
        await pilot.pause()
        assert load_result(elsewhere).answers["stand-cijfer"].value == 7
        assert walk.state.path == elsewhere and not walk.state.unsaved


async def test_start_screen_creates_a_session_in_the_data_folder(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 40)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await pilot.press(*"Basisteam Almere")
        app.screen.query_one("#count-wijkagent", Input).value = "4"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
    files = list((tmp_path / "sessions").glob("*.toml"))
    assert [f.name for f in files] == ["basisteam-almere-2026-11-28.toml"]
    result = load_result(files[0])
    assert result.session.team == "Basisteam Almere"
    assert result.session.roles == {"wijkagent": 4}
    # listed for resuming on the next start
    again = make_app(team=None)
    async with again.run_test(size=(100, 40)) as pilot:
        sessions = again.screen.query_one("#sessions", OptionList)
        assert sessions.option_count == 1
        sessions.focus()
        sessions.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(again.screen, WalkScreen)


async def test_start_screen_says_what_is_missing(make_app: MakeApp) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("ctrl+s")
        error = app.screen.query_one("#start-error")
        assert str(error.render()) == "Vul de naam van het team in."
        app.screen.query_one("#mode", Select).value = "individual"
        await pilot.press(*"Team X", "ctrl+s")
        assert str(error.render()) == "Kies je rol: bij individueel invullen hoort een rol."
        assert isinstance(app.screen, StartScreen)


async def test_save_copy_over_an_existing_file_asks_first(
    make_app: MakeApp, tmp_path: Path
) -> None:
    other = tmp_path / "ander-team.toml"
    other.write_text("finished result of another team\n")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter")
        await app.run_action("save_copy")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        app.screen.query_one("#path", Input).value = str(other)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # "no" has the focus
        await pilot.pause()
        assert other.read_text() == "finished result of another team\n"
        assert isinstance(app.screen, SaveAsScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("tab", "enter")  # now "yes"
        await pilot.pause()
        assert load_result(other).answers["stand-cijfer"].value == 7


async def test_compare_from_the_start_screen(make_app: MakeApp, tmp_path: Path) -> None:
    from textual.widgets import Static

    from woest_tui.core.session.launch import prepare_launch
    from woest_tui.tui.app import WoestApp
    from woest_tui.tui.screens.compare import ComparePickScreen, CompareScreen

    fixtures = Path(__file__).parent.parent / "fixtures" / "compare"
    launch = prepare_launch(questions=fixtures / "bank-v2.toml", sessions=tmp_path / "sessions")
    launch.banks.append(fixtures / "bank-v1.toml")
    app = WoestApp(launch, "nl", theme="woest-dark", saver=SavesAtOnce)
    async with app.run_test(size=(120, 40)) as pilot:
        app.screen.query_one("#compare-button").focus()
        await pilot.press("enter")
        assert isinstance(app.screen, ComparePickScreen)
        files = app.screen.query_one("#pick-files", Input)
        files.value = str(fixtures / "amersfoort-2025.toml")
        await pilot.press("enter")
        assert "minstens twee" in str(app.screen.query_one("#pick-error", Static).render())
        files.value = f"{fixtures / 'amersfoort-2025.toml'} {fixtures / 'amersfoort-2026.toml'}"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        picture = app.export_screenshot()  # rendered by the same code as `woest compare`
        assert "Amersfoort" in picture and "2025" in picture and "2026" in picture
        await pilot.press("escape")
        assert isinstance(app.screen, ComparePickScreen)


@pytest.mark.parametrize(("key", "finished"), [("j", True), ("y", True), ("n", False)])
async def test_a_question_is_answered_by_its_letter(
    make_app: MakeApp, tmp_path: Path, key: str, finished: bool
) -> None:
    """j (ja) or y (yes) and n (nee) answer a yes/no question; the buttons name them."""
    out = tmp_path / "sessie.toml"
    app = make_app(out=out)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "4", "enter")
        await app.run_action("summary")
        await pilot.pause()
        await pilot.press("f")  # questions are open: it asks first
        assert isinstance(app.screen, ConfirmScreen)
        labels = [str(b.label) for b in app.screen.query(Button)]
        assert labels == ["ja (j)", "nee (n)"]
        await pilot.press(key)
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the day to measure again, if it finishes
        await pilot.pause()
    assert (load_result(out).session.finished is not None) == finished
