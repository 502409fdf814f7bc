"""Paste loses nothing: notes and text answers keep every line, a paste that starts with a
new line is kept, and a paste that does not fit is cut and says so."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from textual import events
from textual.geometry import Region
from textual.widgets import Input

from tests.tui.conftest import MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.walk import NOTE_LENGTH, WalkScreen
from woest_tui.tui.widgets.textfield import TextField

#: quickscan's question of type text, by its index in the bank.
TEXT_QUESTION = 9


def saved(path: Path) -> dict[str, Any]:
    answers: dict[str, Any] = tomllib.loads(path.read_text("utf-8")).get("answers", {})
    return answers


def walk(app: WoestApp) -> WalkScreen:
    screen = app.screen
    assert isinstance(screen, WalkScreen)
    return screen


def notices(app: WoestApp) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_a_note_keeps_every_line_of_a_paste(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "n")
        # a terminal pastes a new line as CR; a copy from Windows has CR LF
        app.post_message(events.Paste("eerste regel\rtweede regel\r\n\r\nvierde regel"))
        await pilot.pause()
        note = walk(app).query_one("#note", TextField)
        assert note.text == "eerste regel\ntweede regel\n\nvierde regel"
        await pilot.press("enter")  # Enter confirms, also in a note
        assert saved(out)["stand-cijfer"] == {
            "value": 7,
            "note": "eerste regel\ntweede regel\n\nvierde regel",
        }
    # the result file holds it as it was typed, and reads back the same
    answer = load_result(out).answers["stand-cijfer"]
    assert answer.note == "eerste regel\ntweede regel\n\nvierde regel"


async def test_a_paste_that_starts_with_a_new_line_is_kept(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "n", *"voor")
        app.post_message(events.Paste("\nna een lege regel"))
        await pilot.pause()
        assert walk(app).query_one("#note", TextField).text == "voor\nna een lege regel"
        await pilot.press("escape", "escape")  # leaving keeps the note, as ctrl+q does
        assert saved(out)["stand-cijfer"] == {"note": "voor\nna een lege regel"}


async def test_ctrl_j_starts_a_new_line_and_enter_confirms(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "4", "n", *"een", "ctrl+j", *"twee", "shift+enter", *"drie")
        await pilot.press("enter")
        assert saved(out)["stand-cijfer"] == {"value": 4, "note": "een\ntwee\ndrie"}
        assert walk(app).question.id == "stand-oorzaak"  # type: ignore[union-attr]


async def test_a_text_answer_keeps_every_line_of_a_paste(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await walk(app).jump_to_question(TEXT_QUESTION)
        await pilot.pause()
        assert isinstance(app.focused, TextField), app.focused
        app.post_message(events.Paste("\nWekelijks overleg\nmet de wijkagenten"))
        await pilot.pause()
        await pilot.press("enter")
        assert saved(out)["stap-eerste-actie"] == {
            "value": "\nWekelijks overleg\nmet de wijkagenten"
        }
        while not isinstance(app.screen, WalkScreen):  # the last question: the review opened
            app.pop_screen()
        await walk(app).jump_to_question(TEXT_QUESTION)
        await pilot.pause()
        control = walk(app).query_one("#control", TextField)
        assert control.text == "\nWekelijks overleg\nmet de wijkagenten"


async def test_a_paste_too_long_for_the_note_is_cut_and_says_so(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "n")
        app.post_message(events.Paste("a" * (NOTE_LENGTH - 5)))
        await pilot.pause()
        assert notices(app) == []
        app.post_message(events.Paste("0123456789"))
        await pilot.pause()
        note = walk(app).query_one("#note", TextField)
        assert note.text == "a" * (NOTE_LENGTH - 5) + "01234"
        assert notices(app) == [
            "Niet alles past: 5 van de 10 tekens staan erin, dit veld houdt er hoogstens 10000."
        ]
        await pilot.press("escape", "escape")
    assert saved(out)["stand-cijfer"]["note"].endswith("a01234")


async def test_a_paste_into_a_field_of_one_line_keeps_its_lines_and_says_when_cut(
    make_app: MakeApp,
) -> None:
    app = make_app(team=None)
    async with app.run_test(size=(100, 40)) as pilot:
        team = app.screen.query_one("#team", Input)
        team.focus()
        await pilot.pause()
        app.post_message(events.Paste("\nBasisteam\r\nAlmere\n"))
        await pilot.pause()
        assert team.value == "Basisteam Almere"
        assert notices(app) == []
        app.post_message(events.Paste(" " + "x" * 250))
        await pilot.pause()
        assert team.value == "Basisteam Almere " + "x" * 183  # 200 at most
        assert notices(app) == [
            "Niet alles past: 184 van de 251 tekens staan erin, dit veld houdt er hoogstens 200."
        ]


async def test_a_field_painted_before_it_is_styled_stays_blank_instead_of_crashing(
    make_app: MakeApp,
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        note = walk(app).query_one("#note", TextField)
        # the state Textual can paint it in (textual issue 6528): no component styles yet
        note._component_styles.clear()
        note._rich_style_cache.clear()
        lines = note.render_lines(Region(0, 0, 20, 2))
        assert [line.text for line in lines] == [" " * 20] * 2
