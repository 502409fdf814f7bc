"""The tallies of a votes session against who was present: a warning, never an error."""

from __future__ import annotations

from woest_tui.core.errors import Problem
from woest_tui.core.model import Result


def over_present(result: Result) -> list[Problem]:
    """The tallies of a votes session that hold more hands than people were present.

    A warning, not an error: someone may have walked in after the start. A merged result
    is checked strictly instead (see `check_merged`); without a record of who was present
    there is nothing to compare with.

    Args:
        result: a result.

    Returns:
        One problem per question, with the hands counted and the people present.
    """
    present = sum(result.session.roles.values())
    if result.session.mode != "votes" or result.session.merged_from is not None or not present:
        return []
    problems = []
    for qid, answer in result.answers.items():
        hands = sum(answer.votes or ()) + (answer.dont_know_votes or 0)
        hands += answer.not_applicable_votes or 0
        if hands > present:
            params: dict[str, object] = {"hands": hands, "present": present}
            problems.append(Problem("votes_over_present_warning", f"answers.{qid}", params))
    return problems
