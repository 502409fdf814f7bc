"""Pictures of every screen at 80x24 and 100x30, in both themes (SVGs under tests/tui/__snapshots__).

Stable by construction: fixed date and clock, a relative file name, the theme set
explicitly, no cursor blink; the test command clears NO_COLOR and TEXTUAL_THEME. The
screens are reached as in `tests.tui.screens`, which the contrast test measures too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import WOEST, MakeApp
from tests.tui.screens import Steps, build, keys, settle
from woest_tui.tui.support.themes import DARK, LIGHT

SIZES = [(80, 24), (100, 30)]
#: The screens pictured: one of each kind (a number question looks like a text one, a
#: confirmation like the save-as dialog).
PICTURED = [
    "start",
    "theme_intro",
    "scale",
    "choice",
    "note",
    "votes",
    "overview",
    "review",
    "summary",
    "priority",
    "palette",
    "save_as",
    "finished",
    "compare_pick",
    "compare",
    "too_small",
]
Snap = Callable[..., bool]


def settled(steps: Steps) -> Callable[[Pilot[Any]], Awaitable[None]]:
    async def before(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        await steps(pilot)
        await settle(pilot)

    return before


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WOEST_DATA_DIR", str(tmp_path / "sessions"))
    return tmp_path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize("name", PICTURED)
def test_screen(
    snap_compare: Snap, folder: Path, name: str, theme: str, size: tuple[int, int]
) -> None:
    app, steps = build(name, folder, theme)
    assert snap_compare(app, terminal_size=size, run_before=settled(steps))


def test_scale_question_in_english(snap_compare: Snap, make_app: MakeApp, folder: Path) -> None:
    app = make_app(bank=WOEST, out=Path("sessie.toml"), lang="en")
    assert snap_compare(app, terminal_size=(100, 30), run_before=settled(keys("enter", "5")))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_note_of_several_lines(
    snap_compare: Snap, make_app: MakeApp, folder: Path, size: tuple[int, int]
) -> None:
    app = make_app(bank=WOEST, out=Path("sessie.toml"))
    typed = ("enter", "4", "n", *"Eerst overleggen", "ctrl+j", *"met de wijkagenten")
    assert snap_compare(app, terminal_size=size, run_before=settled(keys(*typed)))


def test_merged_answer(snap_compare: Snap, make_app: MakeApp, folder: Path) -> None:
    from tests.tui.test_merged_walk import TEAM, merged_file

    out = merged_file(Path("."))  # a relative name: the same picture in every folder
    app = make_app(team=TEAM, out=out, mode="votes")

    async def woe_role(pilot: Pilot[Any]) -> None:
        await pilot.app.screen.jump_to_question(5)  # type: ignore[attr-defined]
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=settled(woe_role))


def test_file_changed_dialog(snap_compare: Snap, make_app: MakeApp, folder: Path) -> None:
    from woest_tui.tui.dialogs.changed import ChangedScreen

    here = Path("sessie.toml")

    async def ask(pilot: Pilot[Any]) -> None:
        pilot.app.push_screen(ChangedScreen(here))
        await pilot.pause()

    app = make_app(bank=WOEST, out=here)
    assert snap_compare(app, terminal_size=(80, 24), run_before=settled(ask))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_start_screen_with_plan_and_estimate(
    snap_compare: Snap, make_app: MakeApp, folder: Path, size: tuple[int, int]
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

    assert snap_compare(app, terminal_size=size, run_before=settled(to_plan))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_follow_up(
    snap_compare: Snap, make_app: MakeApp, folder: Path, size: tuple[int, int]
) -> None:
    from tests.tui.test_follow_up import earlier_session

    earlier_session(folder / "sessions")
    app = make_app(out=Path("sessie.toml"))
    assert snap_compare(app, terminal_size=size, run_before=settled(keys("2")))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_summary_opens_with_what_to_discuss(
    snap_compare: Snap, make_app: MakeApp, folder: Path, size: tuple[int, int]
) -> None:
    from woest_tui.core.model import Answer

    app = make_app(bank=WOEST, out=Path("sessie.toml"))

    async def answered(pilot: Pilot[Any]) -> None:
        state = pilot.app.state  # type: ignore[attr-defined]
        for number, question in enumerate(q for q in state.questions if q.type == "scale"):
            value = 1 + number % 5 if number % 7 else None
            state.set_answer(question.id, Answer(value=value) if value else Answer(dont_know=True))
        await pilot.app.run_action("summary")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=settled(answered))
