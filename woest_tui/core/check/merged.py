"""Check that a merged or live result adds up: roles, per-role tallies and their totals."""

from __future__ import annotations

from collections import Counter

from woest_tui.core.errors import Problem
from woest_tui.core.model import Answer, Question, Result, Tally


def check_merged(result: Result, questions: dict[str, Question]) -> list[Problem]:
    """The places where a merged or live result does not add up.

    `merged_from` must be the number of people in `session.roles`; every role of a
    `by_role` tally must be in `session.roles`; the totals of an answer must be the sums
    of its per-role tallies; and no tally may hold more answers than people took part. A
    live result (schema 1) has no `merged_from`: its people are those in `session.roles`.

    Args:
        result: a merged or live result, valid on its own.
        questions: the bank's questions by id (answers to unknown ones are skipped).

    Returns:
        The problems, each with its place; empty for a result that is neither.
    """
    session = result.session
    if session.merged_from is None and not session.live:
        return []
    problems: list[Problem] = []
    people = sum(session.roles.values())
    if session.merged_from is not None and people != session.merged_from:
        params: dict[str, object] = {"found": session.merged_from, "roles": people}
        problems.append(Problem("merged_from_roles", "session.merged_from", params))
    for qid, answer in result.answers.items():
        question = questions.get(qid)
        if question is None:
            continue
        place = f"answers.{qid}"
        problems += _too_many(question, answer, session.people, place)
        if answer.by_role is None:
            continue
        for role, tally in answer.by_role.items():
            at = f"{place}.by_role.{role}"
            if role not in session.roles:
                problems.append(Problem("role_not_present", at, {"role": role}))
            else:
                people_of_role = session.roles[role]
                problems += _too_many(question, tally, people_of_role, at, "tally_too_many_role")
        problems += _sums(answer, list(answer.by_role.values()), place)
    return problems


def _too_many(
    question: Question, tally: Tally, people: int, place: str, key: str = "tally_too_many"
) -> list[Problem]:
    """More answers in one tally than people who could give them (multi excepted)."""
    given = (tally.dont_know_votes or 0) + (tally.not_applicable_votes or 0)
    field = "not_applicable_votes" if tally.not_applicable_votes else "dont_know_votes"
    if tally.votes is not None:
        given, field = given + sum(tally.votes), "votes"
    elif tally.counts is not None and question.type != "multi":
        given, field = given + sum(tally.counts.values()), "counts"
    elif tally.values is not None:
        given, field = given + len(tally.values), "values"
    if given > people:
        return [Problem(key, f"{place}.{field}", {"found": given, "people": people})]
    return []


def _sums(answer: Answer, tallies: list[Tally], place: str) -> list[Problem]:
    """Where the totals of an answer are not the sums of its per-role tallies."""
    problems: list[Problem] = []
    if answer.votes is not None:
        width = len(answer.votes)
        summed = [0] * width
        for tally in tallies:
            for index, count in enumerate((tally.votes or ())[:width]):
                summed[index] += count
        if list(answer.votes) != summed:
            problems.append(_not_sum(f"{place}.votes", list(answer.votes), summed))
    for name in ("dont_know_votes", "not_applicable_votes"):
        total = sum(getattr(t, name) or 0 for t in tallies)
        if (getattr(answer, name) or 0) != total:
            problems.append(_not_sum(f"{place}.{name}", getattr(answer, name), total))
    if answer.counts is not None:
        keys = {*answer.counts, *(k for t in tallies for k in t.counts or {})}
        for key in sorted(keys):
            total = sum((t.counts or {}).get(key, 0) for t in tallies)
            if answer.counts.get(key, 0) != total:
                found = answer.counts.get(key, 0)
                problems.append(_not_sum(f"{place}.counts.{key}", found, total))
    if answer.values is not None:
        gathered: Counter[object] = Counter()
        for tally in tallies:
            gathered.update(tally.values or ())
        if Counter(answer.values) != gathered:
            problems.append(Problem("values_not_sum", f"{place}.values"))
    return problems


def _not_sum(place: str, found: object, expected: object) -> Problem:
    return Problem("tally_not_sum", place, {"found": found, "expected": expected})
