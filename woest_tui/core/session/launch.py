"""What `woest run` opens with: prepared from the arguments, shared by the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from woest_tui.core.check.roles import check_given_roles
from woest_tui.core.errors import Problem, WoestError, problems_from
from woest_tui.core.files.atomic import clean_stale_temps, writable_target
from woest_tui.core.files.bank import DEFAULT_BANK, bundled_banks, find_bank, load_questionnaire
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.fileinfo import exists
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Mode, Questionnaire, Result, Session
from woest_tui.core.session.follow_up import find_previous, follow_up_of, previous_given
from woest_tui.core.session.plan import begin_meeting, open_count, planned_themes, unknown_themes
from woest_tui.core.session.state import (
    Clock,
    SessionState,
    new_result,
    now_local,
    sessions_dir,
)


@dataclass
class Launch:
    """What the app opens with: a session ready to walk, or the start screen."""

    banks: list[Path] = field(default_factory=list)
    """The bank files to offer on the start screen (--questions first, then the bundled)."""
    sessions: Path | None = None
    """The folder where sessions without --out are kept."""
    state: SessionState | None = None
    """A session to open at once (--team and --out given)."""
    start: int | None = None
    """The question to open in that session; None opens the first theme's introduction."""
    team: str | None = None
    """A team name to fill in on the start screen."""
    mode: Mode | None = None
    """A mode to preselect on the start screen."""
    role: str | None = None
    """A role to preselect on the start screen."""
    out: Path | None = None
    """The file a session started from the start screen is saved to."""
    today: dt.date | None = None
    """The default date on the start screen (tests fix it)."""
    live: bool = False
    """--mode live: the team answers on its phones (preselected on the start screen)."""
    live_bind: str | None = None
    """--live-bind HOST:PORT for the live server; None: this machine's LAN address."""
    auto_reveal: bool = False
    """--auto-reveal: a live question's tally shows once every phone has answered."""
    resumed: bool = False
    """Whether `state` is a session that was saved before (the app says so on opening)."""
    themes: tuple[str, ...] | None = None
    """--themes: the themes for this meeting, preselected on the start screen."""
    minutes: int | None = None
    """--minutes: the time available for this meeting."""
    previous: Path | None = None
    """--previous: the earlier finished result whose priorities are followed up."""
    clock: Clock = now_local
    """The time source of the session and the top bar's clock (tests fix it)."""


def same_session(
    result: Result,
    bank: Questionnaire,
    team: str,
    mode: Mode,
    role: str | None,
    *,
    live: bool = False,
) -> bool:
    """Whether a saved result is the session asked for: team, bank, way of working and role.

    Args:
        result: the result in the file.
        bank: the bank the new session would use.
        team: the team's name.
        mode: the way of working.
        role: the respondent's role (individual mode only; ignored otherwise).
        live: whether a live session is asked for (a votes session on phones).

    Returns:
        True when resuming it is what was asked for.
    """
    session = result.session
    wanted_role = role if mode == "individual" else None
    return (
        session.team == team
        and result.questionnaire.id == bank.id
        and session.mode == mode
        and session.role == wanted_role
        and session.live == live
    )


def other_session(path: Path, result: Result, bank: Questionnaire, team: str) -> WoestError:
    """The refusal to replace the session in `path`, saying how it differs from the one asked.

    Args:
        path: the file.
        result: the session in it.
        bank: the bank the new session would use.
        team: the team asked for.

    Returns:
        The error, with one problem.
    """
    session = result.session
    if result.questionnaire.id != bank.id or session.team != team:
        return WoestError(path, [Problem("exists_other_session", "", {"team": session.team})])
    params: dict[str, object] = {"team": session.team, "mode": session.mode, "role": session.role}
    key = "exists_other_kind" if session.mode != "individual" else "exists_other_role"
    return WoestError(path, [Problem(key, "", params)])


#: The option a place of a new session comes from, to name it in a message.
_OPTIONS = {"session.team": "--team", "session.role": "--role", "session.roles": "--present"}


def _as_option(problem: Problem) -> Problem:
    """A problem of a value given on the command line, named by its option (`--role`)."""
    for place, option in _OPTIONS.items():
        if problem.place == place or problem.place.startswith(place + "."):
            return Problem(problem.key, option + problem.place[len(place) :], problem.params)
    return problem


def parse_present(text: str) -> dict[str, int]:
    """Who is present, from `--present wijkagent=6,teamchef=1`.

    Args:
        text: role=count pairs separated by commas.

    Returns:
        Role id -> count, in the order given (a count of 0 is left out).

    Raises:
        WoestError: a pair that is not `role=count`, a role id that is not valid, a count
            that is not a whole number from 0 to 10,000, or a role given twice.
    """
    roles: dict[str, int] = {}
    for part in text.split(","):
        role, sep, count = (s.strip() for s in part.partition("="))
        if not sep or not count.isdigit() or not role:
            raise WoestError(None, [Problem("present_format", "--present", {"value": part})])
        if role in roles:
            raise WoestError(None, [Problem("present_twice", "--present", {"role": role})])
        roles[role] = int(count)
    checked = {role: count for role, count in roles.items() if count}
    try:
        Session.model_validate(
            {
                "team": "t",
                "date": dt.date(2000, 1, 1),
                "mode": "votes",
                "started": dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
                "roles": checked,
            }
        )
    except ValidationError as exc:
        raise WoestError(None, [_as_option(p) for p in _session_problems(exc)]) from None
    return checked


def _session_problems(exc: ValidationError) -> list[Problem]:
    return [Problem(p.key, "session." + p.place, p.params) for p in problems_from(exc)]


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


def with_previous(
    result: Result,
    earlier: Result | None,
    given: Path | None,
    sessions: Path | None,
    out: Path | None,
) -> Result:
    """A new session with the follow-up of the team's earlier finished session, if any.

    Args:
        result: the new session.
        earlier: the result given with --previous (checked), or None.
        given: its file.
        sessions: the sessions folder, searched when nothing was given.
        out: the new session's own file (never its own previous one).

    Returns:
        The result, with `follow_up` when there is something to follow up.
    """
    path = given
    if earlier is None and sessions is not None and sessions.is_dir():
        path = find_previous(sorted(sessions.glob("*.toml")), result.session.team, out)
        if path is not None:
            try:
                earlier = load_result(path)
            except WoestError:
                return result
    if earlier is None or path is None:
        return result
    return result.model_copy(update={"follow_up": follow_up_of(earlier, path)})


def prepare_launch(
    *,
    questions: Path | None = None,
    team: str | None = None,
    out: Path | None = None,
    mode: Mode | None = None,
    role: str | None = None,
    present: str | None = None,
    force: bool = False,
    sessions: Path | None = None,
    clock: Clock = now_local,
    live: bool = False,
    live_bind: str | None = None,
    auto_reveal: bool = False,
    themes: Sequence[str] | None = None,
    minutes: int | None = None,
    previous: Path | None = None,
) -> Launch:
    """Decide what `woest run` opens, and create or resume the session file if it can.

    With --team and --out (and --role in individual mode) the session opens at once: a
    new file, an unfinished session resumed at its first open question, or a finished
    result shown as its summary, unchanged. A file is resumed only when it holds this
    session: the same team, questionnaire, way of working and role. --role without
    --mode means individual mode; --role with another mode is refused.

    Args:
        questions: a bank file given with --questions.
        team: --team.
        out: --out.
        mode: --mode (consensus when neither it nor --role is given).
        role: --role.
        present: --present, who is present: `wijkagent=6,teamchef=1`; recorded in a new
            session, and in a resumed one it replaces what was recorded.
        force: --force: replace a file that holds another session.
        sessions: the sessions folder (default: the user's data folder).
        clock: the time source.
        live: --mode live: a votes session answered on phones.
        live_bind: --live-bind.
        auto_reveal: --auto-reveal.
        themes: --themes: the themes for this meeting (ids of the bank's themes).
        minutes: --minutes: the time available.
        previous: --previous: an earlier finished result to follow up.

    Returns:
        The launch.

    Raises:
        WoestError: a file is broken, --out holds a session that is not this one, another
            woest has --out open, or --role comes with a mode other than individual.
    """
    if live:
        if role is not None:
            raise WoestError(None, [Problem("role_needs_individual", "", {"mode": "live"})])
        mode = "votes"
    elif live_bind is not None or auto_reveal:
        raise WoestError(None, [Problem("live_bind_not_live", "")])
    if live_bind is not None:
        from woest_tui.core.session.live_address import parse_bind

        parse_bind(live_bind)  # a wrong value stops here, before the screen opens
    if role is not None:
        if mode is None:
            mode = "individual"
        elif mode != "individual":
            raise WoestError(None, [Problem("role_needs_individual", "", {"mode": mode})])
    roles = None if present is None else parse_present(present)
    banks = ([questions] if questions is not None else []) + bundled_banks()
    bank_path = questions or find_bank(DEFAULT_BANK) or banks[0]
    bank = load_questionnaire(bank_path)  # a broken --questions stops here, with its message
    check_given_roles(bank, bank_path, role, roles or {})
    if themes is not None:
        unknown = unknown_themes(bank, themes)
        if unknown:
            known = ", ".join(t.id for t in bank.themes)
            params: dict[str, object] = {"id": unknown[0], "known": known}
            raise WoestError(None, [Problem("themes_unknown", "", params)])
    earlier = previous_given(previous) if previous is not None else None
    launch = Launch(banks, sessions or sessions_dir(), team=team, mode=mode, role=role, out=out)
    launch.live, launch.live_bind, launch.auto_reveal = live, live_bind, auto_reveal
    launch.themes = tuple(themes) if themes is not None else None
    launch.minutes, launch.previous, launch.clock = minutes, previous, clock
    if out is not None:
        clean_stale_temps(out.parent if str(out.parent) else Path("."))
    if out is None or team is None or (mode == "individual" and role is None):
        return launch
    wanted: Mode = mode or "consensus"
    writable_target(out)  # a symlink that is refused, a loop, a device: said before anything
    if exists(out):
        checked = load_checked(out, [bank_path])
        if same_session(checked.result, bank, team, wanted, role, live=live):
            state = SessionState(checked.bank, checked.result, out, clock)
            refuse_other_version(state)
            state.claim()  # a second woest on this file is refused here, before any screen
            if roles is not None and roles != state.result.session.roles:
                state.set_present(roles)
            planned = begin_meeting(state.result, state.bank, clock(), themes, minutes)
            if planned is not state.result:
                state.set_meetings(planned.meetings)
            launch.state = state
            launch.start = resume_at(state)
            launch.resumed = True
            return launch
        if not force:
            raise other_session(out, checked.result, bank, team)
    try:
        result = new_result(
            bank,
            team=team,
            date=clock().date(),
            mode=wanted,
            started=clock(),
            role=role if wanted == "individual" else None,
            roles=roles,
        )
    except WoestError as error:
        raise WoestError(None, [_as_option(p) for p in error.problems]) from None
    result = begin_meeting(result, bank, clock(), themes, minutes)
    if wanted != "individual":
        result = with_previous(result, earlier, previous, launch.sessions, out)
    if live:
        result = result.model_copy(
            update={"session": result.session.model_copy(update={"live": True})}
        )
    state = SessionState(bank, result, out, clock)
    state.claim()
    state.save()
    launch.state = state
    return launch
