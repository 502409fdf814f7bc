"""The cells of a comparison's tables: scores, changes and spreads, in words."""

from __future__ import annotations

from woest_tui.core.compare.results import Change, Row, Side
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number, question_score_text, score_text, status_word
from woest_tui.report.document.model import Cell, status_tone

ARROWS: dict[Change | None, str] = {"better": "↑", "worse": "↓", "same": "→", None: "·"}


def row_title(row: Row, lang: Lang) -> str:
    """A row's title (a theme's title or a question's text) in `lang`.

    Args:
        row: the row.
        lang: "nl" or "en".

    Returns:
        The text, written by the bank's author.
    """
    return row.title.get(lang)


def change_cell(row: Row, lang: Lang) -> Cell:
    """The change of a row: an arrow, the signed difference and a word.

    The difference has 2 decimals, the precision it was judged on, so the word always
    agrees with the number (+0,25 beter, +0,24 ongeveer gelijk).

    Args:
        row: the row.
        lang: "nl" or "en".

    Returns:
        The cell, e.g. "↑ +1,50 beter".
    """
    if row.delta is None:
        return Cell(f"{ARROWS[None]} {message('cmp_change_none', lang)}")
    shown = number(abs(row.delta), lang, digits=2)
    sign = "" if row.delta == 0 else "+" if row.delta > 0 else "-"
    amount = f"{sign}{shown}"
    word = message(f"cmp_change_{row.change}", lang)
    return Cell(f"{ARROWS[row.change]} {amount} {word}", tone=row.change)


def spread_cell(row: Row, band: float, lang: Lang) -> Cell:
    """How far apart results side by side are: highest minus lowest, and which is which.

    Args:
        row: the row.
        band: spreads smaller than this are "about the same".
        lang: "nl" or "en".

    Returns:
        The cell, e.g. "0,80: hoogst 2, laagst 3", or "0,10 ongeveer gelijk".
    """
    if row.spread is None or row.highest is None or row.lowest is None:
        return Cell(f"{ARROWS[None]} {message('cmp_change_none', lang)}")
    spread = number(row.spread, lang, digits=2)
    if row.spread < band:
        return Cell(f"{spread} {message('cmp_change_same', lang)}")
    high, low = row.highest + 1, row.lowest + 1
    return Cell(message("cmp_spread_apart", lang, spread=spread, high=high, low=low))


def score_cell(row: Row, index: int, side: Side, lang: Lang, words: bool) -> Cell:
    """The score of one result in a row, with the status word when `words`.

    The number is shown on the scale that judged it (see `common.question_score_text`).

    Args:
        row: the row.
        index: which result.
        side: that result.
        lang: "nl" or "en".
        words: add the status word (the colour alone does not reach a printout).

    Returns:
        The cell; "–" where the result has no score.
    """
    score, status = row.scores[index], row.statuses[index]
    summary = side.summary
    got = summary.question(row.id) if row.kind == "question" else None
    if got is not None:
        text = question_score_text(got, summary.scale, lang)
    else:
        text = score_text(score, summary.scale, lang)
    if words and score is not None:
        text = f"{text} {status_word(status, lang)}"
    elif score is None and got is not None and got.mostly_not_applicable:
        # "n.v.t." is an answer, not a gap: say so rather than "–"
        text = message("cmp_not_applicable", lang)
    return Cell(text, tone=status_tone(status))
