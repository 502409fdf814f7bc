"""Compare results of one questionnaire: team with team, now with then (pure domain).

Each result is scored against its own bank version; themes and questions are then
matched by id. A theme or question that is not in every version is kept, with no score
where it is missing, and listed as unmatched. The change between the first and the last
result is "about the same" while it is smaller than `ABOUT_SAME_SHARE` of the default
scale's range (0.25 on a 1-5 scale).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from woest_tui.documents import Checked, load_checked
from woest_tui.errors import Problem, WoestError
from woest_tui.merge import aware_time
from woest_tui.model import Priority, Questionnaire, Scale, Text
from woest_tui.scoring import Status, Summary, summarize
from woest_tui.storage import load_result

Change = Literal["better", "worse", "same"]
Order = Literal["trend", "given"]

#: A change smaller than this share of the default scale's range is "about the same".
ABOUT_SAME_SHARE = 1 / 16
#: How many questions "moved most" lists at most.
MOVED_MAX = 5


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
    """Last score minus first; None when either is missing."""
    change: Change | None

    @property
    def matched(self) -> bool:
        """Whether every result's bank version has it."""
        return all(self.present)


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
    """Changes smaller than this are "about the same"."""
    scale: Scale
    """The default scale of the newest bank, with its thresholds."""
    moved: tuple[str, ...]
    """Scale questions that changed most from the first to the last, largest first."""
    pair: Pair | None
    """Only when exactly two results are compared."""

    @property
    def unmatched(self) -> tuple[Row, ...]:
        """Themes and questions that not every result's bank version has."""
        return tuple(r for r in (*self.themes, *self.questions) if not r.matched)

    def row(self, row_id: str) -> Row | None:
        """The theme or question row with this id, or None."""
        return next((r for r in (*self.themes, *self.questions) if r.id == row_id), None)


def _team_key(team: str) -> str:
    return " ".join(team.split()).casefold()


def change_of(delta: float | None, band: float) -> Change | None:
    """The word for a change.

    Args:
        delta: last minus first, or None.
        band: changes smaller than this (in absolute value) are "about the same".

    Returns:
        "better", "worse", "same", or None without a delta.
    """
    if delta is None:
        return None
    if abs(delta) < band:
        return "same"
    return "better" if delta > 0 else "worse"


def load_for_compare(paths: Sequence[Path], extra: Sequence[Path] | None = None) -> list[Checked]:
    """Read results to compare, each checked against its own bank version.

    Args:
        paths: the result files.
        extra: bank files given with --questions.

    Returns:
        The checked results, in the order given.

    Raises:
        WoestError: a broken file, results of different questionnaires, a missing bank.
    """
    first: tuple[Path, str] | None = None
    for path in paths:
        bank_id = load_result(path).questionnaire.id
        if first is None:
            first = (path, bank_id)
        elif bank_id != first[1]:
            raise _other_bank(path, bank_id, first)
    return [load_checked(path, extra) for path in paths]


def _other_bank(path: Path, found: str, first: tuple[Path, str]) -> WoestError:
    params = {"found": found, "expected": first[1], "first": first[0]}
    return WoestError(path, [Problem("compare_other_bank", "questionnaire.id", params)])


def _labels(checked: Sequence[Checked], labels: Sequence[str] | None) -> list[str]:
    if labels is not None:
        if len(labels) != len(checked):
            params: dict[str, object] = {"labels": len(labels), "results": len(checked)}
            raise WoestError(None, [Problem("compare_labels_count", "", params)])
        return list(labels)
    made = [f"{c.result.session.team} {c.result.session.date.isoformat()}" for c in checked]
    seen: dict[str, int] = {}
    out: list[str] = []
    for label in made:
        # two results of one team on one day: number them so every label is unique
        seen[label] = seen.get(label, 0) + 1
        out.append(f"{label} ({seen[label]})" if made.count(label) > 1 else label)
    return out


def _sides(checked: Sequence[Checked], labels: Sequence[str]) -> list[Side]:
    sides = []
    for item, label in zip(checked, labels, strict=True):
        session = item.result.session
        sides.append(
            Side(
                label=label,
                team=session.team,
                date=session.date,
                path=item.path,
                version=item.result.questionnaire.version,
                mode=session.mode,
                merged_from=session.merged_from,
                finished=item.result.finished,
                summary=summarize(item.result, item.bank),
                priorities=item.result.priorities,
            )
        )
    return sides


def _union(banks: Sequence[Questionnaire]) -> dict[str, list[str]]:
    """Theme id -> question ids, the newest bank's order first, then what older ones add."""
    themes: dict[str, list[str]] = {}
    seen: set[str] = set()
    for bank in reversed(banks):
        for theme in bank.themes:
            listed = themes.setdefault(theme.id, [])
            # a question that moved to another theme stays under its newest theme
            listed += [q.id for q in theme.questions if q.id not in seen]
            seen.update(q.id for q in theme.questions)
    return themes


def _row(
    row_id: str,
    kind: Literal["theme", "question"],
    sides: Sequence[Side],
    banks: Sequence[Questionnaire],
    band: float,
) -> Row:
    scores: list[float | None] = []
    statuses: list[Status | None] = []
    present: list[bool] = []
    for side in sides:
        got = side.summary.theme(row_id) if kind == "theme" else side.summary.question(row_id)
        present.append(got is not None)
        scores.append(None if got is None else got.score)
        statuses.append(None if got is None else got.status)
    newest = next(b for b in reversed(banks) if _has(b, row_id, kind))
    if kind == "theme":
        theme = newest.theme(row_id)
        assert theme is not None
        title, theme_id, kind_name = theme.title, row_id, "theme"
    else:
        question = newest.question(row_id)
        owner = newest.theme_of(row_id)
        assert question is not None and owner is not None
        title, theme_id, kind_name = question.text, owner.id, question.type
    first, last = scores[0], scores[-1]
    delta = None if first is None or last is None else last - first
    return Row(
        id=row_id,
        kind=kind,
        theme=theme_id,
        type=kind_name,
        title=title,
        scores=tuple(scores),
        statuses=tuple(statuses),
        present=tuple(present),
        delta=delta,
        change=change_of(delta, band),
    )


def _has(bank: Questionnaire, row_id: str, kind: str) -> bool:
    return (bank.theme(row_id) if kind == "theme" else bank.question(row_id)) is not None


def _pair(themes: Sequence[Row], questions: Sequence[Row], sides: Sequence[Side]) -> Pair:
    rows = [r for r in (*themes, *questions) if r.matched and r.type in ("theme", "scale")]

    def both(status: str) -> tuple[str, ...]:
        return tuple(r.id for r in rows if r.statuses[0] == status and r.statuses[1] == status)

    apart = {"strength", "development"}
    differences = tuple(r.id for r in rows if {r.statuses[0], r.statuses[1]} == apart)
    matched = {r.id for r in rows}
    before = [p for p in sides[0].summary.development_points if p in matched]
    after = [p for p in sides[1].summary.development_points if p in matched]
    return Pair(
        both_strong=both("strength"),
        both_weak=both("development"),
        differences=differences,
        appeared=tuple(p for p in after if p not in before),
        disappeared=tuple(p for p in before if p not in after),
    )


def build_comparison(
    checked_list: Sequence[Checked], labels: Sequence[str] | None = None
) -> Comparison:
    """Compare results of one questionnaire, each scored against its own bank.

    One team's results are put in date order (a trend); results of different teams stay
    in the order given. A label follows its result when the order changes.

    Args:
        checked_list: two or more results with the banks they were answered with.
        labels: one label per result, in the order given; None makes "team date".

    Returns:
        The comparison.

    Raises:
        WoestError: fewer than two results, a label count that does not match, or
            results of different questionnaires.
    """
    if len(checked_list) < 2:
        raise WoestError(None, [Problem("compare_too_few", "", {"found": len(checked_list)})])
    first = checked_list[0]
    for item in checked_list:
        if item.bank.id != first.bank.id:
            raise _other_bank(item.path, item.bank.id, (first.path, first.bank.id))
    named = list(zip(checked_list, _labels(checked_list, labels), strict=True))
    teams = {_team_key(c.result.session.team) for c in checked_list}
    order: Order = "trend" if len(teams) == 1 else "given"
    if order == "trend":
        named.sort(
            key=lambda pair: (
                pair[0].result.session.date,
                aware_time(pair[0].result.session.started),
            )
        )
    ordered = [c for c, _ in named]
    sides = _sides(ordered, [label for _, label in named])
    banks = [c.bank for c in ordered]
    scale = banks[-1].scale
    band = (scale.max - scale.min) * ABOUT_SAME_SHARE
    union = _union(banks)
    themes = tuple(_row(t, "theme", sides, banks, band) for t in union)
    questions = tuple(
        _row(q, "question", sides, banks, band) for ids in union.values() for q in ids
    )
    scored = [r for r in questions if r.type == "scale" and r.delta is not None]
    moved = sorted(
        (r for r in scored if abs(r.delta or 0.0) >= band), key=lambda r: -abs(r.delta or 0.0)
    )
    return Comparison(
        questionnaire=first.bank.id,
        title=banks[-1].title,
        sides=tuple(sides),
        themes=themes,
        questions=questions,
        order=order,
        band=band,
        scale=scale,
        moved=tuple(r.id for r in moved[:MOVED_MAX]),
        pair=_pair(themes, questions, sides) if len(sides) == 2 else None,
    )
