"""Where sessions live: the sessions folder, made private, and a new file's name in it."""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

from woest_tui.core.files.fileinfo import lstat_or_none, taken


def sessions_dir() -> Path:
    """Where sessions without --out live: $WOEST_DATA_DIR, else the user's data folder.

    Returns:
        The folder (not created here).
    """
    override = os.environ.get("WOEST_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("woest", appauthor=False) / "sessions"


def private_folder(folder: Path) -> None:
    """Make sure `folder` exists; the folders woest creates for it only their owner can open.

    Folders woest creates (the folder and any missing parents) are made 0700, whatever the
    umask. An existing folder keeps its mode: `WOEST_DATA_DIR` may name a team's shared
    folder (2775) or one like /tmp (1777), and narrowing it would lock the others out. The
    files in it are 0600 all the same.

    Args:
        folder: the sessions folder.

    Raises:
        OSError: a folder could not be created, or the system would not say whether it
            exists (EACCES, ENAMETOOLONG, ...).
    """
    missing = []
    here = folder
    while lstat_or_none(here) is None and here.parent != here:
        missing.append(here)
        here = here.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made by someone else meanwhile: theirs, with its own mode
        path.chmod(0o700)  # mkdir's mode passes through the umask; this does not


def slug(text: str) -> str:
    """A file-name-safe form of a team name: `Basisteam Amersfoort` -> `basisteam-amersfoort`."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60] or "team"


def session_path(folder: Path, team: str, date: dt.date) -> Path:
    """A new file in `folder` named after team and date, never one that exists already.

    Args:
        folder: the sessions folder.
        team: the team's name.
        date: the meeting's date.

    Returns:
        The path, e.g. `basisteam-almere-2026-11-28.toml` or `...-2.toml`.
    """
    stem = f"{slug(team)}-{date.isoformat()}"
    path = folder / f"{stem}.toml"
    number = 2
    while taken(path):  # any name in use, even a dangling symlink, is passed over
        path = folder / f"{stem}-{number}.toml"
        number += 1
    return path
