"""The answer control of each question type, and the value it holds."""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual.widget import Widget
from textual.widgets import Input, TextArea

from woest_tui.core.model import Question, Questionnaire
from woest_tui.core.safe import visible
from woest_tui.core.session.draft import Draft, choice_value, chosen_places, counts_hands
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import number
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.fields import NumberField
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.votes import VotesControl


@dataclass(frozen=True)
class Options:
    """What a choice list shows for a question: the options, their keys and the choice."""

    labels: list[str]
    numbers: list[str] | None
    multiple: bool
    selected: list[int]


def options_for(
    question: Question, bank: Questionnaire, lang: Lang, mode: str, draft: Draft
) -> Options | None:
    """The options of a question answered in a choice list; None for any other control.

    Args:
        question: the question.
        bank: its bank.
        lang: "nl" or "en".
        mode: the session's mode.
        draft: what to show as chosen.

    Returns:
        The options, or None (a votes control, a number or a text field).
    """
    if counts_hands(question, mode):
        return None
    if question.type == "scale":
        scale = bank.scale_of(question)
        labels = [label.get(lang, bank.language) for label in scale.labels]
        numbers = [str(scale.min + i) for i in range(scale.points)]
        return Options(labels, numbers, False, chosen_places(question, bank, draft.value))
    if question.type in ("choice", "multi"):
        labels = [o.label.get(lang, bank.language) for o in question.options or ()]
        chosen = chosen_places(question, bank, draft.value)
        return Options(labels, None, question.type == "multi", chosen)
    if question.type == "yesno":
        chosen = chosen_places(question, bank, draft.value)
        return Options([message("yes", lang), message("no", lang)], None, False, chosen)
    return None


def control_for(
    question: Question,
    bank: Questionnaire,
    lang: Lang,
    mode: str,
    draft: Draft,
    *,
    present: int = 0,
) -> Widget:
    """A new answer control that fits the question's type and the session's mode.

    Args:
        question: the question.
        bank: its bank.
        lang: "nl" or "en".
        mode: the session's mode.
        draft: what to show in it.
        present: how many people are present (0: not recorded), to warn of more votes.

    Returns:
        The control, with the id "control".
    """
    if counts_hands(question, mode):
        votes, dont_know, not_applicable = draft.votes or (None, None, None)
        return VotesControl(
            question,
            bank,
            lang,
            votes=votes,
            dont_know_votes=dont_know,
            not_applicable_votes=not_applicable,
            allow_dont_know=question.allow_dont_know,
            allow_not_applicable=question.not_applicable_allowed,
            present=present,
            id="control",
        )
    options = options_for(question, bank, lang, mode, draft)
    if options is not None:
        return ChoiceList(
            options.labels,
            numbers=options.numbers,
            multiple=options.multiple,
            selected=options.selected,
            id="control",
        )
    if question.type == "number":
        value = "" if draft.value is None else str(draft.value)
        return NumberField(
            value,
            placeholder=number_placeholder(question, bank, lang),
            restrict=r"-?[0-9]*[.,]?[0-9]*",
            # a number typed into a filled field replaces it: 3, not 63 after a 6
            select_on_focus=True,
            id="control",
        )
    field = TextField(
        "" if draft.value is None else visible(str(draft.value)),
        placeholder=message("text_placeholder", lang),
        max_length=10_000,
        lang=lang,
        id="control",
    )
    field.move_cursor(field.document.end)  # typing goes after what is there
    return field


def number_placeholder(question: Question, bank: Questionnaire, lang: Lang) -> str:
    """What a number field says while it is empty: its range and its unit.

    Args:
        question: a number question.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        For example "Typ een getal (0–40 uur per week)".
    """
    low, high = question.min, question.max
    parts = []
    if low is not None and high is not None:
        parts.append(message("number_range", lang, min=number(low, lang), max=number(high, lang)))
    elif low is not None:
        parts.append(message("number_at_least", lang, min=number(low, lang)))
    elif high is not None:
        parts.append(message("number_at_most", lang, max=number(high, lang)))
    if question.unit is not None:
        parts.append(question.unit.get(lang, bank.language))
    if not parts:
        return message("number_placeholder", lang)
    return message("number_placeholder_about", lang, about=" ".join(parts))


def draft_on_screen(
    control: Widget | None,
    question: Question,
    bank: Questionnaire,
    *,
    note: str,
    dont_know: bool = False,
    not_applicable: bool = False,
) -> Draft:
    """What the controls hold for a question now, confirmed or not.

    Args:
        control: the question's answer control (None: not shown yet).
        question: the question.
        bank: its bank.
        note: the note field's text.
        dont_know: whether "weet niet" is marked.
        not_applicable: whether "n.v.t." is marked.

    Returns:
        The draft; a live room's votes stay in the room and a merge's tally in the file,
        so for those only the note is the walk's to keep.
    """
    marked = Draft(dont_know=dont_know, note=note, not_applicable=not_applicable)
    if isinstance(control, VotesControl):
        counts = control.counts()
        if counts is None:
            return replace(marked, unreadable=True)
        return replace(marked, votes=(tuple(counts[0]), counts[1], counts[2]))
    value: object = None
    if isinstance(control, ChoiceList):
        value = choice_value(question, bank, sorted(control.selected))
    elif isinstance(control, TextArea):
        value = control.text if control.text.strip() else None
    elif isinstance(control, Input):
        # the digits as typed, even when they are not a valid number yet
        value = control.value or None
    else:
        return Draft(note=note)
    return replace(marked, value=value)
