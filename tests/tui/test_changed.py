"""A hand edit of the session file while the app runs: saving stops, nothing is lost."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Button, Input

from tests.tui.conftest import MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.changed import ChangedScreen
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.screens.walk import WalkScreen


def hand_edit(path: Path) -> bytes:
    """Somebody adds a note to the first answer in an editor (or a git pull does)."""
    text = path.read_text("utf-8").replace("value = 7", 'value = 7\nnote = "met de hand"')
    path.write_text(text, "utf-8")
    return path.read_bytes()


async def answer_edit_answer(app: WoestApp, pilot: Pilot[None], out: Path) -> bytes:
    """Answer 7, edit the file by hand, answer 4: the dialog opens; the edit is still there."""
    await pilot.press("enter", "7", "enter")
    assert load_result(out).answers["stand-cijfer"].value == 7
    edited = hand_edit(out)
    await pilot.press("4", "enter")
    await pilot.pause()
    assert isinstance(app.screen, ChangedScreen)
    assert out.read_bytes() == edited  # nothing written over the hand edit
    assert app.state is not None and app.state.unsaved
    return edited


async def test_a_hand_edit_between_two_answers_is_reloaded_with_mine_on_top(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await answer_edit_answer(app, pilot, out)
        await pilot.press("enter")  # "Herladen" has the focus
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        answers = load_result(out).answers
        assert answers["stand-cijfer"].note == "met de hand"
        assert answers["stand-oorzaak"].value == 4
        await pilot.press("1", "enter")  # saving goes on
        await app.run_action("quit")
    assert load_result(out).answers["stand-brandjes-blussen"].value == 1
    assert app.return_code == 0


async def test_later_asks_again_and_save_elsewhere_keeps_the_edited_file(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        edited = await answer_edit_answer(app, pilot, out)
        await pilot.press("escape")  # choose later: back in the meeting, nothing saved
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ChangedScreen)  # the next save asks again
        assert out.read_bytes() == edited
        app.screen.query_one("#elsewhere", Button).press()
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        elsewhere = tmp_path / "elders.toml"
        app.screen.query_one("#path", Input).value = str(elsewhere)
        await pilot.press("enter")
        await pilot.pause()
        await app.run_action("quit")
    assert out.read_bytes() == edited
    mine = load_result(elsewhere).answers
    assert [mine[q].value for q in ("stand-cijfer", "stand-oorzaak", "stand-brandjes-blussen")] == [
        7,
        4,
        1,
    ]
    assert app.return_code == 0


async def test_overwrite_replaces_the_hand_edit(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await answer_edit_answer(app, pilot, out)
        app.screen.query_one("#overwrite", Button).press()
        await pilot.pause()
        await app.run_action("quit")
    answers = load_result(out).answers
    assert answers["stand-cijfer"].note is None and answers["stand-oorzaak"].value == 4
    assert app.return_code == 0
