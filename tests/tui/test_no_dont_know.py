"""In the walk, a question with allow_dont_know = false hides "weet niet" and ignores w."""

from __future__ import annotations

import tomllib
from pathlib import Path

from textual.widgets import Static

from tests.tui.conftest import MakeApp
from woest_tui.tui.screens.walk import WalkScreen

BANK = Path(__file__).parent.parent / "fixtures" / "dont_know" / "bank.toml"


async def test_w_does_nothing_where_dont_know_is_off(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank=BANK)
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")  # the theme's introduction
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        assert screen.question is not None and screen.question.id == "stap-plan"
        assert not screen.query_one("#dont-know", Static).display
        await pilot.press("w", "1", "enter")
        assert screen.question.id == "stap-oorzaak"
        await pilot.press("w")
        assert not screen.dont_know
        await pilot.press("4", "enter")
        assert screen.question.id == "stap-samen"
        assert screen.query_one("#dont-know", Static).display
        await pilot.press("w", "enter")
    answers = tomllib.loads(out.read_text("utf-8"))["answers"]
    assert answers == {
        "stap-plan": {"value": True},
        "stap-oorzaak": {"value": 4},
        "stap-samen": {"dont_know": True},
    }
