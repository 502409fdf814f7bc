"""Helpers every report shares: numbers, scores, status words, colours and symbols, bars."""

from __future__ import annotations

import dataclasses
import math
from typing import TypeVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

from woest_tui.core.model import Questionnaire, Scale
from woest_tui.core.model import Text as BankTexts
from woest_tui.core.safe import visible
from woest_tui.core.scoring.records import QuestionScore, Status, half_up, shown_digits
from woest_tui.i18n import Lang, message

View = TypeVar("View")

#: Text said in passing (legends, labels, "none"): italic, never dim, which falls below the
#: 7:1 contrast a projector needs.
QUIET = "italic"
#: Rich styles per status; None is "no score". The word and the symbol say it without colour.
STATUS_STYLE: dict[Status | None, str] = {
    "strength": "bold green",
    "neutral": "yellow",
    "development": "bold red",
    None: QUIET,
}
#: Colours for the HTML report: each at least 7:1 on white (WCAG AAA), and always beside its
#: word, so that a colour-blind reader or a grey printer loses nothing.
STATUS_COLOUR: dict[Status | None, str] = {
    "strength": "#1b5e20",
    "neutral": "#6d4c00",
    "development": "#a31515",
    None: "#4a4a4a",
}
FULL, EMPTY = "█", "░"
#: A status in one character, for tables that must stay narrow; a legend says what each is.
STATUS_SYMBOL: dict[Status | None, str] = {
    "strength": "▲",
    "neutral": "●",
    "development": "▼",
    None: "–",
}


def status_word(status: Status | None, lang: Lang) -> str:
    """The word for a status, e.g. "sterk"; "geen score" for None.

    Args:
        status: the status or None.
        lang: "nl" or "en".

    Returns:
        The word.
    """
    return message(f"rep_status_{status or 'none'}", lang)


def status_label(status: Status | None, lang: Lang) -> str:
    """The status by symbol and word, e.g. "▲ sterk": readable without its colour.

    Args:
        status: the status or None.
        lang: "nl" or "en".

    Returns:
        The symbol, a space and the word.
    """
    return f"{STATUS_SYMBOL[status]} {status_word(status, lang)}"


def symbol_legend(lang: Lang) -> str:
    """What the status symbols mean: "▲ sterk · ● neutraal · ▼ ontwikkelpunt · – geen score".

    Args:
        lang: "nl" or "en".

    Returns:
        The legend, on one line.
    """
    statuses: tuple[Status | None, ...] = ("strength", "neutral", "development", None)
    return " · ".join(f"{STATUS_SYMBOL[s]} {status_word(s, lang)}" for s in statuses)


def number(value: float | None, lang: Lang, digits: int = 1) -> str:
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
    text = str(half_up(value, digits))
    return text.replace(".", ",") if lang != "en" else text


def score_text(score: float | None, scale: Scale, lang: Lang) -> str:
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


def threshold_text(value: float | None, lang: Lang) -> str:
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


def question_score_text(score: QuestionScore, default: Scale, lang: Lang) -> str:
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


def plain_number(value: float, lang: Lang = "en") -> str:
    """A number as typed: 6 rather than 6.0; 12,5 with a decimal comma in Dutch."""
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", ",") if lang != "en" else text


def percent(share: float | None) -> int:
    """A share as a whole percentage (0 for None), rounded down.

    Down, so that a number never claims more than is there: 99 of 200 "weet niet" reads
    49%, not the 50% at which a question becomes a blind spot, and 199 of 200 answered
    reads 99%, not 100%. (The small rounding first keeps 29% of a float at 29.)
    """
    return math.floor(round((share or 0.0) * 100, 6))


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


def footer_text(source: BankTexts | None, lang: Lang) -> str:
    """The last line of a report: made with woest, and what the questionnaire says it is.

    woest itself names no source: the HU line of the bundled questionnaires is their own
    `source`, and a team's own questionnaire says what it wants, or nothing.

    Args:
        source: the bank's `source`, or None.
        lang: "nl" or "en".

    Returns:
        The line.
    """
    if source is None:
        return message("rep_footer", lang)
    return message("rep_footer_source", lang, source=source.get(lang))


def ref_title(bank: Questionnaire, ref: str, lang: Lang) -> str:
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
