"""Hostile text in every Input pre-fill and every notification never reaches the terminal raw.

What is checked is what the app would write to the terminal: the screen rendered to the
escape codes a real driver sends. Only woest's own styling codes may be in it; an OSC title
or hyperlink, a CSI from a file name, a C1 control or a bidi override may not, and the
hostile text shows as visible characters (ESC as ␛).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Input, OptionList

from tests.tui.conftest import NOW, QUICK, MakeApp, fixed_clock
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.storage import load_result, save_result
from woest_tui.core.model import Answer, Priority
from woest_tui.core.safe import visible
from woest_tui.core.session.launch import Launch, prepare_launch
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.screens.priority import PriorityScreen
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.wrapping import WrappingField

#: No "/" in it: it is also a file name.
HOSTILE = "x\x1b]2;TITEL\x07 \x1b[2J \x9b31m \u0085 [link=https:x]klik[b] \u202eRLO\x1b]8;;h:x\x07y"
#: How it shows: ESC, BEL as control pictures; C1 and bidi controls as U+FFFD.
SHOWN = "x␛]2;TITEL␇ ␛[2J �31m � [link=https:x]klik[b] �RLO␛]8;;h:x␇y"
#: Parts of it that show in an Input too (where Rich leaves the BEL out altogether).
PARTS = ("␛]2;TITEL", "␛[2J �31m � [link=https:x]klik[b] �RLO␛]8;;h:x")
SIZE = (160, 45)


def terminal(app: WoestApp) -> str:
    """What the app sends to the terminal for the whole screen, as a real driver would."""
    from textual._compositor import LayoutUpdate

    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    assert isinstance(update, LayoutUpdate)
    return update.render_segments(app.console)


def assert_safe(app: WoestApp, *shown: str) -> None:
    """Nothing but woest's own codes reach the terminal; each of `shown` is on screen."""
    out = terminal(app)
    assert "\x07" not in out and "\x1b]" not in out and "\x1b[2J" not in out
    assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", out)
    # every escape left is a colour or a cursor move of the screen itself
    assert set(re.findall(r"\x1b(.)", out)) <= {"["}
    assert not re.search(r"\x1b\[[0-9;]*[^0-9;mH]", out)
    # the text without styling, to find what is shown
    plain = re.sub(r"\x1b\[[0-9;]*[mH]", "", out).replace("\n", "")
    for text in shown:
        assert text in plain, text


async def test_a_notification_with_markup_and_escapes_shows_them(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        app.notify(HOSTILE, title=HOSTILE)  # markup asked for: still read literally
        app.screen.notify(HOSTILE, severity="error", markup=True)
        await pilot.pause()
        assert_safe(app, SHOWN[:40])


async def test_save_as_suggestion_and_saved_copy(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / f"{HOSTILE}.toml"
    app = make_app(out=out)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.run_action("save_copy")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        field = app.screen.query_one("#path", Input)
        field.cursor_position = 0  # the start of the name in view
        await pilot.pause()
        assert field.value == str(tmp_path / f"{HOSTILE}-kopie.toml")  # kept as it is
        assert_safe(app, "pytest")
        field.cursor_position = len(field.value)
        await pilot.pause()
        assert_safe(app, *PARTS, "y-kopie.")
        await pilot.press("enter")
        await pilot.pause()
        assert load_result(tmp_path / f"{HOSTILE}-kopie.toml").session.team == "Basisteam Test"
        assert_safe(app, "Kopie opgeslagen", "-kopie.toml")


@pytest.mark.threaded_saves  # "saved to" is said from the saver's own thread
async def test_saved_to_after_a_failed_save(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    real_write = storage.write_atomic

    def full_disk(path: Path, text: str) -> None:
        raise WoestError(path, [Problem("write_failed", "", {"reason": HOSTILE})])

    async with app.run_test(size=SIZE, notifications=True) as pilot:
        monkeypatch.setattr(storage, "write_atomic", full_disk)
        await pilot.press("enter", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        assert_safe(app, SHOWN[:30])  # the reason in the dialog's body
        monkeypatch.setattr(storage, "write_atomic", real_write)
        elsewhere = tmp_path / f"{HOSTILE}.toml"
        app.screen.query_one("#path", Input).value = str(elsewhere)
        await pilot.press("enter")
        await asyncio.to_thread(app.saver.flush)
        await pilot.pause()
        await pilot.pause()
        assert load_result(elsewhere).answers["stand-cijfer"].value == 7
        assert_safe(app, "Opgeslagen in", "TITEL")


async def test_start_resumed_and_a_team_prefilled(tmp_path: Path) -> None:
    out = tmp_path / f"{HOSTILE}.toml"
    first = prepare_launch(questions=QUICK, team="Basisteam Test", out=out, clock=fixed_clock)
    assert first.state is not None
    first.state.release()  # that woest has quit
    launch = prepare_launch(questions=QUICK, out=out, sessions=tmp_path / "s")
    launch.team = HOSTILE  # as --team fills it in
    launch.today = NOW.date()
    app = WoestApp(launch, "nl")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert isinstance(app.screen, StartScreen)
        team = app.screen.query_one("#team", Input)
        assert team.value == HOSTILE
        team.cursor_position = 0
        await pilot.pause()
        assert_safe(app, *PARTS)
        team.value = "Basisteam Test"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        assert_safe(app, "Verder met de sessie", "TITEL")


async def test_a_bank_that_does_not_load_and_a_session_that_does_not_open(tmp_path: Path) -> None:
    broken = tmp_path / f"{HOSTILE}-lijst.toml"
    broken.write_text("kapot = [\n", "utf-8")
    sessions = tmp_path / "sessies"
    sessions.mkdir()
    session = prepare_launch(
        questions=QUICK, team="Basisteam Test", out=sessions / f"{HOSTILE}.toml", clock=fixed_clock
    )
    assert session.state is not None
    session.state.release()
    result = session.state.result
    orphan = result.model_copy(
        update={"questionnaire": result.questionnaire.model_copy(update={"id": "weg"})}
    )
    save_result(orphan, sessions / f"{HOSTILE}.toml")
    launch = Launch(banks=[broken, QUICK], sessions=sessions, today=NOW.date())
    app = WoestApp(launch, "nl")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        assert_safe(app, "-lijst.toml")  # the bank's notification
        sessions_list = app.screen.query_one("#sessions", OptionList)
        sessions_list.focus()
        sessions_list.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert_safe(app, "niet gevonden")


async def test_a_priority_holding_an_osc_sequence_is_edited_safely(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        assert app.state is not None
        priority = Priority(
            ref="stand", action=HOSTILE, owner=HOSTILE[:60], due=dt.date(2027, 3, 1)
        )
        refs = [(HOSTILE, "stand")]
        app.push_screen(PriorityScreen(refs, priority, NOW.date()))
        await pilot.pause()
        for field in app.screen.query(Input):
            field.cursor_position = 0
        await pilot.pause()
        # the action wraps in a text area: it holds the sequence as visible characters
        assert app.screen.query_one("#action", WrappingField).value == visible(HOSTILE)
        assert_safe(app, *PARTS)


async def test_a_note_prefilled_from_the_file(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    first = make_app(out=out)
    assert first.state is not None
    first.state.release()  # that woest has quit
    result = load_result(out)
    note = Answer(value=7, note=HOSTILE)
    save_result(result.model_copy(update={"answers": {"stand-cijfer": note}}), out)
    app = make_app(out=out)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        walk = app.walk
        assert walk is not None
        await walk.jump_to_question(0)
        await pilot.pause()
        assert_safe(app, *PARTS)


async def test_a_save_as_name_the_system_refuses_is_a_message(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.run_action("save_copy")
        await pilot.pause()
        too_long = tmp_path / (HOSTILE + "n" * 300 + ".toml")
        app.screen.query_one("#path", Input).value = str(too_long)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)  # still asking, nothing crashed
        assert_safe(app, "kan niet opslaan", "File name too long")


def test_every_input_and_notification_of_the_app_goes_through_the_rule() -> None:
    """A new field or notification cannot slip past: no bare Input, one notify for all."""
    import woest_tui.tui as tui
    from woest_tui.tui.widgets.fields import SafeInput, Visible

    for path in Path(tui.__file__).parent.rglob("*.py"):
        source = path.read_text("utf-8")
        assert not re.search(r"(?<![A-Za-z_])Input\(", source.replace("SafeInput(Input)", "")), path
        # every screen's notify ends in the app's: none goes to Textual's own around it
        assert "App.notify(" not in source and "super(WoestApp" not in source, path
    assert SafeInput().highlighter.__class__ is Visible
    assert WoestApp.notify is not App.notify
