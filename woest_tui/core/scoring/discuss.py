"""What a summary opens with, "Om te bespreken": a few questions (pure domain, no text).

The rules (the README says the same for facilitators):

* Three lists of questions feed it: the development points (scale questions at or below the
  development threshold), lowest score first; the divided questions (votes whose spread is
  disagreement), widest spread first; the blind spots (at least half "weet niet"), largest
  share first. Themes are left out: a question has a help text that says what good looks
  like, a theme does not. Equal numbers keep the questionnaire's order, so the choice never
  depends on anything but the answers.
* The lists take turns: the lowest development point, the most divided question, the biggest
  blind spot, then the second of each, and so on, until `MAX_ITEMS` are chosen or the lists
  run out. A question on two lists is taken once, for the first reason it comes up with.
* A questionnaire without scale questions has no development points and no divided
  questions; its blind spots still count. With nothing on any list the section says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from woest_tui.core.model import Questionnaire
from woest_tui.core.scoring.records import QuestionScore, Summary

#: The most items "Om te bespreken" holds.
MAX_ITEMS = 5
Reason = Literal["development", "divided", "blind"]
REASONS: tuple[Reason, ...] = ("development", "divided", "blind")


@dataclass(frozen=True)
class ToDiscuss:
    """One question to talk about, and why it was chosen."""

    ref: str
    """The question's id."""
    reason: Reason
    """development: lowest scores; divided: widest spread; blind: most "weet niet"."""


def _ordered(
    bank: Questionnaire, scores: list[QuestionScore], value: str, descending: bool
) -> list[str]:
    place = {q.id: index for index, q in enumerate(bank.questions())}

    def key(score: QuestionScore) -> tuple[float, int]:
        number = float(getattr(score, value) or 0.0)
        return (-number if descending else number, place.get(score.id, len(place)))

    return [s.id for s in sorted(scores, key=key)]


def to_discuss(summary: Summary, bank: Questionnaire, limit: int = MAX_ITEMS) -> list[ToDiscuss]:
    """The questions "Om te bespreken" shows, in the order it shows them.

    Args:
        summary: the scored result.
        bank: its questionnaire (for the order of ties).
        limit: the most items.

    Returns:
        At most `limit` items; empty when no question is a development point, divided or a
        blind spot.
    """
    questions = list(summary.questions)
    lists: dict[Reason, list[str]] = {
        "development": _ordered(
            bank, [q for q in questions if q.status == "development"], "score", descending=False
        ),
        "divided": _ordered(
            bank, [q for q in questions if q.disagreement], "spread", descending=True
        ),
        "blind": _ordered(
            bank, [q for q in questions if q.blind_spot], "dont_know_share", descending=True
        ),
    }
    chosen: list[ToDiscuss] = []
    seen: set[str] = set()
    depth = 0
    while len(chosen) < limit and any(depth < len(ids) for ids in lists.values()):
        for reason in REASONS:
            ids = lists[reason]
            if depth < len(ids) and ids[depth] not in seen and len(chosen) < limit:
                seen.add(ids[depth])
                chosen.append(ToDiscuss(ids[depth], reason))
        depth += 1
    return chosen
