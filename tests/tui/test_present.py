"""Votes against who is present: a warning in the app, and F5 changes who is (issue 12, point 5)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Static

from tests.tui.conftest import MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.tui.dialogs.present import PresentScreen

V11 = Path(__file__).parent.parent / "fixtures" / "teamcheck" / "bank-1.1.toml"


def stats(app) -> str:
    return str(app.screen.query_one("#vote-stats", Static).render())


async def test_more_hands_than_present_warns_and_f5_changes_who_is_present(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "stemmen.toml"
    app = make_app(bank=V11, team="De Regenboog", out=out, mode="votes", present="leerkracht=6")
    async with app.run_test(size=(100, 40)) as pilot:
        assert load_result(out).session.roles == {"leerkracht": 6}
        await pilot.press("enter")  # the theme's introduction
        await pilot.press("4", "down", "down", "down", "3")  # 4 on "1", 3 on "4"
        await pilot.pause()
        assert "7 handen geteld, maar er zijn 6 aanwezigen" in stats(app)
        await pilot.press("f6")
        await pilot.pause()
        assert isinstance(app.screen, PresentScreen)
        app.screen.query_one("#present-leerkracht", Input).value = "7"
        app.screen.query_one("#present-directie", Input).value = "1"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, PresentScreen)
        assert "aanwezigen" not in stats(app)
        assert "op de schaal 1–5, zoals gestemd" in stats(app)
    assert load_result(out).session.roles == {"leerkracht": 7, "directie": 1}
