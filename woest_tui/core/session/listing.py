"""The saved sessions in a folder, as the start screen lists them, newest first."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from woest_tui.core.errors import WoestError
from woest_tui.core.files.atomic import clean_stale_temps
from woest_tui.core.files.bank import content_hash, earlier_banks, load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Questionnaire, Result


@dataclass(frozen=True)
class SessionEntry:
    """A saved session as the start screen lists it."""

    path: Path
    team: str
    date: dt.date
    mode: str
    answered: int
    total: int | None
    """The number of questions, counted in the bank it was answered with; None: no bank."""
    finished: bool
    version: str
    """The bank version the session was answered with."""
    counted_with: str | None = None
    """The version of the bank `total` was counted with, when it is not `version`."""


def _bank_of(result: Result, banks: list[tuple[Questionnaire, str]]) -> Questionnaire | None:
    """The bank the result was answered with: same content, else same version, else same id."""
    ref = result.questionnaire
    same_id = [(bank, digest) for bank, digest in banks if bank.id == ref.id]
    for bank, digest in same_id:
        if digest == ref.hash:
            return bank
    for bank, _ in same_id:
        if bank.version == ref.version:
            return bank
    return same_id[0][0] if same_id else None


def _earlier() -> list[Questionnaire]:
    """The earlier bundled versions that load (a broken one is passed over, as elsewhere)."""
    found = []
    for path in earlier_banks():
        with contextlib.suppress(WoestError):
            found.append(load_questionnaire(path))
    return found


def list_sessions(folder: Path, banks: Iterable[Questionnaire]) -> list[SessionEntry]:
    """The sessions saved in `folder`, newest first; unreadable files are left out.

    Args:
        folder: the sessions folder.
        banks: the known banks, to count questions in the version each session used; the
            earlier versions of the bundled banks are looked at after them.

    Returns:
        The entries.
    """
    try:
        if not stat.S_ISDIR(os.stat(folder).st_mode):
            return []
        paths = sorted(folder.glob("*.toml"))
    except OSError:
        return []  # a folder the user cannot open holds no sessions to offer
    clean_stale_temps(folder)
    known = [(bank, content_hash(bank)) for bank in [*banks, *_earlier()]]  # once per bank
    entries = []
    mtimes: dict[Path, float] = {}
    for path in paths:
        try:
            result = load_result(path)
            modified = path.stat().st_mtime
        except (WoestError, OSError):
            continue  # unreadable, broken, or a symlink into a folder the user cannot enter
        bank = _bank_of(result, known)
        if bank is None:
            answered = sum(1 for a in result.answers.values() if a.is_answered)
            total = None
        else:
            questions = bank.questions()
            answered = sum(
                1 for q in questions if (a := result.answers.get(q.id)) and a.is_answered
            )
            total = len(questions)
        other = bank is not None and bank.version != result.questionnaire.version
        entries.append(
            SessionEntry(
                path,
                result.session.team,
                result.session.date,
                result.session.mode,
                answered,
                total,
                result.finished,
                result.questionnaire.version,
                bank.version if bank is not None and other else None,
            )
        )
        mtimes[path] = modified
    return sorted(entries, key=lambda e: (e.date, mtimes[e.path]), reverse=True)
