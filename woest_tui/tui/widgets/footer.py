"""Textual's footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer

from woest_tui.tui.support.internals import (
    FooterKey,
    footer_bindings_ready,
    mark_footer_bindings_ready,
)


class SteadyFooter(Footer):
    """A Footer that keeps its keys while they stay the same.

    Textual's Footer builds all its keys anew whenever the bindings may have changed, and
    they may on every move of the focus: from a choice list to the number field of the
    next question, say. Rebuilding restyles a dozen widgets while the next question waits
    to be painted, for a footer that then looks exactly as before.
    """

    def __init__(self, *children: Widget, id: str | None = None, compact: bool = False) -> None:
        super().__init__(*children, id=id, compact=compact)
        #: What the keys on show were built from (None: not built yet).
        self.shown: tuple[object, ...] | None = None

    def keys_shown(self) -> tuple[object, ...]:
        """Everything the keys are built from: each key's binding, state and tooltip."""
        screen = self.screen
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        return tuple(
            (binding, enabled, tooltip, self.app.get_key_display(binding))
            for key, (_, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or (palette and key == self.app.COMMAND_PALETTE_BINDING)
        )

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Rebuild the keys, unless they would come out the same.

        Textual's footer rebuilds after the next paint; so does this one, and it looks at
        the keys only then, when the screen is painted.
        """
        if self.shown is None:
            super().bindings_changed(screen)
        elif self.is_attached and screen is self.screen:
            self.call_after_refresh(self._rebuild, screen)

    async def _rebuild(self, screen: Screen[object]) -> None:
        if not (self.is_attached and screen is self.screen) or self.keys_shown() == self.shown:
            return
        mark_footer_bindings_ready(self)
        if screen.app.app_focus:  # as Textual's: no rebuild while the terminal is not focused
            await self.recompose()

    def compose(self) -> ComposeResult:
        """Textual's keys; each starts in the footer's own style, not in a compact one."""
        if footer_bindings_ready(self):
            self.shown = self.keys_shown()
        for widget in super().compose():
            if isinstance(widget, FooterKey) and not widget.has_class("-command-palette"):
                # a key starts compact and then takes the footer's style (restyled twice);
                # the palette's key keeps its own compact style
                widget.set_reactive(FooterKey.compact, self.compact)
            yield widget
