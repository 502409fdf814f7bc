"""One session file, one woest: an OS lock beside it, and a check that nobody else wrote it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.fileinfo import current_user
from woest_tui.core.model import Result

#: The lock beside a session file `x.toml` is the hidden `.x.toml.woest-lock`: it does not
#: end in `.toml`, so the start screen's list, `*.toml` and a merge of a folder never see it.
LOCK_SUFFIX = ".woest-lock"


def lock_path(path: Path) -> Path:
    """The lock file of a session file: a hidden sibling."""
    return path.parent / f".{path.name}{LOCK_SUFFIX}"


def _write_holder(fd: int) -> None:
    """Write who holds the lock into the lock file (filelock calls this once it holds it).

    Only a lock file of the user's own with no other name is written: in a shared folder
    anyone can put a hard link to some other file under the lock's name (filelock does not
    follow a symlink, but a hard link is the file itself), and truncating it would destroy
    that file. The lock holds all the same; only who holds it is then not told.
    """
    info = os.fstat(fd)
    user = current_user()
    if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1:
        return
    if user is not None and info.st_uid != user:
        return
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, f"{os.getpid()} {socket.gethostname()}\n".encode("utf-8", "replace"))


def read_holder(path: Path) -> tuple[str, str]:
    """Who holds the lock of a session file, as its lock file says: (process id, host).

    Args:
        path: the session file.

    Returns:
        The process id and the host name, "?" where the lock file does not tell.
    """
    try:
        words = lock_path(path).read_text("utf-8", "replace").split(maxsplit=1)
    except OSError:
        words = []
    pid = words[0] if words and words[0].isdigit() else "?"
    host = words[1].strip()[:100] if len(words) > 1 else "?"
    return pid, host or "?"


class SessionLock:
    """An OS file lock on a session file, so that only one woest writes it.

    The operating system drops the lock when the process ends, also after a crash or a
    kill -9: a lock is never stale. Where a folder cannot hold a lock (read-only, a file
    system without locks) woest runs without one; saving there says what is wrong.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock: object | None = None

    def acquire(self) -> None:
        """Take the lock, or refuse when another woest holds it.

        Raises:
            WoestError: another woest has this session open; its process and host named.
        """
        from filelock import FileLock, Timeout  # only a session that writes needs it

        if not os.path.isdir(self.path.parent):
            # filelock would create the missing folders; woest never does (the first save
            # says the folder is missing)
            return
        lock = FileLock(
            lock_path(self.path), mode=0o600, thread_local=False, on_acquired=_write_holder
        )
        try:
            lock.acquire(blocking=False)
        except Timeout:
            pid, host = read_holder(self.path)
            problem = Problem("session_in_use", "", {"pid": pid, "host": host})
            raise WoestError(self.path, [problem]) from None
        except OSError:
            return  # no lock possible here; the first save says why when it matters
        self._lock = lock

    @property
    def held(self) -> bool:
        """Whether this woest holds the lock."""
        return self._lock is not None

    def release(self) -> None:
        """Give the lock back and remove the lock file (the OS does the same at exit)."""
        lock, self._lock = self._lock, None
        if lock is None:
            return
        with contextlib.suppress(OSError):
            lock_path(self.path).unlink()
        with contextlib.suppress(OSError):
            lock.release()  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Fingerprint:
    """What a file was when woest last read or wrote it."""

    size: int
    mtime_ns: int
    digest: str
    """sha256 of its bytes."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(path: Path, data: bytes | None = None) -> Fingerprint | None:
    """The file's size, modification time and hash now; None when it cannot be read.

    Args:
        path: the file.
        data: its bytes, when the caller has them (just written).

    Returns:
        The fingerprint.
    """
    try:
        info = os.stat(path)
        if data is None:
            data = path.read_bytes()
    except OSError:
        return None
    return Fingerprint(info.st_size, info.st_mtime_ns, _digest(data))


def unchanged(path: Path, known: Fingerprint) -> bool:
    """Whether `path` still holds what `known` describes.

    Another size: changed. The same size and modification time: unchanged. Otherwise the
    bytes decide, so that a `touch` or a `git checkout` of the same content is no change.
    """
    try:
        info = os.stat(path)
    except OSError:
        return False
    if info.st_size != known.size:
        return False  # no need to read it: another size is other content
    if info.st_mtime_ns == known.mtime_ns:
        return True
    now = fingerprint(path)
    return now is not None and now.digest == known.digest


class FileChanged(WoestError):
    """The session file is not what this woest last wrote: somebody else wrote it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, [Problem("file_changed")])


class FileGuard:
    """Checks before every write that the file is still what this woest last read or wrote.

    Once a change is found, nothing more is written to that file until the team chose:
    reload (see `SessionState.reload`), save elsewhere, or overwrite (`allow`).
    """

    def __init__(self) -> None:
        self._known: dict[Path, Fingerprint] = {}
        self._stopped: set[Path] = set()
        # the saver writes in its own thread; the screen reloads or allows in the app's
        self._mutex = threading.Lock()

    def remember(self, path: Path) -> None:
        """Take the file as it is now as the one this woest knows (after reading it)."""
        with self._mutex:
            now = fingerprint(path)
            if now is not None:
                self._known[path] = now
            self._stopped.discard(path)

    def allow(self, path: Path) -> None:
        """Let the next write replace the file whatever it holds (the team chose to)."""
        with self._mutex:
            self._known.pop(path, None)
            self._stopped.discard(path)

    def stopped(self, path: Path) -> bool:
        """Whether saving to `path` stopped because the file changed."""
        return path in self._stopped

    def write(self, path: Path, text: str) -> None:
        """Write `text` atomically, unless the file changed since this woest last saw it.

        Args:
            path: the session file (or another file, which is written without a check).
            text: the content.

        Raises:
            FileChanged: the file changed; nothing was written.
            WoestError: the write failed.
        """
        with self._mutex:
            known = self._known.get(path)
            if path in self._stopped or (known is not None and not unchanged(path, known)):
                self._stopped.add(path)
                raise FileChanged(path)
            data = text.encode("utf-8")
            storage.write_atomic(path, text)
            now = fingerprint(path, data)
            if now is not None:
                self._known[path] = now


def reapply(base: Result, mine: Result, theirs: Result) -> Result:
    """Put this woest's unsaved changes onto the file as somebody else left it.

    What changed between `base` (the file as this woest last wrote or read it) and `mine`
    (its answers now) wins: answers by question, the priorities as a whole, the finish and
    the day to measure again, the meetings and the follow-up as a whole.
    Everything else comes from `theirs`.

    Args:
        base: the result this woest last wrote or read.
        mine: the result in memory now.
        theirs: the result in the file now.

    Returns:
        The result to save.
    """
    answers = dict(theirs.answers)
    for qid in {*base.answers, *mine.answers}:
        if base.answers.get(qid) == mine.answers.get(qid):
            continue
        if qid in mine.answers:
            answers[qid] = mine.answers[qid]
        else:
            answers.pop(qid, None)
    update: dict[str, object] = {"answers": answers}
    if mine.priorities != base.priorities:
        update["priorities"] = mine.priorities
    session: dict[str, object] = {}
    for name in ("finished", "remeasure"):
        if getattr(mine.session, name) != getattr(base.session, name):
            session[name] = getattr(mine.session, name)
    if session:
        update["session"] = theirs.session.model_copy(update=session)
    # the plan of today's meeting and the follow-up of last time's actions, likewise
    for name in ("meetings", "follow_up"):
        if getattr(mine, name) != getattr(base, name):
            update[name] = getattr(mine, name)
    return theirs.model_copy(update=update)
