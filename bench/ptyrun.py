"""A program in a pseudo-terminal: keys in, screen text out, peak memory when it ends."""

from __future__ import annotations

import codecs
import fcntl
import os
import select
import signal
import struct
import termios
import time
from collections.abc import Sequence

from bench.common import COLUMNS, LINES, peak_rss_mb
from bench.screen import visible

#: Bytes a terminal sends for the keys the plans use.
KEYS = {"enter": b"\r", "ctrl+q": b"\x11"}


class PtyProcess:
    """A child with a pseudo-terminal of COLUMNS x LINES as its controlling terminal."""

    def __init__(self, argv: Sequence[str], env: dict[str, str]) -> None:
        master, slave = os.openpty()
        # the size is set before the child exists: it reads it once at start
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", LINES, COLUMNS, 0, 0))
        self.started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: become the terminal's session, then the program
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(argv[0], list(argv), env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid = pid
        self.fd = master
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.raw = ""
        self.closed = False
        self.max_rss_mb = 0.0
        self.code: int | None = None

    def _read(self, timeout: float) -> bool:
        """Read what the child wrote within `timeout`; False when nothing came."""
        if self.closed:
            return False
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return False
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError:  # EIO: the child closed the terminal
            data = b""
        if not data:
            self.closed = True
            return False
        self.raw += self.decoder.decode(data)
        return True

    def mark(self) -> None:
        """Forget the output so far: `expect` looks only at what comes after."""
        self.raw = ""

    def expect(self, markers: Sequence[str], timeout: float = 30.0) -> float:
        """Read until every marker is on screen (since the last `mark`).

        Args:
            markers: texts to wait for.
            timeout: seconds.

        Returns:
            The monotonic time at which the last of them was read.

        Raises:
            TimeoutError: they did not appear.
        """
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            if all(m in visible(self.raw) for m in markers):
                return now
            if now > deadline or self.closed:
                tail = visible(self.raw)[-1500:]
                raise TimeoutError(f"never shown: {list(markers)}; the screen showed:\n{tail}")
            self._read(deadline - now)

    def quiet(self, gap: float = 0.03, limit: float = 2.0) -> None:
        """Read until the child has written nothing for `gap` seconds (at most `limit`)."""
        end = time.monotonic() + limit
        while time.monotonic() < end and self._read(gap):
            pass

    def send(self, key: str) -> float:
        """Type a key; returns the monotonic time just before it was written."""
        data = KEYS.get(key, key.encode())
        moment = time.monotonic()
        os.write(self.fd, data)
        return moment

    def _note_peak(self) -> None:
        value = peak_rss_mb(self.pid)
        if value is not None:
            self.max_rss_mb = max(self.max_rss_mb, value)

    def finish(self, timeout: float = 10.0) -> None:
        """Keep the peak RSS (VmHWM), quit with ctrl+q (killed after `timeout`), reap."""
        self._note_peak()
        if not self.closed:
            self.send("ctrl+q")
        deadline = time.monotonic() + timeout
        while True:
            self._note_peak()
            pid, status, _ = os.wait4(self.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                os.kill(self.pid, signal.SIGKILL)
                deadline = float("inf")
            self._read(0.01)
        self.code = os.waitstatus_to_exitcode(status)
        os.close(self.fd)
