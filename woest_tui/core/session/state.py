"""A session in progress: the answers so far, saved at every change; plain Python, no UI."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from woest_tui.core.check.result import check_writable
from woest_tui.core.errors import Problem, WoestError, problems_from
from woest_tui.core.files.atomic import clean_stale_temps, write_atomic
from woest_tui.core.files.bank import content_hash, earlier_banks, load_questionnaire
from woest_tui.core.files.fileinfo import lstat_or_none, taken
from woest_tui.core.files.storage import MAX_BYTES, dump_result, load_result, read_toml
from woest_tui.core.model import (
    MAX_PRIORITIES,
    Answer,
    FollowUp,
    Meeting,
    Mode,
    Priority,
    Question,
    Questionnaire,
    Result,
    Session,
)
from woest_tui.core.session.file import FileGuard, SessionLock, reapply

Clock = Callable[[], dt.datetime]


def now_local() -> dt.datetime:
    """The current time with the local time zone, to the second."""
    return dt.datetime.now().astimezone().replace(microsecond=0)


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


def new_result(
    bank: Questionnaire,
    *,
    team: str,
    date: dt.date,
    mode: Mode,
    started: dt.datetime,
    role: str | None = None,
    roles: dict[str, int] | None = None,
    facilitator: str | None = None,
) -> Result:
    """An empty result for a new session.

    Args:
        bank: the questionnaire.
        team: the team's name.
        date: the meeting's date.
        mode: consensus, votes or individual.
        started: when it starts.
        role: the respondent's role (individual mode).
        roles: the roles present with counts.
        facilitator: who leads the meeting.

    Returns:
        The result, validated.
    """
    try:
        return Result.model_validate(
            {
                "schema": 1,
                "questionnaire": {
                    "id": bank.id,
                    "version": bank.version,
                    "hash": content_hash(bank),
                },
                "session": {
                    "team": team,
                    "date": date,
                    "mode": mode,
                    "role": role,
                    "roles": roles or {},
                    "facilitator": facilitator or None,
                    "started": started,
                },
            }
        )
    except ValidationError as exc:
        raise WoestError(None, problems_from(exc)) from None


class SessionState:
    """The working state of one session; every change is written to its file at once.

    The result stays a frozen model; a change makes a new one, validated where it
    counts, so the file on disk is always a valid result.
    """

    def __init__(
        self, bank: Questionnaire, result: Result, path: Path | None, clock: Clock = now_local
    ) -> None:
        self.bank = bank
        self.result = result
        self.path = path
        self.clock = clock
        #: The bank's content hash: a result is written only when it names exactly this bank.
        self.digest = content_hash(bank)
        self.questions: list[Question] = bank.questions()
        self._order = {question.id: index for index, question in enumerate(self.questions)}
        #: Answers checked against the bank before a write, kept so each is checked once.
        self._fits: dict[str, Answer] = {}
        self.unsaved = False
        #: Writes a text to a path; None writes here and now (the CLI, the tests).
        self.writer: Callable[[Path, str], None] | None = None
        self.last_text = ""
        #: The file last written with success: it holds the answers as they were then.
        self.written: Path | None = None
        self._answered: tuple[Result, int] | None = None
        #: Checks before each write that nobody else changed the file (see `sessionfile`).
        self.guard = FileGuard()
        #: The OS lock that keeps a second woest off this file, once `claim` took it.
        self.lock: SessionLock | None = None
        #: The result as the file holds it, as far as this woest knows: what it last read or
        #: wrote. What differs from it is what a reload must not lose.
        self.base = result
        self._last_result = result

    # --- reading ---------------------------------------------------------------------

    def answer(self, question_id: str) -> Answer | None:
        """The answer to a question, or None while it is open."""
        return self.result.answers.get(question_id)

    def is_answered(self, question_id: str) -> bool:
        """Whether the question has an answer or "weet niet"."""
        answer = self.answer(question_id)
        return answer is not None and answer.is_answered

    @property
    def answered(self) -> int:
        """How many questions are answered (or marked "weet niet")."""
        # counted once per result: the screen asks after every answer, more than once
        result = self.result
        if self._answered is None or self._answered[0] is not result:
            count = sum(1 for q in self.questions if self.is_answered(q.id))
            self._answered = (result, count)
        return self._answered[1]

    @property
    def total(self) -> int:
        """How many questions the bank has."""
        return len(self.questions)

    def open_questions(self) -> list[Question]:
        """The questions without an answer, in order."""
        return [q for q in self.questions if not self.is_answered(q.id)]

    def first_open_index(self) -> int | None:
        """The index of the first open question, or None when all are answered."""
        return next((i for i, q in enumerate(self.questions) if not self.is_answered(q.id)), None)

    def required_open(self) -> list[Question]:
        """Required questions that are still open: finishing waits for them."""
        return [q for q in self.open_questions() if q.required]

    @property
    def finished(self) -> bool:
        """Whether the session was finished."""
        return self.result.finished

    # --- changing --------------------------------------------------------------------

    def set_answer(self, question_id: str, answer: Answer | None) -> None:
        """Store (or clear, with None) the answer to a question, then save.

        Args:
            question_id: the question.
            answer: the new answer, or None to make the question open again.

        Raises:
            WoestError: saving failed; the answer is kept in memory all the same.
        """
        answers = dict(self.result.answers)
        if answer is None or (not answer.is_answered and not answer.note and not answer.notes):
            answer = None
        if answer == answers.get(question_id):
            return  # confirmed unchanged: the file stays as it is, byte for byte
        if answer is None:
            del answers[question_id]
        elif question_id in answers:
            answers[question_id] = answer
        else:
            # in the questionnaire's order, not the order of answering: two results of one
            # questionnaire then diff line by line
            answers[question_id] = answer
            order = self._order
            answers = dict(sorted(answers.items(), key=lambda item: order.get(item[0], -1)))
        self._replace(answers=answers)

    def set_present(self, roles: dict[str, int]) -> None:
        """Record who is present now (role id -> count), then save.

        Raises:
            WoestError: a role id or count is not valid (nothing changes), or saving failed.
        """
        try:
            session = Session.model_validate({**self.result.session.model_dump(), "roles": roles})
        except ValidationError as exc:
            raise WoestError(self.path, problems_from(exc)) from None
        self._replace(session=session)

    def set_priorities(self, priorities: Sequence[Priority]) -> None:
        """Store the team's chosen development points, in order, then save.

        Raises:
            Refused: more than MAX_PRIORITIES, or a file too large; nothing changed.
            WoestError: saving failed; the priorities are kept in memory all the same.
        """
        if len(priorities) > MAX_PRIORITIES:
            params: dict[str, object] = {"found": len(priorities), "limit": MAX_PRIORITIES}
            raise Refused(self.path, [Problem("priorities_too_many", "", params)])
        self._replace(priorities=tuple(priorities))

    def set_follow_up(self, follow_up: FollowUp | None) -> None:
        """Store what became of the earlier session's priorities, then save."""
        self._replace(follow_up=follow_up)

    def set_meetings(self, meetings: Sequence[Meeting]) -> None:
        """Store the session's meetings (see `plan.plan_meeting`), then save."""
        self._replace(meetings=tuple(meetings))

    def finish(self, remeasure: dt.date | None = None) -> None:
        """Mark the session finished (now), with the day to measure again, then save.

        A clock set back during the meeting cannot make it end before it started (a result
        whose `finished` lies before `started` would no longer load).

        Args:
            remeasure: the day the team answers again ("nameten"); None keeps the one set.
        """
        finished = max(self.clock(), self.result.session.started)
        update: dict[str, object] = {"finished": finished}
        if remeasure is not None:
            update["remeasure"] = remeasure
        session = self.result.session.model_copy(update=update)
        self._replace(session=session)

    def reopen(self) -> None:
        """Make a finished session editable again, then save."""
        session = self.result.session.model_copy(update={"finished": None})
        self._replace(session=session)

    def _replace(self, **update: object) -> None:
        result = self.result.model_copy(update=update)
        text = dump_result(result)
        size = len(text.encode("utf-8"))
        if size > MAX_BYTES:
            # a file woest writes must be one it reads back: refuse the change, not the file
            raise TooLarge(self.path, size)
        self.result = result
        self.unsaved = True
        self.save(text=text)

    def save(self, path: Path | None = None, *, text: str | None = None) -> None:
        """Write the result to its file (or to `path`, which then becomes its file).

        With a `writer` (the TUI's background saver) the text is handed over and `unsaved`
        stays True until `saved` is called for it; without one it is written here.

        Args:
            path: another file to save to, e.g. after a failed write.
            text: the result's text, when the caller made it already.

        Raises:
            WoestError: the write failed (without a writer), the file changed since this
                woest saw it (`sessionfile.FileChanged`), or another woest has `path`
                open; `unsaved` stays True.
        """
        target = path or self.path
        if target is None:
            self.unsaved = False
            return
        problems = check_writable(self.result, self.bank, self.digest, self._fits)
        if problems:  # a result that would not validate is never written
            raise WoestError(target, problems)
        if target != self.path and self.lock is not None:
            self._move_lock(target)
        self.path = target
        self.last_text = dump_result(self.result) if text is None else text
        self._last_result = self.result
        if self.writer is not None:
            self.writer(target, self.last_text)
            return
        self.write_file(target, self.last_text)
        self.saved(target, self.last_text)

    def write_file(self, path: Path, text: str) -> None:
        """Write a text to the file, checked first (the writer's thread calls this too)."""
        self.guard.write(path, text)

    def text_for(self, path: Path) -> str:
        """The file's text, only when it would pass `woest validate` (the guard of every write).

        Args:
            path: the file it is for, for the message.

        Returns:
            The text.

        Raises:
            WoestError: the result names another version of the bank, or does not fit it.
        """
        problems = check_writable(self.result, self.bank, self.digest, self._fits)
        if problems:
            raise WoestError(path, problems)
        return dump_result(self.result)

    def save_copy(self, path: Path) -> None:
        """Write a copy to `path`; the session keeps its own file.

        Args:
            path: the copy.

        Raises:
            WoestError: the result would not validate, or the write failed.
        """
        write_atomic(path, self.text_for(path))

    def saved(self, path: Path, text: str) -> None:
        """A writer reports that `text` is on disk at `path`."""
        self.written = path
        if path == self.path and text == self.last_text:
            self.unsaved = False
            self.base = self._last_result

    # --- one woest per file ----------------------------------------------------------

    def claim(self) -> None:
        """Take the session file's lock and remember the file as it is now.

        Raises:
            WoestError: another woest has this file open (its process and host named).
        """
        if self.path is None or self.lock is not None:
            return
        lock = SessionLock(self.path)
        lock.acquire()
        self.lock = lock
        self.guard.remember(self.path)

    def _move_lock(self, target: Path) -> None:
        lock = SessionLock(target)
        lock.acquire()  # the new file may be another woest's session: refused, not shared
        if self.lock is not None:
            self.lock.release()
        self.lock = lock

    def release(self) -> None:
        """Give the lock back (at quit; the OS does so anyway when the process ends)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def reload(self) -> None:
        """Read the file as somebody else left it and put this woest's changes on top.

        Only what this woest changed since it last wrote (see `base`) is put back; the
        result is saved at once.

        Raises:
            WoestError: the file cannot be read or does not fit the bank any more.
        """
        from woest_tui.core.files.documents import fits
        from woest_tui.core.files.storage import result_from

        assert self.path is not None
        data, source = read_toml(self.path)
        theirs = result_from(data, self.path, source)
        fits(theirs, self.bank, self.path, source)
        self.guard.remember(self.path)
        self.result = reapply(self.base, self.result, theirs)
        self.base = theirs
        self.unsaved = True
        self.save()

    def overwrite(self) -> None:
        """Write this woest's answers over whatever the file holds now (the team chose so)."""
        if self.path is not None:
            self.guard.allow(self.path)
        self.unsaved = True
        self.save()


class Refused(WoestError):
    """A change refused before anything changed: in memory and on disk all stays as it was."""


class TooLarge(Refused):
    """A change would make the session file larger than woest reads back."""

    def __init__(self, path: Path | None, size: int) -> None:
        from woest_tui.core.files.tomlfile import megabytes

        params: dict[str, object] = {"size": megabytes(size), "limit": megabytes(MAX_BYTES)}
        super().__init__(path, [Problem("result_too_large", "", params)])


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
