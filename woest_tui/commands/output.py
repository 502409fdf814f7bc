"""What the exporting commands share: where output may go and how plain text is written."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from woest_tui.errors import Problem, WoestError
from woest_tui.storage import writable_target


def check_target(path: Path, force: bool) -> None:
    """Refuse an output that exists while --force was not given, or that is no file at all.

    A folder, a device, a pipe, a socket or a symlink loop is refused even with --force;
    a symlink to a file is written through (see `storage.writable_target`).

    Args:
        path: the file to write.
        force: whether an existing file may be replaced.

    Raises:
        WoestError: the refusal, naming the file.
    """
    writable_target(path)
    if path.exists() and not force:
        raise WoestError(path, [Problem("exists_no_force")])


def plain_wanted(is_terminal: bool) -> bool:
    """No colour and no escape codes: not a terminal, NO_COLOR set, or a dumb terminal."""
    return not is_terminal or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


def write_stdout(text: str) -> None:
    """Write to stdout; a terminal that cannot show a character gets a replacement, not a crash."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(encoding, errors="replace").decode(encoding))
    sys.stdout.flush()
