"""The summary's tables: priorities, themes, per role, and each theme's answers."""

from __future__ import annotations

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.roles import role_label
from woest_tui.core.scoring.rules import DISAGREEMENT_SPREAD, Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.answers import describe_answer, notes_of
from woest_tui.report.common import number, question_score_text, ref_title, score_text
from woest_tui.report.document.model import (
    Answer,
    Answers,
    AnyCell,
    BarCell,
    Block,
    Cell,
    Column,
    Gap,
    Heading,
    Paragraph,
    RoleGrid,
    ScoreCell,
    StatusCell,
    Table,
)


def counts_votes(result: Result) -> bool:
    """Whether answers are counted per person (votes or merged), not one per question."""
    return result.session.mode == "votes" or result.session.merged_from is not None


def priorities_section(result: Result, bank: Questionnaire, lang: Lang) -> Block:
    """The priorities the team chose: what, who, when."""
    if not result.priorities:
        return Paragraph((message("rep_no_priorities", lang),), "quiet")
    columns = (
        Column(message("rep_col_rank", lang), "right", wrap=False),
        Column(message("rep_col_about", lang), ratio=2),
        Column(message("rep_col_action", lang), ratio=3),
        Column(message("rep_col_owner", lang), ratio=1),
        Column(message("rep_col_due", lang), wrap=False),
    )
    rows = tuple(
        (
            Cell(str(rank)),
            Cell(ref_title(bank, p.ref, lang)),
            Cell(p.action),
            Cell(p.owner),
            Cell(p.due.isoformat()),
        )
        for rank, p in enumerate(result.priorities, start=1)
    )
    return Table(columns, rows)


def themes_section(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang
) -> list[Block]:
    """The table of themes, and what its "weet niet" (and "n.v.t.") columns count."""
    votes = counts_votes(result)
    extra = any(row.not_applicable_answers for row in summary.themes)
    scale = bank.scale

    def counted(questions: int, answers: int) -> str:
        return f"{questions} ({answers})" if votes else str(questions)

    columns = [
        Column(message("rep_col_theme", lang), ratio=3),
        Column(
            message("rep_col_bar", lang, min=scale.min, max=scale.max),
            ratio=2,
            min_width=6,
            cut=True,
        ),
        Column(message("rep_col_score", lang), "right", wrap=False),
        Column(message("rep_col_status", lang), wrap=False),
        Column(message("rep_col_answered", lang), "right", wrap=False),
        Column(message("rep_col_dont_know", lang), "right", wrap=False),
    ]
    if extra:
        columns.append(Column(message("rep_col_not_applicable", lang), "right", wrap=False))
    rows = []
    for theme in summary.themes:
        shown = score_text(theme.score, summary.scale, lang)
        row: list[AnyCell] = [
            Cell(ref_title(bank, theme.id, lang)),
            BarCell(theme.score, scale, theme.status, shown),
            Cell(shown),
            StatusCell(theme.status),
            Cell(f"{theme.answered}/{theme.total}"),
            Cell(counted(theme.dont_know, theme.dont_know_answers), strong=theme.blind_spot),
        ]
        if extra:
            row.append(Cell(counted(theme.not_applicable, theme.not_applicable_answers)))
        rows.append(tuple(row))
    legend = message("rep_dont_know_legend_votes" if votes else "rep_dont_know_legend", lang)
    if extra:
        legend += " " + message("rep_not_applicable_legend", lang)
    table = Table(tuple(columns), tuple(rows), compact=True)
    return [table, Paragraph((legend,), "quiet")]


def votes_legend(result: Result, bank: Questionnaire, lang: Lang) -> list[Block]:
    """With votes: what "stemmen 1·3·4·2·0" and "spreiding" mean, said once."""
    if not counts_votes(result):
        return []
    scale = bank.scale
    divided = number(DISAGREEMENT_SPREAD * (scale.max - scale.min), lang)
    text = message("rep_votes_legend", lang, min=scale.min, max=scale.max, divided=divided)
    return [Paragraph((text,), "quiet")]


def roles_section(bank: Questionnaire, summary: Summary, lang: Lang) -> list[Block]:
    """The scores per role of a merged result; nothing for any other."""
    if not summary.roles:
        return []
    rows = tuple(
        (
            role_label(role, lang, True, bank),
            tuple(ScoreCell(score_text(t.score, summary.scale, lang), t.status) for t in scores),
        )
        for role, scores in summary.roles.items()
    )
    grid = RoleGrid(
        corner=message("rep_col_role", lang),
        themes=tuple(ref_title(bank, t.id, lang) for t in bank.themes),
        rows=rows,
        note=message("rep_roles_columns", lang),
    )
    return [Heading(message("rep_roles", lang), 2), grid]


def details_section(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang
) -> list[Block]:
    """Per theme its answered questions (or those with a note) and how many are open."""
    blocks: list[Block] = []
    for position, theme in enumerate(bank.themes):
        answers = []
        open_count = 0
        for question in theme.questions:
            answer = result.answers.get(question.id)
            score = summary.question(question.id)
            notes = tuple(notes_of(answer, lang, bank))
            if score is None or (not score.answered and not notes):
                open_count += 1
                continue
            if not score.answered:
                open_count += 1
            scored = question.type == "scale" and score.score is not None
            shown = question_score_text(score, summary.scale, lang)
            described = describe_answer(question, answer, bank, lang)
            answers.append(
                Answer(
                    text=question.text.get(lang, bank.language),
                    score=ScoreCell(shown, score.status) if scored else None,
                    answer=(message("rep_col_answer", lang), described) if described else None,
                    notes=notes,
                )
            )
        if position:
            blocks.append(Gap())
        blocks.append(Heading(theme.title.get(lang, bank.language), 3, "underline"))
        if answers:
            blocks.append(Answers(tuple(answers)))
        if open_count:
            blocks.append(Paragraph((message("rep_open", lang, count=open_count),), "quiet"))
    return blocks
