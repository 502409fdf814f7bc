"""A draft becomes an answer or a problem, for every question type and every mode."""

from __future__ import annotations

import datetime as dt

import pytest

from woest_tui.core.errors import Problem
from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.model import Answer, Mode, Question, Result
from woest_tui.core.session.draft import (
    Draft,
    answer_from,
    choice_value,
    chosen_places,
    draft_from,
    given,
    typed_number,
)
from woest_tui.core.session.new import new_result

BANK = load_questionnaire(bundled_dir() / "earlier" / "quickscan-1.0.0.toml")
STARTED = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
MODES: list[Mode] = ["consensus", "votes", "individual"]


def q(question_id: str) -> Question:
    return next(question for question in BANK.questions() if question.id == question_id)


def result(mode: Mode, **answers: Answer) -> Result:
    made = new_result(
        BANK,
        team="T",
        date=STARTED.date(),
        mode=mode,
        started=STARTED,
        role="wijkagent" if mode == "individual" else None,
    )
    return made.model_copy(update={"answers": answers})


def key(built: object) -> str | None:
    return built.key if isinstance(built, Problem) else None


# --- the value of each type -------------------------------------------------------------


@pytest.mark.parametrize("mode", ["consensus", "individual"])
@pytest.mark.parametrize(
    ("question_id", "value", "expected"),
    [
        ("stand-cijfer", 7, Answer(value=7)),
        ("stand-oorzaak", 4, Answer(value=4)),
        ("woe-rol", "adviseur", Answer(value="adviseur")),
        ("stap-samenwerken-met", ("noodhulp", "gemeente"), Answer(value=("noodhulp", "gemeente"))),
        ("stap-plan-van-aanpak", False, Answer(value=False)),
        ("woe-uren-per-week", "12", Answer(value=12)),
        ("woe-uren-per-week", " 7,5 ", Answer(value=7.5)),
        ("woe-uren-per-week", "8.0", Answer(value=8.0)),
        ("woe-uren-per-week", 12, Answer(value=12)),
        (
            "stap-eerste-actie",
            "Elke week één wijkprobleem",
            Answer(value="Elke week één wijkprobleem"),
        ),
    ],
)
def test_a_value_of_each_type_becomes_its_answer(
    mode: Mode, question_id: str, value: object, expected: Answer
) -> None:
    built = answer_from(q(question_id), BANK, result(mode), Draft(value=value))
    assert built == expected


@pytest.mark.parametrize(
    ("question_id", "value", "problem"),
    [
        ("woe-uren-per-week", "-", "number_not_number"),
        ("woe-uren-per-week", "41", "above_max"),
        ("woe-uren-per-week", "-3,5", "below_min"),
        ("stand-oorzaak", 9, "out_of_scale"),
        ("woe-rol", "baas", "unknown_option"),
    ],
)
def test_a_value_that_does_not_fit_is_a_problem_with_its_message_key(
    question_id: str, value: object, problem: str
) -> None:
    built = answer_from(q(question_id), BANK, result("consensus"), Draft(value=value))
    assert isinstance(built, Problem) and built.key == problem


def test_a_problem_carries_its_numbers() -> None:
    built = answer_from(q("woe-uren-per-week"), BANK, result("consensus"), Draft(value="41"))
    assert isinstance(built, Problem) and built.params == {"value": 41, "max": 40}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", [None, "", "   "])
def test_nothing_typed_leaves_the_question_open_or_keeps_only_the_note(
    mode: Mode, value: object
) -> None:
    for question_id in ("woe-uren-per-week", "stap-eerste-actie", "woe-rol"):
        empty = None if question_id == "woe-rol" else value
        draft = Draft(value=empty)
        assert answer_from(q(question_id), BANK, result(mode), draft) is None
        noted = Draft(value=empty, note="later")
        assert answer_from(q(question_id), BANK, result(mode), noted) == Answer(note="later")


@pytest.mark.parametrize("mode", MODES)
def test_marks_leave_out_the_value(mode: Mode) -> None:
    question = q("stand-oorzaak")
    dont_know = Draft(value=3, dont_know=True, note="n")
    assert answer_from(question, BANK, result(mode), dont_know) == Answer(dont_know=True, note="n")
    na = Draft(value=3, not_applicable=True)
    assert answer_from(question, BANK, result(mode), na) == Answer(not_applicable=True)


# --- votes mode ------------------------------------------------------------------------


def test_counted_hands_make_a_tally() -> None:
    draft = Draft(votes=((0, 2, 3, 1, 0), 1, 0), note="verdeeld")
    built = answer_from(q("stand-oorzaak"), BANK, result("votes"), draft)
    assert built == Answer(votes=(0, 2, 3, 1, 0), dont_know_votes=1, note="verdeeld")


def test_no_hands_leave_the_question_open() -> None:
    draft = Draft(votes=((0, 0, 0, 0, 0), 0, 0))
    assert answer_from(q("stand-oorzaak"), BANK, result("votes"), draft) is None
    assert answer_from(q("stand-oorzaak"), BANK, result("votes"), Draft()) is None


def test_a_count_that_is_no_number_is_a_problem() -> None:
    draft = Draft(votes=None, unreadable=True)
    built = answer_from(q("stand-oorzaak"), BANK, result("votes"), draft)
    assert key(built) == "votes_not_number"


def test_in_votes_mode_only_a_scale_counts_hands() -> None:
    built = answer_from(q("woe-rol"), BANK, result("votes"), Draft(value="regisseur"))
    assert built == Answer(value="regisseur")


def test_more_hands_than_took_part_in_a_merge_are_refused() -> None:
    merged = result("votes")
    merged = merged.model_copy(
        update={"session": merged.session.model_copy(update={"merged_from": 3})}
    )
    draft = Draft(votes=((0, 2, 3, 0, 0), 0, 0))
    assert isinstance(answer_from(q("stand-oorzaak"), BANK, merged, draft), Problem)
    fits = Draft(votes=((0, 2, 1, 0, 0), 0, 0))
    assert answer_from(q("stand-oorzaak"), BANK, merged, fits) == Answer(votes=(0, 2, 1, 0, 0))


def test_a_gathered_answer_takes_only_a_note() -> None:
    gathered = Answer.model_validate({"by_role": {"wijkagent": {"votes": (0, 1, 2, 0, 0)}}})
    saved = result("votes", **{"stand-oorzaak": gathered})
    draft = Draft(value=4, votes=((5, 0, 0, 0, 0), 0, 0), note="besproken")
    built = answer_from(q("stand-oorzaak"), BANK, saved, draft)
    assert isinstance(built, Answer)
    assert built.by_role == gathered.by_role and built.votes is None
    assert built.note == "besproken"


# --- drafts and what Enter does ---------------------------------------------------------


def test_a_saved_answer_shows_as_its_draft() -> None:
    assert draft_from(None) == Draft()
    saved = Answer(votes=(1, 2, 0, 0, 0), not_applicable_votes=2, note="x")
    assert draft_from(saved) == Draft(note="x", votes=((1, 2, 0, 0, 0), 0, 2))
    assert draft_from(Answer(value=3, dont_know=False)) == Draft(value=3)
    # the draft of a saved answer makes that answer again
    for answer in (Answer(value=2), Answer(dont_know=True, note="n"), Answer(not_applicable=True)):
        assert answer_from(q("stand-oorzaak"), BANK, result("consensus"), draft_from(answer)) == (
            answer
        )


@pytest.mark.parametrize(
    ("question_id", "places", "value"),
    [
        ("stand-cijfer", [7], 7),  # a 0-10 scale: the first option is 0
        ("stand-oorzaak", [0], 1),
        ("stap-plan-van-aanpak", [0], True),
        ("stap-plan-van-aanpak", [1], False),
        ("woe-rol", [2], "uitvoerder"),
        ("stap-samenwerken-met", [4, 0], ("noodhulp", "gemeente")),
        ("woe-rol", [], None),
    ],
)
def test_options_chosen_by_place_are_their_values_and_back(
    question_id: str, places: list[int], value: object
) -> None:
    question = q(question_id)
    assert choice_value(question, BANK, places) == value
    assert chosen_places(question, BANK, value) == sorted(places)


def test_typed_numbers() -> None:
    assert typed_number("") is None
    assert typed_number("12") == 12 and isinstance(typed_number("12"), int)
    assert typed_number("12,0") == 12.0 and isinstance(typed_number("12,0"), float)
    assert key(typed_number("1,2,3")) == "number_not_number"


@pytest.mark.parametrize(
    ("question_id", "mode", "draft", "saved", "expected"),
    [
        ("woe-rol", "consensus", Draft(), None, False),
        ("woe-rol", "consensus", Draft(value="adviseur"), None, True),
        ("stap-plan-van-aanpak", "consensus", Draft(value=False), None, True),
        ("woe-rol", "consensus", Draft(), Answer(value="adviseur"), True),
        ("woe-rol", "consensus", Draft(note="  "), None, False),
        ("woe-rol", "consensus", Draft(note="n"), None, True),
        ("woe-rol", "consensus", Draft(dont_know=True), None, True),
        ("woe-rol", "consensus", Draft(not_applicable=True), None, True),
        ("woe-uren-per-week", "consensus", Draft(value=" "), None, False),
        ("woe-uren-per-week", "consensus", Draft(value="3"), None, True),
        ("stap-eerste-actie", "consensus", Draft(), None, False),
        ("stap-eerste-actie", "consensus", Draft(value="  "), None, False),
        ("stap-eerste-actie", "consensus", Draft(value="ja"), None, True),
        ("stand-oorzaak", "votes", Draft(votes=((0,) * 5, 0, 0)), None, False),
        ("stand-oorzaak", "votes", Draft(votes=((0,) * 5, 0, 3)), None, False),
        ("stand-oorzaak", "votes", Draft(votes=((0,) * 5, 1, 0)), None, True),
        ("stand-oorzaak", "votes", Draft(votes=((0, 1, 0, 0, 0), 0, 0)), None, True),
        ("stand-oorzaak", "votes", Draft(unreadable=True), None, True),
    ],
)
def test_given_says_whether_enter_saves_or_skips(
    question_id: str, mode: Mode, draft: Draft, saved: Answer | None, expected: bool
) -> None:
    assert given(q(question_id), mode, draft, saved) is expected
