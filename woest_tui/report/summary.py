"""The summary as Rich renderables: for the terminal, the TUI's summary screen and svg."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.scoring.rules import Status, Summary
from woest_tui.i18n import Lang
from woest_tui.report.common import QUIET, STATUS_STYLE, Bar, status_label
from woest_tui.report.summary_cycle_rich import discuss_block, follow_up_block
from woest_tui.report.summary_roles import RoleTable
from woest_tui.report.summary_view import Item, SummaryView, build_view


def render_summary(
    result: Result,
    bank: Questionnaire,
    summary: Summary,
    lang: Lang,
    width: int | None = None,
    *,
    wall: bool = False,
) -> RenderableType:
    """The whole summary as one Rich renderable; all user text is plain Text, never markup.

    Args:
        result: the result.
        bank: its bank.
        summary: `scoring.summarize(result, bank)`.
        lang: "nl" or "en".
        width: the widest it may be; None takes the width it is given (a terminal or a
            Textual Static).
        wall: as the app shows it on a wall (see `render_view`).

    Returns:
        The renderable.
    """
    return render_view(build_view(result, bank, summary, lang), width, wall=wall)


def render_view(
    view: SummaryView, width: int | None = None, *, wall: bool = False
) -> RenderableType:
    """Render a summary view with Rich.

    Args:
        view: the view (see `summary_view.build_view`).
        width: the widest it may be, or None.
        wall: as the app shows it on a wall: one line of title, team and date, the theme
            table right under it, the whole header further down (the app's own state line
            says whether the session is finished).

    Returns:
        The renderable.
    """
    # what steers the conversation first: what to discuss, what the team chose, what
    # became of last time's actions; then the scores, the session's facts and the answers.
    # On the wall (the app) the theme table comes first, under one folded line.
    parts: list[RenderableType]
    if wall:
        parts = [_folded_header(view), _heading(view.t("rep_themes")), _themes(view)]
    else:
        title = Text(f"{view.t('rep_title')}: {view.title}", style="bold")
        parts = [title, Text(view.subtitle)]
        if view.unfinished_notice:
            parts.append(Text(view.unfinished_notice, style="bold reverse"))
    parts += [_heading(view.t("rep_discuss")), discuss_block(view)]
    parts += [_heading(view.t("rep_priorities")), _priorities(view)]
    if view.follow_up:
        parts += [_heading(view.t("rep_follow_up")), follow_up_block(view)]
    if not wall:
        parts += [_heading(view.t("rep_themes")), _themes(view)]
    for key, items in (
        ("rep_strengths", view.strengths),
        ("rep_development", view.development_points),
        ("rep_blind_spots", view.blind_spots),
        ("rep_not_applicable", view.not_applicable),
        ("rep_disagreements", view.disagreements),
    ):
        parts += [_heading(view.t(key)), _items(view, items)]
    if view.votes_legend:  # under the disagreements, where spread and votes first appear
        parts.append(Text(view.votes_legend, style=QUIET))
    if view.roles:
        parts += [_heading(view.t("rep_roles")), RoleTable(view)]
    parts += [Text(""), _header(view)]
    parts += [_heading(view.t("rep_details")), *_details(view)]
    parts += [Text(""), Text(view.footer, style=QUIET)]
    group = Group(*parts)
    return group if width is None else Constrain(group, width)


def _heading(title: str) -> RenderableType:
    rule = Rule(Text(title, style="bold"), align="left", style="dim")
    return Group(Text(""), rule)


def _status(status: Status | None, lang: Lang) -> Text:
    return Text(status_label(status, lang), style=STATUS_STYLE[status])


def _status_width(lang: Lang) -> int:
    statuses: tuple[Status | None, ...] = ("strength", "neutral", "development", None)
    return max(len(status_label(s, lang)) for s in statuses)


def _header(view: SummaryView) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for label, value in view.header:
        grid.add_row(Text(label), Text(value))
    title = Text(view.t("rep_about_session"), style="bold")
    return Panel(grid, title=title, title_align="left", box=box.ROUNDED, expand=True)


def _folded_header(view: SummaryView) -> RenderableType:
    """The title, the team and the date on one line (it folds only where the window is narrow)."""
    line = Text(f"{view.t('rep_title')}: {view.title}", style="bold")
    for _label, value in view.header[:2]:  # the team and the date come first
        line.append(" · ")
        line.append(value)
    return line


def _themes(view: SummaryView) -> RenderableType:
    # one space between columns (collapsed padding): the status's symbol fits at 80 columns
    table = Table(
        box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False, collapse_padding=True
    )
    table.add_column(view.t("rep_col_theme"), ratio=3, overflow="fold")
    bar_title = view.t("rep_col_bar", min=view.scale.min, max=view.scale.max)
    table.add_column(bar_title, ratio=2, min_width=6)
    table.add_column(view.t("rep_col_score"), justify="right", no_wrap=True)
    table.add_column(view.t("rep_col_status"), no_wrap=True)
    table.add_column(view.t("rep_col_answered"), justify="right", no_wrap=True)
    table.add_column(view.t("rep_col_dont_know"), justify="right", no_wrap=True)
    if view.shows_not_applicable:
        table.add_column(view.t("rep_col_not_applicable"), justify="right", no_wrap=True)
    for row in view.themes:
        cells: list[RenderableType] = [
            Text(row.title),
            Bar(row.score, view.scale, row.status),
            Text(row.shown),
            _status(row.status, view.lang),
            Text(f"{row.answered}/{row.total}"),
            Text(row.dont_know_text(view.votes), style="bold" if row.blind_spot else ""),
        ]
        if view.shows_not_applicable:
            cells.append(Text(row.not_applicable_text(view.votes)))
        table.add_row(*cells)
    return Group(table, Text(view.dont_know_legend, style=QUIET))


def _items(view: SummaryView, items: tuple[Item, ...]) -> RenderableType:
    if not items:
        return Text(view.t("rep_none"), style=QUIET)
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for item in items:
        text = Text(item.title, style="bold" if item.kind == "theme" else "")
        text.append("\n")
        text.append(f"{item.context} · {item.detail}", style=QUIET)
        if item.status is not None:
            text.append(" · ", style=QUIET)
            text.append(status_label(item.status, view.lang), style=STATUS_STYLE[item.status])
        grid.add_row(Text("•"), text)
    return grid


def _details(view: SummaryView) -> list[RenderableType]:
    parts: list[RenderableType] = []
    # one width for every theme, so the columns line up; a score on its own scale
    # ("7,0 op 0–10") makes it wider
    shown = [line.shown for theme in view.details for line in theme.lines if line.type == "scale"]
    score_width = max([4, *(cell_len(text) for text in shown)])
    for position, theme in enumerate(view.details):
        if position:
            parts.append(Text(""))
        parts.append(Text(theme.title, style="bold underline"))
        if not theme.lines:
            parts.append(Text(view.t("rep_open", count=theme.open), style=QUIET))
            continue
        grid = Table.grid(padding=(0, 1), expand=True)
        grid.add_column(justify="right", no_wrap=True, width=score_width)
        grid.add_column(no_wrap=True, width=_status_width(view.lang))
        grid.add_column(ratio=1, overflow="fold")
        for index, line in enumerate(theme.lines):
            if index:
                grid.add_row()
            text = Text(line.text)
            if line.answer:
                text.append("\n")
                text.append(f"{view.t('rep_col_answer')}: ", style=QUIET)
                text.append(line.answer, style="italic")
            for label, note in line.notes:
                text.append("\n")
                text.append(f"{label}: ", style=QUIET)
                text.append(note)
            scored = line.type == "scale" and line.score is not None
            score = Text(line.shown if scored else "")
            status = _status(line.status, view.lang) if scored else Text("")
            grid.add_row(score, status, text)
        parts.append(grid)
        if theme.open:
            parts.append(Text(view.t("rep_open", count=theme.open), style=QUIET))
    return parts


def _priorities(view: SummaryView) -> RenderableType:
    if not view.priorities:
        return Text(view.t("rep_no_priorities"), style=QUIET)
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, show_edge=False)
    table.add_column(view.t("rep_col_rank"), justify="right", no_wrap=True)
    table.add_column(view.t("rep_col_about"), ratio=2, overflow="fold")
    table.add_column(view.t("rep_col_action"), ratio=3, overflow="fold")
    table.add_column(view.t("rep_col_owner"), ratio=1, overflow="fold")
    table.add_column(view.t("rep_col_due"), no_wrap=True)
    for row in view.priorities:
        table.add_row(
            Text(str(row.rank)), Text(row.about), Text(row.action), Text(row.owner), Text(row.due)
        )
    return table
