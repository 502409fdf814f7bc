"""The document as a self-contained HTML page: inline style, no scripts, all text escaped."""

from __future__ import annotations

from woest_tui.core.scoring.records import Status
from woest_tui.i18n import Lang
from woest_tui.report.common import STATUS_COLOUR, filled_cells, status_label
from woest_tui.report.document.html_style import CSP, STYLE, TONE_COLOUR
from woest_tui.report.document.model import (
    Answers,
    AnyCell,
    BarCell,
    Block,
    Bullets,
    Cell,
    Column,
    Document,
    Fields,
    Gap,
    Heading,
    Items,
    Paragraph,
    RoleGrid,
    ScoreCell,
    StatusCell,
    Table,
    Title,
)
from woest_tui.report.escape import html_escape as esc

PARAGRAPH_CLASS = {"plain": "", "quiet": ' class="muted"', "notice": ' class="notice"'}


def _status(status: Status | None, lang: Lang) -> str:
    colour = STATUS_COLOUR[status]
    return f'<span class="status" style="color:{colour}">{esc(status_label(status, lang))}</span>'


def _lines(text: str) -> str:
    """Escaped text that keeps its line breaks."""
    return "<br>".join(esc(line) for line in text.splitlines())


def _cell_body(cell: AnyCell, lang: Lang) -> str:
    if isinstance(cell, StatusCell):
        return _status(cell.status, lang)
    if isinstance(cell, ScoreCell):
        return f"{esc(cell.shown)} {_status(cell.status, lang)}"
    if isinstance(cell, BarCell):
        share = filled_cells(cell.score, cell.scale, 100)
        colour = STATUS_COLOUR[cell.status]
        return (
            f'<div class="bar" role="img" aria-label="{esc(cell.shown)}">'
            f'<span style="width:{share}%;background:{colour}"></span></div>'
        )
    text = f"<strong>{_lines(cell.text)}</strong>" if cell.strong else _lines(cell.text)
    return f"{text}<br><em>{esc(cell.sub)}</em>" if cell.sub else text


def _cell(cell: AnyCell, column: Column, lang: Lang) -> str:
    attributes = ' class="num"' if column.align == "right" else ""
    if isinstance(cell, Cell) and cell.tone is not None and TONE_COLOUR[cell.tone]:
        attributes += f' style="color:{TONE_COLOUR[cell.tone]}"'
    return f"<td{attributes}>{_cell_body(cell, lang)}</td>"


def _table(table: Table, lang: Lang) -> list[str]:
    heads = "".join(f"<th>{esc(column.header)}</th>" for column in table.columns)
    out = ["<table>", f"<tr>{heads}</tr>"]
    for row in table.rows:
        cells = (_cell(c, column, lang) for c, column in zip(row, table.columns, strict=True))
        out.append("<tr>" + "".join(cells) + "</tr>")
    return [*out, "</table>"]


def _items(items: Items, lang: Lang) -> list[str]:
    tag = "ol" if items.numbered else "ul"
    out = [f'<{tag} class="items">']
    for item in items.items:
        detail = esc(item.detail)
        if item.status is not None:
            detail += f" · {_status(item.status, lang)}"
        title = f"<strong>{esc(item.title)}</strong>" if item.strong else esc(item.title)
        parts = [title, f'<span class="muted">{detail}</span>']
        if item.extra is not None:
            label, value = item.extra
            parts.append(f"<em>{esc(label)}:</em> {esc(value)}")
        out.append("<li>" + "<br>".join(parts) + "</li>")
    return [*out, f"</{tag}>"]


def _answers(answers: Answers, lang: Lang) -> list[str]:
    out = ['<ul class="answers">']
    for answer in answers.answers:
        head = ""
        if answer.score is not None:
            score = answer.score
            head = f"<strong>{esc(score.shown)}</strong> {_status(score.status, lang)}: "
        parts = [f"{head}{esc(answer.text)}"]
        if answer.answer is not None:
            label, value = answer.answer
            parts.append(f'<span class="muted">{esc(label)}:</span> <em>{esc(value)}</em>')
        parts += [
            f'<span class="note"><span class="muted">{esc(label)}:</span> {_lines(note)}</span>'
            for label, note in answer.notes
        ]
        out.append("<li>" + "<br>".join(parts) + "</li>")
    return [*out, "</ul>"]


def _role_grid(grid: RoleGrid, lang: Lang) -> list[str]:
    heads = f"<th>{esc(grid.corner)}</th>" + "".join(
        f'<th class="num" title="{esc(title)}">{index}</th>'
        for index, title in enumerate(grid.themes, start=1)
    )
    out = ["<table>", f"<tr>{heads}</tr>"]
    for role, cells in grid.rows:
        tds = "".join(f'<td class="num">{_cell_body(c, lang)}</td>' for c in cells)
        out.append(f"<tr><td>{esc(role)}</td>{tds}</tr>")
    out += ["</table>", f'<p class="muted">{esc(grid.note)}</p>', "<ol>"]
    out += [f"<li>{esc(title)}</li>" for title in grid.themes]
    return [*out, "</ol>"]


def _block(block: Block, lang: Lang) -> list[str]:
    if isinstance(block, Heading):
        return [f"<h{block.level}>{esc(block.text)}</h{block.level}>"]
    if isinstance(block, Title):
        return [f"<h1>{esc(' · '.join((block.text, *block.context)))}</h1>"]
    if isinstance(block, Paragraph):
        text = "<br>".join(esc(line) for line in block.lines)
        lead = f"<strong>{esc(block.lead)}:</strong> " if block.lead else ""
        return [f"<p{PARAGRAPH_CLASS[block.look]}>{lead}{text}</p>"]
    if isinstance(block, Bullets):
        return ["<ul>" + "".join(f"<li>{esc(line)}</li>" for line in block.lines) + "</ul>"]
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Table):
        return _table(block, lang)
    if isinstance(block, Fields):
        rows = [
            f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>" for label, value in block.rows
        ]
        return [f"<h2>{esc(block.title)}</h2>", '<table class="header">', *rows, "</table>"]
    if isinstance(block, RoleGrid):
        return _role_grid(block, lang)
    if isinstance(block, Answers):
        return _answers(block, lang)
    if isinstance(block, Gap):
        return []
    return [f"<footer>{esc(block.text)}</footer>"]


def html_document(document: Document) -> str:
    """Write the document as one HTML page that runs nothing and fetches nothing.

    Args:
        document: the document.

    Returns:
        The page, ending with a newline.
    """
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(document.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(document.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
    ]
    for block in document.blocks:
        out += _block(block, document.lang)
    return "\n".join([*out, "</body>", "</html>", ""])
