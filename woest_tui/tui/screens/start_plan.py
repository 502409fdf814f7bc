"""The start screen's plan: the themes for this meeting, the time there is, the estimate."""

from __future__ import annotations

from collections.abc import Sequence

from textual.widgets import SelectionList
from textual.widgets.selection_list import Selection

from woest_tui.core.model import Questionnaire
from woest_tui.core.session.plan import MEASURED, MINUTES_PER_QUESTION, QUICK_SCAN, estimate
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import plain


def duration(minutes: int, lang: Lang) -> str:
    """Minutes as people say them: "45 min", "1 uur 30 min", "2 uur"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return message("duration_minutes", lang, minutes=rest)
    if not rest:
        return message("duration_hours", lang, hours=hours)
    return message("duration_both", lang, hours=hours, minutes=rest)


def theme_list(bank: Questionnaire, chosen: Sequence[str], lang: Lang) -> SelectionList[str]:
    """The bank's themes to tick, each with its number of questions; `chosen` ticked."""
    return SelectionList[str](
        *(
            Selection(
                plain(
                    f"{theme.title.get(lang, bank.language)} "
                    + message("plan_theme_count", lang, count=len(theme.questions))
                ),
                theme.id,
                theme.id in chosen,
            )
            for theme in bank.themes
        ),
        id="themes",
    )


def estimate_text(
    bank: Questionnaire,
    chosen: Sequence[str],
    mode: str,
    *,
    minutes: int | None,
    quick: Questionnaire | None,
    lang: Lang,
) -> str:
    """What the chosen themes take, where the figure comes from, and the quick scan.

    Args:
        bank: the chosen questionnaire.
        chosen: the ticked theme ids.
        mode: the way of working.
        minutes: the time available, or None.
        quick: the quick scan, when it is there and not the chosen bank.
        lang: "nl" or "en".

    Returns:
        A few sentences.
    """
    count = sum(len(t.questions) for t in bank.themes if t.id in chosen)
    total = sum(len(t.questions) for t in bank.themes)
    per = f"{MINUTES_PER_QUESTION.get(mode, MINUTES_PER_QUESTION['consensus']):.1f}"
    per = per.replace(".", ",") if lang == "nl" else per
    # only consensus and votes were timed; individual mode is our own reckoning, said so
    key = "plan_estimate" if mode in MEASURED else "plan_estimate_guess"
    parts = [
        message(
            key,
            lang,
            time=duration(estimate(count, mode), lang),
            count=count,
            mode=message(f"cmp_mode_{mode}", lang),
            per=per,
        )
    ]
    if count < total:
        parts.append(
            message(
                "plan_rest", lang, count=total - count, time=duration(estimate(total, mode), lang)
            )
        )
    if minutes is not None and estimate(count, mode) > minutes:
        parts.append(message("plan_too_long", lang, minutes=minutes))
    if quick is not None:
        questions = len(quick.questions())
        time = duration(estimate(questions, mode), lang)
        parts.append(message("plan_quick", lang, count=questions, time=time))
    return " ".join(parts)


def quick_of(banks: Sequence[Questionnaire], chosen: Questionnaire) -> Questionnaire | None:
    """The quick scan among the banks, unless it is the one chosen."""
    if chosen.id == QUICK_SCAN:
        return None
    return next((bank for bank in banks if bank.id == QUICK_SCAN), None)
