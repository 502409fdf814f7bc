"""Roles named in a session against the questionnaire's own `roles`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.model import Questionnaire, Result


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

    A role in an answer's `by_role` must be in `session.roles` (see `check_merged`), so
    it is named there.

    Args:
        result: a result of `bank`.
        bank: the bank it is checked against.

    Returns:
        One problem per unknown role, at its place.
    """
    session = result.session
    named = [(role, f"session.roles.{role}") for role in session.roles]
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
    named = [(role, "--role")] if role is not None else []
    named += [(each, "--present") for each in present]
    problems = _unknown(bank, named, f"{bank.id} ({path})")
    if problems:
        raise WoestError(None, problems[:1])
