"""What the wall shows fits the window: whole theme names, the whole palette, a legend per line."""

from __future__ import annotations

import pytest
from textual.command import CommandPalette
from textual.widgets import Static

from tests.tui.conftest import WOEST, MakeApp
from tests.tui.contrast import lines
from woest_tui.i18n import Lang
from woest_tui.tui.screens.walk import WalkScreen


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_top_bar_keeps_the_longest_theme_name_whole(
    make_app: MakeApp, size: tuple[int, int], lang: Lang
) -> None:
    app = make_app(bank=WOEST, lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = app.screen
        assert isinstance(screen, WalkScreen)
        titles = [theme.title.get(lang, "nl") for theme in screen.state.bank.themes]
        longest = max(range(len(titles)), key=lambda i: len(titles[i]))
        first = sum(len(theme.questions) for theme in screen.state.bank.themes[:longest])
        await screen.jump_to_question(first)
        await pilot.pause()
        top = lines(app)[0]
        assert titles[longest] in top and "…" not in top, top
        assert ("beantwoord" if lang == "nl" else "answered") in top


async def test_the_palette_shows_every_command_at_100x30_once(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        shown = "\n".join(lines(app))
        assert "Afsluiten" in shown and "Licht / donker wisselen" in shown
        assert "Open de inleiding" not in shown
        await pilot.press(*"xyzzy")
        await pilot.pause(0.8)
        shown = "\n".join(lines(app))
        assert "Geen opdracht gevonden" in shown and "No matches" not in shown
        assert isinstance(app.screen, CommandPalette)


async def test_the_overview_legend_breaks_between_its_parts(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        legend = app.screen.query_one("#overview-legend", Static)
        shown = [line.strip() for line in lines(app)[legend.region.y : legend.region.bottom]]
        assert shown == [
            "✓ beantwoord   ? weet niet   – n.v.t.   ✎ alleen notitie   · open",
            "Enter: ga erheen · Esc: terug",
        ]


async def test_messages_appear_at_the_top_not_over_the_priorities(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await app.run_action("summary")
        await pilot.pause()
        app.notify("Opgeslagen.")
        await pilot.pause(0.5)
        toasts = list(app.screen.query("Toast"))
        assert toasts
        panel = app.screen.query_one("#priorities-panel").region
        assert all(toast.region.bottom <= panel.y for toast in toasts)
