"""Compare results of one questionnaire: team with team, now with then (pure domain).

Each result is scored against its own bank version; themes and questions are then
matched by id. A theme or question that is not in every version is kept, with no score
where it is missing, and listed as unmatched. A result whose own bank version was not found
is scored with another version of the bank and reported as such (`Side.drifted`).

The change is the last score minus the first, rounded to 2 decimals; it is "about the same"
while it is smaller than `ABOUT_SAME_SHARE` of the default scale's range (0.25 on a 1-5
scale). Results of different teams stand side by side: for them the spread (highest minus
lowest) says how far apart they are, and "moved" lists the widest spreads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from woest_tui.core.compare.changelog import replaced_by, reworded_since, version_key
from woest_tui.core.compare.load import (
    Wanted,
    choose_order,
    label_problem,
    load_for_compare,
    other_bank,
)
from woest_tui.core.compare.rows import (
    ABOUT_SAME_SHARE,
    Change,
    Comparison,
    Order,
    Pair,
    Row,
    Side,
    band_of,
    change_of,
    make_row,
)
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.documents import Checked, not_in_bank
from woest_tui.core.merge.results import aware_time
from woest_tui.core.model import Questionnaire, Text
from woest_tui.core.scoring.rules import Status, summarize

#: What the user asked for: "auto" (by team and date), "trend" or "side" (side by side).
#: How many questions "moved most" lists at most.
MOVED_MAX = 5

__all__ = [
    "ABOUT_SAME_SHARE",
    "Change",
    "Comparison",
    "Order",
    "Pair",
    "Row",
    "Side",
    "build_comparison",
    "change_of",
    "choose_order",
    "label_problem",
    "load_for_compare",
]


def _labels(checked: Sequence[Checked], labels: Sequence[str] | None) -> list[str]:
    if labels is not None:
        if len(labels) != len(checked):
            params: dict[str, object] = {"labels": len(labels), "results": len(checked)}
            raise WoestError(None, [Problem("compare_labels_count", "", params)])
        problem = label_problem(labels)
        if problem is not None:
            raise WoestError(None, [Problem(problem[0], "", problem[1])])
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
                # a live session is a votes session answered on phones: say which
                mode="live" if session.live else session.mode,
                merged_from=session.merged_from,
                finished=item.result.finished,
                summary=summarize(item.result, item.bank),
                priorities=item.result.priorities,
                bank_version=item.bank.version,
                same_content=content_hash(item.bank) == item.result.questionnaire.hash,
                not_in_version=tuple(not_in_bank(item.result, item.bank)),
                follow_up=item.result.follow_up,
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
    found: list[tuple[float | None, Status | None] | None] = []
    for side in sides:
        got = side.summary.theme(row_id) if kind == "theme" else side.summary.question(row_id)
        found.append(None if got is None else (got.score, got.status))
    newest = next(b for b in reversed(banks) if _has(b, row_id, kind))
    details: tuple[str, str, Text]
    if kind == "theme":
        theme = newest.theme(row_id)
        assert theme is not None
        details = (row_id, "theme", theme.title)
    else:
        question = newest.question(row_id)
        owner = newest.theme_of(row_id)
        assert question is not None and owner is not None
        details = (owner.id, question.type, question.text)
    return make_row(row_id, kind, details, found, band)


def _history(row: Row, sides: Sequence[Side], banks: Sequence[Questionnaire]) -> Row:
    """A question row with the newest changelog's word on it, and its "n.v.t." per result."""
    newest = max(banks, key=lambda bank: version_key(bank.version))
    not_applicable = tuple(
        got.not_applicable if (got := side.summary.question(row.id)) is not None else 0
        for side in sides
    )
    return replace(
        row,
        reworded_since=reworded_since(newest, row.id, [side.version for side in sides]),
        replaced_by=None if newest.question(row.id) is not None else replaced_by(newest, row.id),
        not_applicable=not_applicable,
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
    checked_list: Sequence[Checked],
    labels: Sequence[str] | None = None,
    wanted: Wanted = "auto",
) -> Comparison:
    """Compare results of one questionnaire, each scored against its own bank.

    One team's results on different days are put in date order (a trend); results of
    different teams, or of one team on one day, stay in the order given (see
    `choose_order`). A label follows its result when the order changes; labels made here
    are numbered in the order shown.

    Args:
        checked_list: two or more results with the banks they were answered with.
        labels: one label per result, in the order given; None makes "team date".
        wanted: "auto", or "trend" / "side" to decide the order (--trend, --side-by-side).

    Returns:
        The comparison.

    Raises:
        WoestError: fewer than two results, a label count that does not match, an
            empty label or two alike (see `label_problem`), or results of different
            questionnaires.
    """
    if len(checked_list) < 2:
        raise WoestError(None, [Problem("compare_too_few", "", {"found": len(checked_list)})])
    first = checked_list[0]
    for item in checked_list:
        if item.bank.id != first.bank.id:
            raise other_bank(item.path, item.bank.id, (first.path, first.bank.id))
    order = choose_order(checked_list, wanted)
    if labels is not None:
        _labels(checked_list, labels)  # a wrong count or two alike, said before anything
    given = list(labels) if labels is not None else [""] * len(checked_list)
    named = list(zip(checked_list, given, strict=True))
    if order == "trend":
        named.sort(
            key=lambda pair: (
                pair[0].result.session.date,
                aware_time(pair[0].result.session.started),
            )
        )
    ordered = [c for c, _ in named]
    # labels made here are numbered in the order shown, so "(1)" is the first column
    shown = _labels(ordered, [label for _, label in named] if labels is not None else None)
    sides = _sides(ordered, shown)
    banks = [c.bank for c in ordered]
    scale = banks[-1].scale
    band = band_of(scale)
    union = _union(banks)
    themes = tuple(_row(t, "theme", sides, banks, band) for t in union)
    questions = tuple(
        _history(_row(q, "question", sides, banks, band), sides, banks)
        for ids in union.values()
        for q in ids
    )
    # a trend moves by its change; teams side by side differ by their spread
    sizes = {
        r.id: abs(r.delta or 0.0) if order == "trend" else r.spread or 0.0
        for r in questions
        if r.type == "scale"
    }
    moved = sorted((ref for ref, size in sizes.items() if size >= band), key=lambda k: -sizes[k])
    return Comparison(
        questionnaire=first.bank.id,
        title=banks[-1].title,
        sides=tuple(sides),
        themes=themes,
        questions=questions,
        order=order,
        band=band,
        scale=scale,
        moved=tuple(moved[:MOVED_MAX]),
        pair=_pair(themes, questions, sides) if len(sides) == 2 else None,
        source=banks[-1].source,
    )
