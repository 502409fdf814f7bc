"""The keys of a whole session, and the texts that show each key was answered on screen."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from bench.bare_app import INTRO, question_text
from woest_tui.core.model import Question, Questionnaire
from woest_tui.i18n import Lang, message

#: How much of a question or introduction text to look for: the start of its first line.
MARK = 48


@dataclass(frozen=True)
class Step:
    """Keys that answer one screen, and the texts of the screen that must follow."""

    pre: tuple[str, ...]
    """Keys that pick or type the answer (not timed)."""
    key: str
    """The key that confirms it (timed): always "enter"."""
    markers: tuple[str, ...]
    """Texts that all appear on screen once the next screen is painted."""
    kind: str
    """"question" (an answer confirmed) or "intro" (a theme's introduction left)."""
    picked: tuple[str, ...] = ()
    """Texts that show the `pre` keys took effect (an option marked, a value typed)."""


@dataclass(frozen=True)
class Plan:
    """A whole session: what the first screen shows, then every step."""

    first: tuple[str, ...]
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, Any]:
        return {"first": list(self.first), "steps": [asdict(s) for s in self.steps]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Plan:
        steps = tuple(
            Step(tuple(s["pre"]), s["key"], tuple(s["markers"]), s["kind"], tuple(s["picked"]))
            for s in data["steps"]
        )
        return cls(tuple(data["first"]), steps)

    def first_question(self) -> Plan:
        """Only the first step: from the opening introduction to the first question."""
        return Plan(self.first, self.steps[:1])


def answer_keys(question: Question, index: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Keys that answer a question of this type, and the text that shows they did.

    Digits pick an option ("4  (o)" or, in a multi question, "1  [x]"); a number or a text
    is typed into the field (letters that are no key of the walk screen).
    """
    kind = question.type
    if kind in ("scale", "choice", "multi", "yesno"):
        digit = str(index % 5 + 1) if kind == "scale" else "1"
        return (digit,), (f"{digit}  {'[x]' if kind == 'multi' else '(o)'}",)
    if kind == "number":
        return ("3", "7"), ("37",)
    return ("j", "a", "j", "a"), ("jaja",)


def woest_plan(bank: Questionnaire, lang: Lang = "nl") -> Plan:
    """Every theme's introduction and every question of `bank`, answered in order.

    Args:
        bank: the bank `woest run` opens.
        lang: the language the screens speak.

    Returns:
        The plan; after the last answer the review says every question is answered.
    """

    def start(text: Any) -> str:
        return str(text.get(lang, bank.language))[:MARK]

    screens: list[tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]]]] = []
    index = 0
    for theme in bank.themes:
        screens.append(("intro", start(theme.intro), ((), ())))
        for question in theme.questions:
            screens.append(("question", start(question.text), answer_keys(question, index)))
            index += 1
    steps = []
    for number, (kind, _, (pre, picked)) in enumerate(screens):
        following = (
            screens[number + 1][1]
            if number + 1 < len(screens)
            else message("review_all_done", lang)
        )
        steps.append(Step(pre, "enter", (following,), kind, picked))
    return Plan((screens[0][1],), tuple(steps))


def bare_plan(like: Plan) -> Plan:
    """The same keys for the bare app, whose label counts the Enters.

    Args:
        like: woest's plan, whose keys are copied (the bare app ignores the digits).

    Returns:
        The plan.
    """
    steps = tuple(
        Step(step.pre, step.key, (question_text(k),), step.kind)
        for k, step in enumerate(like.steps, start=1)
    )
    return Plan((INTRO,), steps)
