"""Rounding is half up on the decimal number, as the README's rule says (issue 12, point 3)."""

from __future__ import annotations

import pytest

from tests.test_scoring import bank, question, result, theme
from woest_tui.core.scoring.records import rounded, shown_digits
from woest_tui.core.scoring.rules import summarize
from woest_tui.report.common import number, score_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2.505, 2.51),  # binary 2.50499...: round() made it 2.5
        (2.515, 2.52),
        (2.525, 2.53),  # round-half-even would give 2.52
        (1.005, 1.01),
        (3.996, 4.0),
        (3.994, 3.99),
        (-0.125, -0.13),  # a half goes away from zero
        (0.125, 0.13),
        (4.0, 4.0),
        (1 / 3, 0.33),
        (2 / 3, 0.67),
    ],
)
def test_scores_round_half_up_to_two_decimals(value, expected):
    assert rounded(value) == expected


@pytest.mark.parametrize(
    ("value", "digits", "nl", "en"),
    [
        (3.25, 1, "3,3", "3.3"),  # round-half-even (the format mini-language) gave 3,2
        (3.35, 1, "3,4", "3.4"),  # binary 3.3499...
        (2.45, 1, "2,5", "2.5"),
        (0.05, 1, "0,1", "0.1"),
        (12.5, 0, "13", "13"),
        (2.505, 2, "2,51", "2.51"),
        (-0.25, 1, "-0,3", "-0.3"),
    ],
)
def test_shown_numbers_round_half_up(value, digits, nl, en):
    assert number(value, "nl", digits) == nl
    assert number(value, "en", digits) == en


def test_a_theme_of_2_50_and_2_51_is_2_51_neutral():
    # the case of the issue: the mean 2.505 is 2.51 by the README's rule, neutral, not 2.5
    b = bank(theme("t", question("a"), question("b")))
    votes_a = [0, 1, 1, 0, 0]  # 2.5
    votes_b = [0, 49, 51, 0, 0]  # 2.51
    s = summarize(result({"a": {"votes": votes_a}, "b": {"votes": votes_b}}, mode="votes"), b)
    assert [q.score for q in s.questions] == [2.5, 2.51]
    assert (s.themes[0].score, s.themes[0].status) == (2.51, "neutral")
    assert score_text(s.themes[0].score, b.scale, "nl") == "2,51"


def test_a_score_that_rounds_half_up_over_no_threshold_shows_one_decimal():
    scale = bank(theme("t", question("q"))).scale
    # 2.55 reads 2,6 neutral under half up: one decimal agrees with its status
    assert shown_digits(2.55, scale) == 1
    assert score_text(2.55, scale, "nl") == "2,6"
    # 3.95 would read 4,0 while it is neutral: two decimals
    assert score_text(3.95, scale, "nl") == "3,95"


def test_a_blind_spot_is_not_also_a_strength_or_development_point():
    # issue 12, point 6: 3 hands "eens", 8 "weet niet"; and a theme that is a blind spot
    b = bank(theme("t", question("a")), theme("u", question("b"), question("c")))
    answers = {
        "a": {"votes": [0, 0, 0, 3, 0], "dont_know_votes": 8},
        "b": {"votes": [1, 0, 0, 0, 0], "dont_know_votes": 5},
        "c": {"votes": [2, 0, 0, 0, 0], "dont_know_votes": 2},
    }
    s = summarize(result(answers, mode="votes"), b)
    found_a, theme_u = s.question("a"), s.theme("u")
    assert found_a is not None and found_a.status == "strength"
    assert theme_u is not None and theme_u.status == "development"
    assert "a" in s.blind_spots and "t" in s.blind_spots and "u" in s.blind_spots
    assert s.strengths == ()
    # c (half "weet niet") is a blind spot too; nothing is left as a development point
    assert s.development_points == ()
