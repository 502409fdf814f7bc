"""The summary's steering parts as Rich renderables: "Om te bespreken" and the follow-up."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from woest_tui.report.common import STATUS_STYLE, status_word
from woest_tui.report.summary_view import SummaryView

#: Styles of the follow-up's statuses: done reads green, not done red, as the scores do.
FOLLOW_STYLE = {
    "gedaan": STATUS_STYLE["strength"],
    "deels": STATUS_STYLE["neutral"],
    "niet": STATUS_STYLE["development"],
    "gestopt": "bold",
    None: "dim italic",
}


def discuss_block(view: SummaryView) -> RenderableType:
    """The numbered questions to discuss, each with why and what good looks like."""
    if not view.discuss:
        return Text(view.t("rep_discuss_none"), style="dim")
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True, justify="right")
    grid.add_column(ratio=1, overflow="fold")
    for number, item in enumerate(view.discuss, start=1):
        text = Text(item.title, style="bold")
        text.append("\n")
        text.append(f"{item.why} · {item.context}", style="dim")
        if item.status is not None:
            text.append(" · ", style="dim")
            text.append(status_word(item.status, view.lang), style=STATUS_STYLE[item.status])
        if item.help:
            text.append("\n")
            text.append(f"{view.t('rep_discuss_good')}: ", style="italic")
            text.append(item.help)
        if number > 1:
            grid.add_row()
        grid.add_row(Text(f"{number}."), text)
    return grid


def follow_up_block(view: SummaryView) -> RenderableType:
    """Last time's priorities, each with its status and the team's note."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    table.add_column(view.t("rep_col_rank"), justify="right", no_wrap=True)
    table.add_column(view.t("rep_col_action"), ratio=3, overflow="fold")
    table.add_column(view.t("rep_col_owner"), ratio=1, overflow="fold")
    table.add_column(view.t("rep_col_follow_status"), no_wrap=True)
    table.add_column(view.t("rep_col_follow_note"), ratio=2, overflow="fold")
    for row in view.follow_up:
        action = Text(row.action)
        action.append(f"\n{row.about} · {row.due}", style="dim")
        table.add_row(
            Text(str(row.rank)),
            action,
            Text(row.owner),
            Text(row.status_text, style=FOLLOW_STYLE.get(row.status, "")),
            Text(row.note),
        )
    intro = Text(view.t("rep_follow_up_from", date=view.follow_up_date), style="dim")
    return Group(intro, table)
