"""Every private part of Textual that woest relies on, in one place.

Textual is pinned exactly in pyproject.toml because of what is here; tests/tui/test_internals.py
checks each of these on the installed Textual and fails, naming it, when an upgrade changes one.
Nothing else in woest may reach into Textual's private names: use these helpers instead.

What woest uses, and why:
- a node's key map (`_bindings.key_to_bindings`): bindings whose text follows the language, and
  fields that run their editing keys in the order they were typed;
- a message pump's queue (`_message_queue`, its `ready_event._waiters`): keys typed in one burst
  land in order before a priority binding runs (support/order.py);
- the footer's key widget (`textual.widgets._footer.FooterKey`) and its `_bindings_ready` flag:
  a footer that is rebuilt only when its keys change (widgets/footer.py);
- the key, paste and typing hooks that fields override (listed in `OVERRIDDEN`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.widgets import Footer, Input, TextArea
from textual.widgets._footer import FooterKey

__all__ = [
    "OVERRIDDEN",
    "FooterKey",
    "bindings_by_key",
    "footer_bindings_ready",
    "mark_footer_bindings_ready",
    "queue_is_empty",
    "queue_waiters",
]

#: Private hooks woest's widgets override: (Textual class, method name). Each must exist.
OVERRIDDEN: tuple[tuple[type[Any], str], ...] = (
    (Input, "_on_key"),  # widgets/fields.py: editing keys in typed order, digits only
    (TextArea, "_on_key"),  # widgets/textfield.py, widgets/wrapping.py
    (TextArea, "_on_paste"),  # widgets/wrapping.py: a paste made visible and cut to fit
    (TextArea, "_replace_via_keyboard"),  # widgets/textfield.py: typed text made visible
)


def bindings_by_key(node: DOMNode) -> dict[str, list[Binding]]:
    """The node's own key map, which may be changed per instance.

    Args:
        node: a screen or a widget.

    Returns:
        Textual's map from a key to its bindings on this node (changes go into the node).
    """
    table: dict[str, list[Binding]] = node._bindings.key_to_bindings
    return table


def queue_is_empty(pump: MessagePump) -> bool:
    """Whether the pump's queue holds no message.

    Args:
        pump: a widget, a screen or the app.

    Returns:
        True when nothing waits in the queue.
    """
    queue: Any = pump._message_queue
    return not queue.qsize()


def queue_waiters(pump: MessagePump) -> Iterable[Any]:
    """The futures of a task that waits for the pump's next message.

    Textual's queue wakes its reader with an asyncio.Event, whose waiters are futures;
    asyncio's own queue keeps them in `_getters`.

    Args:
        pump: a widget, a screen or the app.

    Returns:
        The futures (none when nothing waits, or when asyncio no longer shows them).
    """
    queue: Any = pump._message_queue
    event = getattr(queue, "ready_event", None)
    futures: Iterable[Any] = (
        getattr(event, "_waiters", None) or getattr(queue, "_getters", None) or ()
    )
    return futures


def footer_bindings_ready(footer: Footer) -> bool:
    """Whether Textual's footer has been told the bindings are ready to show.

    Args:
        footer: the footer.

    Returns:
        Its private flag.
    """
    return bool(footer._bindings_ready)


def mark_footer_bindings_ready(footer: Footer) -> None:
    """Tell Textual's footer the bindings are ready, as its own handler does before a rebuild.

    Args:
        footer: the footer.
    """
    footer._bindings_ready = True
