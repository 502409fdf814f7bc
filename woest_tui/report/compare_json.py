"""A comparison as JSON for other programs (the shape is documented in the README)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from woest_tui.core.compare.results import Comparison, Row, Side
from woest_tui.core.scoring.records import rounded
from woest_tui.i18n import Lang
from woest_tui.report.compare_cells import row_title

#: Version of the JSON shape; raised when a field changes meaning or goes away.
JSON_FORMAT_VERSION = 1


def _score(value: float | None) -> float | None:
    return rounded(value)


def _row_json(row: Row, sides: Sequence[Side], lang: Lang) -> dict[str, Any]:
    data: dict[str, Any] = {"id": row.id}
    if row.kind == "theme":
        data["title"] = row_title(row, lang)
    else:
        data |= {
            "theme": row.theme,
            "type": row.type,
            "text": row_title(row, lang),
            "not_applicable": list(row.not_applicable),
            "reworded_since": row.reworded_since,
        }
    return data | {
        "scores": [_score(s) for s in row.scores],
        "statuses": list(row.statuses),
        "delta": _score(row.delta),
        "change": row.change,
        "spread": _score(row.spread),
        "highest": None if row.highest is None else sides[row.highest].label,
        "lowest": None if row.lowest is None else sides[row.lowest].label,
        "in_every_version": row.matched,
    }


def _follow_up(side: Side) -> dict[str, Any] | None:
    """What became of the actions of the session before this one (as in the summary's JSON)."""
    if side.follow_up is None:
        return None
    items = [
        {
            "rank": rank,
            "ref": item.ref,
            "action": item.action,
            "owner": item.owner,
            "due": item.due.isoformat(),
            "status": item.status,
            "note": item.note,
        }
        for rank, item in enumerate(side.follow_up.items, start=1)
    ]
    return {"date": side.follow_up.date.isoformat(), "file": side.follow_up.file, "items": items}


def _priorities(comparison: Comparison, side: Side, lang: Lang) -> list[dict[str, Any]]:
    """A result's priorities in the shape of the summary's JSON."""
    out = []
    for rank, priority in enumerate(side.priorities, start=1):
        row = comparison.row(priority.ref)
        out.append(
            {
                "rank": rank,
                "ref": priority.ref,
                "about": row_title(row, lang) if row is not None else priority.ref,
                "action": priority.action,
                "owner": priority.owner,
                "due": priority.due.isoformat(),
            }
        )
    return out


def comparison_json(comparison: Comparison, lang: Lang) -> dict[str, Any]:
    """The comparison as plain data (see the README for its shape).

    Args:
        comparison: the comparison.
        lang: the language of titles and texts.

    Returns:
        A dict that `json.dumps` can write.
    """
    sides = comparison.sides
    scale = comparison.scale
    pair = comparison.pair
    return {
        "format_version": JSON_FORMAT_VERSION,
        "questionnaire": {"id": comparison.questionnaire, "title": comparison.title.get(lang)},
        "order": comparison.order,
        "scale": {
            "min": scale.min,
            "max": scale.max,
            "strength": scale.strength,
            "development": scale.development,
        },
        "about_the_same_below": comparison.band,
        "results": [
            {
                "label": side.label,
                "team": side.team,
                "date": side.date.isoformat(),
                "file": str(side.path),
                "version": side.version,
                "compared_version": side.bank_version,
                "same_content": side.same_content,
                "not_in_version": list(side.not_in_version),
                "mode": side.mode,
                "merged_from": side.merged_from,
                "finished": side.finished,
                "development_points": list(side.summary.development_points),
                "priorities": _priorities(comparison, side, lang),
                "follow_up": _follow_up(side),
            }
            for side in sides
        ],
        "themes": [_row_json(row, sides, lang) for row in comparison.themes],
        "questions": [_row_json(row, sides, lang) for row in comparison.questions],
        "unmatched": [
            {
                "kind": row.kind,
                "id": row.id,
                "in": [s.label for s, has in zip(sides, row.present, strict=True) if has],
                "missing_in": [
                    s.label for s, has in zip(sides, row.present, strict=True) if not has
                ],
                "replaced_by": row.replaced_by,
            }
            for row in comparison.unmatched
        ],
        "moved": list(comparison.moved),
        "pair": None
        if pair is None
        else {
            "both_strong": list(pair.both_strong),
            "both_weak": list(pair.both_weak),
            "differences": list(pair.differences),
            "appeared": list(pair.appeared),
            "disappeared": list(pair.disappeared),
        },
    }
