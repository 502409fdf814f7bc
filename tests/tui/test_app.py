"""The app shell: the palette and the footer speak the app's language, offer what works."""

from __future__ import annotations

from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Footer

from tests.tui.conftest import WOEST, MakeApp
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.overview import OverviewScreen
from woest_tui.tui.screens.walk import WalkScreen


def footer_keys(app: WoestApp) -> list[str]:
    """The keys the walk's footer shows (nothing while it is hidden)."""
    walk = next(screen for screen in app.screen_stack if isinstance(screen, WalkScreen))
    footer = walk.query_one(Footer)
    if not footer.display:
        return []
    return [f"{key.key_display} {key.description}" for key in footer.query("FooterKey")]  # type: ignore[attr-defined]


async def test_the_palette_lists_the_themes_in_order_in_dutch(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een opdracht…"
        found = app.screen.query_one(CommandList)
        titles = [
            str(found.get_option_at_index(i).prompt).split("\n")[0]
            for i in range(found.option_count)
        ]
        assert titles[:8] == [
            "Ga naar thema 1: Gedeeld doel",
            "Ga naar thema 2: De rol van de WOE",
            "Ga naar thema 3: Leiding en sturing",
            "Ga naar thema 4: Capaciteit en tijd",
            "Ga naar thema 5: Problemen kiezen en analyseren",
            "Ga naar thema 6: Samenwerken in het team",
            "Ga naar thema 7: Partners en bewoners",
            "Ga naar thema 8: Evalueren, leren en borgen",
        ]
        assert titles[8:] == [
            "Toon de samenvatting",
            "Kopie opslaan als...",
            "Aanwezigen wijzigen (F6)",
            "Taal wisselen (Nederlands / English)",
            "Licht / donker wisselen",
            "Afsluiten",
        ]


async def test_the_footer_offers_only_the_keys_that_work(make_app: MakeApp) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(100, 30)) as pilot:
        # the first introduction: no way back, no weet niet, no note; Enter begins
        assert footer_keys(app) == ["Enter begin", "o overzicht", "^p palet"]
        await pilot.press("enter")
        await pilot.pause()
        # nothing chosen: Enter says it skips the question
        assert footer_keys(app) == [
            "Enter sla over",
            "Esc vorige",
            "w weet niet",
            "n notitie",
            "o overzicht",
            "^p palet",
        ]
        await pilot.press("4")
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter bevestig"
        await pilot.press("backspace", "down")  # cleared, but the pointer moved: Enter takes it
        await pilot.pause()
        assert footer_keys(app)[0] == "Enter bevestig"
        await pilot.press("n")  # in the note the letters type: the footer names F2-F4
        await pilot.pause()
        assert footer_keys(app)[2:5] == ["F2 weet niet", "F3 notitie", "F4 overzicht"]
        await pilot.press("escape")  # leaves the note, back on the options
        await pilot.pause()
        assert footer_keys(app)[2:5] == ["w weet niet", "n notitie", "o overzicht"]
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        assert footer_keys(app) == []  # the overview has its own keys
        await pilot.press("escape")
        await pilot.pause()
        assert len(footer_keys(app)) == 6
        await app.run_action("toggle_language")
        await pilot.pause()
        assert footer_keys(app)[-1] == "^p palette"
