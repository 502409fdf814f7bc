"""The app's own path entry points: a path the system refuses, a planted symlink, a long team.

Each says what is wrong on the screen and leaves the app running; nothing is written where a
symlink of someone else points. Errors are injected as in tests/test_path_errors.py.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from tests.test_path_errors import ERRNOS, MARK, inject
from tests.test_shared_folders import FOREIGN, planted
from tests.tui.conftest import NOW, QUICK, MakeApp, fixed_clock
from woest_tui.core.files.storage import load_result
from woest_tui.core.session.launch import prepare_launch
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.screens.compare import ComparePickScreen
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.walk import WalkScreen

FIX = Path(__file__).parent.parent / "fixtures" / "compare"
SIZE = (120, 40)


@pytest.fixture(params=ERRNOS, ids=[errno.errorcode[e] for e in ERRNOS])
def broken(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> int:
    """The errno injected into every path holding KAPOT."""
    inject(monkeypatch, request.param)
    return int(request.param)


def start_app(tmp_path: Path, **given: object) -> WoestApp:
    launch = prepare_launch(questions=QUICK, sessions=tmp_path / "sessies", **given)  # type: ignore[arg-type]
    launch.today = NOW.date()
    return WoestApp(launch, "nl")


def error_line(app: WoestApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


# --- item 13: a long --team ------------------------------------------------------------------


async def test_a_team_name_too_long_is_said_on_the_field(tmp_path: Path) -> None:
    app = start_app(tmp_path, team="t" * 500)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, StartScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)  # still there, nothing crashed
        line = error_line(app, "#start-error")
        assert line == "Team: te lang (hoogstens 200 tekens). Pas het aan."
        team = app.screen.query_one("#team", Input)
        assert team.has_focus and team.value == "t" * 500  # what was given stays
        team.value = "Basisteam Almere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)


# --- item 11: a path the system refuses -------------------------------------------------------


async def test_the_start_screens_bank_path(tmp_path: Path, broken: int) -> None:
    app = start_app(tmp_path)
    bad = tmp_path / MARK / "lijst.toml"
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#bank-file", Input).value = str(bad)
        app.screen.query_one("#team", Input).value = "Basisteam Almere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert error_line(app, "#start-error") == (
            f"Deze vragenlijst kan niet worden geladen: {bad}: kan het bestand niet lezen"
            f" ({os.strerror(broken)})"
        )


async def test_the_start_screens_out_file(tmp_path: Path, broken: int) -> None:
    bad = tmp_path / MARK / "sessie.toml"
    app = start_app(tmp_path, out=None)
    app.launch.out = bad  # --out given, --team not: the start screen asks
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#team", Input).value = "Basisteam Almere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert error_line(app, "#start-error") == (
            f"Opslaan is mislukt: {bad}: kan het bestand niet lezen ({os.strerror(broken)})"
        )


async def test_the_compare_picker(tmp_path: Path, broken: int) -> None:
    app = start_app(tmp_path)
    bad = tmp_path / MARK / "team.toml"
    async with app.run_test(size=SIZE) as pilot:
        app.push_screen(ComparePickScreen([], [FIX / "bank-v2.toml"]))
        await pilot.pause()
        typed = f"{bad} {FIX / 'amersfoort-2026.toml'} ~geen-gebruiker-zo/x.toml"
        app.screen.query_one("#pick-files", Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ComparePickScreen)
        assert error_line(app, "#pick-error") == (
            f"{bad}: kan het bestand niet lezen ({os.strerror(broken)})"
        )


async def test_save_as(make_app: MakeApp, tmp_path: Path, broken: int) -> None:
    app = make_app()
    bad = tmp_path / MARK / "kopie.toml"
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.run_action("save_copy")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(bad)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)  # asks again
        said = [n.message for n in app._notifications]
        assert said == [
            f"{bad}: kan niet opslaan ({os.strerror(broken)}); er is niets overschreven"
        ]


async def test_a_symlink_into_an_unreadable_folder_among_the_sessions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = tmp_path / "sessies"
    sessions.mkdir()
    first = prepare_launch(
        questions=QUICK,
        team="Basisteam Almere",
        out=sessions / "almere.toml",
        clock=fixed_clock,
    )
    assert first.state is not None
    first.state.release()
    (sessions / f"{MARK}.toml").symlink_to(tmp_path / "dicht" / "x.toml")
    inject(monkeypatch, errno.EACCES)  # as if "dicht" could not be entered
    app = start_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        listed = app.screen.query_one("#sessions", OptionList)
        assert listed.option_count == 1
        assert app.screen.entries is not None
        assert [e.path.name for e in app.screen.entries] == ["almere.toml"]


# --- item 8: a planted symlink ----------------------------------------------------------------


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


def only_root_can_tell() -> None:
    if os.geteuid() != 0:
        pytest.skip("handing a symlink to another user needs root")


async def test_save_as_never_follows_another_users_symlink(
    make_app: MakeApp, tmp_path: Path, shared: Path
) -> None:
    only_root_can_tell()
    victim = tmp_path / "gemaakt.toml"
    link = planted(shared, "kopie.toml", victim)
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.run_action("save_copy")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(link)
        await pilot.press("enter")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert said == [f"{link}: {FOREIGN}"]
    assert not victim.exists() and link.is_symlink()


async def test_a_new_session_never_follows_another_users_symlink(
    tmp_path: Path, shared: Path
) -> None:
    only_root_can_tell()
    victim = tmp_path / "gemaakt.toml"
    link = planted(shared, "sessie.toml", victim)
    app = start_app(tmp_path)
    app.launch.out = link
    async with app.run_test(size=SIZE) as pilot:
        app.screen.query_one("#team", Input).value = "Basisteam Almere"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert error_line(app, "#start-error") == f"Opslaan is mislukt: {link}: {FOREIGN}"
    assert not victim.exists()


async def test_ones_own_symlink_to_ones_own_session_still_works(
    make_app: MakeApp, tmp_path: Path
) -> None:
    real = tmp_path / "echt.toml"
    link = tmp_path / "link.toml"
    link.symlink_to(real.name)
    first = make_app(out=real)
    assert first.state is not None
    first.state.release()  # that woest has quit
    app = make_app(out=link)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "7", "enter")
        await pilot.pause()
    assert link.is_symlink()
    assert load_result(real).answers["stand-cijfer"].value == 7
