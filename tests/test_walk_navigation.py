"""The walk's navigation rules, without a screen: next, back, jumps, the way back, plans."""

from __future__ import annotations

import pytest

from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.model import Questionnaire
from woest_tui.core.session.draft import Draft
from woest_tui.core.session.walk import Position, Walk

# stand: 4 questions, woe: 3, stap: 3 (ids and order never change again)
BANK = load_questionnaire(bundled_dir() / "earlier" / "quickscan-1.0.0.toml")
INTRO_WOE, INTRO_STAP = 5, 9
LAST = 12


@pytest.fixture
def bank() -> Questionnaire:
    return BANK


def ids(walk: Walk) -> str:
    question = walk.question
    return f"intro:{walk.theme.id}" if question is None else question.id


def test_every_theme_has_its_introduction_then_its_questions(bank: Questionnaire) -> None:
    walk = Walk(bank)
    assert walk.positions[:6] == [
        Position(0, None),
        *(Position(0, q) for q in range(4)),
        Position(1, None),
    ]
    assert len(walk.positions) == LAST + 1
    assert walk.index == 0 and walk.question is None and walk.at_start


def test_next_goes_through_every_position_then_reports_the_end(bank: Questionnaire) -> None:
    walk = Walk(bank)
    seen = [ids(walk)]
    while walk.next():
        seen.append(ids(walk))
    assert seen[:3] == ["intro:stand", "stand-cijfer", "stand-oorzaak"]
    assert seen[-1] == "stap-eerste-actie" and len(seen) == LAST + 1
    assert walk.index == LAST  # past the end the walk stays: the review opens
    assert walk.confirmed() == "end" and walk.index == LAST


def test_back_goes_one_position_back_and_stops_at_the_start(bank: Questionnaire) -> None:
    walk = Walk(bank, start=4)  # woe-taken-helder, after woe's introduction
    assert ids(walk) == "woe-taken-helder"
    assert walk.back() and ids(walk) == "intro:woe"
    walk.go(0)
    assert not walk.back() and walk.index == 0


def test_start_opens_a_question_by_its_index_in_the_bank(bank: Questionnaire) -> None:
    assert ids(Walk(bank, start=0)) == "stand-cijfer"
    assert ids(Walk(bank, start=9)) == "stap-eerste-actie"
    assert ids(Walk(bank, start=99)) == "stap-eerste-actie"  # past the last: the last


def test_a_plan_opens_its_first_theme_and_moving_on_skips_the_others(bank: Questionnaire) -> None:
    walk = Walk(bank, planned=["woe"])
    assert ids(walk) == "intro:woe"
    seen = [ids(walk)]
    while walk.next():
        seen.append(ids(walk))
    assert seen == ["intro:woe", "woe-taken-helder", "woe-rol", "woe-uren-per-week"]
    # back and jumps still reach every theme
    assert walk.back() and ids(walk) == "woe-rol"
    walk.jump_to_theme(2)
    assert ids(walk) == "intro:stap"


def test_a_plan_of_later_themes_skips_the_ones_before_on_moving_on(bank: Questionnaire) -> None:
    walk = Walk(bank, planned=["stand", "stap"])
    walk.jump(3)  # stand-voortgang-besproken, the last of stand
    assert walk.next() and ids(walk) == "intro:stap"


def test_a_jump_from_the_overview_remembers_where_the_meeting_was(bank: Questionnaire) -> None:
    walk = Walk(bank, start=1)
    where = walk.index
    walk.jump(8, remember=True)
    assert ids(walk) == "stap-samenwerken-met" and walk.jumped_away
    # a second jump keeps the first place: that is where the meeting really was
    walk.jump(6, remember=True)
    assert walk.return_to == where and walk.jumped == walk.index
    assert walk.go_back() and walk.index == where and not walk.jumped_away
    assert not walk.go_back() and walk.index == where


def test_answering_the_question_jumped_to_goes_back_to_where_we_were(bank: Questionnaire) -> None:
    walk = Walk(bank, start=1)
    where = walk.index
    walk.jump(8, remember=True)
    assert walk.confirmed() == "returned" and walk.index == where
    assert not walk.jumped_away


def test_moving_on_from_the_jumped_question_keeps_the_way_back(bank: Questionnaire) -> None:
    walk = Walk(bank, start=1)
    where = walk.index
    walk.jump(6, remember=True)
    assert walk.back()  # elsewhere now: confirming here just moves on
    assert walk.confirmed() == "next" and walk.return_to == where


def test_a_jump_to_where_the_meeting_is_or_from_the_review_remembers_nothing(
    bank: Questionnaire,
) -> None:
    walk = Walk(bank, start=2)
    walk.jump(2, remember=True)
    assert not walk.jumped_away
    walk.jump(7)  # from the review
    assert ids(walk) == "stap-plan-van-aanpak" and not walk.jumped_away


def test_next_open_finds_the_first_open_question_after_this_one(bank: Questionnaire) -> None:
    answered = {"stand-oorzaak", "stand-brandjes-blussen", "woe-taken-helder"}
    walk = Walk(bank, start=0)
    walk.jump(5, remember=True)
    target = walk.next_open(lambda qid: qid in answered)
    assert target is not None and walk.go(target)
    assert ids(walk) == "woe-uren-per-week" and not walk.jumped_away


def test_next_open_goes_round_to_the_start(bank: Questionnaire) -> None:
    walk = Walk(bank, start=9)
    every = {q.id for q in bank.questions()}
    target = walk.next_open(lambda qid: qid in every - {"stand-cijfer"})
    assert target is not None and walk.go(target)
    assert ids(walk) == "stand-cijfer"


def test_next_open_stays_when_everything_is_answered(bank: Questionnaire) -> None:
    walk = Walk(bank, start=3)
    walk.jump(7, remember=True)
    assert walk.next_open(lambda qid: True) is None
    assert ids(walk) == "stap-plan-van-aanpak" and not walk.jumped_away


def test_drafts_are_kept_per_question_until_confirmed(bank: Questionnaire) -> None:
    walk = Walk(bank, start=0)
    question = walk.question
    assert question is not None
    assert walk.draft(question, None) == Draft()
    walk.keep(question, Draft(value=7, note="eerst"))
    walk.next()
    walk.back()
    assert walk.draft(question, None) == Draft(value=7, note="eerst")
    walk.forget(question)
    assert walk.draft(question, None) == Draft()


def test_theme_position_and_position_of(bank: Questionnaire) -> None:
    walk = Walk(bank)
    assert walk.theme_position(1) == INTRO_WOE and walk.theme_position(2) == INTRO_STAP
    assert walk.position_of(4) == INTRO_WOE + 1
