"""The summary's lists: strengths, development points, blind spots, "n.v.t." and disagreements."""

from __future__ import annotations

from typing import Literal

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.scoring.rules import Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number, percent, question_score_text, ref_title, score_text
from woest_tui.report.document.model import Block, Item, Items, Paragraph

Kind = Literal["score", "blind", "not_applicable", "spread"]


def _votes_text(result: Result, ref: str) -> str:
    answer = result.answers.get(ref)
    votes = answer.votes if answer is not None else None
    return "·".join(map(str, votes)) if votes is not None else ""


def _question_detail(
    result: Result, bank: Questionnaire, summary: Summary, ref: str, *, kind: Kind, lang: Lang
) -> str | None:
    question = summary.question(ref)
    if question is None:
        return None
    if kind == "blind":
        return message(
            "rep_blind_detail",
            lang,
            dont_know=question.dont_know,
            count=question.dont_know + question.responses,
            percent=percent(question.dont_know_share),
        )
    if kind == "not_applicable":
        given = question.responses + question.dont_know + question.not_applicable
        if given == 1:
            return message("rep_not_applicable_marked", lang)
        count = question.not_applicable
        return message("rep_not_applicable_detail", lang, count=count, total=given)
    if kind == "spread":
        spread = number(question.spread, lang)
        return message("rep_spread_detail", lang, spread=spread, votes=_votes_text(result, ref))
    detail = question_score_text(question, summary.scale, lang)
    asked = bank.question(ref)
    if asked is not None and asked.reverse:
        # "brandjes blussen" listed as a strength needs its reason beside it
        detail = f"{detail} · {message('rep_answer_reverse', lang)}"
    return detail


def summary_list(
    result: Result,
    bank: Questionnaire,
    summary: Summary,
    ids: tuple[str, ...],
    *,
    kind: Kind,
    lang: Lang,
) -> Block:
    """One of the summary's lists of themes and questions.

    Args:
        result: the result.
        bank: its bank.
        summary: its scores.
        ids: the themes and questions in the list, in order.
        kind: what the detail says: the score (with the status), the share of "weet
            niet", the share of "n.v.t." or the spread and the votes.
        lang: "nl" or "en".

    Returns:
        The entries, or a quiet "none".
    """
    items: list[Item] = []
    for ref in ids:
        theme = summary.theme(ref)
        if theme is not None:
            if kind == "blind":
                detail = message(
                    "rep_blind_theme_detail", lang, dont_know=theme.dont_know, count=theme.answered
                )
            else:
                detail = score_text(theme.score, summary.scale, lang)
            context = message("rep_kind_theme", lang)
            title = ref_title(bank, ref, lang)
            items.append(Item(title, f"{context} · {detail}", strong=True, status=theme.status))
            continue
        question = summary.question(ref)
        found = _question_detail(result, bank, summary, ref, kind=kind, lang=lang)
        if question is None or found is None:
            continue
        context = message("rep_in_theme", lang, theme=ref_title(bank, question.theme, lang))
        items.append(
            Item(ref_title(bank, ref, lang), f"{context} · {found}", status=question.status)
        )
    if not items:
        return Paragraph((message("rep_none", lang),), "quiet")
    if kind != "score":
        # the status words belong with a score, not with a share or a spread
        items = [Item(i.title, i.detail, i.strong) for i in items]
    return Items(tuple(items))
