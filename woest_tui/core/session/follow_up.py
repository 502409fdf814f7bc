"""Last time's actions: find a team's earlier finished session and follow its priorities up."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import FollowUp, FollowUpItem, FollowUpStatus, Result


def team_key(team: str) -> str:
    """A team's name as compared: spaces and capitals do not make another team."""
    return " ".join(team.split()).casefold()


def _same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file; a link loop or a missing file is no match."""
    try:
        return one.resolve(strict=False) == other.resolve(strict=False)
    except (OSError, RuntimeError):  # a symlink loop: RuntimeError before Python 3.13
        return False


def find_previous(files: Iterable[Path], team: str, before: Path | None = None) -> Path | None:
    """The team's latest finished session with priorities among `files`.

    Unreadable files are passed over: a broken old file must not stop a new meeting.

    Args:
        files: result files (the sessions folder's).
        team: the new session's team.
        before: the new session's own file, never its own previous one.

    Returns:
        The file, or None when the team has none.
    """
    found: list[tuple[object, Path]] = []
    for path in files:
        if before is not None and _same_file(path, before):
            continue
        try:
            result = load_result(path)
        except WoestError:
            continue
        session = result.session
        if not result.finished or not result.priorities or session.mode == "individual":
            continue
        if team_key(session.team) == team_key(team):
            found.append(((session.date, session.finished), path))
    found.sort(key=lambda pair: pair[0])  # type: ignore[arg-type, return-value]
    return found[-1][1] if found else None


def follow_up_of(previous: Result, path: Path) -> FollowUp | None:
    """The follow-up of an earlier session: its priorities, none looked at yet.

    Args:
        previous: the earlier result.
        path: its file (only its name is kept).

    Returns:
        The follow-up; None when that session chose no priorities.
    """
    if not previous.priorities:
        return None
    items = tuple(
        FollowUpItem(ref=p.ref, action=p.action, owner=p.owner, due=p.due)
        for p in previous.priorities
    )
    return FollowUp(date=previous.session.date, file=path.name[:200], items=items)


def previous_given(path: Path) -> Result:
    """The result given with --previous: it must be a finished session.

    Args:
        path: the file.

    Returns:
        The result.

    Raises:
        WoestError: the file is broken, not a result, or not finished.
    """
    result = load_result(path)
    if not result.finished:
        raise WoestError(path, [Problem("previous_unfinished", "session.finished")])
    return result


def with_status(
    follow_up: FollowUp, index: int, status: FollowUpStatus, note: str | None
) -> FollowUp:
    """The follow-up with one item's status and note set.

    Args:
        follow_up: the follow-up.
        index: the item.
        status: gedaan, deels, niet or gestopt.
        note: the team's note, or None.

    Returns:
        A new follow-up.
    """
    items = list(follow_up.items)
    items[index] = items[index].model_copy(update={"status": status, "note": note or None})
    return follow_up.model_copy(update={"items": tuple(items)})


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
