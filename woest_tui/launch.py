"""What `woest run` opens with: prepared from the arguments, shared by the CLI and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from woest_tui.bank import DEFAULT_BANK, bundled_banks, find_bank, load_questionnaire
from woest_tui.documents import load_checked
from woest_tui.errors import Problem, WoestError
from woest_tui.model import Mode
from woest_tui.session import (
    Clock,
    SessionState,
    new_result,
    now_local,
    sessions_dir,
)
from woest_tui.storage import clean_stale_temps


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


def prepare_launch(
    *,
    questions: Path | None = None,
    team: str | None = None,
    out: Path | None = None,
    mode: Mode | None = None,
    role: str | None = None,
    force: bool = False,
    sessions: Path | None = None,
    clock: Clock = now_local,
) -> Launch:
    """Decide what `woest run` opens, and create or resume the session file if it can.

    With --team and --out (and --role in individual mode) the session opens at once: a
    new file, an unfinished session resumed at its first open question, or a finished
    result shown as its summary, unchanged.

    Args:
        questions: a bank file given with --questions.
        team: --team.
        out: --out.
        mode: --mode.
        role: --role.
        force: --force: replace a finished result of another team or bank.
        sessions: the sessions folder (default: the user's data folder).
        clock: the time source.

    Returns:
        The launch.

    Raises:
        WoestError: a file is broken, or --out holds a session that is not this one.
    """
    banks = ([questions] if questions is not None else []) + bundled_banks()
    bank_path = questions or find_bank(DEFAULT_BANK) or banks[0]
    bank = load_questionnaire(bank_path)  # a broken --questions stops here, with its message
    launch = Launch(banks, sessions or sessions_dir(), team=team, mode=mode, role=role, out=out)
    if out is not None:
        clean_stale_temps(out.parent if str(out.parent) else Path("."))
    if out is None or team is None or (mode == "individual" and role is None):
        return launch
    if out.exists():
        checked = load_checked(out, [bank_path])
        same = checked.result.session.team == team and checked.result.questionnaire.id == bank.id
        if same:
            state = SessionState(checked.bank, checked.result, out, clock)
            launch.state = state
            first_open = state.first_open_index()
            if state.answered == 0:
                launch.start = None
            else:
                launch.start = state.total - 1 if first_open is None else first_open
            return launch
        if not force:
            raise WoestError(
                out, [Problem("exists_other_session", "", {"team": checked.result.session.team})]
            )
    result = new_result(
        bank,
        team=team,
        date=clock().date(),
        mode=mode or "consensus",
        started=clock(),
        role=role if (mode or "consensus") == "individual" else None,
    )
    state = SessionState(bank, result, out, clock)
    state.save()
    launch.state = state
    return launch
