"""Who is present, from `--present wijkagent=6,teamchef=1`."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from woest_tui.core.errors import Problem, WoestError, problems_from
from woest_tui.core.model import Session

#: The option a place of a new session comes from, to name it in a message.
_OPTIONS = {"session.team": "--team", "session.role": "--role", "session.roles": "--present"}


def as_option(problem: Problem) -> Problem:
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
        raise WoestError(None, [as_option(p) for p in _session_problems(exc)]) from None
    return checked


def _session_problems(exc: ValidationError) -> list[Problem]:
    return [Problem(p.key, "session." + p.place, p.params) for p in problems_from(exc)]
