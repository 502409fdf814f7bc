"""The summary as one report document, and as a Rich renderable for the terminal and the TUI."""

from __future__ import annotations

from rich.console import RenderableType

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.scoring.rules import Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.common import footer_text, visible_view
from woest_tui.report.document.model import (
    Block,
    Document,
    Fields,
    Footer,
    Gap,
    Heading,
    Paragraph,
    Title,
)
from woest_tui.report.document.rich_render import render_document
from woest_tui.report.summary_cycle import cycle_header, discuss_section, follow_up_section
from woest_tui.report.summary_header import header_rows
from woest_tui.report.summary_lists import summary_list
from woest_tui.report.summary_sections import (
    details_section,
    priorities_section,
    roles_section,
    themes_section,
    votes_legend,
)


def summary_document(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang, *, wall: bool = False
) -> Document:
    """Put a summary into words in one language, as one document for every format.

    Args:
        result: the result.
        bank: its bank.
        summary: `scoring.summarize(result, bank)`.
        lang: "nl" or "en".
        wall: as the app shows it on a wall: one line of title, team and date, the theme
            table right under it, the whole header further down (the app's own state line
            says whether the session is finished).

    Returns:
        The document; control characters in the team's and the bank's text are replaced
        (see `safe.visible`), markup and HTML are left for each renderer to escape.
    """

    def heading(key: str) -> Heading:
        return Heading(message(key, lang), 2)

    session = result.session
    title = f"{message('rep_title', lang)}: {bank.title.get(lang, bank.language)}"
    header = header_rows(result, bank, summary, lang) + cycle_header(result, bank, lang)
    themes = [heading("rep_themes"), *themes_section(result, bank, summary, lang)]
    # what steers the conversation first: what to discuss, what the team chose, what
    # became of last time's actions; then the scores, the session's facts and the answers.
    # On the wall (the app) the theme table comes first, under one folded line.
    blocks: list[Block]
    if wall:
        blocks = [Title(title, tuple(value for _label, value in header[:2])), *themes]
    else:
        blocks = [Heading(title, 1, "bold")]
        blocks.append(Paragraph((f"{session.team} · {session.date.isoformat()}",)))
        if not summary.finished:
            blocks.append(Paragraph((message("rep_unfinished", lang),), "notice"))
    blocks += [heading("rep_discuss"), discuss_section(summary, bank, lang)]
    blocks += [heading("rep_priorities"), priorities_section(result, bank, lang)]
    follow_up = follow_up_section(result, bank, lang)
    if follow_up:
        blocks += [heading("rep_follow_up"), *follow_up]
    if not wall:
        blocks += themes
    for key, ids, kind in (
        ("rep_strengths", summary.strengths, "score"),
        ("rep_development", summary.development_points, "score"),
        ("rep_blind_spots", summary.blind_spots, "blind"),
        ("rep_not_applicable", summary.not_applicable, "not_applicable"),
        ("rep_disagreements", summary.disagreements, "spread"),
    ):
        found = summary_list(result, bank, summary, ids, kind=kind, lang=lang)  # type: ignore[arg-type]
        blocks += [heading(key), found]
    # under the disagreements, where spread and votes first appear
    blocks += votes_legend(result, bank, lang)
    blocks += roles_section(bank, summary, lang)
    blocks += [Gap(), Fields(message("rep_about_session", lang), tuple(header))]
    blocks += [heading("rep_details"), *details_section(result, bank, summary, lang)]
    blocks += [Gap(), Footer(footer_text(bank.source, lang))]
    page_title = f"{title} – {session.team}"
    return visible_view(Document(lang, page_title, tuple(blocks)))


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
        wall: as the app shows it on a wall (see `summary_document`).

    Returns:
        The renderable.
    """
    return render_document(summary_document(result, bank, summary, lang, wall=wall), width)
