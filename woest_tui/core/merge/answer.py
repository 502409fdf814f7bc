"""What the meeting may change in an answer of a merged result, and what it always keeps."""

from __future__ import annotations

from woest_tui.core.errors import Problem
from woest_tui.core.model import Answer, Result


def is_gathered(answer: Answer | None) -> bool:
    """Whether an answer holds what a merge gathered from the individual files.

    Such an answer (tallies per role, option counts, the answers given) is the team's
    members' own: the meeting app shows it and never changes it; the team adds a note.

    Args:
        answer: a saved answer, or None.

    Returns:
        True for an answer with `by_role`, `counts` or `values`.
    """
    return answer is not None and (
        answer.by_role is not None or answer.counts is not None or answer.values is not None
    )


def carry_over(saved: Answer | None, built: Answer | None) -> Answer | None:
    """The answer to store when the screen built `built` for a question that holds `saved`.

    The screen edits a value, votes, "weet niet" and the team's note. An answer of a merged
    result holds more, and keeps it: a gathered answer (see `is_gathered`) only takes the
    note; the notes of the individual files (`notes`, with their role) are always kept.

    Args:
        saved: the answer in the file, or None.
        built: what the screen holds now, or None when nothing was given.

    Returns:
        The answer to store (None: the question is open again). When nothing changed,
        `saved` itself, so that storing it changes nothing.
    """
    if saved is None:
        return built
    note = built.note if built is not None else None
    if is_gathered(saved):
        return saved if saved.note == note else saved.model_copy(update={"note": note})
    if saved.notes is None:
        return built
    if built is None:
        return Answer(notes=saved.notes)
    kept = built.model_copy(update={"notes": saved.notes})
    return saved if kept == saved else kept


def room_for(result: Result, answer: Answer) -> Problem | None:
    """Refuse more hands than people took part in a merged result (it would not load again).

    Args:
        result: the session's result.
        answer: an answer about to be stored.

    Returns:
        A problem to show, or None when the answer fits.
    """
    people = result.session.merged_from
    if people is None or result.session.live or answer.votes is None:
        # a live room counts its own people: the save makes room for them (live_result)
        return None
    given = sum(answer.votes) + (answer.dont_know_votes or 0) + (answer.not_applicable_votes or 0)
    if given <= people:
        return None
    return Problem("votes_more_than_people", "", {"found": given, "people": people})
