"""'n.v.t.' apart from 'weet niet' in the walk: its own key, line and row of hands."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from textual.widgets import Static

from tests.tui.conftest import MakeApp
from woest_tui.tui.screens.overview import state_mark
from woest_tui.tui.screens.walk import WalkScreen


def saved(path: Path) -> dict[str, Any]:
    answers: dict[str, Any] = tomllib.loads(path.read_text("utf-8")).get("answers", {})
    return answers


def walk(app: Any) -> WalkScreen:
    screen = app.screen
    assert isinstance(screen, WalkScreen)
    return screen


async def test_v_marks_not_applicable_and_w_takes_over(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "5", "enter")  # the first question; now the second
        screen = walk(app)
        await pilot.press("3", "v")  # a choice, then n.v.t.: the choice goes
        assert screen.not_applicable and not screen.dont_know
        line = str(screen.query_one("#not-applicable", Static).render())
        assert line.startswith(" [x] n.v.t.") and line.endswith("(v)")
        assert "[ ] weet niet" in str(screen.query_one("#dont-know", Static).render())
        await pilot.press("w")  # weet niet instead: one mark at a time
        assert screen.dont_know and not screen.not_applicable
        await pilot.press("v", "enter")
        assert saved(out)["stand-oorzaak"] == {"not_applicable": True}
        assert state_mark(screen.state, "stand-oorzaak") == "–"
        await pilot.press("escape")  # back: the mark shows again, and an answer clears it
        assert screen.not_applicable
        await pilot.press("4")
        assert not screen.not_applicable
        await pilot.press("enter")
        assert saved(out)["stand-oorzaak"] == {"value": 4}


async def test_f5_marks_not_applicable_in_a_text_field(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        screen = walk(app)
        last = screen.state.total - 1  # a text question: letters type there
        await screen.jump_to_question(last)
        await pilot.pause()
        await pilot.press("v", "f5", "enter")
        question = screen.state.questions[last]
        assert question.type == "text"
        assert saved(out)[question.id] == {"not_applicable": True}


async def test_votes_mode_counts_not_applicable_in_its_own_row(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(mode="votes")
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 40)) as pilot:
        # v goes to the row of "n.v.t." hands, w to the row of "weet niet"
        await pilot.press("enter", "2", "v", "4", "w", "1", "enter")
        first = walk(app).state.questions[0]
        points = walk(app).state.bank.scale_of(first).points
        expected = {
            "votes": [2] + [0] * (points - 1),
            "dont_know_votes": 1,
            "not_applicable_votes": 4,
        }
        assert saved(out)[first.id] == expected
        await pilot.press("escape")
        bars = [str(bar.render()) for bar in walk(app).query(".vote-bar").results(Static)]
        assert bars[-2:] == ["██████ 1", "█" * 24 + " 4"]
