"""Check a result against the bank it was answered with: ids, types, ranges, votes, sums."""

from __future__ import annotations

from woest_tui.core.check.merged import check_merged
from woest_tui.core.check.value import check_value, wrong_type
from woest_tui.core.errors import Problem
from woest_tui.core.model import Answer, Question, Questionnaire, Result, Tally

__all__ = ["check_answer", "check_result", "check_value", "check_writable"]


def _at(place: str, problem: Problem) -> Problem:
    return Problem(problem.key, place, problem.params)


def _check_tally(
    question: Question, bank: Questionnaire, tally: Tally, place: str
) -> list[Problem]:
    problems: list[Problem] = []
    if tally.votes is not None:
        if question.type != "scale":
            problems.append(Problem("votes_not_scale", f"{place}.votes"))
        elif len(tally.votes) != bank.scale_of(question).points:
            expected = bank.scale_of(question).points
            problems.append(
                Problem(
                    "votes_length",
                    f"{place}.votes",
                    {"expected": expected, "found": len(tally.votes)},
                )
            )
    if tally.counts is not None:
        if question.type in ("choice", "multi"):
            keys = [o.id for o in question.options or ()]
        elif question.type == "yesno":
            keys = ["yes", "no"]
        else:
            keys = []
        for key in tally.counts:
            if key not in keys:
                problems.append(
                    Problem(
                        "count_keys",
                        f"{place}.counts.{key}",
                        {"value": key, "options": ", ".join(keys) or "-"},
                    )
                )
    if tally.values is not None:
        for index, item in enumerate(tally.values):
            if question.type in ("number", "text"):
                problem = check_value(question, bank, item)
            else:
                problem = wrong_type(question.type)
            if problem is not None:
                problems.append(_at(f"{place}.values[{index}]", problem))
                break
    if tally.dont_know_votes and not question.allow_dont_know:
        problems.append(Problem("dont_know_not_allowed", f"{place}.dont_know_votes"))
    if tally.not_applicable_votes and not question.not_applicable_allowed:
        problems.append(Problem("not_applicable_not_allowed", f"{place}.not_applicable_votes"))
    return problems


def check_answer(
    question: Question, bank: Questionnaire, answer: Answer, mode: str, place: str
) -> list[Problem]:
    """The problems of one answer.

    Args:
        question: its question.
        bank: the bank.
        answer: the answer.
        mode: the session's mode.
        place: the answer's place, e.g. `answers.doel-1`.

    Returns:
        The problems, empty when it is valid.
    """
    problems: list[Problem] = []
    if answer.dont_know and not question.allow_dont_know:
        problems.append(Problem("dont_know_not_allowed", f"{place}.dont_know"))
    if answer.not_applicable and not question.not_applicable_allowed:
        problems.append(Problem("not_applicable_not_allowed", f"{place}.not_applicable"))
    if answer.value is not None:
        problem = check_value(question, bank, answer.value)
        if problem is not None:
            problems.append(_at(f"{place}.value", problem))
    if (answer.votes is not None or answer.dont_know_votes is not None) and mode != "votes":
        problems.append(Problem("votes_not_votes_mode", f"{place}.votes"))
    if answer.not_applicable_votes is not None and mode != "votes":
        problems.append(Problem("not_applicable_not_votes_mode", f"{place}.not_applicable_votes"))
    problems += _check_tally(question, bank, answer, place)
    for role, tally in (answer.by_role or {}).items():
        problems += _check_tally(question, bank, tally, f"{place}.by_role.{role}")
    if (
        not answer.is_answered
        and answer.note is None
        and not answer.notes
        and not answer.dont_know_votes
        and not answer.not_applicable_votes
    ):
        problems.append(Problem("empty_answer", place))
    return problems


def check_result(result: Result, bank: Questionnaire) -> list[Problem]:
    """Everything in `result` that does not fit `bank`.

    Args:
        result: a result, already valid on its own.
        bank: the bank it names (same id; the version may differ).

    Returns:
        The problems, each with its place; empty when the result fits.
    """
    if result.questionnaire.id != bank.id:
        return [
            Problem(
                "other_bank",
                "questionnaire.id",
                {"found": result.questionnaire.id, "expected": bank.id},
            )
        ]
    problems: list[Problem] = []
    for qid, answer in result.answers.items():
        question = bank.question(qid)
        if question is None:
            problems.append(_unknown_question(qid, bank))
            continue
        problems += check_answer(question, bank, answer, result.session.mode, f"answers.{qid}")
    problems += check_merged(result, {q.id: q for q in bank.questions()})
    for index, priority in enumerate(result.priorities):
        if bank.question(priority.ref) is None and bank.theme(priority.ref) is None:
            problems.append(
                Problem("unknown_ref", f"priorities[{index}].ref", {"id": priority.ref})
            )
    for index, meeting in enumerate(result.meetings):
        for position, theme_id in enumerate(meeting.themes):
            if bank.theme(theme_id) is None:
                at = f"meetings[{index}].themes[{position}]"
                problems.append(Problem("unknown_meeting_theme", at, {"id": theme_id}))
    if result.finished and result.questionnaire.version == bank.version:
        problems += _required_open(result, bank)
    return problems


def _unknown_question(qid: str, bank: Questionnaire) -> Problem:
    """An answer to a question `bank` does not have."""
    params: dict[str, object] = {"id": qid, "bank": bank.id, "version": bank.version}
    return Problem("unknown_question", f"answers.{qid}", params)


def _required_open(result: Result, bank: Questionnaire) -> list[Problem]:
    """The required questions of `bank` that a finished `result` left open."""
    return [
        Problem("required_open", f"answers.{question.id}", {"id": question.id})
        for question in bank.questions()
        if question.required
        and ((given := result.answers.get(question.id)) is None or not given.is_answered)
    ]


def check_writable(
    result: Result, bank: Questionnaire, digest: str, fits: dict[str, Answer] | None = None
) -> list[Problem]:
    """Why `result` may not be written as a result of `bank`: the guard of every write.

    A file woest writes must pass `woest validate`: it names the bank it is checked
    against (its exact content, `digest`) and fits it. With `fits`, an answer found to fit
    before (the same object: answers are immutable) is not checked again, so the autosave
    after each answer checks one answer, not all of them.

    Args:
        result: the result about to be written.
        bank: the bank the session is answered with.
        digest: `bank.content_hash(bank)`, computed once per session.
        fits: answers that fitted before, by question id; filled in here.

    Returns:
        The problems, empty when the result may be written.
    """
    ref = result.questionnaire
    if ref.id == bank.id and ref.hash != digest:
        key = "resume_content_changed" if ref.version == bank.version else "resume_other_version"
        params: dict[str, object] = {"id": bank.id, "found": ref.version, "expected": bank.version}
        return [Problem(key, "questionnaire", params)]
    if fits is None or result.session.merged_from is not None or ref.id != bank.id:
        return check_result(result, bank)
    problems: list[Problem] = []
    for qid, answer in result.answers.items():
        if fits.get(qid) is answer:
            continue
        question = bank.question(qid)
        if question is None:
            problems.append(_unknown_question(qid, bank))
            continue
        found = check_answer(question, bank, answer, result.session.mode, f"answers.{qid}")
        if found:
            problems += found
        else:
            fits[qid] = answer
    problems += [
        p for p in check_result(_without_answers(result), bank) if p.key != "required_open"
    ]
    if result.session.live:
        # a live result adds up as a merge does; the sums are cheap beside a full check
        problems += check_merged(result, {q.id: q for q in bank.questions()})
    if result.finished:
        problems += _required_open(result, bank)
    return problems


def _without_answers(result: Result) -> Result:
    """The result without its answers: its priorities are checked, and quickly."""
    return result.model_copy(update={"answers": {}})
