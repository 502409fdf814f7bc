"""A role grid as a Rich renderable that fits any width without breaking words."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text

from woest_tui.i18n import Lang
from woest_tui.report.common import QUIET, STATUS_STYLE, STATUS_SYMBOL, symbol_legend
from woest_tui.report.document.model import RoleGrid, ScoreCell

#: Columns between two cells: the padding on each side and the (blank) divider.
GAP = 3


def score_text(cell: ScoreCell) -> Text:
    """A score with its status as a coloured symbol (a legend says what each is)."""
    text = Text(cell.shown)
    if cell.status is not None:
        text.append(" ")
        text.append(STATUS_SYMBOL[cell.status], style=STATUS_STYLE[cell.status])
    return text


class RoleTable:
    """Roles as rows, the themes numbered as columns, the status as a symbol with a legend.

    Nine roles and eight themes fit 80 columns. Where the width is too small for every
    theme, the themes are split over several tables, each with the roles again, so a role's
    name or a score is never cut or broken.
    """

    def __init__(self, grid: RoleGrid, lang: Lang) -> None:
        self.grid = grid
        self.lang = lang

    def _table(self, role_width: int, cell_width: int, first: int, last: int) -> Table:
        grid = self.grid
        table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, padding=(0, 1))
        table.add_column(grid.corner, width=role_width)
        for index in range(first, last):
            table.add_column(str(index + 1), justify="right", no_wrap=True, width=cell_width)
        for role, cells in grid.rows:
            table.add_row(Text(role), *(score_text(cell) for cell in cells[first:last]))
        return table

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = self.grid
        width = options.max_width
        count = len(grid.themes)
        cells = [score_text(cell) for _, row in grid.rows for cell in row]
        cell_width = max([1, *(cell_len(str(cell)) for cell in cells), cell_len(str(count))])
        labels = (*(role for role, _ in grid.rows), grid.corner)
        role_width = max(cell_len(label) for label in labels)
        if role_width + count * (cell_width + GAP) > width:
            # a long name wraps at its spaces rather than crowd out a theme
            words = [word for label in labels for word in label.split()]
            role_width = max(cell_len(word) for word in words)
        per_table = max(1, (width - role_width) // (cell_width + GAP))
        for first in range(0, count, per_table):
            if first:
                yield Text("")
            yield self._table(role_width, cell_width, first, min(count, first + per_table))
        themes = Table.grid(padding=(0, 1))
        themes.add_column(justify="right", no_wrap=True)
        themes.add_column(ratio=1)
        for index, title in enumerate(grid.themes, start=1):
            themes.add_row(Text(str(index)), Text(title))
        legend = Text(symbol_legend(self.lang), style=QUIET)
        yield Group(legend, Text(grid.note, style=QUIET), themes)
