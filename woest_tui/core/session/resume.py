"""Open a session file: resume it when it holds this session, else refuse it or replace it.

One rule for `woest run --out` and for the start screen: a file is resumed only when it holds
the session asked for (team, questionnaire, way of working, role); a file woest cannot read
is never replaced; another session in it is replaced only when the team asked for that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.fileinfo import exists
from woest_tui.core.model import Mode, Questionnaire, Result
from woest_tui.core.session.plan import begin_meeting, open_count, planned_themes
from woest_tui.core.session.state import Clock, SessionState

#: The step opening failed at: reading the file, its bank's version, its lock, saving.
Step = Literal["read", "version", "in_use", "save"]


@dataclass(frozen=True)
class Asked:
    """The session asked for: it decides whether a file holds it."""

    bank: Questionnaire
    """The questionnaire the new session would use."""
    team: str
    """The team's name."""
    mode: Mode
    """The way of working."""
    role: str | None = None
    """The respondent's role (individual mode only; ignored otherwise)."""
    live: bool = False
    """Whether the team answers on its phones (a votes session)."""


@dataclass(frozen=True)
class Opened:
    """A session opened from its file, claimed and saved."""

    state: SessionState
    """The session."""
    start: int | None
    """The question to open; None opens the first planned theme's introduction."""
    resumed: bool
    """Whether the file held the session already (the app says so)."""


class OpenFailed(WoestError):
    """Opening failed at one step; the error's lines say why, `step` says where."""

    def __init__(self, step: Step, error: WoestError) -> None:
        super().__init__(error.path, error.problems)
        self.step: Step = step


class OtherSession(WoestError):
    """The file holds another session: it is replaced only when the team asks for that."""

    def __init__(self, path: Path, result: Result, answered: int, problem: Problem) -> None:
        super().__init__(path, [problem])
        self.result = result
        """The session in the file."""
        self.answered = answered
        """How many of its questions are answered."""


def same_session(result: Result, asked: Asked) -> bool:
    """Whether a saved result is the session asked for: team, bank, way of working and role.

    Args:
        result: the result in the file.
        asked: the session asked for.

    Returns:
        True when resuming it is what was asked for.
    """
    session = result.session
    wanted_role = asked.role if asked.mode == "individual" else None
    return (
        session.team == asked.team
        and result.questionnaire.id == asked.bank.id
        and session.mode == asked.mode
        and session.role == wanted_role
        and session.live == asked.live
    )


def other_session(result: Result, asked: Asked) -> Problem:
    """Why the session in a file is not the one asked for, to refuse replacing it.

    Args:
        result: the session in the file.
        asked: the session asked for.

    Returns:
        The problem: another team or questionnaire, another way of working, another role.
    """
    session = result.session
    if result.questionnaire.id != asked.bank.id or session.team != asked.team:
        return Problem("exists_other_session", "", {"team": session.team})
    params: dict[str, object] = {"team": session.team, "mode": session.mode, "role": session.role}
    key = "exists_other_kind" if session.mode != "individual" else "exists_other_role"
    return Problem(key, "", params)


def refuse_other_version(state: SessionState) -> None:
    """Refuse to resume an unfinished session with another version (or content) of its bank.

    Its answers fit the version they were given with; a question added or removed since
    would make the next save a file that does not validate. A finished session opens as
    its summary, which reads any version (see `bank.bank_for`).

    Args:
        state: the session found in the file, with the bank it was checked against.

    Raises:
        WoestError: the bank is not the exact one the session names.
    """
    if state.finished or state.result.questionnaire.hash == state.digest:
        return
    from woest_tui.core.check.result import check_writable

    raise WoestError(state.path, check_writable(state.result, state.bank, state.digest))


def resume_at(state: SessionState) -> int | None:
    """Where a resumed session opens.

    Args:
        state: the session.

    Returns:
        Its first open question in today's planned themes (the last one when all are
        answered), or None (the first planned theme's introduction) when none of the
        planned themes has an answer yet.
    """
    planned = planned_themes(state.result, state.bank)
    started = open_count(state.bank, state.result, planned) < sum(
        len(t.questions) for t in state.bank.themes if t.id in planned
    )
    if not started:
        return None
    first_open = next(
        (
            index
            for index, question in enumerate(state.questions)
            if not state.is_answered(question.id)
            and (theme := state.bank.theme_of(question.id)) is not None
            and theme.id in planned
        ),
        None,
    )
    return state.total - 1 if first_open is None else first_open


def resume(
    bank: Questionnaire,
    result: Result,
    path: Path,
    clock: Clock,
    *,
    plan: tuple[Sequence[str] | None, int | None] = (None, None),
    roles: dict[str, int] | None = None,
) -> Opened:
    """Resume a saved session: claim its file and begin today's meeting in it.

    Args:
        bank: the bank the result was checked against.
        result: the session in the file.
        path: the file.
        clock: the time source.
        plan: the themes for this meeting and the minutes available; no themes keeps
            what is planned, or plans the themes still open on a new day.
        roles: who is present now, replacing what was recorded; None keeps it.

    Returns:
        The session, at its first open question.

    Raises:
        OpenFailed: another version of its bank ("version"), another woest has the file
            open ("in_use"), or saving the meeting failed ("save").
    """
    state = SessionState(bank, result, path, clock)
    try:
        refuse_other_version(state)
    except WoestError as error:
        raise OpenFailed("version", error) from None
    claim(state)
    try:
        if roles is not None and roles != state.result.session.roles:
            state.set_present(roles)
        planned = begin_meeting(state.result, state.bank, clock(), *plan)
        if planned is not state.result:
            state.set_meetings(planned.meetings)
    except WoestError as error:
        raise OpenFailed("save", error) from None
    return Opened(state, resume_at(state), resumed=True)


def claim(state: SessionState) -> None:
    """Take the session file's lock.

    Raises:
        OpenFailed: another woest has the file open ("in_use").
    """
    try:
        state.claim()
    except WoestError as error:
        raise OpenFailed("in_use", error) from None


def create(state: SessionState) -> Opened:
    """Claim a new session's file and write the session to it.

    Args:
        state: the new session, not saved yet.

    Returns:
        The session, at the first theme's introduction.

    Raises:
        OpenFailed: another woest has the file open ("in_use"), or writing failed ("save").
    """
    claim(state)
    try:
        state.save()
    except WoestError as error:
        raise OpenFailed("save", error) from None
    return Opened(state, None, resumed=False)


def open_or_resume(
    path: Path,
    asked: Asked,
    new: Callable[[], Result],
    *,
    banks: Sequence[Path],
    clock: Clock,
    replace: bool = False,
    themes: Sequence[str] | None = None,
    minutes: int | None = None,
    roles: dict[str, int] | None = None,
) -> Opened:
    """Open `path` for the session asked for: resume it, refuse it, or replace it.

    A file that holds the session asked for is resumed (see `resume`), whatever `replace`
    says; one woest cannot read is never replaced; one with another session is replaced
    only with `replace`. A missing file gets the new session.

    Args:
        path: the session file.
        asked: the session asked for.
        new: makes the new session's result; called only when one is written.
        banks: the bank files the saved session may name (the chosen one first).
        clock: the time source.
        replace: replace a file that holds another session (`--force`, or the team's yes).
        themes: the themes for this meeting.
        minutes: the time available for this meeting.
        roles: who is present now, recorded in a resumed session; None keeps it.

    Returns:
        The session, claimed and saved.

    Raises:
        OpenFailed: the file cannot be read or is not a session ("read"), or see `resume`
            and `create`.
        OtherSession: the file holds another session and `replace` is False.
        WoestError: `new` refused the session asked for.
    """
    try:
        found = exists(path)
    except WoestError as error:
        raise OpenFailed("save", error) from None
    if found:
        try:
            checked = load_checked(path, banks)
        except WoestError as error:
            raise OpenFailed("read", error) from None
        result = checked.result
        if same_session(result, asked):
            plan = (themes, minutes)
            return resume(checked.bank, result, path, clock, plan=plan, roles=roles)
        if not replace:
            answered = SessionState(checked.bank, result, path, clock).answered
            raise OtherSession(path, result, answered, other_session(result, asked))
    return create(SessionState(asked.bank, new(), path, clock))
