"""Write a file whole or not at all (temporary sibling, fsync, rename), and only where allowed."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.fileinfo import current_user, lstat_or_none, path_error

#: Temporary files of an atomic write start with this; a crash can leave one behind.
TEMP_PREFIX = ".woest-tmp-"

#: A temporary file older than this is a crash's leftover, not a write under way.
STALE_SECONDS = 60.0


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old or the new file.

    The text goes to a temporary file in the same folder (mode 0600), is flushed and
    fsynced, then renamed over `path`; the folder is fsynced too. The user's own symlink
    is written through (the file it points to is replaced and the link stays); someone
    else's and a dangling one are refused (see `writable_target`). Only a regular file is
    ever replaced, whatever --force says: never a device, a pipe, a socket or a folder.

    Args:
        path: the target.
        text: the content.

    Raises:
        WoestError: the target is not a regular file, a symlink that is refused, the
            folder is missing or read-only, the disk is full, and so on; no partial file
            is left.
    """
    target = writable_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # POSIX; on Windows the file is the user's own
                os.fchmod(handle.fileno(), 0o600)
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise WoestError(
            path, [Problem("write_failed", "", {"reason": exc.strerror or str(exc)})]
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def writable_target(path: Path) -> Path:
    """The file a write to `path` replaces: `path` itself, or where the user's own symlink points.

    A symlink as the last part of `path` is followed only when it is the user's own and
    points to something that exists in a folder the user owns. Someone else's symlink (in a
    shared folder such as /tmp, anyone can plant one under the name you are about to write)
    and a dangling symlink (it would create a file where it points) are refused. Who owns
    the link is the system's answer (lstat), and the write itself renames over the name,
    which never follows a symlink.

    Args:
        path: the file to write.

    Returns:
        The real file to replace (it need not exist yet).

    Raises:
        WoestError: someone else's symlink, a dangling one, one into another's folder, a
            symlink loop, a folder, something that is not a regular file (a device, a pipe,
            a socket), or a path the system will not look at (EACCES, ENAMETOOLONG, ...).
    """
    try:
        info = lstat_or_none(path)
    except OSError as exc:
        raise path_error(path, exc, "write_failed") from None
    if info is None:
        return path
    target = path
    if stat.S_ISLNK(info.st_mode):
        target = _followed(path, info)
        try:
            info = os.stat(target)
        except OSError as exc:
            raise path_error(path, exc, "write_failed") from None
    if stat.S_ISDIR(info.st_mode):
        raise WoestError(path, [Problem("file_is_dir")])
    if not stat.S_ISREG(info.st_mode):
        raise WoestError(path, [Problem("write_not_regular")])
    return target


def _followed(path: Path, link: os.stat_result) -> Path:
    """Where a symlink of the user's own points, into a folder of the user's own; else refused."""
    user = current_user()
    if user is not None and link.st_uid != user:
        raise WoestError(path, [Problem("write_symlink_foreign")])
    try:
        target = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise WoestError(path, [Problem("write_symlink_dangling")]) from None
    except RuntimeError:
        raise WoestError(path, [Problem("write_symlink_loop")]) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WoestError(path, [Problem("write_symlink_loop")]) from None
        raise path_error(path, exc, "write_failed") from None
    if user is not None:
        try:
            owner = os.stat(target.parent).st_uid
        except OSError as exc:
            raise path_error(path, exc, "write_failed") from None
        if owner != user:
            raise WoestError(path, [Problem("write_symlink_folder", "", {"folder": target.parent})])
    return target


def refuse_output_among(output: Path, inputs: Sequence[Path], key: str = "output_is_input") -> None:
    """Refuse to write over one of the files the output is made from.

    The output is compared after following symlinks, and as the same file on disk (a
    hard link), so no way of naming an input gets past it; --force does not change this.

    Args:
        output: the file to write.
        inputs: the files read to make it.
        key: the message that names the input.

    Raises:
        WoestError: the output is one of the inputs, or cannot be looked at.
    """
    target = writable_target(output).resolve()
    for path in inputs:
        same = path.resolve() == target
        if not same:
            # a file that cannot be looked at is not the output (reading it says why)
            with contextlib.suppress(OSError):
                same = os.path.samefile(path, target)
        if same:
            raise WoestError(output, [Problem(key, "", {"first": path})])


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def clean_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files that a crashed write left in `folder`.

    Args:
        folder: where results are written.
        now: the current time (for tests).

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    moment = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for item in folder.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                if moment - item.stat().st_mtime > STALE_SECONDS:
                    item.unlink()
                    removed.append(item)
    return removed
