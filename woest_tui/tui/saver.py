"""Write the session file in a thread of its own, so the screen never waits for the disk."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from woest_tui import storage
from woest_tui.errors import WoestError


class BackgroundSaver:
    """Writes the newest text of each save in order, one at a time, off the UI thread.

    A save that comes while another is written replaces any save still waiting: the file
    only ever needs the newest state, and every write is atomic (see `storage.write_atomic`).
    `flush` waits until everything handed in is on disk; the app calls it before it quits.
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
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="woest-saver", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every text handed in is written (or has failed).

        Args:
            timeout: seconds to wait at most; None waits as long as it takes.

        Returns:
            True when nothing is left to write.
        """
        with self._state:
            return self._state.wait_for(lambda: self._waiting is None and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._state:
                self._state.wait_for(lambda: self._waiting is not None)
                assert self._waiting is not None
                path, text = self._waiting
                self._waiting = None
                self._busy = True
            try:
                (self.write or storage.write_atomic)(path, text)
            except WoestError as error:
                self.on_error(path, text, error)
            else:
                self.on_saved(path, text)
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()
