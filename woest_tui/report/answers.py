"""Answers and notes in words, as the team gave them: no score, just what was said."""

from __future__ import annotations

from collections.abc import Iterable

from woest_tui.core.model import Answer, Question, Questionnaire, Tally
from woest_tui.core.roles import role_label
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number, plain_number


def _option_label(question: Question, option_id: str, lang: Lang, fallback: str) -> str:
    for option in question.options or ():
        if option.id == option_id:
            return option.label.get(lang, fallback)
    return option_id


def _counts(question: Question, counts: dict[str, int], lang: Lang, fallback: str) -> str:
    def label(key: str) -> str:
        if question.type == "yesno":
            return message("rep_answer_yes" if key == "yes" else "rep_answer_no", lang)
        return _option_label(question, key, lang, fallback)

    order = ["yes", "no"] if question.type == "yesno" else [o.id for o in question.options or ()]
    keys = [k for k in order if k in counts] + [k for k in counts if k not in order]
    return "; ".join(f"{label(k)} {counts[k]}" for k in keys)


def _values(question: Question, values: Iterable[object], lang: Lang) -> str:
    items = list(values)
    if question.type == "number" and all(isinstance(v, int | float) for v in items):
        numbers = [float(v) for v in items if isinstance(v, int | float)]
        mean = number(sum(numbers) / len(numbers), lang) if numbers else "–"
        # with a decimal comma, a comma between the numbers would read as one of them
        shown = ("; " if lang != "en" else ", ").join(plain_number(v, lang) for v in numbers)
        return message("rep_answer_values", lang, count=len(numbers), values=shown, mean=mean)
    return " | ".join(str(v) for v in items)


def describe_answer(
    question: Question, answer: Tally | None, bank: Questionnaire, lang: Lang
) -> str:
    """An answer as it was given, in words: no score, just what the team said.

    Args:
        question: the question.
        answer: the answer (or a role's tally), or None.
        bank: the bank (labels and scales).
        lang: "nl" or "en".

    Returns:
        The text; empty when there is nothing to show.
    """
    if answer is None:
        return ""
    fallback = bank.language
    parts: list[str] = []
    value = answer.value if isinstance(answer, Answer) else None
    if isinstance(answer, Answer) and answer.dont_know:
        parts.append(message("rep_answer_dont_know", lang))
    if isinstance(answer, Answer) and answer.not_applicable:
        parts.append(message("rep_answer_not_applicable", lang))
    if answer.votes is not None:
        parts.append(message("rep_answer_votes", lang, votes="·".join(map(str, answer.votes))))
    if answer.dont_know_votes:
        parts.append(message("rep_answer_dont_know_votes", lang, count=answer.dont_know_votes))
    if answer.not_applicable_votes:
        count = answer.not_applicable_votes
        parts.append(message("rep_answer_not_applicable_votes", lang, count=count))
    if answer.counts is not None:
        parts.append(_counts(question, answer.counts, lang, fallback))
    if answer.values is not None:
        parts.append(_values(question, answer.values, lang))
    if value is not None:
        parts.append(_value(question, value, bank, lang))
    if question.reverse and (value is not None or answer.votes is not None):
        parts.append(message("rep_answer_reverse", lang))
    return "; ".join(p for p in parts if p)


def _value(question: Question, value: object, bank: Questionnaire, lang: Lang) -> str:
    fallback = bank.language
    if question.type == "scale" and isinstance(value, int):
        scale = bank.scale_of(question)
        index = value - scale.min
        label = scale.labels[index].get(lang, fallback) if 0 <= index < scale.points else ""
        if label and label != str(value):
            return f"{value} ({label})"
        return f"{value} ({scale.min}–{scale.max})"
    if question.type == "yesno" and isinstance(value, bool):
        return message("rep_answer_yes" if value else "rep_answer_no", lang)
    if question.type == "choice" and isinstance(value, str):
        return _option_label(question, value, lang, fallback)
    if question.type == "multi" and isinstance(value, tuple):
        labels = [_option_label(question, str(v), lang, fallback) for v in value]
        return ", ".join(labels) or message("rep_answer_nothing", lang)
    if question.type == "number" and isinstance(value, int | float):
        unit = question.unit.get(lang, fallback) if question.unit is not None else ""
        return f"{plain_number(float(value), lang)} {unit}".strip()
    return str(value)


def notes_of(
    answer: Answer | None, lang: Lang, bank: Questionnaire | None = None
) -> list[tuple[str, str]]:
    """The notes of an answer as (label, text) pairs; merged notes carry their role.

    Args:
        answer: the answer or None.
        lang: "nl" or "en".
        bank: the questionnaire, whose own roles name the writers.

    Returns:
        The notes in order.
    """
    if answer is None:
        return []
    found = []
    if answer.note:
        found.append((message("rep_note", lang), answer.note))
    for note in answer.notes or ():
        if note.text:
            found.append(
                (
                    message("rep_note_role", lang, role=role_label(note.role, lang, True, bank)),
                    note.text,
                )
            )
    return found
