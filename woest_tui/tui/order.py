"""Keys in the order they were typed: a screen's binding first lets earlier keys land."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual.dom import DOMNode
from textual.screen import Screen

#: Rounds at most: a key handled in one round may post a message that needs a second.
ROUNDS = 4
#: Seconds to wait for one widget at most; a stuck widget must not freeze the keyboard.
WAIT = 0.5


async def caught_up(screen: Screen[Any]) -> None:
    """Wait until the focused widget has handled every key queued before this moment.

    Textual runs a priority binding (Enter, Esc, w, n, o) as soon as the app reads its
    key, while a key read just before it (a digit, typed letters) still waits in the
    focused widget's queue: a digit and Enter in one read from the terminal would confirm
    the question before the digit was seen. This waits for the focused widget and every
    widget between it and the screen to work through its queue, including the messages
    the keys set off (a choice list's Changed), before the binding does its work.

    Args:
        screen: the screen whose focused widget typed keys go to.
    """
    current = asyncio.current_task()
    for round_ in range(ROUNDS):
        chain: list[DOMNode] = []
        node: DOMNode | None = screen.focused
        while node is not None:
            chain.append(node)
            node = None if node is screen else node.parent
        if screen not in chain:
            chain.append(screen)
        for pump in chain:
            # a widget cannot wait for itself: skip the one whose handler runs this; the
            # focused widget may be in the middle of a key, the others only matter with
            # messages queued (a key that bubbles up, a Changed on its way to the screen)
            busy = pump.message_queue_size or (round_ == 0 and pump is chain[0])
            if not busy or not pump.is_running or pump.task is current:
                continue
            done = asyncio.Event()
            if pump.call_later(done.set):
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(WAIT):
                        await done.wait()
        if not any(pump.message_queue_size for pump in chain):
            return
