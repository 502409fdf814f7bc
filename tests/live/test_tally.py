"""The tallies of the live room: every question type, typed hands, the fewer-than-3 rule."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from woest_tui.core.check.result import check_result
from woest_tui.core.files.storage import dump_result, load_result
from woest_tui.core.model import Question, Questionnaire
from woest_tui.core.roles import ROLES, role_ids
from woest_tui.core.session.state import new_result
from woest_tui.live.tally import OTHER, Typed, Vote, groups_of, live_answer, live_result


def of_type(bank: Questionnaire, kind: str) -> Question:
    return next(q for q in bank.questions() if q.type == kind)


def test_bank_without_roles_offers_the_start_screens_roles(quickscan: Questionnaire) -> None:
    assert role_ids(quickscan.model_copy(update={"roles": None})) == list(ROLES)


def test_a_bank_with_roles_offers_its_own(quickscan: Questionnaire) -> None:
    assert quickscan.roles is not None
    assert role_ids(quickscan) == [role.id for role in quickscan.roles]


@pytest.mark.parametrize(
    ("people", "expected"),
    [
        # three or more apart, the rest together
        (["a"] * 3 + ["b"] * 3 + [None] * 3, {"a": "a", "b": "b", None: OTHER}),
        # one teamchef and two OE's: neither is shown apart, they count as overig
        (["w"] * 5 + ["chef"] + ["oe"] * 2, {"w": "w", "chef": OTHER, "oe": OTHER}),
        # one person beside a group would be the total minus the group: the group joins
        (["w"] * 5 + ["chef"], {"w": OTHER, "chef": OTHER}),
        # overig with two: the smallest group apart joins it, the larger stays
        (["w"] * 5 + ["oe"] * 3 + [None] * 2, {"w": "w", "oe": OTHER, None: OTHER}),
        ([None, None], {None: OTHER}),
    ],
)
def test_groups_follow_the_fewer_than_3_rule(
    people: list[str | None], expected: dict[str | None, str]
) -> None:
    groups = groups_of(people)
    assert groups == expected
    sizes = Counter(groups[p] for p in people)
    apart = [g for g in sizes if g != OTHER]
    # every group shown apart has three or more, and so has overig when anything is apart
    assert all(sizes[g] >= 3 for g in apart)
    assert not apart or sizes[OTHER] in (0,) or sizes[OTHER] >= 3


def test_every_type_tallies(quickscan: Questionnaire) -> None:
    scale = of_type(quickscan, "scale")
    low = quickscan.scale_of(scale).min
    answer = live_answer(
        scale, quickscan, [("a", Vote(low)), ("a", Vote(low)), ("a", Vote(dont_know=True))]
    )
    assert answer is not None and answer.votes is not None
    assert answer.votes[0] == 2 and answer.dont_know_votes == 1
    yesno = of_type(quickscan, "yesno")
    answer = live_answer(
        yesno, quickscan, [("a", Vote(True)), ("a", Vote(False)), ("a", Vote(True))]
    )
    assert answer is not None and answer.counts == {"yes": 2, "no": 1}
    multi = of_type(quickscan, "multi")
    ids = [o.id for o in multi.options or ()]
    answer = live_answer(multi, quickscan, [("a", Vote((ids[0], ids[1]))), ("a", Vote((ids[1],)))])
    assert answer is not None and answer.counts is not None
    assert answer.counts[ids[0]] == 1 and answer.counts[ids[1]] == 2
    choice = of_type(quickscan, "choice")
    first = (choice.options or ())[0].id
    answer = live_answer(choice, quickscan, [("a", Vote(first))])
    assert answer is not None and answer.counts is not None and answer.counts[first] == 1
    number = of_type(quickscan, "number")
    answer = live_answer(number, quickscan, [("a", Vote(4)), ("a", Vote(6.5))])
    assert answer is not None and answer.values == (4, 6.5)
    text = of_type(quickscan, "text")
    answer = live_answer(text, quickscan, [("a", Vote("een")), ("a", Vote("twee"))])
    assert answer is not None and sorted(answer.values or ()) == ["een", "twee"]


def test_nobody_answered_saves_nothing(quickscan: Questionnaire) -> None:
    assert live_answer(of_type(quickscan, "scale"), quickscan, []) is None


def test_typed_hands_add_to_the_phones_under_overig(quickscan: Questionnaire) -> None:
    scale = of_type(quickscan, "scale")
    low = quickscan.scale_of(scale).min
    ballots = [("w", Vote(low))] * 3 + [(OTHER, Vote(low + 1))] * 3
    typed = Typed({str(low + 1): 2}, dont_know=1)
    answer = live_answer(scale, quickscan, ballots, typed)
    assert answer is not None and answer.votes is not None and answer.by_role is not None
    assert answer.votes[:2] == (3, 5) and answer.dont_know_votes == 1
    other = answer.by_role[OTHER]
    assert other.votes is not None and other.votes[1] == 5 and other.dont_know_votes == 1


def test_a_group_answering_with_fewer_than_3_is_never_stored_apart(
    quickscan: Questionnaire,
) -> None:
    scale = of_type(quickscan, "scale")
    low = quickscan.scale_of(scale).min
    # the groups are big enough in the room, but only two wijkagenten answered this one
    ballots = [("w", Vote(low))] * 2 + [(OTHER, Vote(low + 1))] * 4
    answer = live_answer(scale, quickscan, ballots)
    assert answer is not None and answer.by_role is None
    ballots = [("w", Vote(low))] * 3 + [(OTHER, Vote(low + 1))] * 4
    answer = live_answer(scale, quickscan, ballots)
    assert answer is not None and answer.by_role is not None
    assert set(answer.by_role) == {"w", OTHER}


def test_live_result_is_a_valid_votes_result_with_groups(
    quickscan: Questionnaire, tmp_path
) -> None:
    moment = dt.datetime(2026, 12, 3, 19, 30, tzinfo=dt.UTC)
    result = new_result(quickscan, team="Team", date=moment.date(), mode="votes", started=moment)
    scale = of_type(quickscan, "scale")
    low = quickscan.scale_of(scale).min
    ballots = [("wijkagent", Vote(low))] * 3 + [(OTHER, Vote(low))] * 4
    answer = live_answer(scale, quickscan, ballots, Typed({str(low): 2}))
    result = live_result(
        result.model_copy(update={"answers": {scale.id: answer}}),
        quickscan,
        {"wijkagent": 3, OTHER: 4},
    )
    assert result.schema_ == 1 and result.session.live
    assert result.session.roles == {"wijkagent": 3, OTHER: 6}
    assert result.session.merged_from is None and result.session.people == 9
    path = tmp_path / "live.toml"
    path.write_text(dump_result(result))
    again = load_result(path)
    assert again == result
    assert check_result(again, quickscan) == []


def test_a_live_result_of_one_phone_loads(quickscan: Questionnaire, tmp_path) -> None:
    moment = dt.datetime(2026, 12, 3, 19, 30, tzinfo=dt.UTC)
    result = new_result(quickscan, team="Team", date=moment.date(), mode="votes", started=moment)
    scale = of_type(quickscan, "scale")
    answer = live_answer(scale, quickscan, [(OTHER, Vote(quickscan.scale_of(scale).min))])
    result = live_result(
        result.model_copy(update={"answers": {scale.id: answer}}), quickscan, {OTHER: 1}
    )
    assert result.session.people == 1
    path = tmp_path / "live.toml"
    path.write_text(dump_result(result))
    assert load_result(path).session.live
