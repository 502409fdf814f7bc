"""Pictures of every important screen at 80x24 and 120x40 (SVGs under tests/tui/__snapshots__).

Stable by construction: fixed date and clock, a relative file name, the dark theme set
explicitly, no cursor blink; the test command clears NO_COLOR and TEXTUAL_THEME.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import WOEST, MakeApp

SIZES = [(80, 24), (120, 40)]
Snap = Callable[..., bool]


def no_blink(
    also: Callable[[Pilot[Any]], Awaitable[None]] | None = None, keys: tuple[str, ...] = ()
) -> Callable[[Pilot[Any]], Awaitable[None]]:
    # the keys are pressed here, not by snap_compare, so that the blink goes off on every
    # field, also on those the keys bring on screen
    async def before(pilot: Pilot[Any]) -> None:
        if also is not None:
            await also(pilot)
        await pilot.press(*keys)
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return before


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return Path("sessie.toml")


def jump(kind: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Open the first question of this type (by type, so a changed bank keeps the picture)."""

    async def go(pilot: Pilot[Any]) -> None:
        screen: Any = pilot.app.screen
        index = [q.type for q in screen.state.bank.questions()].index(kind)
        await screen.jump_to_question(index)
        await pilot.pause()

    return go


@pytest.mark.parametrize("size", SIZES)
def test_start_screen(snap_compare: Snap, make_app: MakeApp, size: tuple[int, int]) -> None:
    assert snap_compare(make_app(team=None, bank=WOEST), terminal_size=size, run_before=no_blink())


@pytest.mark.parametrize("size", SIZES)
def test_theme_intro(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    assert snap_compare(make_app(bank=WOEST, out=here), terminal_size=size, run_before=no_blink())


@pytest.mark.parametrize("size", SIZES)
def test_scale_question(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    app = make_app(bank=WOEST, out=here)
    assert snap_compare(app, terminal_size=size, run_before=no_blink(keys=("enter", "4")))


@pytest.mark.parametrize("size", SIZES)
def test_choice_question(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    app = make_app(bank=WOEST, out=here)
    assert snap_compare(app, terminal_size=size, run_before=no_blink(jump("choice"), keys=("2",)))


@pytest.mark.parametrize("size", SIZES)
def test_multi_question(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    app = make_app(bank=WOEST, out=here)
    assert snap_compare(
        app, terminal_size=size, run_before=no_blink(jump("multi"), keys=("1", "3"))
    )


@pytest.mark.parametrize("size", SIZES)
def test_votes_mode(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    app = make_app(bank=WOEST, out=here, mode="votes")
    keys = ["enter", "1", "down", "2", "down", "down", "down", "5"]
    assert snap_compare(app, terminal_size=size, run_before=no_blink(keys=tuple(keys)))


@pytest.mark.parametrize("size", SIZES)
def test_overview(snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]) -> None:
    app = make_app(bank=WOEST, out=here)
    keys = ["enter", "4", "enter", "w", "enter", "o"]
    assert snap_compare(app, terminal_size=size, run_before=no_blink(keys=tuple(keys)))


@pytest.mark.parametrize("size", SIZES)
def test_finish_review(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    app = make_app(out=here)

    async def review(pilot: Pilot[Any]) -> None:
        await pilot.press("enter", "7", "enter", "4", "enter")
        await pilot.app.run_action("review")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=no_blink(review))


@pytest.mark.parametrize("size", SIZES)
def test_summary(snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]) -> None:
    app = make_app(out=here)

    async def answered(pilot: Pilot[Any]) -> None:
        await pilot.press("enter", "8", "enter", "2", "enter", "4", "enter", "w", "enter")
        await pilot.app.run_action("summary")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=no_blink(answered))


def test_scale_question_in_english(snap_compare: Snap, make_app: MakeApp, here: Path) -> None:
    app = make_app(bank=WOEST, out=here, lang="en")
    assert snap_compare(
        app, terminal_size=(120, 40), run_before=no_blink(keys=tuple(["enter", "5"]))
    )


@pytest.mark.parametrize("size", SIZES)
def test_start_screen_with_plan_and_estimate(
    snap_compare: Snap, make_app: MakeApp, size: tuple[int, int]
) -> None:
    app = make_app(team=None, bank=WOEST, themes=["doel", "rol-woe"], minutes=60)

    async def to_plan(pilot: Pilot[Any]) -> None:
        pilot.app.screen.query_one("#themes").focus()
        await pilot.pause()
        # the focus scrolls the form with an animation: let it end before the picture
        await pilot.wait_for_scheduled_animations()
        pilot.app.screen.query_one("#estimate").scroll_visible(animate=False)
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()

    assert snap_compare(app, terminal_size=size, run_before=no_blink(to_plan))


@pytest.mark.parametrize("size", SIZES)
def test_follow_up(
    snap_compare: Snap, make_app: MakeApp, tmp_path: Path, here: Path, size: tuple[int, int]
) -> None:
    from tests.tui.test_follow_up import earlier_session

    earlier_session(tmp_path / "sessions")
    app = make_app(out=here)
    assert snap_compare(app, terminal_size=size, run_before=no_blink(keys=("2",)))


@pytest.mark.parametrize("size", SIZES)
def test_summary_opens_with_what_to_discuss(
    snap_compare: Snap, make_app: MakeApp, here: Path, size: tuple[int, int]
) -> None:
    from woest_tui.model import Answer

    app = make_app(bank=WOEST, out=here)

    async def answered(pilot: Pilot[Any]) -> None:
        state = pilot.app.state  # type: ignore[attr-defined]
        for number, question in enumerate(q for q in state.questions if q.type == "scale"):
            value = 1 + number % 5 if number % 7 else None
            state.set_answer(question.id, Answer(value=value) if value else Answer(dont_know=True))
        await pilot.app.run_action("summary")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=no_blink(answered))


def test_merged_answer(snap_compare: Snap, make_app: MakeApp, here: Path) -> None:
    from tests.tui.test_merged_walk import TEAM, merged_file

    out = merged_file(Path("."))  # a relative name: the same picture in every folder
    app = make_app(team=TEAM, out=out, mode="votes")

    async def woe_role(pilot: Pilot[Any]) -> None:
        await pilot.app.screen.jump_to_question(5)  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=no_blink(woe_role))


def test_file_changed_dialog(snap_compare: Snap, make_app: MakeApp, here: Path) -> None:
    from woest_tui.tui.screens.changed import ChangedScreen

    async def ask(pilot: Pilot[Any]) -> None:
        pilot.app.push_screen(ChangedScreen("nl", here))
        await pilot.pause()

    app = make_app(bank=WOEST, out=here)
    assert snap_compare(app, terminal_size=(80, 24), run_before=no_blink(ask))
