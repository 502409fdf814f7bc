"""The comparison's lists: what both share, where they differ, priorities, what did not match."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from woest_tui.core.compare.results import Comparison, Side
from woest_tui.i18n import Lang, message
from woest_tui.report.compare_cells import row_title
from woest_tui.report.document.model import Bullets, Table


@dataclass(frozen=True)
class Section:
    """A heading over a table or a list of lines (an empty list shows "None.")."""

    title: str
    body: Table | Bullets


def inline(text: str) -> str:
    """A question's text inside a sentence: without its closing full stop.

    Args:
        text: the text.

    Returns:
        The text without a trailing full stop.
    """
    return text.rstrip().removesuffix(".")


def reworded(comparison: Comparison, lang: Lang) -> Section:
    """The questions asked in other words between the versions compared."""
    lines = tuple(
        message(
            "cmp_reworded_line",
            lang,
            title=inline(row_title(row, lang)),
            version=row.reworded_since,
        )
        for row in comparison.questions
        if row.reworded_since is not None
    )
    lines = lines or (message("cmp_reworded_none", lang),)
    return Section(message("cmp_reworded", lang), Bullets(lines))


def section_list(title: str, lines: tuple[str, ...]) -> Section:
    """A heading over lines (`compare_document` says "None." where there are none)."""
    return Section(title, Bullets(lines))


def titles(comparison: Comparison, ids: Sequence[str], lang: Lang) -> tuple[str, ...]:
    """The titles of rows by id, inside a sentence (without their full stop)."""
    rows = [comparison.row(ref) for ref in ids]
    return tuple(inline(row_title(row, lang)) for row in rows if row is not None)


def pair_sections(comparison: Comparison, lang: Lang) -> list[Section]:
    """Two results: strong and weak in both, where they differ, what appeared or went."""
    pair = comparison.pair
    assert pair is not None
    first, second = comparison.sides
    differences = []
    for ref in pair.differences:
        row = comparison.row(ref)
        assert row is not None
        strong, weak = (first, second) if row.statuses[0] == "strength" else (second, first)
        differences.append(
            message(
                "cmp_difference_line",
                lang,
                title=inline(row_title(row, lang)),
                strong=strong.label,
                weak=weak.label,
            )
        )
    labels = {"label": second.label, "other": first.label}
    order = comparison.order
    return [
        section_list(message("cmp_both_strong", lang), titles(comparison, pair.both_strong, lang)),
        section_list(message("cmp_both_weak", lang), titles(comparison, pair.both_weak, lang)),
        section_list(message("cmp_differences", lang), tuple(differences)),
        section_list(
            message(f"cmp_appeared_{order}", lang, **labels),
            titles(comparison, pair.appeared, lang),
        ),
        section_list(
            message(f"cmp_disappeared_{order}", lang, **labels),
            titles(comparison, pair.disappeared, lang),
        ),
    ]


def priorities(comparison: Comparison, side: Side, lang: Lang) -> Section:
    """A result's priorities; without any, its first development points instead."""
    lines = []
    for rank, priority in enumerate(side.priorities, start=1):
        row = comparison.row(priority.ref)
        about = inline(row_title(row, lang)) if row is not None else priority.ref
        lines.append(
            message(
                "cmp_priority_line",
                lang,
                rank=rank,
                about=about,
                action=priority.action,
                owner=priority.owner,
                due=priority.due.isoformat(),
            )
        )
    if not lines:
        points = titles(comparison, side.summary.development_points[:3], lang)
        key = "cmp_no_priorities" if points else "cmp_no_priorities_none"
        lines.append(message(key, lang, items="; ".join(points)))
    return section_list(message("cmp_priorities", lang, label=side.label), tuple(lines))


def follow_up(side: Side, lang: Lang) -> Section:
    """What became of the actions of the session before this one, with the team's notes."""
    lines = []
    for rank, item in enumerate(side.follow_up.items if side.follow_up else (), start=1):
        line = message(
            "cmp_follow_up_line",
            lang,
            rank=rank,
            action=inline(item.action),
            owner=item.owner,
            due=item.due.isoformat(),
            status=message(f"follow_status_{item.status or 'open'}", lang),
        )
        note = " ".join((item.note or "").split())  # one line per item
        lines.append(f"{line} · {note}" if note else line)
    return section_list(message("cmp_follow_up", lang, label=side.label), tuple(lines))


def unmatched(comparison: Comparison, lang: Lang) -> Section:
    """Themes and questions not in every result's version, and what replaced them."""
    lines = []
    for row in comparison.unmatched:
        present = [s.label for s, has in zip(comparison.sides, row.present, strict=True) if has]
        lines.append(
            message(
                "cmp_unmatched_line" if row.replaced_by is None else "cmp_unmatched_replaced",
                lang,
                kind=message(f"cmp_kind_{row.kind}", lang),
                id=row.id,
                title=inline(row_title(row, lang)),
                present=", ".join(present),
                new=row.replaced_by,
            )
        )
    if not lines:
        # with another version used, "in every version" would hide what was not checked
        key = "cmp_unmatched_none_drift" if comparison.drifted else "cmp_unmatched_none"
        lines.append(message(key, lang))
    return section_list(message("cmp_unmatched", lang), tuple(lines))
