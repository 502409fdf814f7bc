"""The boxed question layout whenever it fits, judged by the content, re-decided on resize."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll

from tests.tui.conftest import QUICK, WOEST, MakeApp
from woest_tui.core.model import Mode
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.screens.walk_fit import intro_place, question_place
from woest_tui.tui.widgets.choices import ChoiceList

#: A short question (a text question, 21 lines boxed at 100x30) and a long one (seven
#: options with a long help, 32 lines boxed at 100x30), in the bundled questionnaire.
SHORT, LONG = "leren-wat-woe-nodig-heeft", "partners-wie-doet-mee"


def index_of(screen: WalkScreen, question_id: str) -> int:
    return [q.id for q in screen.state.questions].index(question_id)


def boxed(screen: WalkScreen) -> bool:
    return not screen.has_class("-compact")


def scrolls(screen: WalkScreen) -> bool:
    return screen.query_one("#body", VerticalScroll).max_scroll_y > 0


@pytest.mark.parametrize(
    ("bank", "mode"), [(QUICK, "consensus"), (QUICK, "votes"), (WOEST, "consensus")]
)
async def test_the_boxed_sums_are_what_textual_lays_out(
    make_app: MakeApp, bank: Path, mode: Mode
) -> None:
    """Every position, laid out boxed in a tall window: the measured need is the real one."""
    app = make_app(bank=bank, mode=mode)
    async with app.run_test(size=(120, 80)) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        for index in range(len(screen.walk.positions)):
            screen.walk.go(index)
            await screen.show()
            await pilot.pause()
            assert boxed(screen)
            body = screen.query_one("#body", VerticalScroll)
            if screen.question is None:
                place = intro_place(screen)
                top, bottom = screen.query_one("#theme-title"), screen.query_one("#theme-count")
            else:
                place = question_place(screen, screen.boxed_texts())
                top, bottom = screen.query_one("#question-text"), screen.query_one("#note")
            assert place.needs == bottom.region.bottom - top.region.y, index
            assert place.room == body.content_region.height


@pytest.mark.parametrize(
    ("size", "short", "long"),
    [
        ((80, 24), False, False),
        ((100, 30), True, False),  # the README's comfortable size: boxed where it fits
        ((120, 40), True, True),
    ],
    ids=["80x24", "100x30", "120x40"],
)
async def test_a_question_is_boxed_when_it_fits(
    make_app: MakeApp, size: tuple[int, int], short: bool, long: bool
) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        assert boxed(screen) and not scrolls(screen)  # a theme's introduction fits everywhere
        for question_id, fits in ((SHORT, short), (LONG, long)):
            await screen.jump_to_question(index_of(screen, question_id))
            await pilot.pause()
            assert boxed(screen) is fits, question_id
            if fits:
                assert not scrolls(screen), question_id  # the note shows, nothing is cut


async def test_the_layout_follows_a_resize(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        await screen.jump_to_question(index_of(screen, SHORT))
        await pilot.pause()
        assert not boxed(screen)
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert boxed(screen) and not scrolls(screen)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert not boxed(screen)


async def test_the_help_is_padded_for_the_layout_it_shows_in(make_app: MakeApp) -> None:
    """After a change of layout the options of a theme start on the same line again."""
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        tops = []
        for question_id in ("partners-probleemeigenaar", "partners-afspraken-privacy"):
            await screen.jump_to_question(index_of(screen, question_id))
            await pilot.pause()
            assert boxed(screen)
            tops.append(screen.query_one("#control").region.y)
        assert tops[0] == tops[1]


async def test_a_click_picks_the_option_under_it_in_the_boxed_layout(make_app: MakeApp) -> None:
    """The frame above the options is no option: the line clicked is counted below it."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        await screen.jump_to_question(1)  # 1 to 5
        await pilot.pause()
        assert boxed(screen)
        control = screen.query_one("#control", ChoiceList)
        assert control.region.y < control.content_region.y  # a frame above the options
        assert await pilot.click(offset=(control.region.x + 8, control.region.y))
        assert control.selected == set()
        region = control.content_region
        assert await pilot.click(offset=(region.x + 8, region.y + 3))
        assert control.selected == {3}


async def test_what_grows_after_it_is_shown_is_judged_again(make_app: MakeApp) -> None:
    """A note of several lines no longer fits the frames: the compact layout shows it whole."""
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        await screen.jump_to_question(index_of(screen, "samenwerking-prioriteiten-bekend"))
        await pilot.pause()
        assert boxed(screen) and not scrolls(screen)  # 25 of 26 lines
        await pilot.press("n", *"eerst", "ctrl+j", *"dan", "ctrl+j", *"daarna")
        await pilot.pause()
        await pilot.pause()
        assert not boxed(screen) and not scrolls(screen)
