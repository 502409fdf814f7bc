"""Whether a value is a valid answer to a question: its type, its range, its options."""

from __future__ import annotations

from woest_tui.core.errors import Problem
from woest_tui.core.model import Question, Questionnaire, number_problem

_EXPECTED = {
    "scale": ("een geheel getal op de schaal", "a whole number on the scale"),
    "number": ("een getal", "a number"),
    "choice": ("een optie-id", "an option id"),
    "multi": ("een lijst van optie-ids", "a list of option ids"),
    "yesno": ("true of false", "true or false"),
    "text": ("een tekst", "a text"),
}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_value(question: Question, bank: Questionnaire, value: object) -> Problem | None:
    """Whether `value` is a valid answer to `question`; the TUI uses this for inline errors.

    Args:
        question: the question.
        bank: its bank (for the default scale).
        value: the value as it would be stored.

    Returns:
        None when it fits, else the problem (with an empty place).
    """
    kind = question.type
    wrong = wrong_type(kind)
    if kind == "scale":
        scale = bank.scale_of(question)
        if isinstance(value, bool) or not isinstance(value, int):
            return wrong
        if not scale.min <= value <= scale.max:
            return Problem("out_of_scale", "", {"value": value, "min": scale.min, "max": scale.max})
    elif kind == "number":
        if not _is_number(value):
            return wrong
        assert isinstance(value, int | float)
        odd = number_problem(value)
        if odd is not None:
            return Problem(odd, "")
        if question.min is not None and value < question.min:
            return Problem("below_min", "", {"value": value, "min": _num(question.min)})
        if question.max is not None and value > question.max:
            return Problem("above_max", "", {"value": value, "max": _num(question.max)})
    elif kind in ("choice", "multi"):
        ids = [o.id for o in question.options or ()]
        chosen: tuple[object, ...]
        if kind == "choice":
            if not isinstance(value, str):
                return wrong
            chosen = (value,)
        else:
            if not isinstance(value, tuple):
                return wrong
            chosen = value
        for item in chosen:
            if item not in ids:
                return Problem("unknown_option", "", {"value": item, "options": ", ".join(ids)})
        if len(set(chosen)) != len(chosen):
            return Problem(
                "duplicate_option", "", {"value": next(c for c in chosen if chosen.count(c) > 1)}
            )
    elif kind == "yesno":
        if not isinstance(value, bool):
            return wrong
    elif not isinstance(value, str):
        return wrong
    return None


def wrong_type(kind: str) -> Problem:
    """The problem of a value of the wrong type for a question of type `kind`."""
    nl, en = _EXPECTED[kind]
    return Problem("wrong_value_type", "", {"type": kind, "expected": nl, "expected_en": en})


def _num(value: float) -> int | float:
    """Show 40.0 as 40."""
    return int(value) if float(value).is_integer() else value
