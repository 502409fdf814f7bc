"""Textual's terminal input, made lenient: a byte that is no UTF-8 is passed over.

Textual's Linux driver decodes the keyboard with `codecs.getincrementaldecoder("utf-8")()`,
which raises on one byte that is no UTF-8 (é from a Latin-1 terminal, xterm's 8-bit Meta);
the input thread then dies and takes the app down, note and all. This is the one place that
reaches into Textual for it; `tests/tui/test_terminal.py` fails loudly when Textual changes.
"""

from __future__ import annotations

import codecs
import functools
from collections.abc import Callable
from typing import Any

#: The name in Textual's `linux_driver` module that its input thread makes its decoder with.
PATCHED = "getincrementaldecoder"
#: What the driver's decoder does with bytes that are no UTF-8: drop them. A replacement
#: character would be typed into the field that has the focus.
ERRORS = "ignore"


def lenient_decoder(encoding: str) -> Callable[..., Any]:
    """`codecs.getincrementaldecoder`, with decoders that pass undecodable bytes over.

    Args:
        encoding: the encoding asked for ("utf-8").

    Returns:
        A factory of incremental decoders for it, with errors="ignore".
    """
    return functools.partial(codecs.getincrementaldecoder(encoding), errors=ERRORS)


def lenient_input() -> bool:
    """Make Textual's Linux driver pass bytes that are no UTF-8 over; safe to call twice.

    Returns:
        False where there is no Linux driver (Windows): it decodes its input itself.
    """
    try:
        from textual.drivers import linux_driver
    except ImportError:  # no termios
        return False
    setattr(linux_driver, PATCHED, lenient_decoder)
    return True


#: The signals that end the app as ctrl+q does: `kill` (SIGTERM), a closed terminal or ssh
#: session (SIGHUP), and an interrupt sent from outside (SIGINT; ctrl+c in the app is a key).
QUIT_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")


def catch_signals(handler: Callable[[int], None]) -> Callable[[], None]:
    """Call `handler(number)` in the running event loop when a quit signal arrives.

    Args:
        handler: called with the signal's number, in the loop's own thread.

    Returns:
        A function that gives the signals back to their defaults.
    """
    import asyncio
    import signal

    loop = asyncio.get_running_loop()
    caught: list[int] = []
    for name in QUIT_SIGNALS:
        number = getattr(signal, name, None)
        if number is None:  # Windows has no SIGHUP
            continue
        try:
            loop.add_signal_handler(number, handler, int(number))
        except (NotImplementedError, RuntimeError, ValueError):
            continue  # no signal handlers here (Windows, a thread that is not the main one)
        caught.append(int(number))

    def release() -> None:
        for number in caught:
            loop.remove_signal_handler(number)

    return release
