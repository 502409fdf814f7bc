"""Merge individual answer files of one questionnaire into one team result (schema 2)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from typing import Any

from woest_tui.core.files.storage import result_from
from woest_tui.core.merge.individuals import (
    Individual,
    canonical_digest,
    fail,
    read_individuals,
    refuse_mixed,
    refuse_output_among,
)
from woest_tui.core.model import Question, Questionnaire, Result

__all__ = [
    "Individual",
    "aware_time",
    "canonical_digest",
    "merge_results",
    "read_individuals",
    "refuse_output_among",
]


def _team_key(team: str) -> str:
    """Team names typed by different people: compare without case and extra spaces."""
    return " ".join(team.split()).casefold()


def aware_time(moment: dt.datetime) -> dt.datetime:
    """A naive time taken as local time, so that naive and aware times can be compared.

    Args:
        moment: a time, with or without a time zone.

    Returns:
        The time with a time zone.
    """
    return moment if moment.tzinfo is not None else moment.astimezone()


class _Tally:
    """Counts for one question, overall or for one role."""

    __slots__ = ("counts", "dont_know", "not_applicable", "values", "votes")

    def __init__(self, question: Question, bank: Questionnaire) -> None:
        kind = question.type
        self.dont_know = 0
        self.not_applicable = 0
        self.votes: list[int] | None = None
        self.counts: dict[str, int] | None = None
        self.values: list[Any] | None = None
        if kind == "scale":
            self.votes = [0] * bank.scale_of(question).points
        elif kind in ("choice", "multi"):
            self.counts = {o.id: 0 for o in question.options or ()}
        elif kind == "yesno":
            self.counts = {"yes": 0, "no": 0}
        else:
            self.values = []

    def add(self, value: Any, offset: int) -> None:
        if self.votes is not None:
            self.votes[int(value) - offset] += 1
        elif self.counts is not None:
            if isinstance(value, bool):
                self.counts["yes" if value else "no"] += 1
            else:
                for option in (value,) if isinstance(value, str) else value:
                    self.counts[option] += 1
        elif self.values is not None:
            self.values.append(value)

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in ("votes", "counts", "values"):
            if getattr(self, name) is not None:
                out[name] = getattr(self, name)
        if self.dont_know:
            out["dont_know_votes"] = self.dont_know
        if self.not_applicable:
            out["not_applicable_votes"] = self.not_applicable
        return out


def _merged_team(items: Sequence[Individual], team: str | None) -> str:
    first = items[0].result.session.team
    for item in items if team is None else ():
        found = item.result.session.team
        if _team_key(found) != _team_key(first):
            params = {"found": found, "expected": first, "first": items[0].path}
            raise fail(item.path, "merge_teams_differ", "session.team", **params)
    return first if team is None else team


def merge_results(
    items: Sequence[Individual],
    bank: Questionnaire,
    team: str | None = None,
    now: dt.datetime | None = None,
) -> Result:
    """Merge checked individual results into one team result in votes mode (schema 2).

    Scale answers become vote counts, choice, multi and yes/no answers option counts,
    number and text answers a list of the answers given; "weet niet" and "n.v.t." are
    counted, each apart; every
    tally is kept per role too, and notes keep their role but never a name. Priorities of
    individual files are not carried over: the team chooses its own after the merge.

    Args:
        items: the individual results, each already checked against `bank`.
        bank: the bank they were all answered with.
        team: the team name; None takes the one name the files share.
        now: the finishing time when every file is finished (for tests).

    Returns:
        The merged result.

    Raises:
        WoestError: fewer than two files, a file that is not individual, a mix of
            questionnaires or versions, or different team names without `team`.
    """
    if len(items) < 2:
        raise fail(None, "merge_too_few", found=len(items))
    refuse_mixed(items)
    name = _merged_team(items, team)
    questions = bank.questions()
    totals = {q.id: _Tally(q, bank) for q in questions}
    by_role: dict[str, dict[str, _Tally]] = {q.id: {} for q in questions}
    notes: dict[str, list[dict[str, str]]] = {q.id: [] for q in questions}
    answered: set[str] = set()
    offsets = {q.id: bank.scale_of(q).min if q.type == "scale" else 0 for q in questions}
    lookup = {q.id: q for q in questions}
    roles: Counter[str] = Counter()
    for item in items:
        session = item.result.session
        role = session.role or ""
        roles[role] += 1
        for qid, answer in item.result.answers.items():
            if answer.note:
                notes[qid].append({"role": role, "text": answer.note})
            if not (answer.dont_know or answer.not_applicable or answer.value is not None):
                continue
            answered.add(qid)
            tallies = (totals[qid], _role_tally(by_role[qid], role, lookup[qid], bank))
            for tally in tallies:
                if answer.dont_know:
                    tally.dont_know += 1
                elif answer.not_applicable:
                    tally.not_applicable += 1
                else:
                    tally.add(answer.value, offsets[qid])
    answers: dict[str, dict[str, Any]] = {}
    for question in questions:
        qid = question.id
        entry: dict[str, Any] = {}
        if qid in answered:
            entry = totals[qid].data()
            entry["by_role"] = {r: by_role[qid][r].data() for r in sorted(by_role[qid])}
        if notes[qid]:
            entry["notes"] = notes[qid]
        if entry:
            answers[qid] = entry
    sessions = [item.result.session for item in items]
    finished = all(s.finished is not None for s in sessions)
    moment = (now or dt.datetime.now().astimezone()).replace(microsecond=0)
    # a clock that is behind (or an input from the future) must not end the merge before
    # one of its sessions ended
    moment = max([moment, *(aware_time(s.finished) for s in sessions if s.finished is not None)])
    data: dict[str, Any] = {
        "schema": 2,
        "questionnaire": items[0].result.questionnaire.model_dump(),
        "session": {
            "team": name,
            "date": max(s.date for s in sessions),
            "roles": dict(sorted(roles.items())),
            "mode": "votes",
            "merged_from": len(items),
            "started": min((s.started for s in sessions), key=aware_time),
            **({"finished": moment} if finished else {}),
        },
        "answers": answers,
    }
    return result_from(data, None)


def _role_tally(
    tallies: dict[str, _Tally], role: str, question: Question, bank: Questionnaire
) -> _Tally:
    tally = tallies.get(role)
    if tally is None:
        tally = tallies[role] = _Tally(question, bank)
    return tally
