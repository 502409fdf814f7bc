"""The app's one language, published to the screens and widgets that speak it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol, cast

from textual import events, on
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from woest_tui.i18n import Lang, message
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.support.internals import bindings_by_key


class Speaking(Protocol):
    """The app as its nodes see it: it holds the language, a Textual reactive (`WoestApp.lang`)."""

    lang: Lang


def language(node: DOMNode) -> Lang:
    """The language the app speaks now.

    Args:
        node: the app, or a screen or widget of it (mounted, or made inside the app).
    """
    app = node if isinstance(node, App) else node.app
    return cast(Speaking, app).lang


def ui_text(node: DOMNode, key: str, **params: object) -> str:
    """A UI string in the language the app speaks now.

    Args:
        node: the app, or a screen or widget of it.
        key: the message key.
        params: the placeholders' values.
    """
    return message(key, language(node), **params)


def follow_language(
    node: DOMNode, callback: Callable[[Lang], Awaitable[None]] | Callable[[Lang], None]
) -> None:
    """Call `callback` with the new language at every switch, for as long as `node` lives.

    The callback runs in `node`'s own message loop (awaited there when it is async), so a
    screen rebuilds itself in the order of its own messages, never halfway through one.

    Args:
        node: the screen or widget that follows.
        callback: what shows it in the new language.
    """
    node.watch(node.app, "lang", callback, init=False)


class Localized(DOMNode):
    """Mixed into a screen or widget that speaks the app's language and follows its switch.

    `lang` and `t()` read the language the app holds; once mounted, the node is told of
    every switch and shows itself again through `relabel`. No node keeps a copy.

    Name it after the Textual base, `class Summary(Screen[None], Localized)`: Textual takes
    a node's default CSS along the first base class only, and a screen must keep Screen's.
    """

    @property
    def lang(self) -> Lang:
        """The language the app speaks now."""
        return language(self)

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return ui_text(self, key, **params)

    @on(events.Mount)
    def _follow_language(self) -> None:
        follow_language(self, self._language_switched)

    async def _language_switched(self, lang: Lang) -> None:
        await self.relabel()

    async def relabel(self) -> None:
        """Show everything in the current language; by default the node is composed again.

        A screen with fields keeps what was typed (`recompose_keeping` does it); override
        this where a screen fills its texts itself.
        """
        if isinstance(self, Screen):
            await recompose_keeping(self)
        elif isinstance(self, Widget):
            await self.recompose()


@dataclass(frozen=True)
class Key:
    """A binding whose description is a message key."""

    keys: str
    action: str
    text: str
    show: bool = True
    priority: bool = False
    key_display: str | None = None


def apply_keys(node: DOMNode, keys: list[Key], lang: Lang) -> None:
    """Bind `keys` on `node` with descriptions in `lang`, replacing earlier ones.

    Args:
        node: a screen or widget.
        keys: its bindings.
        lang: "nl" or "en".
    """
    # Textual keeps a node's bindings in a map that may be changed per instance; the
    # class-level BINDINGS cannot follow a language switch.
    # A key listed twice gets both bindings, in order: Textual runs (and the footer shows)
    # the first whose action is enabled, so one key can say what it will do here.
    table = bindings_by_key(node)
    bound: dict[str, list[Binding]] = {}
    for key in keys:
        for name in key.keys.split(","):
            bound.setdefault(name.strip(), []).append(
                Binding(
                    name.strip(),
                    key.action,
                    message(key.text, lang),
                    show=key.show,
                    key_display=key.key_display,
                    priority=key.priority,
                )
            )
    table.update(bound)
    if node.is_attached:  # before mounting, the footer reads them when it first draws
        node.refresh_bindings()
