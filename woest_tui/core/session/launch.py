"""What `woest run` opens with: prepared from the arguments, shared by the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from woest_tui.core.check.roles import check_given_roles
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.atomic import clean_stale_temps, writable_target
from woest_tui.core.files.bank import DEFAULT_BANK, bundled_banks, find_bank, load_questionnaire
from woest_tui.core.model import Mode, Result
from woest_tui.core.session.follow_up import previous_given, with_previous
from woest_tui.core.session.new import new_result
from woest_tui.core.session.paths import sessions_dir
from woest_tui.core.session.plan import begin_meeting, unknown_themes
from woest_tui.core.session.present import as_option, parse_present
from woest_tui.core.session.resume import Asked, open_or_resume
from woest_tui.core.session.state import Clock, SessionState, now_local


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

    def new() -> Result:
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
            raise WoestError(None, [as_option(p) for p in error.problems]) from None
        result = begin_meeting(result, bank, clock(), themes, minutes)
        if wanted != "individual":
            result = with_previous(result, earlier, previous, launch.sessions, out)
        if live:
            result = result.model_copy(
                update={"session": result.session.model_copy(update={"live": True})}
            )
        return result

    opened = open_or_resume(
        out,
        Asked(bank, team, wanted, role, live),
        new,
        banks=[bank_path],
        clock=clock,
        replace=force,
        themes=themes,
        minutes=minutes,
        roles=roles,
    )
    launch.state, launch.start, launch.resumed = opened.state, opened.start, opened.resumed
    return launch
