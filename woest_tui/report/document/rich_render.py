"""The document as one Rich renderable: for the terminal, the TUI's views, plain text and SVG."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from woest_tui.core.scoring.records import Status
from woest_tui.i18n import Lang
from woest_tui.report.common import QUIET, STATUS_STYLE, Bar, status_label
from woest_tui.report.document.model import (
    Answers,
    AnyCell,
    BarCell,
    Block,
    Bullets,
    Cell,
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
    Tone,
)
from woest_tui.report.document.rich_roles import RoleTable, score_text

#: Rich styles per tone: a status as the scores show it, a change as the comparison does.
TONE_STYLE: dict[Tone, str] = {
    "strength": STATUS_STYLE["strength"],
    "neutral": STATUS_STYLE["neutral"],
    "development": STATUS_STYLE["development"],
    "unscored": STATUS_STYLE[None],
    "better": "bold green",
    "worse": "bold red",
    "same": "",
    "faint": "dim italic",
}
PARAGRAPH_STYLE = {"plain": "", "quiet": QUIET, "notice": "bold reverse"}
HEADING_STYLE = {"bold": "bold", "underline": "bold underline"}


def status_text(status: Status | None, lang: Lang) -> Text:
    """A status by symbol and word, in its colour."""
    return Text(status_label(status, lang), style=STATUS_STYLE[status])


def _status_width(lang: Lang) -> int:
    statuses: tuple[Status | None, ...] = ("strength", "neutral", "development", None)
    return max(len(status_label(s, lang)) for s in statuses)


def _cell(cell: AnyCell, lang: Lang) -> RenderableType:
    if isinstance(cell, StatusCell):
        return status_text(cell.status, lang)
    if isinstance(cell, ScoreCell):
        return score_text(cell)
    if isinstance(cell, BarCell):
        return Bar(cell.score, cell.scale, cell.status)
    styles = (TONE_STYLE[cell.tone] if cell.tone else "", "bold" if cell.strong else "")
    text = Text(cell.text, style=" ".join(s for s in styles if s))
    if cell.sub:
        text.append("\n" + cell.sub, style="italic")
    return text


def _table(table: Table, lang: Lang) -> RenderableType:
    rich = RichTable(
        box=box.SIMPLE_HEAD,
        expand=table.stretch,
        pad_edge=False,
        show_edge=False,
        collapse_padding=table.compact,
        header_style="bold",
    )
    shown = [i for i, column in enumerate(table.columns) if column.under is None]
    for index in shown:
        column = table.columns[index]
        rich.add_column(
            Text(column.header),
            justify=column.align,
            ratio=column.ratio,
            min_width=column.min_width,
            overflow="fold" if column.wrap and not column.cut else "ellipsis",
            no_wrap=not column.wrap,
        )
    for row in table.rows:
        cells = []
        for index in shown:
            cell = _cell(row[index], lang)
            under = [
                c.text
                for c, column in zip(row, table.columns, strict=True)
                if column.under == index and isinstance(c, Cell)
            ]
            if under and isinstance(cell, Text):
                cell.append("\n" + " · ".join(under), style=QUIET)
            cells.append(cell)
        rich.add_row(*cells)
    return rich


def _items(items: Items, lang: Lang) -> RenderableType:
    grid = RichTable.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(ratio=1, overflow="fold")
    for number, item in enumerate(items.items, start=1):
        text = Text(item.title, style="bold" if item.strong else "")
        text.append("\n")
        text.append(item.detail, style=QUIET)
        if item.status is not None:
            text.append(" · ", style=QUIET)
            text.append(status_label(item.status, lang), style=STATUS_STYLE[item.status])
        if item.extra is not None:
            label, value = item.extra
            text.append("\n")
            text.append(f"{label}: ", style="italic")
            text.append(value)
        if items.numbered and number > 1:
            grid.add_row()  # numbered entries are talked through one by one: air between
        grid.add_row(Text(f"{number}." if items.numbered else "•"), text)
    return grid


def _bullets(bullets: Bullets) -> RenderableType:
    # a grid keeps a wrapped line indented under its bullet
    body = RichTable.grid(padding=(0, 1))
    body.add_column(width=1)
    body.add_column(overflow="fold")
    for line in bullets.lines:
        body.add_row("-", Text(line))
    return Padding(body, (0, 0, 0, 1))


def _answers(answers: Answers, lang: Lang, score_width: int) -> RenderableType:
    grid = RichTable.grid(padding=(0, 1), expand=True)
    grid.add_column(justify="right", no_wrap=True, width=score_width)
    grid.add_column(no_wrap=True, width=_status_width(lang))
    grid.add_column(ratio=1, overflow="fold")
    for index, answer in enumerate(answers.answers):
        if index:
            grid.add_row()
        text = Text(answer.text)
        if answer.answer is not None:
            label, value = answer.answer
            text.append("\n")
            text.append(f"{label}: ", style=QUIET)
            text.append(value, style="italic")
        for label, note in answer.notes:
            text.append("\n")
            text.append(f"{label}: ", style=QUIET)
            text.append(note)
        if answer.score is None:
            grid.add_row(Text(""), Text(""), text)
        else:
            grid.add_row(Text(answer.score.shown), status_text(answer.score.status, lang), text)
    return grid


def _fields(fields: Fields) -> RenderableType:
    grid = RichTable.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for label, value in fields.rows:
        grid.add_row(Text(label), Text(value))
    title = Text(fields.title, style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ROUNDED, expand=True)


def _heading(heading: Heading) -> RenderableType:
    if heading.look == "rule":
        rule = Rule(Text(heading.text, style="bold"), align="left", style="dim")
        return Group(Text(""), rule)
    return Text(heading.text, style=HEADING_STYLE[heading.look])


def _title(title: Title) -> RenderableType:
    line = Text(title.text, style="bold")
    for value in title.context:
        line.append(" · ")
        line.append(value)
    return line


def _block(block: Block, lang: Lang, score_width: int) -> RenderableType:
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Title):
        return _title(block)
    if isinstance(block, Paragraph):
        style = PARAGRAPH_STYLE[block.look]
        text = Text("\n").join(Text(line, style=style) for line in block.lines)
        return Text.assemble((f"{block.lead}: ", "bold"), text) if block.lead else text
    if isinstance(block, Gap):
        return Text("")
    if isinstance(block, Bullets):
        return _bullets(block)
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Table):
        return _table(block, lang)
    if isinstance(block, Fields):
        return _fields(block)
    if isinstance(block, RoleGrid):
        return RoleTable(block, lang)
    if isinstance(block, Answers):
        return _answers(block, lang, score_width)
    return Text(block.text, style=QUIET)  # the footer


def render_document(document: Document, width: int | None = None) -> RenderableType:
    """The document as one Rich renderable; every text is plain Text, never markup.

    Args:
        document: the document.
        width: the most columns to use; None takes what it is given (a terminal, a Static).

    Returns:
        The renderable.
    """
    # one width for every list of answers, so their columns line up; a score on its own
    # scale ("7,0 op 0–10") makes it wider
    shown = [
        cell_len(answer.score.shown)
        for block in document.blocks
        if isinstance(block, Answers)
        for answer in block.answers
        if answer.score is not None
    ]
    score_width = max([4, *shown])
    group = Group(*(_block(block, document.lang, score_width) for block in document.blocks))
    return group if width is None else Constrain(group, width)
