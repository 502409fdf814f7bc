"""Keys that do what the room expects: Esc in a field, a finished session, answering alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input, Static

from tests.tui.conftest import WOEST, MakeApp
from tests.tui.test_app import footer_keys
from tests.tui.test_summary import to_summary
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.textfield import TextField


def walk(app: WoestApp) -> WalkScreen:
    assert isinstance(app.screen, WalkScreen)
    return app.screen


async def open_type(app: WoestApp, pilot: Any, kind: str) -> None:
    """Open the first question of this type."""
    screen = walk(app)
    index = [str(q.type) for q in screen.state.bank.questions()].index(kind)
    await screen.jump_to_question(index)
    await pilot.pause()


async def test_esc_in_a_number_field_leaves_it_first_and_keeps_the_digits(
    make_app: MakeApp,
) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await open_type(app, pilot, "number")
        screen = walk(app)
        where = screen.walk.index
        await pilot.press("1", "2", "escape")
        await pilot.pause()
        assert screen.walk.index == where and screen.focused is None
        assert screen.query_one("#control", Input).value == "12"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.walk.index == where - 1


async def test_a_finished_session_is_read_only_in_the_questions(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.state is not None
        for question in app.state.questions:
            app.state.set_answer(question.id, Answer(dont_know=True))
        await to_summary(app, {})
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again
        await pilot.pause()
        assert app.state.finished
        before = out.read_text(encoding="utf-8")
        await pilot.press("escape")  # into the questions
        await pilot.pause()
        screen = walk(app)
        await screen.jump_to_question(0)
        await pilot.pause()
        line = str(screen.query_one("#mode-line", Static).render())
        assert line.startswith("✓ Afgerond: alleen lezen")
        assert screen.query_one("#control").disabled and screen.query_one("#note").disabled
        keys = [f"{k.key} {k.description}" for k in screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "enter volgende" in keys and not any(k.startswith(("w ", "n ")) for k in keys)
        await pilot.press("3", "w", "n", *"typen", "enter")
        await pilot.pause()
        assert out.read_text(encoding="utf-8") == before
        assert load_result(out).answers[app.state.questions[0].id].dont_know


async def test_answering_alone_says_so_with_the_role(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST, mode="individual", role="wijkagent")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        line = str(walk(app).query_one("#mode-line", Static).render())
        assert line.startswith("Je antwoordt alleen, als wijkagent")
        await open_type(app, pilot, "text")
        field = walk(app).query_one("#control", TextField)
        assert "jullie" not in str(field.placeholder)


async def test_resuming_says_how_far_the_session_is(make_app: MakeApp, tmp_path: Path) -> None:
    first = make_app()
    async with first.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter", "4", "enter")
        await pilot.pause()
    again = make_app()
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        said = [n.message for n in again._notifications]
        assert "Sessie hervat: 2 van 10 beantwoord." in said


async def jump_from_overview(app: WoestApp, pilot: Any, downs: int) -> None:
    await pilot.press("o", *["down"] * downs, "enter")
    await pilot.pause()


async def test_after_a_jump_answering_returns_to_where_the_meeting_was(
    make_app: MakeApp,
) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "4", "enter", "3", "enter")  # at question 3 of theme 1
        screen = walk(app)
        where = screen.walk.index
        await jump_from_overview(app, pilot, 6)  # a question further on
        assert screen.walk.index != where
        keys = [f"{k.key} {k.description}" for k in screen.query("FooterKey")]  # type: ignore[attr-defined]
        assert "t terug" in keys
        # every key the footer offers is inside the window
        assert all(k.region.right <= 80 for k in screen.query("FooterKey"))
        await pilot.press("2", "enter")
        await pilot.pause()
        assert screen.walk.index == where  # back where we were, not after the question jumped to
        await jump_from_overview(app, pilot, 6)
        await pilot.press("t")  # back at once, without answering
        await pilot.pause()
        assert screen.walk.index == where


async def test_g_goes_to_the_next_open_question(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "4", "enter", "3", "enter", "2", "enter")
        screen = walk(app)
        await screen.jump_to_question(0, remember=True)
        await pilot.pause()
        await pilot.press("g")  # questions 1 to 3 are answered: on to the 4th
        await pilot.pause()
        question = screen.question
        assert question is not None and question.id == screen.state.questions[3].id
        assert screen.walk.return_to is None


async def test_votes_mode_says_when_a_question_is_not_a_hand_count(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST, mode="votes")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        line = walk(app).query_one("#mode-line", Static)
        assert not line.display  # a scale: hands are counted
        await open_type(app, pilot, "choice")
        assert line.display
        assert "samen één antwoord" in str(line.render())


async def test_enter_on_an_empty_text_question_says_it_skips(make_app: MakeApp) -> None:
    # the footer said "bevestig" on an empty text question while Enter skipped it
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await open_type(app, pilot, "text")
        screen = walk(app)
        assert footer_keys(app)[0] == "Enter sla over"
        await pilot.press("space")  # spaces alone are no answer
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter sla over"
        await pilot.press("a")
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter bevestig"
        qid = screen.question.id if screen.question else ""
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state.path is not None
        assert load_result(screen.state.path).answers[qid].value == " a"  # kept as typed


async def test_a_note_on_an_unanswered_question_makes_enter_confirm(make_app: MakeApp) -> None:
    # the note became a text area; its changes did not reach the footer
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter sla over"
        await pilot.press("n", "x")
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter bevestig"
