"""The start screen's parts made from data: the plan and its estimate, roles, a saved session."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group
from textual.widget import Widget
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from woest_tui.core.model import Questionnaire
from woest_tui.core.roles import role_ids, role_label
from woest_tui.core.session.listing import SessionEntry
from woest_tui.core.session.plan import MEASURED, MINUTES_PER_QUESTION, QUICK_SCAN, estimate
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput


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


def role_fields(
    bank: Questionnaire | None, lang: Lang, typed: dict[str, str] | None = None
) -> list[Widget]:
    """A name and a count field per role of `bank`, keeping counts typed before."""
    fields: list[Widget] = []
    for role in role_ids(bank):
        fields.append(Static(plain(role_label(role, lang, bank=bank)), classes="role-name"))
        field_id = f"count-{role}"
        fields.append(
            SafeInput(
                (typed or {}).get(field_id, ""),
                placeholder="0",
                restrict=r"\d{0,3}",
                id=field_id,
                classes="role-count",
            )
        )
    return fields


def entry_line(entry: SessionEntry, lang: Lang) -> Group:
    """Two lines for a saved session: date, team and state; then its file.

    The file's name is cut with an ellipsis, not wrapped, where the panel is narrower.
    """
    total = "?" if entry.total is None else str(entry.total)
    mark = "✓" if entry.finished else "…"
    state = message("saved_finished", lang) if entry.finished else f"{entry.answered}/{total}"
    line = plain(f"{mark} {entry.date.isoformat()}  ")
    line.append(plain(entry.team, style="bold"))
    # the short name of the way of working: the panel is narrow
    line.append(plain(f"  {state} · {message('cmp_mode_' + entry.mode, lang)}"))
    if entry.counted_with is not None:
        counted = message(
            "saved_other_version", lang, version=entry.version, bank=entry.counted_with
        )
        line.append(plain(f"  {counted}", style="italic"))
    name = plain(f"  {entry.path.name}", style="italic")
    name.no_wrap, name.overflow = True, "ellipsis"
    return Group(line, name)
