"""The overview and the review: wrapped lines keep their indent; both follow a language switch."""

from __future__ import annotations

import re

from textual.widgets import OptionList, Static

from tests.tui.conftest import MakeApp
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.overview import OverviewScreen
from woest_tui.tui.screens.review import ReviewScreen
from woest_tui.tui.screens.summary import SummaryScreen

THEME = re.compile(r"^ ?\d+\. \S")
QUESTION = re.compile(r"^ *[✓?✎·] +\d+\. \S")
GO_ON = re.compile(r"^ {4,}\S")  # a wrapped line: under the text, never at the left edge


def lines(app: WoestApp, selector: str) -> list[str]:
    options = app.screen.query_one(selector, OptionList)
    return [
        text for y in range(options.size.height) if (text := options.render_line(y).text.rstrip())
    ]


def check_indents(shown: list[str], first: re.Pattern[str]) -> None:
    assert any(GO_ON.match(line) for line in shown), "the window is wide enough for no wrap"
    for line in shown:
        assert first.match(line) or THEME.match(line) or GO_ON.match(line), line
        assert line.strip() != "(verplicht)"


async def test_the_overview_keeps_the_indent_of_wrapped_lines(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(64, 40)) as pilot:
        await pilot.press("enter", "o")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        shown = lines(app, "#overview-list")
        check_indents(shown, QUESTION)
        assert any("(verplicht)" in line for line in shown)


async def test_the_review_keeps_the_indent_of_wrapped_lines(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(64, 40)) as pilot:
        await app.run_action("review")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        shown = lines(app, "#review-list")
        check_indents(shown, re.compile(r"^ *\d+\. \S"))
        assert any("(verplicht)" in line for line in shown)


async def test_overview_and_review_follow_the_language_switch(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "o")
        await pilot.pause()
        overview = app.screen
        options = overview.query_one("#overview-list", OptionList)
        options.highlighted = 3
        await app.run_action("toggle_language")
        await pilot.pause()
        title = str(overview.query_one("#overview-title", Static).render())
        assert title.startswith("Overview")
        assert overview.query_one("#overview-list", OptionList).highlighted == 3
        await pilot.press("escape")
        await app.run_action("review")
        await pilot.pause()
        review = app.screen
        await app.run_action("toggle_language")
        await pilot.pause()
        assert str(review.query_one("#review-title", Static).render()).startswith("Nog ")
        assert {b.binding.description for b in review.active_bindings.values()} >= {"vorige"}


async def test_a_confirmation_follows_the_language_switch(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter")  # the required question
        await app.run_action("summary")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen) and dialog.question.startswith("Nog 9 van de 10")
        await app.run_action("toggle_language")
        await pilot.pause()
        assert dialog.question.startswith("9 of the 10 questions")
        assert str(dialog.query_one(".dialog-title", Static).render()) == dialog.question
        assert dialog.focused is dialog.query_one("#no")
