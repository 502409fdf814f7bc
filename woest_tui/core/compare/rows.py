"""What a comparison holds: results, matched rows and their changes and spreads (pure domain)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from woest_tui.core.model import FollowUp, Priority, Scale, Text
from woest_tui.core.scoring.records import Status, Summary, rounded

Change = Literal["better", "worse", "same"]
Order = Literal["trend", "given"]

#: A change smaller than this share of the default scale's range is "about the same".
ABOUT_SAME_SHARE = 1 / 16


def band_of(scale: Scale) -> float:
    """The "about the same" band of a scale: `ABOUT_SAME_SHARE` of its range, rounded.

    Rounded to 2 decimals like every score and change, so that a change shown with 2
    decimals is judged on exactly what is shown.

    Args:
        scale: the default scale of the newest bank.

    Returns:
        The band (0.25 on 1-5).
    """
    band = rounded((scale.max - scale.min) * ABOUT_SAME_SHARE)
    assert band is not None
    return band


def change_of(delta: float | None, band: float) -> Change | None:
    """The word for a change.

    Args:
        delta: last minus first (rounded to 2 decimals), or None.
        band: changes smaller than this (in absolute value) are "about the same".

    Returns:
        "better", "worse", "same", or None without a delta.
    """
    if delta is None:
        return None
    if abs(delta) < band:
        return "same"
    return "better" if delta > 0 else "worse"


@dataclass(frozen=True)
class Side:
    """One compared result."""

    label: str
    team: str
    date: dt.date
    path: Path
    version: str
    """The version of the bank it was answered with."""
    mode: str
    merged_from: int | None
    finished: bool
    summary: Summary
    priorities: tuple[Priority, ...]
    bank_version: str
    """The version of the bank it was scored with; another one when its own was not found."""
    same_content: bool
    """Whether that bank has exactly the content (hash) the result was answered with."""
    not_in_version: tuple[str, ...] = ()
    """Answered questions the bank it was scored with lacks: listed, not scored."""
    follow_up: FollowUp | None = None
    """What became of the priorities of the session before it; None without a follow-up."""

    @property
    def drifted(self) -> bool:
        """Whether it was scored with another version or content than it was answered with."""
        return self.bank_version != self.version or not self.same_content


@dataclass(frozen=True)
class Row:
    """A theme or a question across all results, matched by id."""

    id: str
    kind: Literal["theme", "question"]
    theme: str
    """The theme's id (its own id for a theme row)."""
    type: str
    """The question's type ("theme" for a theme row)."""
    title: Text
    """The theme's title or the question's text, from the newest bank that has it."""
    scores: tuple[float | None, ...]
    statuses: tuple[Status | None, ...]
    present: tuple[bool, ...]
    """Whether each result's bank version has it."""
    delta: float | None
    """Last score minus first, rounded to 2 decimals; None when either is missing."""
    change: Change | None
    spread: float | None = None
    """Highest score minus lowest, rounded; None with fewer than two scores."""
    highest: int | None = None
    """Which result scores highest (the first of equals); None without a spread."""
    lowest: int | None = None
    """Which result scores lowest (the first of equals); None without a spread."""
    reworded_since: str | None = None
    """The oldest compared version after which the bank's changelog says this question was
    reworded (same meaning, other words); None when it reads the same in every result."""
    replaced_by: str | None = None
    """For a question the newest bank no longer has: the id asked in its place, when its
    meaning or scale changed (from the changelog)."""
    not_applicable: tuple[int, ...] = ()
    """Per result how many answered "n.v.t." (a marked answer counts 1); empty for a theme."""

    @property
    def matched(self) -> bool:
        """Whether every result's bank version has it."""
        return all(self.present)


def make_row(
    row_id: str,
    kind: Literal["theme", "question"],
    details: tuple[str, str, Text],
    found: Sequence[tuple[float | None, Status | None] | None],
    band: float,
) -> Row:
    """A row from what each result has for this id.

    Args:
        row_id: the theme or question id.
        kind: "theme" or "question".
        details: the theme's id, the type ("theme" for a theme) and the title.
        found: per result its (score, status), or None where its bank lacks the id.
        band: the "about the same" band.

    Returns:
        The row, with its change (last minus first) and its spread (highest minus lowest).
    """
    scores = [None if got is None else got[0] for got in found]
    first, last = scores[0], scores[-1]
    delta = None if first is None or last is None else rounded(last - first)
    scored = [(score, index) for index, score in enumerate(scores) if score is not None]
    spread = highest = lowest = None
    if len(scored) >= 2:
        top = max(score for score, _ in scored)
        bottom = min(score for score, _ in scored)
        spread = rounded(top - bottom)
        highest = next(index for score, index in scored if score == top)
        lowest = next(index for score, index in scored if score == bottom)
    theme, type_, title = details
    return Row(
        id=row_id,
        kind=kind,
        theme=theme,
        type=type_,
        title=title,
        scores=tuple(scores),
        statuses=tuple(None if got is None else got[1] for got in found),
        present=tuple(got is not None for got in found),
        delta=delta,
        change=change_of(delta, band),
        spread=spread,
        highest=highest,
        lowest=lowest,
    )


@dataclass(frozen=True)
class Pair:
    """What stands out between exactly two results (ids of themes, then questions)."""

    both_strong: tuple[str, ...]
    both_weak: tuple[str, ...]
    differences: tuple[str, ...]
    """Strong in one, a development point in the other."""
    appeared: tuple[str, ...]
    """Development points of the second that the first did not have."""
    disappeared: tuple[str, ...]
    """Development points of the first that the second no longer has."""


@dataclass(frozen=True)
class Comparison:
    """Two or more results of one questionnaire side by side."""

    questionnaire: str
    title: Text
    """The questionnaire's title, from the newest bank."""
    sides: tuple[Side, ...]
    themes: tuple[Row, ...]
    questions: tuple[Row, ...]
    order: Order
    """trend: one team, ordered by date; given: in the order given."""
    band: float
    """Changes (and spreads) smaller than this are "about the same"."""
    scale: Scale
    """The default scale of the newest bank, with its thresholds."""
    moved: tuple[str, ...]
    """Scale questions that differ most, largest first: by their change in a trend, by
    their spread side by side."""
    pair: Pair | None
    """Only when exactly two results are compared."""
    source: Text | None = None
    """Where the questionnaire comes from, from the newest bank; None: it does not say."""

    @property
    def unmatched(self) -> tuple[Row, ...]:
        """Themes and questions that not every result's bank version has."""
        return tuple(r for r in (*self.themes, *self.questions) if not r.matched)

    @property
    def drifted(self) -> tuple[Side, ...]:
        """The results scored with another bank version or content than their own."""
        return tuple(side for side in self.sides if side.drifted)

    def row(self, row_id: str) -> Row | None:
        """The theme or question row with this id, or None."""
        return next((r for r in (*self.themes, *self.questions) if r.id == row_id), None)
