"""The command palette: woest's own commands, in the questionnaire's order and language."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hits
from textual.system_commands import SystemCommandsProvider
from textual.widgets.option_list import Option


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

    def __init__(self, no_matches: str, placeholder: str) -> None:
        super().__init__(placeholder=placeholder, id="--command-palette")
        self.no_matches = no_matches

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
