"""Rebuild a screen in another language, keeping everything typed, chosen and focused."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Input, OptionList, Select, SelectionList, TextArea


async def recompose_keeping(screen: Screen[Any]) -> None:
    """Compose `screen` again (its texts in the new language); fields keep their values.

    Fields are matched by id: an Input or a TextArea keeps its text and cursor, a Select
    its value, a SelectionList its ticks and an OptionList its highlighted line; the focus
    stays where it was.

    Args:
        screen: a mounted screen whose compose reads its language.
    """
    typed = {w.id: (w.value, w.cursor_position) for w in screen.query(Input) if w.id}
    written = {w.id: (w.text, w.cursor_location) for w in screen.query(TextArea) if w.id}
    chosen = {w.id: w.value for w in screen.query(Select) if w.id}
    ticked = {w.id: list(w.selected) for w in screen.query(SelectionList) if w.id}
    lists = {
        w.id: w.highlighted
        for w in screen.query(OptionList)
        # a Select's own drop-down list has no id of ours
        if w.id and not any(isinstance(a, Select) for a in w.ancestors)
    }
    focused = screen.focused.id if screen.focused is not None else None
    await screen.recompose()
    for field in screen.query(Input):
        if field.id in typed:
            field.value, field.cursor_position = typed[field.id]
    for area in screen.query(TextArea):
        if area.id in written:
            area.text = written[area.id][0]
            area.move_cursor(written[area.id][1])
    for select in screen.query(Select):
        if select.id in chosen:
            select.value = chosen[select.id]
    for selection in screen.query(SelectionList):
        for value in ticked.get(selection.id or "", []):
            selection.select(value)
    for options in screen.query(OptionList):
        if options.id in lists and lists[options.id] is not None:
            options.highlighted = lists[options.id]
    if focused is not None:
        for widget in screen.query(f"#{focused}"):
            widget.focus()
