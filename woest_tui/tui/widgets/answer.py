"""The answer control of each question type, and the value it holds."""

from __future__ import annotations

from dataclasses import dataclass

from textual.widget import Widget
from textual.widgets import Input, TextArea

from woest_tui.core.errors import Problem
from woest_tui.core.model import Answer, Question, Questionnaire
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message
from woest_tui.tui.support.text import number
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.fields import NumberField
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.votes import VotesControl


@dataclass
class Draft:
    """What was typed or chosen for a question but not yet confirmed: never thrown away."""

    value: object = None
    dont_know: bool = False
    note: str = ""
    votes: tuple[tuple[int, ...], int, int] | None = None
    """The hands per point, for "weet niet" and for "n.v.t."."""
    not_applicable: bool = False


def draft_from(answer: Answer | None) -> Draft:
    """A draft that shows a saved answer."""
    if answer is None:
        return Draft()
    votes = None
    if answer.votes is not None:
        votes = (
            tuple(answer.votes),
            answer.dont_know_votes or 0,
            answer.not_applicable_votes or 0,
        )
    return Draft(answer.value, answer.dont_know, answer.note or "", votes, answer.not_applicable)


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
    if question.type == "scale" and mode == "votes":
        return None
    if question.type == "scale":
        scale = bank.scale_of(question)
        labels = [label.get(lang, bank.language) for label in scale.labels]
        numbers = [str(scale.min + i) for i in range(scale.points)]
        chosen = [numbers.index(str(draft.value))] if str(draft.value) in numbers else []
        return Options(labels, numbers, False, chosen)
    if question.type in ("choice", "multi"):
        options = question.options or ()
        ids = [o.id for o in options]
        values = draft.value if isinstance(draft.value, tuple) else (draft.value,)
        chosen = [ids.index(v) for v in values if v in ids]
        labels = [o.label.get(lang, bank.language) for o in options]
        return Options(labels, None, question.type == "multi", chosen)
    if question.type == "yesno":
        chosen = [] if draft.value is None else [0 if draft.value else 1]
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
    if question.type == "scale" and mode == "votes":
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


def read_value(
    control: Widget, question: Question, bank: Questionnaire
) -> tuple[object, Problem | None]:
    """The value a choice list or an input holds now (None when empty), or a problem.

    Args:
        control: the question's control (not a votes control).
        question: the question.
        bank: its bank.

    Returns:
        The value as it would be stored, and a problem when the text is no number.
    """
    if isinstance(control, ChoiceList):
        chosen = sorted(control.selected)
        if question.type == "scale":
            scale = bank.scale_of(question)
            return (scale.min + chosen[0] if chosen else None), None
        if question.type == "yesno":
            return (chosen[0] == 0 if chosen else None), None
        ids = [o.id for o in question.options or ()]
        if question.type == "multi":
            return (tuple(ids[i] for i in chosen) if chosen else None), None
        return (ids[chosen[0]] if chosen else None), None
    if isinstance(control, TextArea):
        return (control.text if control.text.strip() else None), None
    assert isinstance(control, Input)
    raw = control.value.strip()
    if not raw:
        return None, None
    if question.type == "number":
        try:
            number = float(raw.replace(",", "."))
        except ValueError:
            return None, Problem("number_not_number")
        return (
            int(number) if number.is_integer() and "." not in raw and "," not in raw else number
        ), None
    return control.value, None
