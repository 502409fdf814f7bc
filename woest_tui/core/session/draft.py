"""What is typed or chosen for a question, and the answer (or the problem) it makes; no UI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from woest_tui.core.check.result import check_value
from woest_tui.core.errors import Problem
from woest_tui.core.merge.answer import carry_over, is_gathered, room_for
from woest_tui.core.model import Answer, Question, Questionnaire, Result

#: Hands per point of the scale, for "weet niet" and for "n.v.t.".
Votes = tuple[tuple[int, ...], int, int]


@dataclass(frozen=True)
class Draft:
    """What was typed or chosen for a question but not yet confirmed: never thrown away."""

    value: object = None
    """The value chosen as it is stored (a scale point, True/False, an option id, a tuple of
    ids), or the text typed in a number or text field; None: nothing."""
    dont_know: bool = False
    """Marked "weet niet"."""
    note: str = ""
    """The note as typed."""
    votes: Votes | None = None
    """The hands counted (votes mode); None: none counted."""
    not_applicable: bool = False
    """Marked "n.v.t."."""
    unreadable: bool = False
    """A count of hands is not a whole number: confirming says so, and saves nothing."""


def draft_from(answer: Answer | None) -> Draft:
    """A draft that shows a saved answer (an empty one for an open question)."""
    if answer is None:
        return Draft()
    votes = None
    if answer.votes is not None:
        votes = (
            tuple(answer.votes),
            answer.dont_know_votes or 0,
            answer.not_applicable_votes or 0,
        )
    return Draft(answer.value, answer.dont_know, answer.note or "", votes, answer.not_applicable)


def counts_hands(question: Question, mode: str) -> bool:
    """Whether the room counts hands for this question: a scale in votes mode."""
    return question.type == "scale" and mode == "votes"


def choice_value(question: Question, bank: Questionnaire, chosen: Sequence[int]) -> object:
    """The value stored for the options chosen in a list (by their place); None: none.

    Args:
        question: a scale, yes/no, choice or multi question.
        bank: its bank (for the scale).
        chosen: the places of the options chosen, from 0.
    """
    picked = sorted(chosen)
    if not picked:
        return None
    if question.type == "scale":
        return bank.scale_of(question).min + picked[0]
    if question.type == "yesno":
        return picked[0] == 0
    ids = [o.id for o in question.options or ()]
    if question.type == "multi":
        return tuple(ids[i] for i in picked)
    return ids[picked[0]]


def chosen_places(question: Question, bank: Questionnaire, value: object) -> list[int]:
    """The places (from 0) of the options that show `value` as chosen: `choice_value` undone."""
    if value is None:
        return []
    if question.type == "scale":
        scale = bank.scale_of(question)
        numbers = [str(scale.min + i) for i in range(scale.points)]
        return [numbers.index(str(value))] if str(value) in numbers else []
    if question.type == "yesno":
        return [0 if value else 1]
    ids = [o.id for o in question.options or ()]
    values = value if isinstance(value, tuple) else (value,)
    return [ids.index(v) for v in values if v in ids]


def typed_number(raw: str) -> float | int | Problem | None:
    """The number typed in a field: an int when written without a decimal sign.

    Args:
        raw: the field's text; a comma is a decimal sign as a point is.

    Returns:
        The number, None for an empty field, or the problem "number_not_number".
    """
    raw = raw.strip()
    if not raw:
        return None
    try:
        number = float(raw.replace(",", "."))
    except ValueError:
        return Problem("number_not_number")
    return int(number) if number.is_integer() and "." not in raw and "," not in raw else number


def _value(question: Question, draft: Draft) -> object:
    """The draft's value as it would be stored, or a problem (a number that is none)."""
    value = draft.value
    if question.type == "number" and isinstance(value, str):
        return typed_number(value)
    if question.type == "text":
        return value if isinstance(value, str) and value.strip() else None
    return value


def built_answer(
    question: Question, bank: Questionnaire, mode: str, draft: Draft, saved: Answer | None
) -> Answer | Problem | None:
    """The answer a draft makes on its own, a problem to show, or None when nothing was given.

    A gathered answer (a merge's tally) takes only a note; "weet niet" and "n.v.t." leave
    out a value; counted hands make a tally; anything else is checked against the question.
    """
    note = draft.note or None
    if is_gathered(saved):
        return Answer(note=note) if note else None
    if draft.dont_know:
        return Answer(dont_know=True, note=note)
    if draft.not_applicable:
        return Answer(not_applicable=True, note=note)
    if counts_hands(question, mode):
        if draft.unreadable:
            return Problem("votes_not_number")
        votes, dont_know, not_applicable = draft.votes or ((), 0, 0)
        if sum(votes) == 0 and not dont_know and not not_applicable:
            return Answer(note=note) if note else None
        return Answer(
            votes=tuple(votes),
            dont_know_votes=dont_know or None,
            not_applicable_votes=not_applicable or None,
            note=note,
        )
    value = _value(question, draft)
    if isinstance(value, Problem):
        return value
    if value is None:
        return Answer(note=note) if note else None
    problem = check_value(question, bank, value)
    if problem is not None:
        return problem
    return Answer(value=value, note=note)


def settled(
    result: Result, saved: Answer | None, built: Answer | Problem | None
) -> Answer | Problem | None:
    """The answer to store for what the screen built: what it does not edit stays.

    A merged answer keeps its tallies and the notes of the individual files (see
    `merge.answer.carry_over`); more hands than took part in a merge are refused.

    Args:
        result: the session's result.
        saved: the answer in the file, or None.
        built: what `built_answer` made (or a live room's tally).

    Returns:
        The answer to store (None: the question is open), or the problem to show.
    """
    if isinstance(built, Problem):
        return built
    if built is not None:
        problem = room_for(result, built)
        if problem is not None:
            return problem
    return carry_over(saved, built)


def answer_from(
    question: Question, bank: Questionnaire, result: Result, draft: Draft
) -> Answer | Problem | None:
    """The answer to store for a draft, the problem to show, or None (the question stays open).

    Args:
        question: the question.
        bank: its bank.
        result: the session's result (its mode, the saved answer, a merge's size).
        draft: what is on screen.
    """
    saved = result.answers.get(question.id)
    built = built_answer(question, bank, result.session.mode, draft, saved)
    return settled(result, saved, built)


def given(question: Question, mode: str, draft: Draft, saved: Answer | None) -> bool:
    """Whether confirming would save something (a choice, a value, a mark, a note).

    With nothing given Enter skips the question; a saved answer counts, since confirming
    it cleared removes it. Hands counted for "n.v.t." alone do not count, and neither does a
    text of nothing but spaces.

    Args:
        question: the question.
        mode: the session's mode.
        draft: what is on screen.
        saved: the answer in the file, or None.
    """
    if draft.dont_know or draft.not_applicable or saved is not None or draft.note.strip():
        return True
    if counts_hands(question, mode):
        if draft.unreadable or draft.votes is None:
            return draft.unreadable
        votes, dont_know, _ = draft.votes
        return any(votes) or bool(dont_know)
    if isinstance(draft.value, str):
        return bool(draft.value.strip())
    return draft.value is not None
