"""Helpers every report shares: numbers, status words and colours, bars, answers, escaping."""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Iterable
from typing import TypeVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from woest_tui.i18n import message
from woest_tui.model import Answer, Question, Questionnaire, Scale, Tally
from woest_tui.roles import role_label
from woest_tui.safe import visible
from woest_tui.scores import QuestionScore, Status, shown_digits

View = TypeVar("View")

#: Rich styles per status; None is "no score".
STATUS_STYLE: dict[Status | None, str] = {
    "strength": "bold green",
    "neutral": "yellow",
    "development": "bold red",
    None: "dim",
}
#: Colours for the HTML report, chosen to stay readable for colour-blind readers with the label.
STATUS_COLOUR: dict[Status | None, str] = {
    "strength": "#2e7d32",
    "neutral": "#b8860b",
    "development": "#c62828",
    None: "#9e9e9e",
}
FULL, EMPTY = "█", "░"
#: A status in one character, for tables that must stay narrow; a legend says what each is.
STATUS_SYMBOL: dict[Status | None, str] = {
    "strength": "▲",
    "neutral": "●",
    "development": "▼",
    None: "–",
}


def status_word(status: Status | None, lang: str) -> str:
    """The word for a status, e.g. "sterk"; "geen score" for None.

    Args:
        status: the status or None.
        lang: "nl" or "en".

    Returns:
        The word.
    """
    return message(f"rep_status_{status or 'none'}", lang)


def symbol_legend(lang: str) -> str:
    """What the status symbols mean: "▲ sterk · ● neutraal · ▼ ontwikkelpunt · – geen score".

    Args:
        lang: "nl" or "en".

    Returns:
        The legend, on one line.
    """
    statuses: tuple[Status | None, ...] = ("strength", "neutral", "development", None)
    return " · ".join(f"{STATUS_SYMBOL[s]} {status_word(s, lang)}" for s in statuses)


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A number with a decimal comma in Dutch; "–" for None.

    Args:
        value: the number.
        lang: "nl" or "en".
        digits: decimals shown.

    Returns:
        The text.
    """
    if value is None:
        return "–"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang != "en" else text


def score_text(score: float | None, scale: Scale, lang: str) -> str:
    """A score as shown: one decimal, two where one would contradict its status.

    Args:
        score: a rounded score on `scale`, or None.
        scale: the scale whose thresholds judged it.
        lang: "nl" or "en".

    Returns:
        The text, e.g. "3,5" or "3,95"; "–" for None.
    """
    if score is None:
        return number(None, lang)
    return number(score, lang, shown_digits(score, scale))


def threshold_text(value: float | None, lang: str) -> str:
    """A threshold with as many decimals as it has (at least one): 4,0 or 3,75.

    Args:
        value: the threshold, or None.
        lang: "nl" or "en".

    Returns:
        The text; "–" for None.
    """
    if value is None:
        return number(None, lang)
    digits = 1
    while digits < 6 and round(value, digits) != value:
        digits += 1
    return number(value, lang, digits)


def question_score_text(score: QuestionScore, default: Scale, lang: str) -> str:
    """A question's score as shown beside its status: on the scale that judged it.

    A question on the default scale shows its score ("3,5"). One on its own scale with
    its own thresholds shows its own-scale score ("7,0 op 0–10"); one on its own scale
    without thresholds shows both, the judged score last ("7,0 op 0–10 → 3,8").

    Args:
        score: the question's score.
        default: the bank's default scale.
        lang: "nl" or "en".

    Returns:
        The text; "–" when nothing was scored.
    """
    own_scale = score.own_scale
    if own_scale is None or score.own_score is None:
        return score_text(score.score, default, lang)
    judged = score.judged_on_own_scale
    if not judged and (own_scale.min, own_scale.max) == (default.min, default.max):
        return score_text(score.score, default, lang)  # other labels, same numbers
    own = score_text(score.own_score, own_scale, lang) if judged else number(score.own_score, lang)
    text = message("rep_own_scale", lang, score=own, min=own_scale.min, max=own_scale.max)
    return text if judged else f"{text} → {score_text(score.score, default, lang)}"


def plain_number(value: float) -> str:
    """A number as typed: 6 rather than 6.0."""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def percent(share: float | None) -> int:
    """A share as a whole percentage (0 for None)."""
    return round((share or 0.0) * 100)


def filled_cells(score: float | None, scale: Scale, width: int) -> int:
    """How many of `width` cells a bar fills for `score` on `scale` (the minimum is empty).

    Args:
        score: a score on `scale`, or None.
        scale: the scale.
        width: cells available.

    Returns:
        A count from 0 to `width`.
    """
    if score is None or width <= 0:
        return 0
    share = (score - scale.min) / (scale.max - scale.min)
    return max(0, min(width, round(share * width)))


def text_bar(score: float | None, scale: Scale, width: int = 10) -> str:
    """A bar of block characters, for plain text and markdown.

    Args:
        score: a score on `scale`, or None.
        scale: the scale.
        width: its length.

    Returns:
        The bar.
    """
    full = filled_cells(score, scale, width)
    return FULL * full + EMPTY * (width - full)


class Bar:
    """A Rich bar that takes the width it is given (for tables and Textual's Static)."""

    def __init__(self, score: float | None, scale: Scale, status: Status | None) -> None:
        self.score = score
        self.scale = scale
        self.style = STATUS_STYLE[status]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(6, max(6, options.max_width))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        full = filled_cells(self.score, self.scale, width)
        yield Text.assemble((FULL * full, self.style), (EMPTY * (width - full), "dim"))


def ref_title(bank: Questionnaire, ref: str, lang: str) -> str:
    """The title of a theme or the text of a question, by id (the id itself if unknown).

    Args:
        bank: the bank.
        ref: a theme or question id.
        lang: "nl" or "en".

    Returns:
        The text.
    """
    theme = bank.theme(ref)
    if theme is not None:
        return theme.title.get(lang, bank.language)
    question = bank.question(ref)
    return question.text.get(lang, bank.language) if question is not None else ref


def _option_label(question: Question, option_id: str, lang: str, fallback: str) -> str:
    for option in question.options or ():
        if option.id == option_id:
            return option.label.get(lang, fallback)
    return option_id


def _counts(question: Question, counts: dict[str, int], lang: str, fallback: str) -> str:
    def label(key: str) -> str:
        if question.type == "yesno":
            return message("rep_answer_yes" if key == "yes" else "rep_answer_no", lang)
        return _option_label(question, key, lang, fallback)

    order = ["yes", "no"] if question.type == "yesno" else [o.id for o in question.options or ()]
    keys = [k for k in order if k in counts] + [k for k in counts if k not in order]
    return "; ".join(f"{label(k)} {counts[k]}" for k in keys)


def _values(question: Question, values: Iterable[object], lang: str) -> str:
    items = list(values)
    if question.type == "number" and all(isinstance(v, int | float) for v in items):
        numbers = [float(v) for v in items if isinstance(v, int | float)]
        mean = number(sum(numbers) / len(numbers), lang) if numbers else "–"
        shown = ", ".join(plain_number(v) for v in numbers)
        return message("rep_answer_values", lang, count=len(numbers), values=shown, mean=mean)
    return " | ".join(str(v) for v in items)


def describe_answer(
    question: Question, answer: Tally | None, bank: Questionnaire, lang: str
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
    if answer.votes is not None:
        parts.append(message("rep_answer_votes", lang, votes="·".join(map(str, answer.votes))))
    if answer.dont_know_votes:
        parts.append(message("rep_answer_dont_know_votes", lang, count=answer.dont_know_votes))
    if answer.counts is not None:
        parts.append(_counts(question, answer.counts, lang, fallback))
    if answer.values is not None:
        parts.append(_values(question, answer.values, lang))
    if value is not None:
        parts.append(_value(question, value, bank, lang))
    if question.reverse and (value is not None or answer.votes is not None):
        parts.append(message("rep_answer_reverse", lang))
    return "; ".join(p for p in parts if p)


def _value(question: Question, value: object, bank: Questionnaire, lang: str) -> str:
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
        return f"{plain_number(float(value))} {unit}".strip()
    return str(value)


def notes_of(answer: Answer | None, lang: str) -> list[tuple[str, str]]:
    """The notes of an answer as (label, text) pairs; merged notes carry their role.

    Args:
        answer: the answer or None.
        lang: "nl" or "en".

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
                    message("rep_note_role", lang, role=role_label(note.role, lang, short=True)),
                    note.text,
                )
            )
    return found


def visible_view(view: View) -> View:
    """A copy of a report view with every string in it passed through `safe.visible`.

    A view (frozen dataclasses, tuples and strings) carries the team's and the bank's text
    raw; cleaning it once here makes every format that renders it (Rich, plain text,
    markdown, HTML, SVG) free of control characters, whichever field the text came from.

    Args:
        view: a view, or any part of one.

    Returns:
        The cleaned copy (objects of other kinds, such as a Scale, are kept as they are).
    """
    cleaned: object = view
    if isinstance(view, str):
        cleaned = visible(view)
    elif isinstance(view, tuple):
        cleaned = tuple(visible_view(item) for item in view)
    elif dataclasses.is_dataclass(view) and not isinstance(view, type):
        changes = {f.name: visible_view(getattr(view, f.name)) for f in dataclasses.fields(view)}
        cleaned = dataclasses.replace(view, **changes)
    return cleaned  # type: ignore[return-value]


#: Inline markdown: emphasis, code, links, tables, strike-through; text never starts a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(value: str) -> str:
    """Escape user text for markdown: no formatting, links, tables or raw HTML survive.

    Args:
        value: untrusted text.

    Returns:
        Text that a markdown renderer shows literally, on one line.
    """
    text = html.escape(value, quote=False)
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return " ".join(text.split())


#: A line that starts with one of these could open a block (heading, list, setext rule).
_MD_BLOCK_MARK = re.compile(r"^[#+=\-]")
#: "1." or "1)" at the start of a line opens a numbered list.
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def _md_line(line: str) -> str:
    line = _MD_BLOCK_MARK.sub(lambda m: "\\" + m.group(), line)
    return _MD_NUMBERED.sub(lambda m: m.group(1) + "\\" + m.group(2), line)


def md_escape_lines(value: str, indent: str) -> str:
    """Escape multi-line user text for markdown, keeping its line breaks as hard breaks.

    Each line is escaped like `md_escape` (which already takes care of quotes, code and
    emphasis); a line that could start a heading, a list or a rule gets its first mark
    escaped too. The lines are joined with a backslash line break and `indent`, so they
    stay inside the list item they are in; empty lines are left out.

    Args:
        value: untrusted text, perhaps of several lines.
        indent: the spaces that continue the item (its content's indentation).

    Returns:
        Markdown that shows each non-empty line of the text literally, on its own line.
    """
    lines = [_md_line(md_escape(line)) for line in value.splitlines()]
    return f"\\\n{indent}".join(line for line in lines if line)


def html_escape(value: object) -> str:
    """Escape any value for HTML text and attributes.

    Args:
        value: untrusted text (or a number).

    Returns:
        Escaped text.
    """
    return html.escape(str(value), quote=True)
