""" "Om te bespreken": the rules on hand-made results, ties included, and without scale questions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import MakeResult
from woest_tui.core.model import Questionnaire
from woest_tui.core.scoring.discuss import MAX_ITEMS, ToDiscuss, to_discuss
from woest_tui.core.scoring.rules import summarize

ZONE = dt.timezone(dt.timedelta(hours=1))


def _bank(questions: list[dict[str, Any]]) -> Questionnaire:
    return Questionnaire.model_validate(
        {
            "schema": 1,
            "id": "hand",
            "version": "1",
            "language": "nl",
            "title": "Hand",
            "description": "Met de hand gemaakt.",
            "scale": {
                "min": 1,
                "max": 5,
                "strength": 4.0,
                "development": 2.5,
                "labels": ["a", "b", "c", "d", "e"],
            },
            "themes": [
                {"id": "t", "title": "T", "intro": "i", "metaphor": "m", "questions": questions}
            ],
        }
    )


def _scale(qid: str) -> dict[str, Any]:
    return {"id": qid, "type": "scale", "text": qid, "help": f"goed bij {qid}"}


def test_the_lists_take_turns_lowest_most_divided_biggest_blind_spot(
    make_result: MakeResult,
) -> None:
    bank = _bank([_scale(f"q{i}") for i in range(1, 9)])
    answers = {
        "q1": {"votes": [4, 0, 0, 0, 0]},  # 1.0: the lowest development point
        "q2": {"votes": [0, 4, 0, 0, 0]},  # 2.0: the second
        "q3": {"votes": [3, 0, 0, 0, 3]},  # spread 2.0: most divided
        "q4": {"votes": [2, 0, 0, 2, 0]},  # spread 1.5: divided, 2.5 development too
        "q5": {"votes": [0, 0, 1, 0, 0], "dont_know_votes": 5},  # 5 of 6 "weet niet"
        "q6": {"votes": [0, 0, 2, 0, 0], "dont_know_votes": 2},  # half "weet niet"
        "q7": {"votes": [0, 0, 0, 4, 0]},
        "q8": {"votes": [0, 0, 0, 0, 4]},
    }
    result = make_result(bank, answers, mode="votes")
    chosen = to_discuss(summarize(result, bank), bank)
    assert chosen == [
        ToDiscuss("q1", "development"),
        ToDiscuss("q3", "divided"),
        ToDiscuss("q5", "blind"),
        ToDiscuss("q2", "development"),
        # q4 is a development point too (2.5), but the divided list reaches it first
        ToDiscuss("q4", "divided"),
    ]
    assert len(chosen) == MAX_ITEMS


def test_ties_keep_the_questionnaires_order(make_result: MakeResult) -> None:
    bank = _bank([_scale(f"q{i}") for i in range(1, 6)])
    answers = {qid: {"value": 1} for qid in ("q4", "q2", "q5", "q1")}
    result = make_result(bank, answers)
    chosen = to_discuss(summarize(result, bank), bank)
    assert [c.ref for c in chosen] == ["q1", "q2", "q4", "q5"]
    # the same answers in another order in the file choose the same
    again = make_result(bank, dict(reversed(list(answers.items()))))
    assert to_discuss(summarize(again, bank), bank) == chosen


def test_a_questionnaire_without_scale_questions_still_has_its_blind_spots(
    make_result: MakeResult,
) -> None:
    bank = _bank(
        [
            {"id": "n", "type": "number", "text": "n", "help": "goed"},
            {"id": "y", "type": "yesno", "text": "y"},
            {"id": "x", "type": "text", "text": "x"},
        ]
    )
    result = make_result(bank, {"n": {"dont_know": True}, "y": {"value": True}})
    assert to_discuss(summarize(result, bank), bank) == [ToDiscuss("n", "blind")]
    nothing = make_result(bank, {"y": {"value": False}})
    assert to_discuss(summarize(nothing, bank), bank) == []
