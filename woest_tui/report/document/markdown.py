"""The document as markdown: pipe tables and lists, every text escaped so none becomes markup."""

from __future__ import annotations

from woest_tui.i18n import Lang
from woest_tui.report.common import status_word, text_bar
from woest_tui.report.document.model import (
    Answers,
    AnyCell,
    BarCell,
    Block,
    Bullets,
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
from woest_tui.report.escape import md_escape, md_escape_lines


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(headers: list[str], right: list[bool], rows: list[list[str]]) -> list[str]:
    lines = [_row(headers), _row(["--:" if r else "---" for r in right])]
    return lines + [_row(row) for row in rows]


def _cell(cell: AnyCell, lang: Lang) -> str:
    if isinstance(cell, StatusCell):
        return status_word(cell.status, lang)
    if isinstance(cell, ScoreCell):
        return f"{md_escape(cell.shown)} {status_word(cell.status, lang)}"
    if isinstance(cell, BarCell):
        return f"`{text_bar(cell.score, cell.scale)}`"
    # a table cell holds one line: md_escape makes line breaks spaces
    text = f"**{md_escape(cell.text)}**" if cell.strong else md_escape(cell.text)
    return f"{text}<br>_{md_escape(cell.sub)}_" if cell.sub else text


def _items(items: Items, lang: Lang) -> list[str]:
    lines = []
    for number, item in enumerate(items.items, start=1):
        mark = f"{number}." if items.numbered else "-"
        title = f"**{md_escape(item.title)}**" if item.strong else md_escape(item.title)
        detail = md_escape(item.detail)
        if item.status is not None:
            detail += f" · {status_word(item.status, lang)}"
        lines.append(f"{mark} {title} ({detail})")
        if item.extra is not None:
            label, value = item.extra
            indent = " " * (len(mark) + 1)  # inside the entry, not a list of its own
            lines.append(f"{indent}- _{md_escape(label)}:_ {md_escape(value)}")
    return lines


def _answers(answers: Answers, lang: Lang) -> list[str]:
    lines = []
    for answer in answers.answers:
        prefix = ""
        if answer.score is not None:
            score = answer.score
            prefix = f"**{md_escape(score.shown)} {status_word(score.status, lang)}**: "
        lines.append(f"- {prefix}{md_escape(answer.text)}")
        if answer.answer is not None:
            label, value = answer.answer
            lines.append(f"  - {md_escape(label)}: _{md_escape(value)}_")
        # a note keeps its lines: hard breaks, continued inside its list item
        lines += [
            f"  - {md_escape(label)}: {md_escape_lines(note, '    ')}"
            for label, note in answer.notes
        ]
    return lines


def _role_grid(grid: RoleGrid, lang: Lang) -> list[str]:
    numbers = [str(n) for n in range(1, len(grid.themes) + 1)]
    rows = [[md_escape(role), *(_cell(c, lang) for c in cells)] for role, cells in grid.rows]
    lines = _table([md_escape(grid.corner), *numbers], [False] + [True] * len(numbers), rows)
    lines += ["", md_escape(grid.note), ""]
    return lines + [f"{n}. {md_escape(title)}" for n, title in enumerate(grid.themes, start=1)]


def _block(block: Block, lang: Lang) -> list[str]:
    if isinstance(block, Heading):
        return [f"{'#' * block.level} {md_escape(block.text)}"]
    if isinstance(block, Title):
        return [f"# {md_escape(' · '.join((block.text, *block.context)))}"]
    if isinstance(block, Paragraph):
        if block.lead:
            lines = [md_escape(line) for line in block.lines]
            return [f"**{md_escape(block.lead)}:** {lines[0]}", *lines[1:]]
        if block.look == "notice":
            return [f"> **{md_escape(line)}**" for line in block.lines]
        if block.look == "quiet":
            return [f"_{md_escape(line)}_" for line in block.lines]
        return [md_escape(line) for line in block.lines]
    if isinstance(block, Bullets):
        return [f"- {md_escape(line)}" for line in block.lines]
    if isinstance(block, Items):
        return _items(block, lang)
    if isinstance(block, Table):
        return _table(
            [md_escape(column.header) for column in block.columns],
            [column.align == "right" for column in block.columns],
            [[_cell(cell, lang) for cell in row] for row in block.rows],
        )
    if isinstance(block, Fields):
        rows = [[f"**{md_escape(label)}**", md_escape(value)] for label, value in block.rows]
        return [f"## {md_escape(block.title)}", "", *_table(["", ""], [False, False], rows)]
    if isinstance(block, RoleGrid):
        return _role_grid(block, lang)
    if isinstance(block, Answers):
        return _answers(block, lang)
    if isinstance(block, Gap):
        return []
    return ["---", "", f"_{md_escape(block.text)}_"]  # the footer, under a rule


def markdown_document(document: Document) -> str:
    """Write the document as markdown, its blocks apart by one blank line.

    Args:
        document: the document.

    Returns:
        The markdown text, ending with a newline.
    """
    parts = [_block(block, document.lang) for block in document.blocks]
    return "\n\n".join("\n".join(lines) for lines in parts if lines) + "\n"
