"""Score a result against its bank: statuses, blind spots and disagreement (pure domain).

The rules, in short (the README says the same in words for facilitators):

* A scale question's score is its answer, or in votes mode (and in merged results) the
  mean of the votes. A reverse-worded question is mirrored on its own scale first
  (``min + max - value``); a question with its own scale is then mapped linearly onto the
  bank's default scale (`Scale.to_default`). "Weet niet" and "n.v.t." are counted apart,
  never scored.
  Choice, multi, yes/no, number and text questions get no score and no status.
* Every score (own-scale, default-scale, theme) and every spread is rounded to 2 decimals
  (`scores.rounded`) before it is judged, so the number shown (see `scores.shown_digits`)
  and in the JSON never contradicts its status.
* Status: ``strength`` at or above the bank's strength threshold, ``development`` at or
  below its development threshold, ``neutral`` in between, ``None`` when nothing was scored.
  A question whose own scale has thresholds is judged by those, on its own-scale score.
  Scores within `EPSILON` of a threshold count as on it.
* A theme's score is the plain mean of the (rounded) scores of its scored scale questions,
  rounded; its status follows the bank's thresholds.
* Blind spot: a question where at least `BLIND_SPOT_SHARE` (half) of its answers are
  "weet niet"; for a consensus or individual answer that is "weet niet" itself. "N.v.t."
  (what is asked about does not exist here) is an answer, not a blind spot: it counts in
  the share's denominator, and a question that is "n.v.t." by at least half is listed
  apart (`Summary.not_applicable`). Such a
  question counts as "weet niet" in its theme (`ThemeScore.dont_know`), and a theme is a
  blind spot when at least half of its answered questions are. `ThemeScore.dont_know_answers`
  counts every "weet niet" given in the theme: each marked answer and each vote.
* Disagreement: a question with votes whose population standard deviation is at least
  `DISAGREEMENT_SPREAD` times the scale's range (1.2 on a 1-5 scale), from at least
  `DISAGREEMENT_MIN_VOTES` votes. The measure is the same on every scale because the spread
  is taken after mapping onto the default scale.
* A blind spot is not also listed as a strength or development point: the score of the few
  who knew is no finding of the team's.
* Order: strengths themes first, then questions, each highest score first; development
  points themes first, then questions, lowest score first; blind spots themes then
  questions, largest "weet niet" share first; disagreements widest spread first. Ties keep
  the bank's order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from woest_tui.core.model import Answer, Question, Questionnaire, Result, Tally, Theme
from woest_tui.core.scoring.records import (
    EPSILON,
    QuestionScore,
    Status,
    Summary,
    ThemeScore,
    rounded,
    status_of,
)
from woest_tui.core.scoring.votes import _own_mean, _points, score_votes, spread_of

#: A question is a blind spot when at least this share of its answers is "weet niet".
BLIND_SPOT_SHARE = 0.5
#: Votes disagree when their standard deviation is at least this share of the scale's range.
DISAGREEMENT_SPREAD = 0.3
#: Fewer votes than this never count as disagreement.
DISAGREEMENT_MIN_VOTES = 2

__all__ = [
    "BLIND_SPOT_SHARE",
    "DISAGREEMENT_MIN_VOTES",
    "DISAGREEMENT_SPREAD",
    "EPSILON",
    "QuestionScore",
    "Status",
    "Summary",
    "ThemeScore",
    "score_question",
    "score_theme",
    "score_votes",
    "spread_of",
    "status_of",
    "summarize",
]


def score_question(question: Question, answer: Tally | None, bank: Questionnaire) -> QuestionScore:
    """Score one answer (or one role's tally of a merged answer).

    Args:
        question: the question.
        answer: its answer, a role's tally, or None when it is open.
        bank: the bank (default scale and thresholds).

    Returns:
        The question's score.
    """
    theme = bank.theme_of(question.id)
    value = answer.value if isinstance(answer, Answer) else None
    flag = isinstance(answer, Answer) and answer.dont_know
    dont_know = (answer.dont_know_votes or 0) + int(flag) if answer is not None else 0
    na_flag = isinstance(answer, Answer) and answer.not_applicable
    not_applicable = 0
    if answer is not None:
        not_applicable = (answer.not_applicable_votes or 0) + int(na_flag)
    responses = 0
    votes: Sequence[int] | None = None
    if answer is not None:
        votes = answer.votes
        responses += sum(answer.votes or ())
        if answer.counts:
            counts = answer.counts.values()
            # a person may tick several options of a multi question: count the people at least
            responses += max(counts) if question.type == "multi" else sum(counts)
        responses += len(answer.values or ())
        responses += int(value is not None)
    own: float | None = None
    score: float | None = None
    spread: float | None = None
    status: Status | None = None
    if question.type == "scale":
        scale = bank.scale_of(question)
        if votes is not None:
            own = _own_mean(_points(votes, scale), scale, question.reverse)
            spread = rounded(spread_of(votes, scale, bank.scale))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            own = _own_mean([(int(value), 1)], scale, question.reverse)
        # rounded before judging, so that a shown score never contradicts its status
        score = None if own is None else rounded(scale.to_default(own, bank.scale))
        own = rounded(own)
        # a scale with its own thresholds judges its own-scale score; else the bank's do
        status = (
            status_of(own, scale) if scale.strength is not None else status_of(score, bank.scale)
        )
    given = responses + dont_know + not_applicable
    share = dont_know / given if given else None
    scale_range = bank.scale.max - bank.scale.min
    disagreement = (
        spread is not None
        and sum(votes or ()) >= DISAGREEMENT_MIN_VOTES
        and spread >= DISAGREEMENT_SPREAD * scale_range - EPSILON
    )
    return QuestionScore(
        id=question.id,
        theme=theme.id if theme is not None else "",
        type=question.type,
        score=score,
        status=status,
        responses=responses,
        dont_know=dont_know,
        dont_know_share=share,
        spread=spread,
        disagreement=disagreement,
        blind_spot=share is not None and share >= BLIND_SPOT_SHARE - EPSILON,
        own_score=own,
        own_scale=question.scale,
        not_applicable=not_applicable,
    )


def score_theme(theme: Theme, scores: Sequence[QuestionScore], bank: Questionnaire) -> ThemeScore:
    """Combine the scores of a theme's questions.

    Args:
        theme: the theme.
        scores: the scores of its questions (others are ignored).
        bank: the bank (thresholds).

    Returns:
        The theme's score.
    """
    ids = {q.id for q in theme.questions}
    mine = [s for s in scores if s.id in ids]
    scored = [s.score for s in mine if s.type == "scale" and s.score is not None]
    score = rounded(sum(scored) / len(scored)) if scored else None
    answered = sum(1 for s in mine if s.answered)
    # a question counts as "weet niet" when its answer is: marked, or by at least half the votes
    dont_know = sum(1 for s in mine if s.blind_spot)
    share = dont_know / answered if answered else None
    return ThemeScore(
        id=theme.id,
        score=score,
        status=status_of(score, bank.scale),
        answered=answered,
        dont_know=dont_know,
        total=len(theme.questions),
        blind_spot=share is not None and dont_know > 0 and share >= BLIND_SPOT_SHARE - EPSILON,
        dont_know_share=share,
        dont_know_answers=sum(s.dont_know for s in mine),
        not_applicable=sum(1 for s in mine if s.mostly_not_applicable),
        not_applicable_answers=sum(s.not_applicable for s in mine),
    )


def _ranked(items: Iterable[tuple[str, float]], descending: bool) -> list[str]:
    """Ids by value; Python's sort is stable, so ties keep the bank's order."""
    listed = list(items)
    return [key for key, _ in sorted(listed, key=lambda kv: -kv[1] if descending else kv[1])]


def _role_ids(result: Result) -> list[str]:
    found: set[str] = set()
    for answer in result.answers.values():
        found.update(answer.by_role or {})
    known = [role for role in result.session.roles if role in found]
    return known + sorted(found - set(known))


def _tally_of(result: Result, question_id: str, role: str) -> Tally | None:
    answer = result.answers.get(question_id)
    return None if answer is None else (answer.by_role or {}).get(role)


def summarize(result: Result, bank: Questionnaire) -> Summary:
    """Score a result: every question and theme, and the lists the summary shows.

    Args:
        result: a result that fits `bank` (see `check.check_result`).
        bank: the bank it was answered with.

    Returns:
        The summary.
    """
    questions = tuple(score_question(q, result.answers.get(q.id), bank) for q in bank.questions())
    themes = tuple(score_theme(theme, questions, bank) for theme in bank.themes)
    roles: dict[str, tuple[ThemeScore, ...]] = {}
    for role in _role_ids(result):
        per_role = [
            score_question(q, _tally_of(result, q.id, role), bank) for q in bank.questions()
        ]
        roles[role] = tuple(score_theme(theme, per_role, bank) for theme in bank.themes)

    def marked(status: Status, descending: bool) -> tuple[str, ...]:
        # a blind spot is listed as one only: a score from the few who knew is no strength
        return tuple(
            _ranked(
                ((t.id, t.score or 0.0) for t in themes if t.status == status and not t.blind_spot),
                descending,
            )
            + _ranked(
                (
                    (q.id, q.score or 0.0)
                    for q in questions
                    if q.status == status and not q.blind_spot
                ),
                descending,
            )
        )

    return Summary(
        questions=questions,
        themes=themes,
        strengths=marked("strength", descending=True),
        development_points=marked("development", descending=False),
        blind_spots=tuple(
            _ranked(((t.id, t.dont_know_share or 0.0) for t in themes if t.blind_spot), True)
            + _ranked(((q.id, q.dont_know_share or 0.0) for q in questions if q.blind_spot), True)
        ),
        disagreements=tuple(
            _ranked(((q.id, q.spread or 0.0) for q in questions if q.disagreement), True)
        ),
        answered=sum(t.answered for t in themes),
        total=sum(t.total for t in themes),
        finished=result.finished,
        scale=bank.scale,
        roles=roles,
        not_applicable=tuple(q.id for q in questions if q.mostly_not_applicable),
    )
