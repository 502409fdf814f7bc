"""A choice list's kept lines are exactly what Textual renders from its whole text."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.visual import Visual, visualize

from woest_tui.tui import screens
from woest_tui.tui.support.themes import DARK, LIGHT, THEMES
from woest_tui.tui.widgets.choices import ChoiceList

LABELS = [
    "helemaal oneens",
    "oneens",
    "neutraal",
    "eens, met een toelichting die op een smal scherm over de regel heen loopt",
    "helemaal eens",
]


class ListApp(App[None]):
    # the walk's styles: the chosen option's bar and the pointer's colour are set there
    CSS_PATH = str(Path(screens.__file__).parent / "walk.tcss")

    def __init__(self) -> None:
        super().__init__()
        for theme in THEMES:
            self.register_theme(theme)

    def compose(self) -> ComposeResult:
        yield ChoiceList(LABELS, id="control")


def by_textual(choices: ChoiceList) -> list[list[Segment]]:
    """The lines as Textual renders the list's whole text, as a Static would."""
    width, height = choices.size
    visual = visualize(choices, choices.render(), markup=False)
    strips = Visual.to_strips(choices, visual, width, height, choices.visual_style)
    return [list(strip) for strip in strips]


def kept(choices: ChoiceList) -> list[list[Segment]]:
    return [list(choices.render_line(y)) for y in range(len(by_textual(choices)))]


@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize("width", [100, 40])
async def test_kept_lines_are_textuals_lines(theme: str, width: int) -> None:
    app = ListApp()
    app.theme = theme
    async with app.run_test(size=(width, 20)) as pilot:
        choices = app.query_one(ChoiceList)
        choices.focus()
        for keys in [(), ("2",), ("down", "down"), ("4",), ("backspace",)]:
            await pilot.press(*keys)
            await pilot.pause()
            assert kept(choices) == by_textual(choices)
        # other options in the same list (the next question), and several chosen
        choices.reset(["ja", "nee"], ["1", "2"], True, [0, 1])
        await pilot.pause()
        assert kept(choices) == by_textual(choices)
        choices.blur()
        await pilot.pause()
        assert kept(choices) == by_textual(choices)
        # the other theme: the lines kept in the first are not used
        app.theme = LIGHT if theme == DARK else DARK
        choices.focus()
        await pilot.press("1")
        await pilot.pause()
        assert kept(choices) == by_textual(choices)
