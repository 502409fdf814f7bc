"""Export a comparison as plain text, markdown, HTML, SVG or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from woest_tui.core.compare.results import Comparison, Row, Side
from woest_tui.core.safe import json_escaped, visible
from woest_tui.core.scoring.records import rounded
from woest_tui.i18n import Lang
from woest_tui.report.common import STATUS_COLOUR
from woest_tui.report.compare import render_view
from woest_tui.report.compare_cells import Cell, row_title
from woest_tui.report.compare_view import Section, Table, View, compare_view
from woest_tui.report.escape import html_escape, md_escape
from woest_tui.report.summary_export import plain_text, svg
from woest_tui.report.summary_html import CSP

Format = Literal["text", "markdown", "html", "svg", "json"]
#: Plain text fits a terminal of 80 columns unless --width or $COLUMNS says otherwise.
TEXT_WIDTH = 80
#: Version of the JSON shape; raised when a field changes meaning or goes away.
JSON_FORMAT_VERSION = 1
CHANGE_COLOUR = {"better": "#1b5e20", "worse": "#a31515", "same": "#333333"}


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


def comparison_text(comparison: Comparison, lang: Lang, width: int = TEXT_WIDTH) -> str:
    """Plain text without escape codes, for files and pipes.

    Args:
        comparison: the comparison.
        lang: "nl" or "en".
        width: the line length.

    Returns:
        The text; no line is longer than `width`.
    """
    return plain_text(render_view(compare_view(comparison, lang)), width)


def comparison_svg(comparison: Comparison, lang: Lang, width: int = TEXT_WIDTH) -> str:
    """An SVG picture of the terminal view, without remote fonts (Rich escapes the texts).

    Args:
        comparison: the comparison.
        lang: "nl" or "en".
        width: the width in columns.

    Returns:
        The SVG document.
    """
    view = compare_view(comparison, lang)
    return svg(render_view(view), width, view.title)


def _md_table(table: Table) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    out = [f"## {md_escape(table.title)}", "", line([md_escape(h) for h in table.headers])]
    out.append(line(["---"] + ["---:"] * (len(table.headers) - 2) + ["---"]))
    out += [line([md_escape(cell.text) for cell in row]) for row in table.rows]
    return [*out, ""]


def comparison_markdown(comparison: Comparison, lang: Lang) -> str:
    """Markdown with pipe tables; every text is escaped, so none of it becomes markup.

    Args:
        comparison: the comparison.
        lang: "nl" or "en".

    Returns:
        The document.
    """
    view = compare_view(comparison, lang)
    out = [f"# {md_escape(view.title)}", ""]
    out += [md_escape(line) for line in view.results] + [""]
    out += [f"_{md_escape(note)}_" for note in view.notes] + [""]
    for block in view.blocks:
        if isinstance(block, Table):
            out += _md_table(block)
        else:
            out += [f"## {md_escape(block.title)}", ""]
            out += [f"- {md_escape(line)}" for line in block.lines] + [""]
    out.append(f"_{md_escape(view.footer)}_")
    return "\n".join(out) + "\n"


def _html_cell(cell: Cell, tag: str = "td") -> str:
    style = ""
    if cell.change is not None:
        style = f' style="color:{CHANGE_COLOUR[cell.change]}"'
    elif cell.styled:
        style = f' style="color:{STATUS_COLOUR[cell.status]}"'
    return f"<{tag}{style}>{html_escape(cell.text)}</{tag}>"


def _html_block(block: Table | Section) -> list[str]:
    out = [f"<h2>{html_escape(block.title)}</h2>"]
    if isinstance(block, Section):
        items = "".join(f"<li>{html_escape(line)}</li>" for line in block.lines)
        return [*out, f"<ul>{items}</ul>"]
    head = "".join(f"<th>{html_escape(h)}</th>" for h in block.headers)
    out += ["<table>", f"<thead><tr>{head}</tr></thead>", "<tbody>"]
    out += ["<tr>" + "".join(_html_cell(c) for c in row) + "</tr>" for row in block.rows]
    return [*out, "</tbody>", "</table>"]


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
    "table{border-collapse:collapse;margin-bottom:1rem}"
    "th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}"
    "th:first-child,td:first-child{text-align:left}"
    ".notes{font-style:italic}footer{color:#4a4a4a;margin-top:2rem}"
)


def comparison_html(comparison: Comparison, lang: Lang) -> str:
    """A stand-alone HTML page; every text is escaped.

    Args:
        comparison: the comparison.
        lang: "nl" or "en".

    Returns:
        The page.
    """
    view: View = compare_view(comparison, lang)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "nl"}">',
        '<head><meta charset="utf-8">',
        # like the summary: no script, frame, form or remote resource can run from this page
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{html_escape(view.title)}</title><style>{_CSS}</style></head>",
        f"<body><h1>{html_escape(view.title)}</h1>",
        "<ul>" + "".join(f"<li>{html_escape(line)}</li>" for line in view.results) + "</ul>",
    ]
    out += [f'<p class="notes">{html_escape(note)}</p>' for note in view.notes]
    for block in view.blocks:
        out += _html_block(block)
    out += [f"<footer>{html_escape(view.footer)}</footer>", "</body></html>"]
    return "\n".join(out) + "\n"


def export_comparison(
    comparison: Comparison, fmt: Format, lang: Lang, width: int = TEXT_WIDTH
) -> str:
    r"""A comparison in one of the export formats.

    Args:
        comparison: the comparison.
        fmt: text, markdown, html, svg or json.
        lang: "nl" or "en".
        width: columns for text and svg.

    Returns:
        The document's text, without a raw control character: JSON keeps every text
        exactly but writes control characters as `\uXXXX` escapes; the other formats show
        them as visible characters (see `safe.visible`).
    """
    if fmt == "json":
        data = comparison_json(comparison, lang)
        return json_escaped(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"
    if fmt == "markdown":
        document = comparison_markdown(comparison, lang)
    elif fmt == "html":
        document = comparison_html(comparison, lang)
    elif fmt == "svg":
        document = comparison_svg(comparison, lang, width)
    else:
        document = comparison_text(comparison, lang, width)
    # the view is clean already; this net also covers any text added outside it later
    return visible(document)
