"""A question with allow_dont_know = false refuses "weet niet" (a fixture bank: the bundled allow it)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import MakeResult
from woest_tui.core.check.result import check_result
from woest_tui.core.errors import Problem
from woest_tui.core.files.bank import load_questionnaire

BANK = load_questionnaire(Path(__file__).parent / "fixtures" / "dont_know" / "bank.toml")


def keys(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.key, p.place) for p in problems]


def test_the_fixture_bank_switches_it_off_on_two_questions_only() -> None:
    off = [q.id for t in BANK.themes for q in t.questions if not q.allow_dont_know]
    assert off == ["stap-plan", "stap-oorzaak"]


def test_dont_know_is_refused_where_it_is_off(make_result: MakeResult) -> None:
    result = make_result(
        BANK, {"stap-plan": {"dont_know": True}, "stap-samen": {"dont_know": True}}
    )
    assert keys(check_result(result, BANK)) == [
        ("dont_know_not_allowed", "answers.stap-plan.dont_know")
    ]


def test_dont_know_votes_are_refused_where_it_is_off(make_result: MakeResult) -> None:
    answers = {
        "stap-oorzaak": {"votes": [0, 1, 0, 2, 0], "dont_know_votes": 1},
        "stap-samen": {"votes": [0, 1, 0, 2, 0], "dont_know_votes": 1},
    }
    result = make_result(BANK, answers, mode="votes")
    assert keys(check_result(result, BANK)) == [
        ("dont_know_not_allowed", "answers.stap-oorzaak.dont_know_votes")
    ]


def test_a_value_is_fine_where_it_is_off(make_result: MakeResult) -> None:
    result = make_result(BANK, {"stap-plan": {"value": False}, "stap-oorzaak": {"value": 4}})
    assert check_result(result, BANK) == []
