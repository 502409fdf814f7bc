"""Roles named in a session against the questionnaire's own `roles`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.model import ID_PATTERN, Questionnaire, Result

#: The group a live room counts functions of fewer than 3 people under, so nobody's vote is
#: told apart (`live.tally.OTHER`): a role of every live result, whatever its bank lists.
LIVE_OTHER = "overig"


def _unknown(
    bank: Questionnaire, roles: Iterable[tuple[str, str]], name: str | None = None
) -> list[Problem]:
    """One problem per (role, place) whose role the bank does not list."""
    if bank.roles is None:
        # a bank without roles offers woest's own list, and a file may name others (a
        # partner the team invited): they are shown as they are
        return []
    known = [role.id for role in bank.roles]
    params = {"bank": name or bank.id, "known": ", ".join(known)}
    return [
        Problem("role_unknown", place, {"role": role, **params})
        for role, place in roles
        if role not in known
    ]


def role_problems(result: Result, bank: Questionnaire) -> list[Problem]:
    """The roles of a result that its bank does not list: its respondent and who was present.

    A warning, never an error (`woest validate` says it, every command reads the file): a
    result written before its bank listed roles, or with a partner's own id from --present,
    must keep working, and a session in progress must keep saving. New input is refused
    instead (`check_given_roles`).

    A role in an answer's `by_role` must be in `session.roles` (see `check_merged`), so
    it is named there.

    Args:
        result: a result of `bank`.
        bank: the bank it is checked against.

    Returns:
        One problem per unknown role, at its place.
    """
    session = result.session
    named = [
        (role, f"session.roles.{role}")
        for role in session.roles
        if not (session.live and role == LIVE_OTHER)
    ]
    if session.role is not None:
        named.insert(0, (session.role, "session.role"))
    return _unknown(bank, named)


def check_given_roles(
    bank: Questionnaire, path: Path, role: str | None, present: Iterable[str]
) -> None:
    """Refuse a `--role` or a `--present` role that the questionnaire does not list.

    Args:
        bank: the questionnaire the session will use.
        path: its file, named in the message.
        role: --role, or None.
        present: the roles given with --present.

    Raises:
        WoestError: naming the option, the role and the roles the questionnaire has.
    """
    # an id that is no id at all gets its own message when the session is made
    named = [(role, "--role")] if role is not None and re.fullmatch(ID_PATTERN, role) else []
    named += [(each, "--present") for each in present if re.fullmatch(ID_PATTERN, each)]
    problems = _unknown(bank, named, f"{bank.id} ({path})")
    if problems:
        raise WoestError(None, problems[:1])
