"""Write the session file in a thread of its own, so the screen never waits for the disk."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.session.autosave import SaveJob

#: Called (in the thread that wrote) with the job whose text is on disk.
OnSaved = Callable[[SaveJob], None]
#: Called (in the thread that wrote) with the job whose write failed, and why.
OnError = Callable[[SaveJob, WoestError], None]


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


class Saver(Protocol):
    """What the app saves through: `submit` is the session's autosave writer."""

    def submit(self, job: SaveJob) -> None:
        """Hand in a job; it is written now or soon, and reported either way."""

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every job handed in is written or has failed; False when it cannot."""


#: Makes the app's saver from its two reports (the tests pass one that writes at once).
SaverFactory = Callable[[OnSaved, OnError], Saver]


def write_one(job: SaveJob, on_saved: OnSaved, on_error: OnError) -> None:
    """Write one job now, in the calling thread; report how it went, never raise.

    Args:
        job: the text, its file and the session it belongs to.
        on_saved: told when the text is on disk.
        on_error: told when the write failed, with the failure in words.
    """
    try:
        job.run()
    except Exception as exc:  # every failure is a failed save, shown to the team
        _report(on_error, job, failure(job.path, exc))
    else:
        _report(on_saved, job)


def _report(callback: Callable[..., None], *args: object) -> None:
    # the app may be closing: whatever a report meets, the saver must live on
    with contextlib.suppress(Exception):
        callback(*args)


class BackgroundSaver:
    """Writes the newest job of each save in order, one at a time, off the UI thread.

    A job that comes while another is written replaces any job still waiting: the file
    only ever needs the newest state, and every write is atomic (see `storage.write_atomic`).
    `flush` waits until everything handed in is on disk; the app calls it before it quits.
    Any exception in a save is a failed save, reported through `on_error`: the thread goes
    on and the next save tries again.
    """

    def __init__(self, on_saved: OnSaved, on_error: OnError) -> None:
        """Create the saver; its thread starts with the first save.

        Args:
            on_saved: called (in the saver's thread) with each job written.
            on_error: called (in the saver's thread) when a write failed.
        """
        self.on_saved = on_saved
        self.on_error = on_error
        self._state = threading.Condition()
        self._waiting: SaveJob | None = None
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, job: SaveJob) -> None:
        """Hand in a job (its `run` checks the file and writes it); returns at once."""
        with self._state:
            self._waiting = job
            if self._thread is None or not self._thread.is_alive():
                # a thread that ended after all (it never should) is replaced, not waited for
                self._busy = False
                self._thread = threading.Thread(target=self._run, name="woest-saver", daemon=True)
                self._thread.start()
            self._state.notify_all()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every job handed in is written (or has failed).

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

    def _run(self) -> None:
        try:
            while True:
                with self._state:
                    self._state.wait_for(lambda: self._waiting is not None)
                    job = self._waiting
                    assert job is not None
                    self._waiting = None
                    self._busy = True
                try:
                    write_one(job, self.on_saved, self.on_error)
                finally:
                    with self._state:
                        self._busy = False
                        self._state.notify_all()
        finally:
            # only an exception beyond `Exception` ends the loop: let `flush` see it at once
            with self._state:
                self._state.notify_all()
