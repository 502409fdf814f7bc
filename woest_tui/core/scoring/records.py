"""What scoring produces: statuses, rounded scores and the score records (pure domain)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from woest_tui.core.model import Scale

Status = Literal["strength", "neutral", "development"]

#: Scores are rounded to this many decimals before anything is judged on them.
SCORE_DIGITS = 2
#: Scores this close to a threshold count as on it (guards against rounding in the mapping).
EPSILON = 1e-9


def half_up(value: float, digits: int) -> Decimal:
    """`value` rounded to `digits` decimals, half up (away from zero), in decimal arithmetic.

    Python's `round` and format work on the binary float: 2.505 is stored as
    2.50499999... and becomes 2.5, and 3.25 rounds to even (3.2). The README promises the
    rounding a person does by hand, so the float is first read as the decimal it stands
    for (12 significant digits drop the binary noise of a mean or a mapping), then rounded.

    Args:
        value: a finite number.
        digits: decimals to keep.

    Returns:
        The rounded number, as a Decimal with exactly `digits` decimals.
    """
    return Decimal(f"{value:.12g}").quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def rounded(value: float | None) -> float | None:
    """A score rounded to `SCORE_DIGITS` decimals, half up, the value every status is judged on.

    Args:
        value: a score, or None.

    Returns:
        The rounded score, or None.
    """
    return None if value is None else float(half_up(value, SCORE_DIGITS))


def status_of(score: float | None, scale: Scale) -> Status | None:
    """The status of a score by the thresholds of `scale`.

    Args:
        score: a score on `scale`, or None.
        scale: a scale with strength and development thresholds.

    Returns:
        "strength", "development", "neutral", or None without a score or thresholds.
    """
    if score is None or scale.strength is None or scale.development is None:
        return None
    if score >= scale.strength - EPSILON:
        return "strength"
    if score <= scale.development + EPSILON:
        return "development"
    return "neutral"


def shown_digits(score: float, scale: Scale) -> int:
    """How many decimals to show a score with so that the number agrees with its status.

    One decimal reads best; where rounding to one would put the number on the other side
    of a threshold (3.95 shown as 4.0 while strength starts at 4.0), it gets two, which is
    the score exactly.

    Args:
        score: a score on `scale`, already rounded to `SCORE_DIGITS` decimals.
        scale: the scale whose thresholds judge it.

    Returns:
        1 or 2.
    """
    one = float(half_up(score, 1))
    return 1 if status_of(one, scale) == status_of(score, scale) else SCORE_DIGITS


@dataclass(frozen=True)
class QuestionScore:
    """The score of one question."""

    id: str
    theme: str
    type: str
    score: float | None
    """On the bank's default scale, rounded to 2 decimals; None when nothing was scored."""
    status: Status | None
    responses: int
    """Answers counted, "weet niet" not included."""
    dont_know: int
    """How many said "weet niet"."""
    dont_know_share: float | None
    """dont_know / (responses + dont_know + not_applicable); None when all are 0."""
    spread: float | None
    """Standard deviation of the votes on the default scale, rounded; None without votes."""
    disagreement: bool
    blind_spot: bool
    own_score: float | None = None
    """The score on the question's own scale (after mirroring), rounded; None when nothing
    was scored. Equal to `score` for a question on the default scale."""
    own_scale: Scale | None = None
    """The question's own scale, when it has one; its thresholds, if any, judge `own_score`."""
    not_applicable: int = 0
    """How many said "n.v.t.": never scored, never a blind spot."""

    @property
    def answered(self) -> bool:
        """Whether anything was answered, "weet niet" and "n.v.t." included."""
        return self.responses + self.dont_know + self.not_applicable > 0

    @property
    def mostly_not_applicable(self) -> bool:
        """Whether at least half of its answers are "n.v.t." (a marked answer: itself)."""
        given = self.responses + self.dont_know + self.not_applicable
        return self.not_applicable > 0 and self.not_applicable * 2 >= given

    @property
    def judged_on_own_scale(self) -> bool:
        """Whether the status comes from the question's own thresholds."""
        return self.own_scale is not None and self.own_scale.strength is not None


@dataclass(frozen=True)
class ThemeScore:
    """The score of one theme."""

    id: str
    score: float | None
    """The mean of its questions' scores, rounded to 2 decimals."""
    status: Status | None
    answered: int
    """Questions with an answer or "weet niet"."""
    dont_know: int
    """Questions whose answer is "weet niet": marked so, or (with votes) by at least half."""
    total: int
    blind_spot: bool
    dont_know_share: float | None = None
    """dont_know / answered; None when nothing was answered."""
    dont_know_answers: int = 0
    """Every "weet niet" given in the theme: one per marked answer, one per vote."""
    not_applicable: int = 0
    """Questions whose answer is "n.v.t.": marked so, or (with votes) by at least half."""
    not_applicable_answers: int = 0
    """Every "n.v.t." given in the theme: one per marked answer, one per vote."""


@dataclass(frozen=True)
class Summary:
    """Everything the summary shows, without any text: ids, numbers and statuses."""

    questions: tuple[QuestionScore, ...]
    themes: tuple[ThemeScore, ...]
    strengths: tuple[str, ...]
    development_points: tuple[str, ...]
    blind_spots: tuple[str, ...]
    disagreements: tuple[str, ...]
    answered: int
    total: int
    finished: bool
    scale: Scale
    """The bank's default scale, whose thresholds judge the themes."""
    roles: dict[str, tuple[ThemeScore, ...]] = field(default_factory=dict)
    """Per-role theme scores of a merged result; empty otherwise."""
    not_applicable: tuple[str, ...] = ()
    """Questions answered "n.v.t." (by at least half), in the bank's order."""

    def question(self, question_id: str) -> QuestionScore | None:
        """The score of the question with this id, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    def theme(self, theme_id: str) -> ThemeScore | None:
        """The score of the theme with this id, or None."""
        return next((t for t in self.themes if t.id == theme_id), None)
