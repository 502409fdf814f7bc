"""A result against its bank: each answer type, votes, priorities, and merged sums."""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MakeResult
from woest_tui.core.check.merged import check_merged
from woest_tui.core.check.result import check_answer, check_result, check_value
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.merge.results import merge_results, read_individuals
from woest_tui.core.model import Answer, Questionnaire, Result

CORPUS = Path(__file__).parent / "corpus"
MINI = load_questionnaire(CORPUS / "mini_bank.toml")
MERGED = CORPUS / "mini_merged.toml"
FIX = Path(__file__).parent / "fixtures" / "compare"
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]


def question(qid: str) -> Any:
    found = MINI.question(qid)
    assert found is not None
    return found


def keys(problems: list[Any]) -> list[str]:
    return [p.key for p in problems]


# --- check_value: what the TUI asks for each typed answer ----------------------------------


@pytest.mark.parametrize(
    ("qid", "value", "key"),
    [
        ("doel-oorzaak", 4, None),
        ("doel-oorzaak", 6, "out_of_scale"),
        ("doel-oorzaak", 0, "out_of_scale"),
        ("doel-oorzaak", 3.5, "wrong_value_type"),
        ("doel-oorzaak", True, "wrong_value_type"),
        ("tijd-vaak", 3, None),
        ("tijd-vaak", 4, "out_of_scale"),  # its own scale, 1 to 3
        ("doel-wie", "oe", None),
        ("doel-wie", "woe", "unknown_option"),
        ("doel-wie", ("oe",), "wrong_value_type"),
        ("tijd-uren", 12.5, None),
        ("tijd-uren", 41, "above_max"),
        ("tijd-uren", -1, "below_min"),
        ("tijd-uren", math.nan, "number_not_finite"),
        ("tijd-uren", -math.inf, "number_not_finite"),
        ("tijd-uren", 2**70, "number_too_large"),
        ("tijd-uren", False, "wrong_value_type"),
        ("tijd-uren", "12", "wrong_value_type"),
    ],
)
def test_check_value(qid: str, value: object, key: str | None) -> None:
    problem = check_value(question(qid), MINI, value)
    assert (problem and problem.key) == key


def test_check_value_of_multi_yesno_and_text(woest_bank: Questionnaire) -> None:
    by_type = {q.type: q for q in woest_bank.questions()}
    multi = by_type["multi"]
    first, second = (o.id for o in (multi.options or ())[:2])
    assert check_value(multi, woest_bank, (first, second)) is None
    assert keys([check_value(multi, woest_bank, (first, first))]) == ["duplicate_option"]
    assert keys([check_value(multi, woest_bank, first)]) == ["wrong_value_type"]
    assert check_value(by_type["yesno"], woest_bank, True) is None
    assert keys([check_value(by_type["yesno"], woest_bank, 1)]) == ["wrong_value_type"]
    assert check_value(by_type["text"], woest_bank, "") is None
    assert keys([check_value(by_type["text"], woest_bank, 3)]) == ["wrong_value_type"]


# --- check_answer and check_result ---------------------------------------------------------


def test_votes_belong_to_votes_mode_and_have_a_count_per_point() -> None:
    answer = Answer(votes=(1, 2))
    found = check_answer(question("doel-oorzaak"), MINI, answer, "consensus", "answers.x")
    assert keys(found) == ["votes_not_votes_mode", "votes_length"]
    assert found[1].params == {"expected": 5, "found": 2}
    on_choice = check_answer(question("doel-wie"), MINI, Answer(votes=(1, 1)), "votes", "a")
    assert keys(on_choice) == ["votes_not_scale"]


def test_an_answer_of_only_a_note_is_fine_an_empty_one_is_not() -> None:
    assert check_answer(question("doel-wie"), MINI, Answer(note="later"), "consensus", "a") == []
    assert keys(check_answer(question("doel-wie"), MINI, Answer(), "consensus", "a")) == [
        "empty_answer"
    ]


def test_check_result_names_every_place(make_result: MakeResult) -> None:
    result = make_result(
        MINI,
        {"doel-oorzaak": {"value": 9}, "weg": {"value": 1}, "tijd-uren": {"value": 3}},
        priorities=[{"ref": "nergens", "action": "x", "owner": "oe", "due": dt.date(2027, 3, 1)}],
    )
    found = check_result(result, MINI)
    assert [(p.key, p.place) for p in found] == [
        ("out_of_scale", "answers.doel-oorzaak.value"),
        ("unknown_question", "answers.weg"),
        ("unknown_ref", "priorities[0].ref"),
    ]


def test_another_bank_is_one_problem(make_result: MakeResult, quick_bank: Questionnaire) -> None:
    found = check_result(make_result(quick_bank, {}), MINI)
    assert [(p.key, p.place) for p in found] == [("other_bank", "questionnaire.id")]


def test_required_questions_of_a_finished_result(
    make_result: MakeResult, quick_bank: Questionnaire
) -> None:
    required = [q.id for q in quick_bank.questions() if q.required]
    assert required
    open_ones = check_result(make_result(quick_bank, {}, finished=True), quick_bank)
    assert [p.params["id"] for p in open_ones] == required
    assert check_result(make_result(quick_bank, {}, finished=False), quick_bank) == []


# --- merged results add up -----------------------------------------------------------------


def merged_data() -> dict[str, Any]:
    return tomllib.loads(MERGED.read_text("utf-8"))


def test_the_merged_base_adds_up() -> None:
    assert check_result(load_result(MERGED), MINI) == []


def test_a_real_merge_adds_up() -> None:
    items, bank = read_individuals(INDIVIDUAL, [FIX / "bank-v2.toml"])
    merged = merge_results(items, bank)
    assert check_merged(merged, {q.id: q for q in bank.questions()}) == []


def test_a_result_that_is_not_merged_is_not_summed(make_result: MakeResult) -> None:
    assert check_merged(make_result(MINI, {}), {}) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["session"].update(merged_from=9),
            ("merged_from_roles", "session.merged_from"),
        ),
        (
            lambda d: d["session"]["roles"].pop("woe"),
            ("merged_from_roles", "session.merged_from"),
        ),
        (
            lambda d: d["answers"]["doel-oorzaak"].update(votes=[0, 1, 1, 1, 0]),
            ("tally_not_sum", "answers.doel-oorzaak.votes"),
        ),
        (
            lambda d: d["answers"]["doel-wie"].update(dont_know_votes=0),
            ("tally_not_sum", "answers.doel-wie.dont_know_votes"),
        ),
        (
            lambda d: d["answers"]["doel-wie"]["by_role"]["woe"]["counts"].update(teamchef=1),
            ("tally_not_sum", "answers.doel-wie.counts.teamchef"),
        ),
        (
            lambda d: d["answers"]["tijd-uren"].update(values=[8.5, 5]),
            ("values_not_sum", "answers.tijd-uren.values"),
        ),
        (
            lambda d: d["answers"]["doel-oorzaak"]["by_role"].update(oe={"votes": [0] * 5}),
            ("role_not_present", "answers.doel-oorzaak.by_role.oe"),
        ),
        (
            lambda d: d["answers"]["tijd-uren"].update(values=[4, 8.5, 1, 2]),
            ("tally_too_many", "answers.tijd-uren.values"),
        ),
    ],
    ids=[
        "merged-from",
        "role-missing",
        "votes",
        "dont-know",
        "counts",
        "values",
        "role-not-present",
        "too-many",
    ],
)
def test_what_does_not_add_up(change: Any, expected: tuple[str, str]) -> None:
    data = merged_data()
    change(data)
    found = check_result(Result.model_validate(data), MINI)
    assert expected in [(p.key, p.place) for p in found]


def test_a_values_order_does_not_matter() -> None:
    data = merged_data()
    data["answers"]["tijd-uren"]["values"] = [8.5, 4]
    assert check_result(Result.model_validate(data), MINI) == []
