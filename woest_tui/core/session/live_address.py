"""Where the live server listens: --live-bind, or this machine's address on its network."""

from __future__ import annotations

import socket

from woest_tui.core.errors import Problem, WoestError

#: A documentation address (TEST-NET-1): connecting a UDP socket to it sends nothing, but
#: makes the system pick the interface of its default route.
_PROBE = ("192.0.2.1", 9)


def lan_address() -> str:
    """The address this machine uses on its default route, else 127.0.0.1.

    Returns:
        An IPv4 address as text.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(_PROBE)  # UDP: no packet leaves, the route is only looked up
            address = str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


def parse_bind(text: str | None) -> tuple[str, int]:
    """HOST:PORT from --live-bind; the default is the LAN address and a free port (0).

    Args:
        text: the option's value, or None.

    Returns:
        The host and the port.

    Raises:
        WoestError: the value is not HOST:PORT with a port from 0 to 65535.
    """
    if text is None:
        return lan_address(), 0
    host, sep, port = text.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 <= int(port) <= 65_535:
        raise WoestError(None, [Problem("live_bind_bad", "", {"found": text})])
    return host, int(port)
