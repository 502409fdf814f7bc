"""The start screen: an existing --out file, the sessions folder, the list of saved sessions."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Input, OptionList, Select, Static
from textual.widgets.select import InvalidSelectValueError

from tests.tui.conftest import QUICK, MakeApp, SavesAtOnce, fixed_clock
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer, Mode
from woest_tui.core.session.file import SessionLock
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.listing import list_sessions
from woest_tui.core.session.paths import private_folder
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.screens.walk import WalkScreen

FIXTURES = Path(__file__).parent.parent / "fixtures" / "compare"


def saved(
    out: Path,
    team: str,
    mode: Mode | None = None,
    role: str | None = None,
    finish: bool = False,
) -> bytes:
    """A session in `out` with two answers (finished if asked); returns the file's bytes."""
    launch = prepare_launch(
        questions=QUICK, team=team, out=out, mode=mode, role=role, clock=fixed_clock
    )
    assert launch.state is not None
    launch.state.set_answer("stand-cijfer", Answer(value=7))
    launch.state.set_answer("stand-oorzaak", Answer(value=2))
    if finish:
        for question in launch.state.required_open():
            launch.state.set_answer(question.id, Answer(dont_know=True))
        launch.state.finish()
    return out.read_bytes()


def error_text(app: WoestApp) -> str:
    return str(app.screen.query_one("#start-error", Static).render())


async def test_another_teams_session_in_out_is_kept_unless_confirmed(
    make_app: MakeApp, tmp_path: Path
) -> None:
    keep = tmp_path / "keep.toml"
    before = saved(keep, "Basisteam Almere")
    app = make_app(team=None, out=keep)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"Ander team", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Basisteam Almere" in app.screen.question and "2 beantwoord" in app.screen.question
        await pilot.press("enter")  # "no" has the focus
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert keep.read_bytes() == before
        assert error_text(app).startswith("Niets overschreven")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("tab", "enter")  # now yes
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
    result = load_result(keep)
    assert result.session.team == "Ander team" and result.answers == {}


async def test_the_same_individual_session_resumes_when_its_role_is_picked(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "ind2.toml"
    before = saved(out, "T", "individual", "wijkagent")
    # `woest run --team T --mode individual --out ind2.toml`, --role forgotten
    app = make_app(team="T", out=out, mode="individual")
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, StartScreen)
        app.screen.query_one("#role", Select).value = "wijkagent"
        await pilot.press("ctrl+s")
        await pilot.pause()
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        assert walk.question is not None and walk.question.id == walk.state.questions[2].id
        assert walk.state.answer("stand-cijfer") == Answer(value=7)
    assert out.read_bytes() == before  # answers and `started` unchanged


async def test_another_role_on_an_individual_file_asks_first(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "ind2.toml"
    before = saved(out, "T", "individual", "wijkagent")
    app = make_app(team="T", out=out, mode="individual")
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#role", Select).value = "woe"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
    assert out.read_bytes() == before


async def test_a_finished_result_is_never_replaced_without_a_yes(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "klaar.toml"
    before = saved(out, "T", finish=True)
    app = make_app(team="T", out=out, mode="individual")
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#role", Select).value = "woe"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "AFGERONDE" in app.screen.question
        await pilot.press("enter")
        await pilot.pause()
    assert out.read_bytes() == before


async def test_the_same_finished_result_opens_its_summary_unchanged(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "klaar.toml"
    before = saved(out, "T", finish=True)
    app = make_app(team=None, out=out)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"T", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    assert out.read_bytes() == before


async def test_a_file_that_is_no_session_is_never_overwritten(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "notities.toml"
    out.write_text("x = [", "utf-8")
    app = make_app(team=None, out=out)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"T", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "niet overschreven" in error_text(app)
    assert out.read_text("utf-8") == "x = ["


# --- the sessions folder ------------------------------------------------------------------


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("open_umask")
async def test_the_sessions_folder_and_its_new_parents_are_private(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "woest" / "sessions"
    launch = prepare_launch(questions=QUICK, sessions=folder)
    app = WoestApp(launch, "nl", theme="woest-dark", saver=SavesAtOnce)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"Team", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
    assert [mode_of(p) for p in (folder, folder.parent, folder.parent.parent)] == [0o700] * 3


@pytest.mark.usefixtures("open_umask")
def test_an_existing_sessions_folder_keeps_its_mode(tmp_path: Path) -> None:
    # it may be a team's shared folder: narrowing it would lock the others out
    folder = tmp_path / "sessions"
    folder.mkdir(mode=0o777)
    before = mode_of(tmp_path)
    private_folder(folder)
    assert mode_of(folder) == 0o777
    assert mode_of(tmp_path) == before


# --- the saved sessions ---------------------------------------------------------------------


def text_of(renderable: object, width: int = 200) -> str:
    console = Console(width=width, file=io.StringIO(), record=True)
    console.print(renderable)
    return console.export_text()


async def test_a_long_file_name_is_cut_not_wrapped(make_app: MakeApp, tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    saved(folder / "basisteam-amersfoort-centrum-2026-11-28.toml", "Basisteam Amersfoort")
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)):
        prompt = app.screen.query_one("#sessions", OptionList).get_option_at_index(0).prompt
        lines = text_of(prompt, width=30).splitlines()
        assert lines[-1].rstrip().endswith("…") and len(lines[-1].rstrip()) <= 30
        assert "· consensus" in text_of(prompt)  # the short name of the way of working


async def test_saved_sessions_show_their_file_and_open_with_enter(
    make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    saved(folder / "t-2026-11-28.toml", "T")
    saved(folder / "t-2026-11-28-2.toml", "T")
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)) as pilot:
        sessions = app.screen.query_one("#sessions", OptionList)
        lines = {text_of(sessions.get_option_at_index(i).prompt) for i in range(2)}
        assert len(lines) == 2  # same team, same day: told apart by the file
        assert any("t-2026-11-28-2.toml" in line for line in lines)
        sessions.focus()
        await pilot.press("enter")  # the first is highlighted: no Down needed
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)


def test_progress_is_counted_in_the_version_answered(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "almere-2026.toml", tmp_path)
    v1 = load_questionnaire(FIXTURES / "bank-v1.toml")
    v2 = load_questionnaire(FIXTURES / "bank-v2.toml")
    [both] = list_sessions(tmp_path, [v1, v2])
    assert (both.answered, both.total, both.counted_with) == (7, 11, None)
    [only_v1] = list_sessions(tmp_path, [v1])
    assert (only_v1.total, only_v1.version, only_v1.counted_with) == (10, "2.0", "1.0")


async def test_a_session_counted_in_another_version_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    shutil.copy(FIXTURES / "almere-2026.toml", folder)
    launch = prepare_launch(questions=FIXTURES / "bank-v1.toml", sessions=folder)
    app = WoestApp(launch, "nl", theme="woest-dark", saver=SavesAtOnce)
    async with app.run_test(size=(100, 30)):
        sessions = app.screen.query_one("#sessions", OptionList)
        line = text_of(sessions.get_option_at_index(0).prompt)
        assert "beantwoord met versie 2.0, geteld met 1.0" in line


# --- seen at 80x24 ----------------------------------------------------------------------------


def on_screen(app: WoestApp, selector: str) -> bool:
    """Whether the widget is displayed and wholly inside the window, above the footer."""
    widget = app.screen.query_one(selector)
    region = widget.region
    return widget.display and region.height > 0 and region.y >= 0 and region.bottom <= 23


async def test_an_error_is_seen_at_80x24(make_app: MakeApp) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.screen.query_one("#start-error").display  # nothing to say yet
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert error_text(app) == "Vul de naam van het team in."
        assert on_screen(app, "#start-error")
        assert app.screen.focused is app.screen.query_one("#team")
        app.screen.query_one("#mode", Select).value = "individual"
        await pilot.press(*"Team X", "ctrl+s")
        await pilot.pause()
        assert error_text(app).startswith("Kies je rol")
        assert on_screen(app, "#start-error") and on_screen(app, "#role")


async def test_the_selects_speak_dutch_and_the_bank_has_no_blank(make_app: MakeApp) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)):
        role = app.screen.query_one("#role", Select)
        assert role.prompt == "Kies een rol"
        assert "Select" not in str(app.export_screenshot())
        bank = app.screen.query_one("#bank", Select)
        assert bank.value != Select.NULL
        with pytest.raises(InvalidSelectValueError):  # no blank to choose
            bank.clear()
        assert bank.value != Select.NULL


async def test_the_language_switch_keeps_what_was_typed(make_app: MakeApp) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, StartScreen)
        await pilot.press(*"Team W")
        screen.query_one("#facilitator", Input).value = "Sanne"
        screen.query_one("#mode", Select).value = "individual"
        screen.query_one("#count-woe", Input).value = "2"
        await pilot.press("ctrl+s")  # no role yet: an error to translate too
        await pilot.pause()
        await app.run_action("toggle_language")
        await pilot.pause()
        assert screen.lang == "en"
        assert str(screen.query_one(".panel-title", Static).render()) == "New session"
        assert error_text(app) == "Choose your role: individual mode needs one."
        assert screen.query_one("#team", Input).value == "Team W"
        assert screen.query_one("#facilitator", Input).value == "Sanne"
        assert screen.query_one("#mode", Select).value == "individual"
        assert screen.query_one("#count-woe", Input).value == "2"
        assert screen.query_one("#role", Select).prompt == "Choose a role"
        screen.query_one("#role", Select).value = "woe"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        session = app.screen.state.result.session
        assert (session.team, session.facilitator, session.roles) == ("Team W", "Sanne", {"woe": 2})


def test_the_facilitator_has_one_name_on_screen_and_in_the_reports() -> None:
    from woest_tui.i18n import message

    for lang in ("nl", "en"):
        label = message("start_facilitator", lang)
        assert label.startswith(message("rep_facilitator", lang) + " ("), label


async def test_a_saved_session_open_in_another_woest_is_not_opened(
    make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    before = saved(folder / "team.toml", "Basisteam Test")
    other = SessionLock(folder / "team.toml")  # another woest has it open
    other.acquire()
    app = make_app(team=None)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#sessions", OptionList).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        said = [str(n.message) for n in app._notifications]
        assert any(f"al open in een andere woest (proces {os.getpid()} op " in s for s in said)
    other.release()
    assert (folder / "team.toml").read_bytes() == before


def after_midnight() -> dt.datetime:
    """A clock other than the machine's: the start screen must take its day and time."""
    return dt.datetime(2030, 1, 2, 0, 30, tzinfo=dt.UTC)


async def test_the_start_screen_takes_day_and_time_from_the_injected_clock(
    tmp_path: Path,
) -> None:
    keep = tmp_path / "keep.toml"
    saved(keep, "Basisteam Almere")
    launch = prepare_launch(
        questions=QUICK, out=keep, sessions=tmp_path / "sessions", clock=after_midnight
    )
    app = WoestApp(launch, "nl", theme="woest-dark", saver=SavesAtOnce)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.screen.query_one("#date", Input).value == "2030-01-02"
        await pilot.press(*"Ander team", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("tab", "enter")  # yes: replace it
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        state = app.state
        assert state is not None and state.clock is after_midnight
        for question in state.required_open():
            state.set_answer(question.id, Answer(dont_know=True))
        state.finish()
    session = load_result(keep).session
    assert session.team == "Ander team" and session.date == dt.date(2030, 1, 2)
    assert session.finished == after_midnight()
