"""What is at a path, asked so that an unreadable folder or a too long name is a message."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError

#: The errors that mean "nothing by this name" (a missing file, or a file used as a folder).
#: Python 3.11's `Path.exists()` and `is_dir()` raise every other one (EACCES for a folder
#: the user cannot enter, ENAMETOOLONG, EIO or ESTALE on a USB stick or a network share),
#: so woest asks through these functions, which turn them into a message naming the path.
ABSENT = frozenset({errno.ENOENT, errno.ENOTDIR})


def reason(exc: OSError) -> str:
    """The system's words for an OSError ("Permission denied"), or its class name."""
    return exc.strerror or type(exc).__name__


def path_error(path: Path | str | None, exc: OSError, key: str = "file_unreadable") -> WoestError:
    """One WoestError naming `path` and why the system refused it.

    Args:
        path: the file asked about.
        exc: what the system said.
        key: the message, with a `{reason}` placeholder (reading or writing).

    Returns:
        The error.
    """
    return WoestError(path, [Problem(key, "", {"reason": reason(exc)})])


def lstat_or_none(path: Path) -> os.stat_result | None:
    """The path's own status (a symlink is not followed), or None when nothing is there.

    Args:
        path: the path.

    Returns:
        The status, or None.

    Raises:
        OSError: any other error than "no such file" (see `ABSENT`).
    """
    try:
        return os.lstat(path)
    except OSError as exc:
        if exc.errno in ABSENT:
            return None
        raise


def exists(path: Path, key: str = "file_unreadable") -> bool:
    """Whether `path` names something, following symlinks (as `Path.exists()`).

    A symlink loop counts as existing: the name is taken, and reading or writing it says
    why it cannot be used.

    Args:
        path: the path.
        key: the message when the system refuses to say (reading or writing).

    Returns:
        True when there is a file, folder or other thing by that name.

    Raises:
        WoestError: the system refused to say (EACCES, ENAMETOOLONG, EIO, ESTALE, ...).
    """
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno in ABSENT:
            return False
        if exc.errno == errno.ELOOP:
            return True
        raise path_error(path, exc, key) from None
    return True


def taken(path: Path) -> bool:
    """Whether the name `path` is in use at all: a file, a folder, or any symlink, even dangling.

    Args:
        path: the path.

    Returns:
        True when the name is in use; False when it is free, or when the system refuses to
        say (the write to it then says why; passing it over could go on forever).
    """
    try:
        return lstat_or_none(path) is not None
    except OSError:
        return False


def current_user() -> int | None:
    """The effective user id, or None where the system has none (Windows)."""
    geteuid = getattr(os, "geteuid", None)
    return None if geteuid is None else int(geteuid())


def typed_path(text: str) -> Path:
    """A path typed by a person, `~` expanded; a `~name` of no known user stays as typed.

    `Path.expanduser()` raises for an unknown `~name`; the file is then simply not found,
    which the caller says as it says any missing file.

    Args:
        text: what was typed.

    Returns:
        The path.
    """
    path = Path(text)
    try:
        return path.expanduser()
    except RuntimeError:
        return path
