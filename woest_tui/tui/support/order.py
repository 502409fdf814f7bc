"""Keys in the order they were typed: a screen's binding first lets earlier keys land."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual import events
from textual.dom import DOMNode
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widget import Widget

from woest_tui.tui.support.internals import bindings_by_key, queue_is_empty, queue_waiters

#: Rounds at most: a key handled in one round may post a message that needs a second.
ROUNDS = 4
#: Seconds to wait for one widget at most; a stuck widget must not freeze the keyboard.
WAIT = 0.5


def waiting(pump: MessagePump) -> bool:
    """Whether the pump has nothing in hand: its queue is empty and it waits for the next.

    A pump that took a message may be in the middle of its handler (suspended where the
    handler awaits something), with its queue empty: only a pump whose task waits in the
    queue's `get` has finished everything it was handed.

    Args:
        pump: a widget or a screen.

    Returns:
        True when it is idle; False when it is busy, or when asyncio no longer shows it.
    """
    if not queue_is_empty(pump):
        return False
    return any(not future.done() for future in queue_waiters(pump))


async def caught_up(screen: Screen[Any]) -> None:
    """Wait until the focused widget has handled every key queued before this moment.

    Textual runs a priority binding (Enter, Esc, w, n, o) as soon as the app reads its
    key, while a key read just before it (a digit, typed letters) still waits in the
    focused widget's queue: a digit and Enter in one read from the terminal would confirm
    the question before the digit was seen. This waits for the focused widget and every
    widget between it and the screen to work through its queue, including the messages
    the keys set off (a choice list's Changed), before the binding does its work. When
    none of them has anything in hand, as after a key typed on its own, it returns at once.

    Args:
        screen: the screen whose focused widget typed keys go to.
    """
    current = asyncio.current_task()
    for _ in range(ROUNDS):
        chain: list[DOMNode] = []
        node: DOMNode | None = screen.focused
        while node is not None:
            chain.append(node)
            node = None if node is screen else node.parent
        if screen not in chain:
            chain.append(screen)
        # a widget cannot wait for itself: skip the one whose handler runs this
        busy = [
            pump
            for pump in chain
            if pump.is_running and pump.task is not current and not waiting(pump)
        ]
        if not busy:
            return
        for pump in busy:
            done = asyncio.Event()
            if pump.call_later(done.set):
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(WAIT):
                        await done.wait()


async def run_editing_key(widget: Widget, event: events.Key) -> None:
    """Run a field's own binding of a key that types nothing, in the order the keys came.

    Textual types a character in the field's own queue but runs a bound key only after it
    went round through the app, so in keys read at once ("99", two backspaces, "12") a
    character could land before the backspace meant to come first. A key handled here is
    stopped: it must not bubble up and run a second time.

    Args:
        widget: the field the key came to.
        event: the key.
    """
    if event.is_printable:
        return
    for binding in bindings_by_key(widget).get(event.key, ()):
        if not binding.priority and await widget.app.run_action(binding.action, widget):
            event.stop()
            event.prevent_default()
            return
