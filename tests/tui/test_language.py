"""The language is held once by the app: a switch reaches every open screen, modals too."""

from __future__ import annotations

from textual.command import CommandInput, CommandPalette
from textual.widgets import Input, Static

from tests.tui.conftest import MakeApp
from woest_tui.tui.dialogs.present import PresentScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.support.localized import Localized


def shown(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


async def test_the_palettes_switch_reaches_every_open_screen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await app.run_action("summary")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        await pilot.press("f6")
        await pilot.pause()
        present = app.screen
        assert isinstance(present, PresentScreen)
        assert shown(present, ".dialog-title") == "Wie is er nu aanwezig?"
        field = present.query(Input).first()
        field.value = "3"
        field.focus()
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(CommandInput).value = "taal wisselen"
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is present
        assert app.lang == "en"
        # the modal on top: in English, with the count typed and the focus where they were
        assert shown(present, ".dialog-title") == "Who is present now?"
        assert str(present.query_one("#ok").render()).strip() == "Save"
        assert present.query(Input).first().value == "3"
        assert present.focused is present.query(Input).first()
        # the screens underneath
        assert shown(summary, "#summary-state").startswith("● Not finished yet")
        assert {b.binding.description for b in summary.active_bindings.values()} >= {"back"}
        assert str(walk.lang) == "en"
        assert "theme 1/" in shown(walk, "#where")
        # and back, by the same command
        await app.run_action("toggle_language")
        await pilot.pause()
        assert shown(present, ".dialog-title") == "Wie is er nu aanwezig?"
        assert shown(summary, "#summary-state").startswith("● Nog niet afgerond")
        assert str(walk.lang) == "nl"


def test_every_localized_screen_names_textuals_base_first() -> None:
    # Textual takes a node's default CSS along its first base class only: Localized first
    # would drop Screen's own (the too-small notice lost its background that way)
    import importlib
    import pkgutil

    import woest_tui.tui

    for found in pkgutil.walk_packages(woest_tui.tui.__path__, "woest_tui.tui."):
        importlib.import_module(found.name)
    pending, seen = list(Localized.__subclasses__()), []
    while pending:
        cls = pending.pop()
        seen.append(cls.__name__)
        assert cls.__bases__[0] is not Localized, cls.__name__
        pending += cls.__subclasses__()
    assert {"SummaryScreen", "ConfirmScreen", "TooSmallScreen", "LiveJoinScreen"} <= set(seen)
