"""The join screen of a live session: the QR code, the address and codes, who joined."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Static

from woest_tui.i18n import Lang, message
from woest_tui.live.qr import qr_lines
from woest_tui.live.session import LiveSession
from woest_tui.tui.support.localized import Key, Localized, apply_keys
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.footer import SteadyFooter

KEYS = [
    Key("enter", "begin", "key_begin", priority=True, key_display="Enter"),
    Key("escape", "begin", "key_begin", show=False, priority=True),
]
#: A QR code must scan on any theme: dark modules on a light ground, always.
QR_STYLE = "#000000 on #ffffff"


def joined_text(count: int, lang: Lang) -> str:
    """The count of phones joined, in words (one phone: singular)."""
    return message("live_joined", lang, count=count)


class LiveJoinScreen(Screen[None], Localized):
    """Shown when a live session opens, and again with `j` for latecomers."""

    CSS_PATH = "live_join.tcss"

    def __init__(self, live: LiveSession) -> None:
        super().__init__()
        self.live = live
        # bound before mounting: the footer reads them when it first draws (made in the app)
        apply_keys(self, KEYS, self.lang)

    def compose(self) -> ComposeResult:
        """The code on the left, the words on the right."""
        server, room = self.live.server, self.live.room
        with Horizontal(id="join"):
            yield Static(Text("\n".join(qr_lines(server.url)), style=QR_STYLE), id="qr")
            with Vertical(id="join-text"):
                yield Static(plain(self.t("live_join_title")), id="join-title")
                yield Static(plain(self.t("live_join_scan")), id="join-scan")
                yield Static(plain(self.t("live_join_address", url=server.url)), id="join-url")
                short = self.t("live_join_short_url", url=server.short_url)
                yield Static(plain(short), id="join-short-url")
                yield Static(plain(self.t("live_join_short", short=room.short)), id="join-short")
                yield Static(plain(self.t("live_join_code", code=room.code)), id="join-code")
                yield Static(id="join-count")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self.live.room.listeners.append(self.show_count)
        self.show_count()

    async def relabel(self) -> None:
        """Show everything in the new language; the count too."""
        apply_keys(self, KEYS, self.lang)
        await self.recompose()
        self.show_count()

    def on_unmount(self) -> None:
        if self.show_count in self.live.room.listeners:
            self.live.room.listeners.remove(self.show_count)

    def show_count(self) -> None:
        """The number of phones joined, as it grows."""
        if self.is_attached:
            text = joined_text(self.live.room.joined, self.lang)
            self.query_one("#join-count", Static).update(plain(text, style="bold"))

    def action_begin(self) -> None:
        """Back to the walk (the session goes on; phones may still join)."""
        self.dismiss(None)
