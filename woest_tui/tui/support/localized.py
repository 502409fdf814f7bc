"""Bindings whose footer text follows the app's language."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.dom import DOMNode

from woest_tui.i18n import Lang, message
from woest_tui.tui.support.internals import bindings_by_key


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
