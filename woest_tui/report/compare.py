"""A comparison as a Rich renderable: the same view for the terminal, the TUI and SVG."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.padding import Padding
from rich.table import Table as RichTable
from rich.text import Text

from woest_tui.core.compare.results import Change, Comparison
from woest_tui.i18n import Lang
from woest_tui.report.common import QUIET, STATUS_STYLE
from woest_tui.report.compare_cells import Cell
from woest_tui.report.compare_view import Block, Section, Table, View, compare_view

#: Rich styles per change; None is "no comparison".
CHANGE_STYLE: dict[Change | None, str] = {
    "better": "bold green",
    "worse": "bold red",
    "same": "",
    None: QUIET,
}


def _cell(cell: Cell) -> Text:
    """A cell as Rich text; its words are never read as markup."""
    if not cell.styled:
        return Text(cell.text)
    if cell.change is not None:
        return Text(cell.text, style=CHANGE_STYLE[cell.change])
    return Text(cell.text, style=STATUS_STYLE[cell.status])


def _heading(title: str) -> Text:
    return Text(title, style="bold")


def _table(table: Table) -> RenderableType:
    rich_table = RichTable(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
        header_style="bold",
    )
    for index, header in enumerate(table.headers):
        if index == 0:
            rich_table.add_column(Text(header), ratio=3, overflow="fold", min_width=12)
        else:
            rich_table.add_column(Text(header), justify="right", overflow="fold")
    for row in table.rows:
        rich_table.add_row(*(_cell(cell) for cell in row))
    return Group(_heading(table.title), rich_table)


def _section(section: Section) -> RenderableType:
    # a grid keeps a wrapped line indented under its bullet
    body = RichTable.grid(padding=(0, 1))
    body.add_column(width=1)
    body.add_column(overflow="fold")
    for line in section.lines:
        body.add_row("-", Text(line))
    return Group(_heading(section.title), Padding(body, (0, 0, 0, 1)))


def _block(block: Block) -> RenderableType:
    return _table(block) if isinstance(block, Table) else _section(block)


def render_view(view: View, width: int | None = None) -> RenderableType:
    """Render a comparison view with Rich.

    Args:
        view: the view (see `compare_view`).
        width: the most columns to use; None takes what the console offers.

    Returns:
        A renderable: headings, tables and lists, separated by blank lines.
    """
    parts: list[RenderableType] = [Text(view.title, style="bold underline")]
    parts.append(Text("\n").join(Text(line) for line in view.results))
    parts.append(Text("\n").join(Text(line, style="italic") for line in view.notes))
    for block in view.blocks:
        parts += [Text(""), _block(block)]
    parts += [Text(""), Text(view.footer, style=QUIET)]
    group = Group(*parts)
    return group if width is None else Constrain(group, width)


def render_comparison(
    comparison: Comparison, lang: Lang, width: int | None = None
) -> RenderableType:
    """A comparison as a Rich renderable, for the terminal and the TUI.

    Args:
        comparison: the comparison (see `woest_tui.core.compare.results.build_comparison`).
        lang: "nl" or "en".
        width: the most columns to use; None takes what the console offers.

    Returns:
        The renderable.
    """
    return render_view(compare_view(comparison, lang), width)
