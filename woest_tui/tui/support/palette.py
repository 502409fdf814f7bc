"""The command palette: woest's own commands, in the questionnaire's order and language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from rich.align import Align
from rich.text import Text
from textual.app import SystemCommand
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hits
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option

from woest_tui.tui.support.localized import ui_text
from woest_tui.tui.support.text import literal

if TYPE_CHECKING:
    from woest_tui.tui.app import WoestApp


def woest_commands(app: WoestApp) -> Iterator[SystemCommand]:
    """The palette's commands in the app's language: themes in order, summary, and more.

    Textual's own (theme picker, keys panel, maximize, screenshot) are left out: they
    speak English only and are of no use in a meeting.

    Args:
        app: the app, whose actions the commands run.
    """
    t = app.t
    if app.state is not None and app.walk is not None:
        bank = app.state.bank
        for index, theme in enumerate(bank.themes):
            # the palette reads markup: a bank's title is escaped, never styled
            title = literal(theme.title.get(app.lang, bank.language))
            # one line per theme: the same help under each would push the last
            # commands (language, theme, quit) below the fold
            yield SystemCommand(
                t("palette_jump_theme", number=index + 1, title=title),
                "",
                lambda index=index: jump_theme(app, index),
            )
        yield SystemCommand(t("palette_summary"), t("palette_summary_help"), app.action_summary)
        yield SystemCommand(
            t("palette_save_copy"), t("palette_save_copy_help"), app.action_save_copy
        )
        yield SystemCommand(t("palette_present"), t("palette_present_help"), app.action_present)
    yield SystemCommand(
        t("palette_language"), t("palette_language_help"), app.action_toggle_language
    )
    yield SystemCommand(t("palette_dark"), t("palette_dark_help"), app.action_toggle_dark)
    yield SystemCommand(t("palette_quit"), t("palette_quit_help"), app.action_quit)


async def jump_theme(app: WoestApp, index: int) -> None:
    """Close what covers the walk, then open the theme's introduction."""
    if app.walk is None:
        return
    while app.screen is not app.walk and len(app.screen_stack) > 1:
        app.pop_screen()
    await app.walk.jump_to_theme(index)


class WoestCommands(SystemCommandsProvider):
    """The app's commands in the order `get_system_commands` yields them.

    Textual's provider lists them alphabetically, which puts "thema 10" before "thema 2"
    and the themes out of the order the team walks them; searching works as Textual's.
    """

    async def discover(self) -> Hits:
        """Every command, in order, for the palette before anything is typed."""
        for title, help_text, callback, discover in self.app.get_system_commands(self.screen):
            if discover:
                yield DiscoveryHit(title, callback, help=help_text)


class WoestPalette(CommandPalette):
    """Textual's command palette, saying "no matches" in the app's language."""

    def __init__(self) -> None:
        # made in the app, whose language it reads (a switch closes it: nothing to follow)
        super().__init__(
            placeholder=ui_text(self.app, "palette_placeholder"), id="--command-palette"
        )
        self.no_matches = ui_text(self.app, "palette_no_matches")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own, with its English "No matches found" replaced (Textual 8.2)
        self._stop_no_matches_countdown()

        def show() -> None:
            if search_value:
                line = Align.center(Text(self.no_matches, style="not bold"))
                self.query_one(CommandList).add_option(
                    Option(line, disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show)
