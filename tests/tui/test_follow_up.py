"""Last time's actions: found, followed up one at a time, stored, shown in summary and compare."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.tui.conftest import NOW, QUICK
from woest_tui.core.compare.load import load_for_compare
from woest_tui.core.compare.results import build_comparison
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer, Priority
from woest_tui.core.session.launch import prepare_launch
from woest_tui.report import export_summary
from woest_tui.report.compare_export import export_comparison
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.follow_up import FollowUpScreen
from woest_tui.tui.screens.walk import WalkScreen

EARLIER = NOW - dt.timedelta(days=120)


def earlier_session(folder: Path, team: str = "Basisteam Test") -> Path:
    """A finished session of the team, four months ago, with two priorities."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "eerder.toml"
    launch = prepare_launch(questions=QUICK, team=team, out=path, clock=lambda: EARLIER)
    state = launch.state
    assert state is not None
    for question in state.required_open():
        state.set_answer(question.id, Answer(dont_know=True))
    state.set_priorities(
        [
            Priority(
                ref="stand",
                action="Elke week een wijkprobleem",
                owner="teamchef",
                due=EARLIER.date() + dt.timedelta(days=60),
            ),
            Priority(
                ref="woe",
                action="WOE op de briefing",
                owner="WOE",
                due=EARLIER.date() + dt.timedelta(days=90),
            ),
        ]
    )
    state.finish()
    return path


def new_app(tmp_path: Path, **kw: object) -> WoestApp:
    launch = prepare_launch(
        questions=QUICK,
        team="Basisteam Test",
        out=tmp_path / "nu.toml",
        sessions=tmp_path / "sessions",
        clock=lambda: NOW,
        **kw,  # type: ignore[arg-type]
    )
    return WoestApp(launch, "nl", theme="woest-dark")


async def test_last_times_actions_are_followed_up_one_at_a_time_and_stored(
    tmp_path: Path,
) -> None:
    earlier = earlier_session(tmp_path / "sessions")
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, FollowUpScreen)
        await pilot.press("enter")  # nothing chosen: it asks, nothing is stored
        assert load_result(tmp_path / "nu.toml").follow_up.items[0].status is None  # type: ignore[union-attr]
        await pilot.press("1", "enter")
        await pilot.press("3", "tab")
        app.screen.query_one("#follow-note").value = "Geen tijd gehad; \\n[bold]niet[/]"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
    saved = load_result(tmp_path / "nu.toml")
    assert saved.follow_up is not None
    assert saved.follow_up.date == EARLIER.date() and saved.follow_up.file == earlier.name
    assert [(i.status, i.note) for i in saved.follow_up.items] == [
        ("gedaan", None),
        ("niet", "Geen tijd gehad; \\n[bold]niet[/]"),
    ]
    assert [i.action for i in saved.follow_up.items] == [
        "Elke week een wijkprobleem",
        "WOE op de briefing",
    ]
    checked = load_checked(tmp_path / "nu.toml", [QUICK])
    text = export_summary(checked.result, checked.bank, "text", "nl", 100)
    assert "Wat is er van de vorige acties terechtgekomen?" in text
    assert "gedaan" in text and "[bold]niet[/]" in text
    both = load_for_compare([earlier, tmp_path / "nu.toml"], [QUICK])
    comparison = export_comparison(build_comparison(both), "text", "nl", 100)
    assert "Wat is er van de vorige acties terechtgekomen?" in comparison
    assert "1. Elke week een wijkprobleem (teamchef," in comparison


async def test_a_team_without_an_earlier_result_goes_straight_to_the_questions(
    tmp_path: Path,
) -> None:
    earlier_session(tmp_path / "sessions", team="Basisteam Ander")
    app = new_app(tmp_path)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, WalkScreen)
    assert load_result(tmp_path / "nu.toml").follow_up is None


async def test_previous_given_on_the_command_line_is_used(tmp_path: Path) -> None:
    given = earlier_session(tmp_path / "elders", team="Basisteam Test")
    app = new_app(tmp_path, previous=given)
    async with app.run_test(size=(100, 30)):
        assert isinstance(app.screen, FollowUpScreen)
    saved = load_result(tmp_path / "nu.toml")
    assert saved.follow_up is not None and saved.follow_up.file == "eerder.toml"
