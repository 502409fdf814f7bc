"""The summary's priorities through their dialogs: add, edit and remove, each read top to bottom.

Each function runs in a worker of the summary screen (its `action_*` starts it): the
editor's and the question's answers are values, and a refused priority brings the editor
back with everything typed in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from woest_tui.core.errors import WoestError
from woest_tui.core.model import MAX_PRIORITIES, Priority
from woest_tui.core.scoring.rules import summarize
from woest_tui.core.session.plan import first_point_answer
from woest_tui.core.session.state import Refused
from woest_tui.i18n import Lang, message
from woest_tui.report.common import ref_title
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.priority import PriorityScreen

if TYPE_CHECKING:
    from woest_tui.tui.screens.summary import SummaryScreen


def refs(screen: SummaryScreen) -> list[tuple[str, str]]:
    """Development points not chosen yet first, then the chosen ones, then the rest."""
    state, lang = screen.state, screen.lang
    bank = state.bank
    summary = summarize(state.result, bank)
    chosen = {priority.ref for priority in state.result.priorities}
    points = list(summary.development_points)
    ordered = [ref for ref in points if ref not in chosen]
    ordered += [ref for ref in points if ref in chosen]
    ordered += [t.id for t in bank.themes if t.id not in ordered]
    ordered += [q.id for q in bank.questions() if q.id not in ordered]
    marked = set(summary.development_points)
    return [
        # a star, not the drop-down's own ▼ arrow
        (("★ " if ref in marked else "  ") + ref_title(bank, ref, lang), ref)
        for ref in ordered
    ]


def store(screen: SummaryScreen, priorities: list[Priority]) -> bool:
    """Save the priorities; a failed write keeps them in memory.

    Args:
        screen: the summary.
        priorities: the new list.

    Returns:
        False when the change was refused (too many, or a file too large): said, and
        nothing changed.
    """
    try:
        screen.state.set_priorities(priorities)
    except Refused as error:
        text = " ".join(problem.text(screen.lang) for problem in error.problems)
        screen.notify(text, severity="error", timeout=10, markup=False)
        return False
    except WoestError as error:
        screen.app.call_later(screen.app.save_failed, error)  # type: ignore[attr-defined]
    return True


async def add(screen: SummaryScreen) -> None:
    """Add a priority."""
    state = screen.state
    if not screen.editable():
        return
    today = state.result.session.date
    if len(state.result.priorities) >= MAX_PRIORITIES:
        text = screen.t("priorities_full", limit=MAX_PRIORITIES)
        screen.notify(text, severity="warning", timeout=10, markup=False)
        return
    suggestion = first_point_answer(state.result, state.bank)
    editor = PriorityScreen(refs(screen), today=today, suggestion=suggestion)
    while (priority := await screen.app.push_screen_wait(editor)) is not None:
        items = [*state.result.priorities, priority]
        if screen.store(items, highlight=len(items) - 1):
            return
        # refused: the form comes back with everything typed in it
        editor = PriorityScreen(refs(screen), priority, today)


async def edit(screen: SummaryScreen) -> None:
    """Edit the highlighted priority."""
    state = screen.state
    index = screen.selected()
    if index is None or not screen.editable():
        return
    today = state.result.session.date
    editor = PriorityScreen(refs(screen), state.result.priorities[index], today)
    while (priority := await screen.app.push_screen_wait(editor)) is not None:
        items = list(state.result.priorities)
        items[index] = priority
        if screen.store(items):
            return
        editor = PriorityScreen(refs(screen), priority, today)


async def delete(screen: SummaryScreen) -> None:
    """Remove the highlighted priority, after a yes; `u` puts it back."""
    state = screen.state
    index = screen.selected()
    if index is None or not screen.editable():
        return
    priority = state.result.priorities[index]
    title = ref_title(state.bank, priority.ref, screen.lang)

    def question(lang: Lang) -> str:
        return message("delete_confirm", lang, number=index + 1, title=title)

    yes = await screen.app.push_screen_wait(ConfirmScreen(question))
    if not yes or priority not in state.result.priorities:
        return
    items = list(state.result.priorities)
    items.remove(priority)
    screen.removed = (index, priority)
    screen.store(items)
    screen.notify(screen.t("deleted_undo", number=index + 1), markup=False)
