"""The summary's steering parts in words: "Om te bespreken", last time's actions, meetings."""

from __future__ import annotations

from dataclasses import dataclass

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.scoring.discuss import to_discuss
from woest_tui.core.scoring.rules import Status, Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number, percent, question_score_text, ref_title


@dataclass(frozen=True)
class DiscussItem:
    """A question to talk about first, with why, and what good looks like."""

    ref: str
    reason: str
    """development, divided or blind (see `discuss.to_discuss`)."""
    title: str
    """The question's text."""
    why: str
    """The reason in words, with its number: "laagste score: 1,5 ontwikkelpunt"."""
    context: str
    """"in <theme title>"."""
    help: str
    """The question's help text ("wat goed eruitziet"); empty when it has none."""
    status: Status | None


@dataclass(frozen=True)
class FollowUpRow:
    """An earlier priority and what became of it."""

    rank: int
    about: str
    action: str
    owner: str
    due: str
    status: str | None
    """gedaan, deels, niet or gestopt; None while not looked at."""
    status_text: str
    """The status in words, or "nog niet besproken"."""
    note: str


def discuss_items(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang
) -> tuple[DiscussItem, ...]:
    """The items of "Om te bespreken", in order.

    Args:
        result: the result.
        bank: its bank.
        summary: its scores.
        lang: "nl" or "en".

    Returns:
        The items (none when nothing stands out).
    """
    del result  # the scores hold everything the rules use
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
        items.append(
            DiscussItem(
                ref=chosen.ref,
                reason=chosen.reason,
                title=question.text.get(lang, bank.language),
                why=why,
                context=message("rep_in_theme", lang, theme=theme.title.get(lang, bank.language)),
                help=question.help.get(lang, bank.language) if question.help else "",
                status=score.status if chosen.reason == "development" else None,
            )
        )
    return tuple(items)


def follow_up_rows(result: Result, bank: Questionnaire, lang: Lang) -> tuple[FollowUpRow, ...]:
    """The earlier session's priorities with their status, in their order."""
    if result.follow_up is None:
        return ()
    return tuple(
        FollowUpRow(
            rank=rank,
            about=ref_title(bank, item.ref, lang),
            action=item.action,
            owner=item.owner,
            due=item.due.isoformat(),
            status=item.status,
            status_text=message(f"follow_status_{item.status or 'open'}", lang),
            note=item.note or "",
        )
        for rank, item in enumerate(result.follow_up.items, start=1)
    )


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
