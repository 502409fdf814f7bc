"""Merge individual answer files of one questionnaire into one team result (schema 2)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from woest_tui.bank import bank_for, load_questionnaire
from woest_tui.documents import fits, kind_of
from woest_tui.errors import Problem, WoestError
from woest_tui.model import Question, Questionnaire, Result
from woest_tui.storage import read_toml, result_from

# --- merging -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Individual:
    """One individual answer file, read and checked."""

    path: Path
    """Where it was read from."""
    result: Result
    """Its content."""


def _fail(path: Path | None, key: str, place: str = "", **params: object) -> WoestError:
    return WoestError(path, [Problem(key, place, params)])


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

    __slots__ = ("counts", "dont_know", "values", "votes")

    def __init__(self, question: Question, bank: Questionnaire) -> None:
        kind = question.type
        self.dont_know = 0
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
        return out


def _refuse_mixed(items: Sequence[Individual]) -> None:
    first = items[0]
    ref = first.result.questionnaire
    checks = (("id", "merge_other_bank"), ("version", "merge_other_version"))
    for item in items:
        session = item.result.session
        if session.mode != "individual" or session.role is None:
            raise _fail(item.path, "merge_not_individual", "session.mode", mode=session.mode)
        other = item.result.questionnaire
        for name, key in (*checks, ("hash", "merge_other_hash")):
            found, expected = getattr(other, name), getattr(ref, name)
            if found != expected:
                params = {"id": ref.id, "version": ref.version, "first": first.path}
                raise _fail(
                    item.path,
                    key,
                    f"questionnaire.{name}",
                    found=found,
                    expected=expected,
                    **params,
                )


def _merged_team(items: Sequence[Individual], team: str | None) -> str:
    first = items[0].result.session.team
    for item in items if team is None else ():
        found = item.result.session.team
        if _team_key(found) != _team_key(first):
            params = {"found": found, "expected": first, "first": items[0].path}
            raise _fail(item.path, "merge_teams_differ", "session.team", **params)
    return first if team is None else team


def merge_results(
    items: Sequence[Individual],
    bank: Questionnaire,
    team: str | None = None,
    now: dt.datetime | None = None,
) -> Result:
    """Merge checked individual results into one team result in votes mode (schema 2).

    Scale answers become vote counts, choice, multi and yes/no answers option counts,
    number and text answers a list of the answers given; "weet niet" is counted; every
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
        raise _fail(None, "merge_too_few", found=len(items))
    _refuse_mixed(items)
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
            if not (answer.dont_know or answer.value is not None):
                continue
            answered.add(qid)
            tallies = (totals[qid], _role_tally(by_role[qid], role, lookup[qid], bank))
            for tally in tallies:
                if answer.dont_know:
                    tally.dont_know += 1
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
    moment = now or dt.datetime.now().astimezone()
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
            **({"finished": moment.replace(microsecond=0)} if finished else {}),
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


def read_individuals(
    paths: Sequence[Path], extra: Sequence[Path] | None = None
) -> tuple[list[Individual], Questionnaire]:
    """Read and check the files to merge, refusing doubles before anything else.

    The bank is looked up once, for the first file; every other file must name the same
    bank id, version and content, and is checked against it (linear in the files).

    Args:
        paths: the files, in the order given.
        extra: bank files given with --questions.

    Returns:
        The checked individual results and their bank.

    Raises:
        WoestError: fewer than two files, the same file twice (by path or by content),
            an invalid file, or a file that does not fit (see `merge_results`).
    """
    if len(paths) < 2:
        raise _fail(None, "merge_too_few", found=len(paths))
    seen_paths: dict[Path, Path] = {}
    seen_content: dict[str, Path] = {}
    items: list[Individual] = []
    bank: Questionnaire | None = None
    for path in paths:
        resolved = path.resolve()
        if resolved in seen_paths:
            raise _fail(path, "merge_same_path", first=seen_paths[resolved])
        seen_paths[resolved] = path
        data, text = read_toml(path)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest in seen_content:
            raise _fail(path, "merge_same_content", first=seen_content[digest])
        seen_content[digest] = path
        if kind_of(data) == "bank":
            raise _fail(path, "not_a_result")
        result = result_from(data, path, text)
        item = Individual(path, result)
        _refuse_mixed([items[0], item] if items else [item])
        if bank is None:
            bank_path = bank_for(result.questionnaire, extra)
            if bank_path is None:
                raise _fail(path, "bank_not_found", "questionnaire.id", id=result.questionnaire.id)
            bank = load_questionnaire(bank_path)
        fits(result, bank, path, text)
        items.append(item)
    assert bank is not None
    return items, bank
