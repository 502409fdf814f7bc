"""Write the session file in a thread of its own, so the screen never waits for the disk."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import storage


def failure(path: Path, exc: BaseException) -> WoestError:
    """Any exception of a save as the failed save it is, with its reason in words.

    Args:
        path: the file that was being written.
        exc: what went wrong: a WoestError already, an OSError from a path check (EACCES,
            ENAMETOOLONG; EIO or ESTALE on a USB stick or a network share), or anything else.

    Returns:
        The error to show.
    """
    if isinstance(exc, WoestError):
        return exc
    reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
    return WoestError(path, [Problem("write_failed", "", {"reason": reason or type(exc).__name__})])


class BackgroundSaver:
    """Writes the newest text of each save in order, one at a time, off the UI thread.

    A save that comes while another is written replaces any save still waiting: the file
    only ever needs the newest state, and every write is atomic (see `storage.write_atomic`).
    `flush` waits until everything handed in is on disk; the app calls it before it quits.
    Any exception in a save is a failed save, reported through `on_error`: the thread goes
    on and the next save tries again.
    """

    def __init__(
        self,
        on_saved: Callable[[Path, str], None],
        on_error: Callable[[Path, str, WoestError], None],
        write: Callable[[Path, str], None] | None = None,
    ) -> None:
        """Create the saver; its thread starts with the first save.

        Args:
            on_saved: called (in the saver's thread) with the path and text written.
            on_error: called (in the saver's thread) when a write failed.
            write: writes one text (in the saver's thread); by default
                `storage.write_atomic`. The app's checks first that nobody else changed
                the session file (see `sessionfile.FileGuard`).
        """
        self.on_saved = on_saved
        self.on_error = on_error
        self.write = write
        self._state = threading.Condition()
        self._waiting: tuple[Path, str] | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, path: Path, text: str) -> None:
        """Hand in a text to write to `path`; returns at once."""
        with self._state:
            self._waiting = (path, text)
            if self._thread is None or not self._thread.is_alive():
                # a thread that ended after all (it never should) is replaced, not waited for
                self._busy = False
                self._thread = threading.Thread(target=self._run, name="woest-saver", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every text handed in is written (or has failed).

        Args:
            timeout: seconds to wait at most; None waits as long as it takes.

        Returns:
            True when nothing is left to write; False at once when the thread is gone.
        """
        with self._state:
            return self._state.wait_for(self._idle_or_gone, timeout) and self._idle()

    def _idle(self) -> bool:
        return self._waiting is None and not self._busy

    def _idle_or_gone(self) -> bool:
        return self._idle() or self._thread is None or not self._thread.is_alive()

    def write_one(self, path: Path, text: str) -> None:
        """Write one text now, in the calling thread; report how it went, never raise.

        Args:
            path: the file.
            text: its content.
        """
        try:
            (self.write or storage.write_atomic)(path, text)
        except Exception as exc:  # every failure is a failed save, shown to the team
            self._report(self.on_error, path, text, failure(path, exc))
        else:
            self._report(self.on_saved, path, text)

    @staticmethod
    def _report(callback: Callable[..., None], *args: object) -> None:
        # the app may be closing: whatever a report meets, the saver must live on
        with contextlib.suppress(Exception):
            callback(*args)

    def _run(self) -> None:
        try:
            while True:
                with self._state:
                    self._state.wait_for(lambda: self._waiting is not None)
                    assert self._waiting is not None
                    path, text = self._waiting
                    self._waiting = None
                    self._busy = True
                try:
                    self.write_one(path, text)
                finally:
                    with self._state:
                        self._busy = False
                        self._state.notify_all()
        finally:
            # only an exception beyond `Exception` ends the loop: let `flush` see it at once
            with self._state:
                self._state.notify_all()
