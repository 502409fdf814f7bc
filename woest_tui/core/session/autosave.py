"""Autosave: which state of a session is on disk, kept under one lock whatever thread writes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from woest_tui.core.model import Result


@dataclass(frozen=True)
class SaveJob:
    """One text to write to one file, numbered in the order the session handed it over."""

    path: Path
    """The file to write."""
    text: str
    """Its whole content."""
    number: int
    """The hand-over's number: only the newest one's write makes the session saved."""
    result: Result | None
    """The result the text holds: the file's content once it is written."""
    autosave: Autosave
    """The session's autosave, which writes the job and learns that it is written."""

    def run(self) -> None:
        """Write the text now, in the calling thread, and record it as written.

        Raises:
            WoestError: the write failed or was refused (`file.FileChanged`); the session
                stays unsaved.
            OSError: a path check failed (a writer reports any exception as a failed save).
        """
        self.autosave.write(self.path, self.text)
        self.autosave.written_job(self)


class Writer(Protocol):
    """Takes a job and runs it (`SaveJob.run`), now or later, in any thread.

    The TUI passes its background saver's `submit`; a test may pass a list's `append` and
    run the jobs when it likes. Without a writer the session runs each job at once.
    """

    def __call__(self, job: SaveJob, /) -> None:
        """Hand over one job."""


class Autosave:
    """The hand-over of a session's texts and what is on disk, under one lock.

    Every change in memory and every hand-over takes the next number; a write makes the
    session saved only when it wrote the newest hand-over and nothing changed since. The
    number is read and set under the lock, in the UI's thread and the writer's alike, so a
    change confirmed while a write is reported can never be taken for saved.
    """

    def __init__(self, write: Callable[[Path, str], None], base: Result | None = None) -> None:
        """Start with nothing unsaved.

        Args:
            write: writes one text to one file (the session's `FileGuard.write`).
            base: the result as the file holds it (see `on_disk`).
        """
        self.write = write
        #: Hands each job to whoever writes it; None runs it here and now (CLI, tests).
        self.writer: Writer | None = None
        self._lock = threading.Lock()
        self._number = 0
        self._saved = 0
        self._written: Path | None = None
        self._on_disk = base

    @property
    def unsaved(self) -> bool:
        """Whether something changed or was handed over that is not on disk yet."""
        with self._lock:
            return self._saved != self._number

    @property
    def written(self) -> Path | None:
        """The file last written with success: it holds the answers as they were then."""
        with self._lock:
            return self._written

    @property
    def on_disk(self) -> Result | None:
        """The result as the file holds it, as far as this woest knows: last read or written.

        What differs from it is what a reload must not lose.
        """
        with self._lock:
            return self._on_disk

    def read_from_disk(self, result: Result) -> None:
        """The file was read again (a reload): it holds `result` now."""
        with self._lock:
            self._on_disk = result

    def changed(self) -> None:
        """Something changed in memory: unsaved until a write of it is reported."""
        with self._lock:
            self._number += 1

    def nothing_to_write(self) -> None:
        """A session without a file: what is in memory is all there is to keep."""
        with self._lock:
            self._saved = self._number

    def hand_over(self, path: Path, text: str, result: Result | None) -> None:
        """Give the newest text to the writer (or write it now, without one).

        Args:
            path: the file.
            text: its content.
            result: the result the text holds.

        Raises:
            WoestError: written here (no writer), and the write failed.
            OSError: written here, and a path check failed.
        """
        with self._lock:
            self._number += 1
            job = SaveJob(path, text, self._number, result, self)
        if self.writer is None:
            job.run()
        else:
            self.writer(job)

    def written_job(self, job: SaveJob) -> None:
        """A job's text is on disk; the session is saved when it was the newest hand-over."""
        with self._lock:
            self._written = job.path
            if job.number == self._number:
                self._saved = job.number
                self._on_disk = job.result
