"""Keys that do what the room expects: Esc in a field, a finished session, answering alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import Input, Static

from tests.tui.conftest import WOEST, MakeApp
from tests.tui.test_summary import to_summary
from woest_tui.model import Answer
from woest_tui.storage import load_result
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.walk import WalkScreen


def walk(app: WoestApp) -> WalkScreen:
    assert isinstance(app.screen, WalkScreen)
    return app.screen


async def open_type(app: WoestApp, pilot: Any, kind: str) -> None:
    """Open the first question of this type."""
    screen = walk(app)
    index = [q.type for q in screen.state.bank.questions()].index(kind)
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
        where = screen.index
        await pilot.press("1", "2", "escape")
        await pilot.pause()
        assert screen.index == where and screen.focused is None
        assert screen.query_one("#control", Input).value == "12"
        await pilot.press("escape")
        await pilot.pause()
        assert screen.index == where - 1


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
        before = out.read_text(encoding="utf-8")
        await pilot.press("escape")  # into the questions
        await pilot.pause()
        screen = walk(app)
        await screen.jump_to_question(0)
        await pilot.pause()
        where = str(screen.query_one("#where", Static).render())
        assert where.startswith("afgerond, alleen lezen")
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
        where = str(walk(app).query_one("#where", Static).render())
        assert where.startswith("je antwoordt alleen, als wijkagent")
        await open_type(app, pilot, "text")
        field = walk(app).query_one("#control", Input)
        assert "jullie" not in field.placeholder


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
