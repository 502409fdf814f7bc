"""The summary's steering sections: "Om te bespreken", last time's actions, the meetings."""

from __future__ import annotations

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.scoring.discuss import to_discuss
from woest_tui.core.scoring.rules import Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number, percent, question_score_text, ref_title
from woest_tui.report.document.model import (
    Block,
    Cell,
    Column,
    Item,
    Items,
    Paragraph,
    Table,
    Tone,
)

#: Tones of the follow-up's statuses: done reads as a strength, not done as a development
#: point; stopped is bold (see `_follow_status`), not looked at yet faint.
FOLLOW_TONE: dict[str | None, Tone] = {
    "gedaan": "strength",
    "deels": "neutral",
    "niet": "development",
    None: "faint",
}


def _follow_status(status: str | None, lang: Lang) -> Cell:
    text = message(f"follow_status_{status or 'open'}", lang)
    return Cell(text, tone=FOLLOW_TONE.get(status), strong=status == "gestopt")


def discuss_section(summary: Summary, bank: Questionnaire, lang: Lang) -> Block:
    """The questions to talk about first, numbered, each with why and what good looks like.

    Args:
        summary: the scores.
        bank: their bank.
        lang: "nl" or "en".

    Returns:
        The numbered list, or a quiet line when nothing stands out.
    """
    items = []
    for chosen in to_discuss(summary, bank):
        score = summary.question(chosen.ref)
        question = bank.question(chosen.ref)
        theme = bank.theme_of(chosen.ref)
        if score is None or question is None or theme is None:
            continue
        if chosen.reason == "development":
            detail = question_score_text(score, summary.scale, lang)
            why = message("rep_discuss_development", lang, score=detail)
        elif chosen.reason == "divided":
            why = message("rep_discuss_divided", lang, spread=number(score.spread, lang))
        else:
            why = message("rep_discuss_blind", lang, percent=percent(score.dont_know_share))
        context = message("rep_in_theme", lang, theme=theme.title.get(lang, bank.language))
        good = question.help.get(lang, bank.language) if question.help else ""
        items.append(
            Item(
                title=question.text.get(lang, bank.language),
                detail=f"{why} · {context}",
                strong=True,
                status=score.status if chosen.reason == "development" else None,
                extra=(message("rep_discuss_good", lang), good) if good else None,
            )
        )
    if not items:
        return Paragraph((message("rep_discuss_none", lang),), "quiet")
    return Items(tuple(items), numbered=True)


def follow_up_section(result: Result, bank: Questionnaire, lang: Lang) -> list[Block]:
    """The earlier session's priorities, each with its status and the team's note.

    Args:
        result: the result.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        A quiet line with the earlier session's date and the table; nothing without one.
    """
    follow_up = result.follow_up
    if follow_up is None:
        return []

    def t(key: str) -> str:
        return message(key, lang)

    columns = (
        Column(t("rep_col_rank"), "right", wrap=False),
        Column(t("rep_col_about"), under=2),
        Column(t("rep_col_action"), ratio=3),
        Column(t("rep_col_owner"), ratio=1),
        Column(t("rep_col_due"), under=2),
        Column(t("rep_col_follow_status"), wrap=False),
        Column(t("rep_col_follow_note"), ratio=2),
    )
    rows = tuple(
        (
            Cell(str(rank)),
            Cell(ref_title(bank, item.ref, lang)),
            Cell(item.action),
            Cell(item.owner),
            Cell(item.due.isoformat()),
            _follow_status(item.status, lang),
            Cell(item.note or ""),
        )
        for rank, item in enumerate(follow_up.items, start=1)
    )
    intro = message("rep_follow_up_from", lang, date=follow_up.date.isoformat())
    return [Paragraph((intro,), "quiet"), Table(columns, rows)]


def cycle_header(result: Result, bank: Questionnaire, lang: Lang) -> list[tuple[str, str]]:
    """Header rows for a planned session: which themes each meeting had, and when to measure.

    Args:
        result: the result.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        (label, value) pairs; none for a session that was never planned.
    """
    rows = []
    for number_, meeting in enumerate(result.meetings, start=1):
        titles = ", ".join(ref_title(bank, tid, lang) for tid in meeting.themes)
        value = f"{meeting.date.isoformat()}: {titles}"
        if meeting.minutes is not None:
            value += " " + message("rep_meeting_minutes", lang, minutes=meeting.minutes)
        rows.append((message("rep_meeting", lang, number=number_), value))
    if result.session.remeasure is not None:
        rows.append((message("rep_remeasure", lang), result.session.remeasure.isoformat()))
    return rows
