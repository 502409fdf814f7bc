"""Smaller ones of issue 12 (point 10): a filled number field, the review's hint, 0-10 rows."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.tui.conftest import MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.tui.screens.review import ReviewScreen

V11 = Path(__file__).parent.parent / "fixtures" / "teamcheck" / "bank-1.1.toml"


async def test_a_number_typed_into_a_filled_field_replaces_it(make_app: MakeApp, tmp_path):
    out = tmp_path / "s.toml"
    app = make_app(bank=V11, team="De Regenboog", out=out)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "4", "enter", "2", "enter", "6", "enter", "1", "enter")
        await pilot.press("enter", "3", "enter", "2", "enter", "6", "enter")  # uren: 6
        await pilot.pause()
        assert load_result(out).answers["werkdruk-uren"].value == 6
        await pilot.press("escape")  # back to it: its 6 is selected
        await pilot.press("3", "enter")
        await pilot.pause()
    assert load_result(out).answers["werkdruk-uren"].value == 3


async def test_the_review_says_weet_niet_only_where_it_can_be_chosen(make_app: MakeApp, tmp_path):
    app = make_app(bank=V11, team="De Regenboog", out=tmp_path / "s.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.state is not None
        app.state.set_answer("overleg-nut", Answer(value=4))  # werkdruk-haalbaar stays open
        app.action_review()
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        hint = str(app.screen.query_one("#review-required", Static).render())
        assert "weet niet' kan daar niet" in hint


async def test_the_rows_of_a_0_to_10_scale_line_up(make_app: MakeApp, tmp_path):
    app = make_app(bank=V11, team="De Regenboog", out=tmp_path / "s.toml", mode="votes")
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("enter")
        assert app.walk is not None
        await app.walk.jump_to_question(2)  # overleg-cijfer, 0 to 10
        await pilot.pause()
        labels = [str(s.render()) for s in app.screen.query(".vote-label").results(Static)]
        assert [label[:4] for label in labels[:11]] == [f"{n:>2}  " for n in range(11)]
