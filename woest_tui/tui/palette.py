"""The command palette: woest's own commands, in the questionnaire's order and language."""

from __future__ import annotations

from textual.command import DiscoveryHit, Hits
from textual.system_commands import SystemCommandsProvider


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
