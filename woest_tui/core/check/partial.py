"""Check the valid parts of a result that is not valid as a whole against its bank.

A result with one broken field said only that field; an answer that did not fit the bank
(an option it lacks, a tally that does not add up) showed up on the next run. Here the
parts that are valid on their own are put together and checked as a whole result would
be, so `woest validate` names every problem of the file in one run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from woest_tui.core.check.result import check_result
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.model import Answer, BankRef, Count, Day, Id, Meeting, Priority, Result, Session
from woest_tui.core.model.result_rules import result_rules

#: Stand-ins for a session that is not valid: no check of an answer reads them.
_DAY = dt.date(2000, 1, 1)
_MOMENT = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_ANSWER = TypeAdapter(Answer)
_SESSION = TypeAdapter(Session)
_REF = TypeAdapter(BankRef)
_DAY_ADAPTER: TypeAdapter[dt.date] = TypeAdapter(Day)
_ID: TypeAdapter[str] = TypeAdapter(Id)
_COUNT: TypeAdapter[int] = TypeAdapter(Count)
_PRIORITY = TypeAdapter(Priority)
_MEETING = TypeAdapter(Meeting)


def _valid(adapter: TypeAdapter[Any], value: object) -> Any:
    try:
        return adapter.validate_python(value)
    except ValidationError:
        return None


def fit_problems(data: dict[str, Any], extra: Sequence[Path] | None) -> list[Problem]:
    """What the valid parts of a result that is not valid do not fit in its bank.

    Args:
        data: the parsed TOML of a result.
        extra: bank files given with --questions.

    Returns:
        The problems, each with its place; empty when the bank it names cannot be told or
        found (the result's own problems say why).
    """
    from woest_tui.core.files.bank import bank_for, load_questionnaire

    session = _valid(_SESSION, data.get("session"))
    meetings = _items(_MEETING, data.get("meetings"))
    problems: list[Problem] = []
    if session is None:
        session, day = _stand_in(data.get("session"))
        if day is not None:
            # the meetings against the session's day: a rule of the result, not of its bank
            fields = {"session": session, "meetings": meetings}
            problems += [_problem(error) for error in result_rules(fields, set())]
    ref = _valid(_REF, data.get("questionnaire"))
    if ref is None:
        return problems
    try:
        bank_path = bank_for(ref, extra)
        if bank_path is None:
            return [*problems, Problem("bank_not_found", "questionnaire.id", {"id": ref.id})]
        bank = load_questionnaire(bank_path)
    except WoestError:
        return problems  # the bank given is broken: that is said about the bank itself
    raw = data.get("answers")
    answers = {
        qid: answer
        for qid, value in (raw.items() if isinstance(raw, dict) else ())
        if _valid(_ID, qid) is not None and (answer := _valid(_ANSWER, value)) is not None
    }
    partial = Result.model_construct(
        schema_=1,
        questionnaire=ref,
        session=session,
        answers=answers,
        priorities=_items(_PRIORITY, data.get("priorities")),
        meetings=meetings,
    )
    fit = check_result(partial, bank)
    if ref.version != bank.version:
        # scored with another version: what it lacks is listed, not an error (see fits)
        fit = [p for p in fit if p.key not in ("unknown_question", "unknown_ref")]
    return problems + fit


def _stand_in(raw: object) -> tuple[Session, dt.date | None]:
    """A session for one that is not valid, with its valid day and roles, and that day.

    No mode, no end, no merge: only what holds whatever they were is checked.
    """
    given = raw if isinstance(raw, dict) else {}
    day = _valid(_DAY_ADAPTER, given.get("date"))
    session = Session.model_construct(
        team="",
        date=day or _DAY,
        started=_MOMENT,
        mode="votes",
        merged_from=None,
        finished=None,
        roles=_valid_entries(given.get("roles")),
        role=_valid(_ID, given.get("role")),
    )
    return session, day


def _problem(error: PydanticCustomError) -> Problem:
    params = dict(error.context or {})
    return Problem(error.type, str(params.pop("at", "")), params)


def _valid_entries(value: object) -> dict[str, int]:
    """The entries of `session.roles` that are valid: a role id and a count."""
    if not isinstance(value, dict):
        return {}
    return {
        role: count
        for role, count in value.items()
        if _valid(_ID, role) is not None and _valid(_COUNT, count) is not None
    }


def _items(adapter: TypeAdapter[Any], value: object) -> tuple[Any, ...]:
    """The valid items of a list, up to the first that is not valid.

    What follows it is left out: the indexes of a shorter list would name wrong places.
    """
    if not isinstance(value, list):
        return ()
    items = [_valid(adapter, item) for item in value]
    if None in items:
        return tuple(items[: items.index(None)])
    return tuple(items)
