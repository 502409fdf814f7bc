"""'n.v.t.' apart from 'weet niet': the model, the check, scoring, merging and the file."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from woest_tui.core.check.merged import check_merged
from woest_tui.core.check.result import check_result
from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.storage import dump_result, result_from
from woest_tui.core.merge.individuals import Individual
from woest_tui.core.merge.results import merge_results
from woest_tui.core.model import Answer, Questionnaire, Result
from woest_tui.core.scoring.rules import summarize

LABELS = ["a", "b", "c", "d", "e"]
BANK = Questionnaire.model_validate(
    {
        "schema": 1,
        "id": "nvt",
        "version": "1",
        "language": "nl",
        "title": "t",
        "description": "d",
        "scale": {"min": 1, "max": 5, "strength": 4.0, "development": 2.5, "labels": LABELS},
        "themes": [
            {
                "id": "plan",
                "title": "Plannen",
                "intro": "i",
                "metaphor": "m",
                "questions": [
                    {"id": "plan-doel", "type": "scale", "text": "Doel"},
                    {"id": "plan-effect", "type": "scale", "text": "Effect"},
                    # both marks off, as in a bank from before n.v.t. had its own flag
                    {"id": "plan-geen", "type": "scale", "text": "Geen", "allow_dont_know": False},
                    # only n.v.t.
                    {
                        "id": "plan-nvt",
                        "type": "scale",
                        "text": "Alleen n.v.t.",
                        "allow_dont_know": False,
                        "allow_not_applicable": True,
                    },
                    {"id": "plan-wie", "type": "yesno", "text": "Wie"},
                ],
            }
        ],
    }
)
STARTED = dt.datetime(2026, 11, 28, 19, tzinfo=dt.UTC)


def result(answers: dict[str, Any], mode: str = "consensus", role: str | None = None) -> Result:
    session: dict[str, Any] = {
        "team": "T",
        "date": dt.date(2026, 11, 28),
        "mode": mode,
        "started": STARTED,
    }
    if role:
        session["role"] = role
    return Result.model_validate(
        {
            "schema": 1,
            "questionnaire": {"id": "nvt", "version": "1", "hash": content_hash(BANK)},
            "session": session,
            "answers": answers,
        }
    )


def test_allow_not_applicable_follows_allow_dont_know_when_absent() -> None:
    allowed = {q.id: q.not_applicable_allowed for q in BANK.questions()}
    assert allowed == {
        "plan-doel": True,
        "plan-effect": True,
        "plan-geen": False,
        "plan-nvt": True,
        "plan-wie": True,
    }


@pytest.mark.parametrize(
    "answer",
    [
        {"not_applicable": True, "dont_know": True},
        {"not_applicable": True, "value": 3},
        {"not_applicable": True, "votes": [1, 0, 0, 0, 0]},
    ],
)
def test_not_applicable_is_an_answer_of_its_own(answer: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match="not_applicable_and_other"):
        Answer.model_validate(answer)


def test_a_marked_not_applicable_is_answered_not_scored_not_a_blind_spot() -> None:
    summary = summarize(
        result({"plan-doel": {"not_applicable": True}, "plan-effect": {"dont_know": True}}), BANK
    )
    doel, effect = summary.question("plan-doel"), summary.question("plan-effect")
    assert doel is not None and effect is not None
    assert (doel.score, doel.status, doel.blind_spot, doel.answered) == (None, None, False, True)
    assert (doel.not_applicable, doel.dont_know, doel.dont_know_share) == (1, 0, 0.0)
    assert effect.blind_spot and effect.not_applicable == 0
    theme = summary.theme("plan")
    assert theme is not None
    assert (theme.answered, theme.dont_know, theme.not_applicable) == (2, 1, 1)
    assert (theme.dont_know_answers, theme.not_applicable_answers) == (1, 1)
    assert summary.not_applicable == ("plan-doel",)
    assert summary.blind_spots == ("plan", "plan-effect")  # 1 of 2 answered: half
    assert summary.answered == 2


def test_votes_not_applicable_counts_in_the_share_but_is_no_blind_spot() -> None:
    answers = {
        "plan-doel": {"votes": [0, 0, 0, 2, 0], "dont_know_votes": 1, "not_applicable_votes": 3},
        "plan-effect": {"votes": [0, 0, 1, 0, 0], "dont_know_votes": 2, "not_applicable_votes": 1},
    }
    summary = summarize(result(answers, mode="votes"), BANK)
    doel, effect = summary.question("plan-doel"), summary.question("plan-effect")
    assert doel is not None and effect is not None
    # weet niet 1 of 6 people; n.v.t. 3 of 6 is "mostly n.v.t."
    assert (doel.score, doel.dont_know_share, doel.blind_spot) == (4.0, 1 / 6, False)
    assert (doel.not_applicable, doel.mostly_not_applicable) == (3, True)
    # weet niet 2 of 4: a blind spot; n.v.t. 1 of 4 is not mostly n.v.t.
    assert (effect.dont_know_share, effect.blind_spot, effect.mostly_not_applicable) == (
        0.5,
        True,
        False,
    )
    assert summary.not_applicable == ("plan-doel",)
    theme = summary.theme("plan")
    assert theme is not None
    assert (theme.not_applicable, theme.not_applicable_answers, theme.dont_know_answers) == (
        1,
        4,
        3,
    )


def test_check_refuses_not_applicable_where_it_is_not_allowed() -> None:
    problems = check_result(
        result({"plan-geen": {"not_applicable": True}, "plan-nvt": {"not_applicable": True}}), BANK
    )
    assert [(p.key, p.place) for p in problems] == [
        ("not_applicable_not_allowed", "answers.plan-geen.not_applicable")
    ]


def test_check_refuses_not_applicable_votes_outside_votes_mode() -> None:
    problems = check_result(result({"plan-doel": {"not_applicable_votes": 2}}), BANK)
    assert [(p.key, p.place) for p in problems] == [
        ("not_applicable_not_votes_mode", "answers.plan-doel.not_applicable_votes")
    ]


def test_only_not_applicable_votes_is_not_an_empty_answer() -> None:
    problems = check_result(result({"plan-doel": {"not_applicable_votes": 2}}, mode="votes"), BANK)
    assert problems == []


def test_file_keeps_not_applicable_apart_and_old_marks_stay_weet_niet() -> None:
    made = result(
        {
            "plan-doel": {"not_applicable": True},
            "plan-effect": {"dont_know": True},
            "plan-wie": {"value": True},
        }
    )
    text = dump_result(made)
    assert "[answers.plan-doel]\nnot_applicable = true\n" in text
    assert "[answers.plan-effect]\ndont_know = true\n" in text
    assert "not_applicable = false" not in text and "dont_know = false" not in text
    again = result_from(tomllib.loads(text), None)
    assert again == made
    assert again.answers["plan-effect"].not_applicable is False


def individual(role: str, answers: dict[str, Any]) -> Individual:
    return Individual(Path(f"{role}-{len(answers)}.toml"), result(answers, "individual", role))


def test_merge_counts_not_applicable_apart_per_role() -> None:
    items = [
        individual("wijkagent", {"plan-doel": {"not_applicable": True}}),
        individual("woe", {"plan-doel": {"value": 4}, "plan-effect": {"not_applicable": True}}),
        individual("teamchef", {"plan-doel": {"dont_know": True}}),
    ]
    now = dt.datetime(2026, 11, 29, tzinfo=dt.UTC)
    merged = merge_results(items, BANK, now=now)
    doel = merged.answers["plan-doel"]
    assert (doel.votes, doel.dont_know_votes, doel.not_applicable_votes) == ((0, 0, 0, 1, 0), 1, 1)
    assert doel.by_role is not None
    assert doel.by_role["wijkagent"].not_applicable_votes == 1
    assert doel.by_role["teamchef"].not_applicable_votes is None
    effect = merged.answers["plan-effect"]
    assert (effect.votes, effect.not_applicable_votes) == ((0, 0, 0, 0, 0), 1)
    assert check_result(merged, BANK) == []
    summary = summarize(merged, BANK)
    assert summary.not_applicable == ("plan-effect",)


def test_merged_not_applicable_must_add_up() -> None:
    items = [
        individual("wijkagent", {"plan-doel": {"not_applicable": True}}),
        individual("woe", {"plan-doel": {"value": 4}}),
    ]
    merged = merge_results(items, BANK, now=dt.datetime(2026, 11, 29, tzinfo=dt.UTC))
    data = merged.model_dump(by_alias=True, exclude_none=True)
    data["answers"]["plan-doel"]["not_applicable_votes"] = 2
    broken = Result.model_validate(data)
    problems = check_merged(broken, {q.id: q for q in BANK.questions()})
    assert [(p.key, p.place) for p in problems] == [
        ("tally_too_many", "answers.plan-doel.votes"),
        ("tally_not_sum", "answers.plan-doel.not_applicable_votes"),
    ]
