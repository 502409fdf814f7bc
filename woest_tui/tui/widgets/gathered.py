"""A merged result's answer, read-only: the totals, each role's tally and the role notes."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from woest_tui.core.model import Answer, Question, Questionnaire, Tally
from woest_tui.core.roles import role_label
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import number
from woest_tui.tui.widgets.votes import BAR_WIDTH


def _rows(
    question: Question, bank: Questionnaire, tally: Tally, lang: Lang
) -> list[tuple[str, int]]:
    """The tally as (label, count) rows: scale points, options or yes/no, then the marks."""
    rows: list[tuple[str, int]] = []
    if tally.votes is not None:
        scale = bank.scale_of(question)
        labels = [label.get(lang, bank.language) for label in scale.labels]
        rows += [(f"{scale.min + i}  {labels[i]}", n) for i, n in enumerate(tally.votes)]
    elif tally.counts is not None and question.type == "yesno":
        rows += [(message(key, lang), tally.counts.get(key, 0)) for key in ("yes", "no")]
    elif tally.counts is not None:
        names = {o.id: o.label.get(lang, bank.language) for o in question.options or ()}
        rows += [(names.get(key, key), count) for key, count in tally.counts.items()]
    if tally.dont_know_votes:
        rows.append((message("dont_know", lang), tally.dont_know_votes))
    if tally.not_applicable_votes:
        rows.append((message("votes_not_applicable_short", lang), tally.not_applicable_votes))
    return rows


def _given(tally: Tally, lang: Lang) -> list[str]:
    """The answers given to a number or text question, as the team writes them."""
    return [
        number(value, lang) if isinstance(value, int | float) else str(value)
        for value in tally.values or ()
    ]


def _short(question: Question, bank: Questionnaire, tally: Tally, lang: Lang) -> str:
    """One role's tally on one line: what was chosen and how often."""
    if tally.values is not None:
        parts = _given(tally, lang)
        if tally.dont_know_votes:
            parts.append(f"{message('dont_know', lang)} {tally.dont_know_votes}")
        if tally.not_applicable_votes:
            na = message("votes_not_applicable_short", lang)
            parts.append(f"{na} {tally.not_applicable_votes}")
        return "; ".join(parts)
    rows = _rows(question, bank, tally, lang)
    return ", ".join(f"{label.split('  ')[0]} ×{count}" for label, count in rows if count)


def gathered_text(question: Question, bank: Questionnaire, answer: Answer, lang: Lang) -> Text:
    """What a merge gathered for one question, for the screen (never read as markup).

    Args:
        question: the question.
        bank: its bank.
        answer: the merged answer.
        lang: "nl" or "en".

    Returns:
        The lines: a heading, the totals with bars (or the answers given), a line per role,
        and the notes of the individual files with their role.
    """
    text = Text()

    def line(value: str = "", style: str = "") -> None:
        text.append(visible(value, one_line=True) + "\n", style=style)

    line(message("gathered_intro", lang), "italic")
    line()
    rows = _rows(question, bank, answer, lang)
    if answer.values is not None:
        for value in _given(answer, lang):
            line(f"• {value}")
        marks = (message("dont_know", lang), message("votes_not_applicable_short", lang))
        rows = [row for row in rows if row[0] in marks]
    width = max((len(label) for label, _ in rows), default=0)
    top = max((count for _, count in rows), default=0) or 1
    for label, count in rows:
        bar = "█" * max(1, round(BAR_WIDTH * count / top)) if count else ""
        line(f"{label.ljust(width)}  {bar} {count}")
    if answer.by_role:
        line()
        line(message("gathered_by_role", lang), "bold")
        for role, tally in answer.by_role.items():
            line(f"{role_label(role, lang)}: {_short(question, bank, tally, lang) or '–'}")
    if answer.notes:
        line()
        line(message("gathered_notes", lang), "bold")
        for note in answer.notes:
            line(f"{role_label(note.role, lang)}: {note.text}")
    text.rstrip()
    return text


class GatheredView(Static):
    """The answer control of a merged answer: it shows the tally and takes no input."""

    def __init__(
        self, question: Question, bank: Questionnaire, answer: Answer, lang: Lang, id: str
    ) -> None:
        super().__init__(gathered_text(question, bank, answer, lang), id=id)
