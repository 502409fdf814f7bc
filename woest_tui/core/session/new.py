"""A new session's result, empty and validated."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from woest_tui.core.errors import WoestError, problems_from
from woest_tui.core.files.bank import content_hash
from woest_tui.core.model import Mode, Questionnaire, Result


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
