"""The "weet niet" and "n.v.t." lines under a question's options: a click works like the key."""

from __future__ import annotations

from textual.widgets import Static


class DontKnowLine(Static):
    """The "weet niet" toggle; a click works like the key."""

    async def on_click(self) -> None:
        """Mark or unmark, like the key."""
        await self.screen.run_action("dont_know")


class NotApplicableLine(Static):
    """The "n.v.t." toggle; a click works like the key."""

    async def on_click(self) -> None:
        """Mark or unmark, like the key."""
        await self.screen.run_action("not_applicable")
