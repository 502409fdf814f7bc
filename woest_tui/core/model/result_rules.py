"""The rules of a result over several fields: session, answer, schema, meetings.

Each yields every broken rule, so that `woest validate` names them all in one run (see
`rules.with_rules`); a field that is not valid is absent from the fields and its rules wait.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic_core import PydanticCustomError

from woest_tui.core.model.common import invalid
from woest_tui.core.model.rules import Fields

Broken = Iterator[PydanticCustomError]


def session_rules(f: Fields, given: set[str]) -> Broken:
    """A session: a role in individual mode only, merges and live in votes mode, times in order."""
    mode, role = f.get("mode"), f.get("role", ...)
    if mode == "individual" and role is None:
        yield invalid("role_missing", "role")
    if mode is not None and mode != "individual" and role not in (None, ...):
        yield invalid("role_not_individual", "role")
    merged, live = f.get("merged_from"), f.get("live")
    if mode is not None and mode != "votes":
        if merged is not None:
            yield invalid("merged_not_votes", "mode")
        elif live:
            yield invalid("live_not_votes", "mode")
    if merged == 1 and live is False:
        # a live room may hold one phone; a merge needs two files
        yield invalid("greater_than_equal", "merged_from", ge=2)
    started, finished = f.get("started"), f.get("finished")
    if started is not None and finished is not None and finished < started:
        yield invalid("finished_before_started", "finished")
    day, remeasure = f.get("date"), f.get("remeasure")
    if day is not None and remeasure is not None and remeasure < day:
        yield invalid("remeasure_before_date", "remeasure", date=day.isoformat())


def answer_rules(f: Fields, given: set[str]) -> Broken:
    """An answer: one kind of answer ("weet niet", "n.v.t.", a value or votes)."""
    dont_know, not_applicable = f.get("dont_know"), f.get("not_applicable")
    value, votes = f.get("value"), f.get("votes")
    if dont_know and value is not None:
        yield invalid("dont_know_and_value", "dont_know")
    if dont_know and votes is not None:
        yield invalid("dont_know_and_votes", "dont_know")
    if value is not None and votes is not None:
        yield invalid("value_and_votes", "votes")
    if not_applicable and (dont_know or value is not None or votes is not None):
        other = "value" if value is not None else "votes"
        other = "dont_know" if dont_know else other
        yield invalid("not_applicable_and_other", "not_applicable", field=other)


def meeting_rules(f: Fields, given: set[str]) -> Broken:
    """A meeting: started on its own day."""
    day, started = f.get("date"), f.get("started")
    if day is not None and started is not None and started.date() != day:
        yield invalid("meeting_started_other_day", "started", date=day.isoformat())


def result_rules(f: Fields, given: set[str]) -> Broken:
    """A result: schema 2 for a merge only, its fields in a merge (or live), meetings in order."""
    session, schema = f.get("session"), f.get("schema_")
    if session is not None:
        merged = session.merged_from is not None
        if merged and schema not in (None, 2):
            yield invalid("merged_needs_schema", "session.merged_from")
        if not merged and schema == 2:
            yield invalid("schema2_needs_merge", "session")
        if not merged:
            for qid, answer in (f.get("answers") or {}).items():
                # a live room's tallies are kept as a merge keeps them; the notes of
                # individual files belong to a merge alone
                only_merged = answer.merged_fields
                if session.live:
                    only_merged = [name for name in only_merged if name not in answer.tally_fields]
                if only_merged:
                    field = only_merged[0]
                    yield invalid("merged_field", f"answers.{qid}.{field}", field=field)
    meetings = f.get("meetings") or ()
    for index, meeting in enumerate(meetings):
        if meeting is None:
            continue
        if session is not None and meeting.date < session.date:
            at = f"meetings[{index}].date"
            yield invalid("meeting_before_session", at, date=session.date.isoformat())
        before = meetings[index - 1] if index else None
        if before is not None and meeting.date < before.date:
            yield invalid("meetings_order", f"meetings[{index}].date")
