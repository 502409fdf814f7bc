"""The limits in the meeting app: a note that would pass 2 MB, the 51st priority."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Static

from tests.conftest import result_data
from tests.tui.conftest import WOEST, MakeApp
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.storage import MAX_BYTES, dump_result, save_result
from woest_tui.core.model import Result
from woest_tui.tui.screens.priority import PriorityScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.textfield import TextField

HEAVY = "\x01" * 10_000  # six bytes each in the file


def nearly_full(out: Path) -> Result:
    """A session of the woest bank with heavy notes, less than one heavy note from 2 MB."""
    bank = load_questionnaire(WOEST)
    answers: dict[str, dict[str, object]] = {}
    for question in bank.questions():
        answers[question.id] = {"dont_know": True, "note": HEAVY}
        data = result_data(bank, answers, team="Basisteam Test")
        if len(dump_result(Result.model_validate(data)).encode()) > MAX_BYTES - 70_000:
            break
    result = Result.model_validate(result_data(bank, answers, team="Basisteam Test"))
    save_result(result, out)
    return result


async def test_a_note_past_the_limit_stays_on_screen(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    result = nearly_full(out)
    before = out.read_bytes()
    app = make_app(bank=WOEST, team="Basisteam Test", out=out, mode="consensus")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen) and walk.question is not None
        first_open = walk.question.id
        assert first_open not in result.answers
        await pilot.press("3")
        walk.query_one("#note", TextField).text = HEAVY
        await pilot.press("enter")
        await pilot.pause()
        assert walk.question is not None and walk.question.id == first_open  # not moved on
        assert walk.query_one("#note", TextField).text == HEAVY  # the note stays
        shown = str(walk.query_one("#error", Static).render())
        assert "meer dan woest kan lezen (2 MB)" in shown
        assert out.read_bytes() == before
        walk.query_one("#note", TextField).text = "korter"
        await pilot.press("enter")  # a shorter note fits
        await pilot.pause()
        await app.run_action("quit")
    assert out.read_bytes() != before


async def test_the_51st_priority_is_refused(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    app = make_app(out=out)
    due = dt.date(2027, 3, 1)
    async with app.run_test(size=(100, 30)) as pilot:
        state = app.state
        assert state is not None
        from woest_tui.core.model import Priority

        state.set_priorities(
            [Priority(ref="stand", action=f"Actie {n}.", owner="OE", due=due) for n in range(50)]
        )
        await app.run_action("summary")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("a")
        await pilot.pause()
        assert not isinstance(app.screen, PriorityScreen)
        assert any("Er staan al 50 prioriteiten" in str(n.message) for n in app._notifications)
        await app.run_action("quit")
