"""The live room's tallies: the phones' votes and the typed hands as one votes-mode answer.

The fewer-than-3 rule lives here. A function with fewer than three people in the room is
never shown or stored apart: it counts under "overig". Where "overig" itself would hold one
or two people, the smallest function shown apart joins it, since the total minus the other
functions would give their answers away. A question's tally per function is left out
altogether when a group answered it with fewer than three people.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from woest_tui.core.model import Answer, Question, Questionnaire, Result, Tally

#: The group of everyone whose function is not shown apart (and of typed hands).
OTHER = "overig"
#: The fewest people a group needs before it is shown or stored apart.
MIN_GROUP = 3


def groups_of(people: Iterable[str | None]) -> dict[str | None, str]:
    """Which group each function counts under, by the fewer-than-3 rule.

    Args:
        people: the function of every person in the room (None: not told).

    Returns:
        Function -> group: the function itself, or OTHER.
    """
    counts = Counter(people)
    apart = {role: n for role, n in counts.items() if role is not None and n >= MIN_GROUP}
    rest = sum(counts.values()) - sum(apart.values())
    while apart and 0 < rest < MIN_GROUP:
        smallest = min(apart, key=lambda role: (apart[role], str(role)))
        rest += apart.pop(smallest)
    return {role: (role if role in apart else OTHER) for role in counts}


@dataclass(frozen=True)
class Vote:
    """One phone's answer to the open question."""

    value: Any = None
    """The answer as a result file stores it; None with `dont_know` or `not_applicable`."""
    dont_know: bool = False
    """The phone chose "weet niet"."""
    not_applicable: bool = False
    """The phone chose "n.v.t." (it does not exist here)."""


@dataclass
class Typed:
    """Hands the facilitator counted and typed, for people without a phone."""

    counts: dict[str, int] = field(default_factory=dict)
    """Scale point (as text), option id or yes/no -> hands."""
    dont_know: int = 0
    """Hands for "weet niet"."""
    not_applicable: int = 0
    """Hands for "n.v.t."."""

    @property
    def total(self) -> int:
        """How many hands were typed (a multi hand may count for several options)."""
        return sum(self.counts.values()) + self.dont_know + self.not_applicable


class _Count:
    """The tally of one group (or of everyone) for one question."""

    def __init__(self, question: Question, bank: Questionnaire) -> None:
        self.kind = question.type
        self.offset = bank.scale_of(question).min if self.kind == "scale" else 0
        self.points = bank.scale_of(question).points if self.kind == "scale" else 0
        self.options = [o.id for o in question.options or ()]
        self.votes = [0] * self.points
        self.counts: dict[str, int] = dict.fromkeys(
            ("yes", "no") if self.kind == "yesno" else self.options, 0
        )
        self.values: list[Any] = []
        self.dont_know = 0
        self.not_applicable = 0
        self.people = 0

    def add(self, vote: Vote) -> None:
        self.people += 1
        if vote.dont_know:
            self.dont_know += 1
        elif vote.not_applicable:
            self.not_applicable += 1
        elif self.kind == "scale":
            self.votes[int(vote.value) - self.offset] += 1
        elif self.kind == "yesno":
            self.counts["yes" if vote.value else "no"] += 1
        elif self.kind == "choice":
            self.counts[vote.value] += 1
        elif self.kind == "multi":
            for option in vote.value:
                self.counts[option] += 1
        else:
            self.values.append(vote.value)

    def add_typed(self, typed: Typed) -> None:
        self.dont_know += typed.dont_know
        self.not_applicable += typed.not_applicable
        for key, hands in typed.counts.items():
            if self.kind == "scale":
                self.votes[int(key) - self.offset] += hands
            elif key in self.counts:
                self.counts[key] += hands
        # a multi hand may be counted under several options: the people are the largest count
        if self.kind == "multi":
            self.people += max([0, *typed.counts.values()]) + typed.dont_know
            self.people += typed.not_applicable
        else:
            self.people += typed.total

    def tally(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.kind == "scale":
            data["votes"] = tuple(self.votes)
        elif self.kind in ("choice", "multi", "yesno"):
            data["counts"] = dict(self.counts)
        else:
            data["values"] = tuple(self.values)
        if self.dont_know:
            data["dont_know_votes"] = self.dont_know
        if self.not_applicable:
            data["not_applicable_votes"] = self.not_applicable
        return data


def live_answer(
    question: Question,
    bank: Questionnaire,
    ballots: Sequence[tuple[str, Vote]],
    typed: Typed | None = None,
    note: str | None = None,
) -> Answer | None:
    """The answer to save: the total tally and, where the rule allows, one per group.

    Args:
        question: the question.
        bank: its bank.
        ballots: each phone's group (see `groups_of`) and vote.
        typed: the hands typed by the facilitator (they count under OTHER).
        note: the team's note.

    Returns:
        The answer, or None when nobody answered and there is no note.
    """
    total = _Count(question, bank)
    by_group: dict[str, _Count] = {}
    for group, vote in ballots:
        total.add(vote)
        by_group.setdefault(group, _Count(question, bank)).add(vote)
    if typed is not None and typed.total:
        total.add_typed(typed)
        by_group.setdefault(OTHER, _Count(question, bank)).add_typed(typed)
    if total.people == 0:
        return Answer(note=note) if note else None
    if question.type == "text":
        # the order of the texts must not tell who wrote which
        random.SystemRandom().shuffle(total.values)
    data = total.tally()
    small = any(0 < count.people < MIN_GROUP for count in by_group.values())
    if len(by_group) > 1 and not small:
        data["by_role"] = {g: Tally(**by_group[g].tally()) for g in sorted(by_group)}
    return Answer(**data, note=note)


def people_of(answer: Answer, question: Question) -> int:
    """How many people an answer's tally holds (a multi answer: its largest count)."""
    given = (answer.dont_know_votes or 0) + (answer.not_applicable_votes or 0)
    if answer.votes is not None:
        given += sum(answer.votes)
    elif answer.counts is not None:
        counts = list(answer.counts.values())
        given += max([0, *counts]) if question.type == "multi" else sum(counts)
    elif answer.values is not None:
        given += len(answer.values)
    return given


def live_result(result: Result, bank: Questionnaire, joined: Mapping[str, int]) -> Result:
    """The result as a live session stores it: a votes result, its people in groups.

    The file is a session's own (schema 1, `mode = "votes"`, `live = true`): a scale's
    tally is stored exactly as votes mode stores it, the other types' tallies and the
    tallies per group as a merged result keeps them (`counts`, `values`, `by_role`).
    `session.roles` holds every group with the most people it had: in the room now, in
    the file already, or answering one question; their sum is at least the most people
    one question's tally holds (typed hands count under OTHER). A file written before
    (schema 2 with `merged_from`) is written this way at its next save.

    Args:
        result: the result with its answers.
        bank: the bank.
        joined: the groups of the phones in the room now, with their counts.

    Returns:
        The result, validated.
    """
    roles: Counter[str] = Counter()
    for group, count in [*result.session.roles.items(), *joined.items()]:
        roles[group] = max(roles[group], count)
    most = 0
    for qid, answer in result.answers.items():
        question = bank.question(qid)
        if question is None:
            continue
        most = max(most, people_of(answer, question))
        for group, tally in (answer.by_role or {}).items():
            roles[group] = max(roles[group], people_of(Answer(**tally.model_dump()), question))
    if most > sum(roles.values()):
        roles[OTHER] += most - sum(roles.values())
    data = result.model_dump(by_alias=True, exclude_none=True)
    data["schema"] = 1
    session = data["session"]
    session.update(live=True, mode="votes", roles=dict(sorted(roles.items())))
    session.pop("merged_from", None)
    return Result.model_validate(data)
