"""A comparison as one report document, so that every format shows the same thing."""

from __future__ import annotations

from collections.abc import Sequence

from woest_tui.core.compare.results import Comparison, Row, Side
from woest_tui.i18n import Lang, message
from woest_tui.report.common import footer_text, number, threshold_text, visible_view
from woest_tui.report.compare_cells import change_cell, row_title, score_cell, spread_cell
from woest_tui.report.compare_lists import (
    Section,
    follow_up,
    inline,
    pair_sections,
    priorities,
    reworded,
    section_list,
    unmatched,
)
from woest_tui.report.document.model import (
    Block,
    Bullets,
    Cell,
    Column,
    Document,
    Footer,
    Gap,
    Heading,
    Paragraph,
    Table,
)


def _mode(side: Side, lang: Lang) -> str:
    if side.mode == "live":
        return message("cmp_mode_live", lang)
    if side.merged_from is not None:
        return message("cmp_mode_merged", lang, count=side.merged_from)
    return message(f"cmp_mode_{side.mode}", lang)


def _drift(side: Side, lang: Lang) -> str:
    if side.bank_version != side.version:
        text = message("cmp_version_differs", lang, found=side.version, expected=side.bank_version)
    else:
        text = message("cmp_content_differs", lang, version=side.version)
    if side.not_in_version:
        ids = ", ".join(side.not_in_version)
        text += "; " + message("cmp_not_in_version", lang, ids=ids, version=side.bank_version)
    return text


def _result_line(index: int, side: Side, lang: Lang) -> str:
    state = "" if side.finished else message("cmp_state_unfinished", lang)
    if side.drifted:
        state += "; " + _drift(side, lang)
    date = side.date.isoformat()
    # a label made of team and date needs no repeating; a label of one's own does
    key = "cmp_result_line" if side.label != f"{side.team} {date}" else "cmp_result_short"
    detail = message(
        key, lang, team=side.team, date=date, version=side.version, mode=_mode(side, lang)
    )
    return f"{index}. {side.label}: {detail}{state}"


def _columns(comparison: Comparison, first: str, lang: Lang) -> tuple[Column, ...]:
    if len(comparison.sides) == 2:
        labels = tuple(side.label for side in comparison.sides)
    else:
        labels = tuple(str(index) for index in range(1, len(comparison.sides) + 1))
    key = "cmp_col_change" if comparison.order == "trend" else "cmp_col_difference"
    # the first column holds titles written by the bank
    return (
        Column(first, ratio=3, min_width=12),
        *(Column(header, "right") for header in (*labels, message(key, lang))),
    )


def _table(
    comparison: Comparison, title: str, first: str, rows: Sequence[Row], lang: Lang
) -> Section:
    words = len(comparison.sides) == 2
    return Section(
        title,
        Table(
            _columns(comparison, first, lang),
            tuple(
                (
                    Cell(_title(row, lang)),
                    *(
                        score_cell(row, i, side, lang, words)
                        for i, side in enumerate(comparison.sides)
                    ),
                    change_cell(row, lang)
                    if comparison.order == "trend"
                    else spread_cell(row, comparison.band, lang),
                )
                for row in rows
            ),
            stretch=False,
        ),
    )


def _title(row: Row, lang: Lang) -> str:
    """A row's title in a table: a question reworded between the versions says so."""
    title = row_title(row, lang)
    if row.reworded_since is None:
        return title
    return message("cmp_reworded_mark", lang, title=inline(title), version=row.reworded_since)


def compare_document(comparison: Comparison, lang: Lang) -> Document:
    """Put a comparison into words: tables and lists, the same for every format.

    Args:
        comparison: the comparison.
        lang: "nl" or "en".

    Returns:
        The document; control characters in labels, team names and the bank's text are
        replaced (see `safe.visible`).
    """
    scale = comparison.scale
    band = number(comparison.band, lang, digits=2)
    drift = tuple(
        message("cmp_drift_note", lang, label=side.label, detail=_drift(side, lang))
        for side in comparison.drifted
    )
    notes = (
        *drift,
        message(f"cmp_order_{comparison.order}", lang),
        message(
            "cmp_band",
            lang,
            min=scale.min,
            max=scale.max,
            strength=threshold_text(scale.strength, lang),
            development=threshold_text(scale.development, lang),
            band=band,
        ),
    )
    col_theme = message("rep_col_theme", lang)
    col_question = message("rep_col_question", lang)
    sections: list[Section] = [
        _table(comparison, message("cmp_themes", lang), col_theme, comparison.themes, lang)
    ]
    if comparison.pair is None:
        for theme in comparison.themes:
            rows = [q for q in comparison.questions if q.theme == theme.id and q.type == "scale"]
            if rows:
                title = message("cmp_per_theme", lang, theme=row_title(theme, lang))
                sections.append(_table(comparison, title, col_question, rows, lang))
    moved = [row for ref in comparison.moved if (row := comparison.row(ref)) is not None]
    moved_title = message(f"cmp_moved_{comparison.order}", lang)
    if moved:
        sections.append(_table(comparison, moved_title, col_question, moved, lang))
    else:
        nothing = message(f"cmp_moved_none_{comparison.order}", lang, band=band)
        sections.append(section_list(moved_title, (nothing,)))
    if comparison.pair is not None:
        sections += pair_sections(comparison, lang)
    sections += [priorities(comparison, side, lang) for side in comparison.sides]
    sections += [follow_up(side, lang) for side in comparison.sides if side.follow_up is not None]
    sections.append(unmatched(comparison, lang))
    if len({side.version for side in comparison.sides}) > 1:
        # only results of different versions can have been asked in other words
        sections.append(reworded(comparison, lang))
    title = message("cmp_title", lang, title=comparison.title.get(lang))
    results = tuple(_result_line(i, s, lang) for i, s in enumerate(comparison.sides, 1))
    blocks: list[Block] = [
        Heading(title, 1, "underline"),
        Paragraph(results),
        Paragraph(notes, "quiet"),
    ]
    none = Bullets((message("cmp_none", lang),))
    for section in sections:
        body = section.body
        if isinstance(body, Bullets) and not body.lines:
            body = none
        blocks += [Gap(), Heading(section.title, 2, "bold"), body]
    blocks += [Gap(), Footer(footer_text(comparison.source, lang))]
    return visible_view(Document(lang, title, tuple(blocks)))
