"""The summary's content in words, once, so every format shows the same thing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from woest_tui.core.model import Questionnaire, Result, Scale
from woest_tui.core.roles import role_label
from woest_tui.core.scoring.rules import (
    DISAGREEMENT_SPREAD,
    QuestionScore,
    Status,
    Summary,
    ThemeScore,
)
from woest_tui.i18n import Lang, message
from woest_tui.report.answers import describe_answer, notes_of
from woest_tui.report.common import (
    footer_text,
    number,
    percent,
    question_score_text,
    ref_title,
    score_text,
    visible_view,
)
from woest_tui.report.summary_cycle import (
    DiscussItem,
    FollowUpRow,
    cycle_header,
    discuss_items,
    follow_up_rows,
)
from woest_tui.report.summary_header import header_rows


@dataclass(frozen=True)
class ThemeRow:
    """One theme's line in the table of themes."""

    id: str
    title: str
    score: float | None
    shown: str
    """The score as shown (see `common.score_text`)."""
    status: Status | None
    answered: int
    dont_know: int
    """Questions answered "weet niet" (with votes: by at least half)."""
    dont_know_answers: int
    """Every "weet niet" in the theme, marks and votes."""
    total: int
    blind_spot: bool
    not_applicable: int = 0
    """Questions answered "n.v.t." (with votes: by at least half)."""
    not_applicable_answers: int = 0
    """Every "n.v.t." in the theme, marks and votes."""

    def dont_know_text(self, votes: bool) -> str:
        """The "weet niet" cell: the questions, and with votes every "weet niet" in brackets."""
        return f"{self.dont_know} ({self.dont_know_answers})" if votes else str(self.dont_know)

    def not_applicable_text(self, votes: bool) -> str:
        """The "n.v.t." cell, counted like the "weet niet" cell."""
        if votes:
            return f"{self.not_applicable} ({self.not_applicable_answers})"
        return str(self.not_applicable)


@dataclass(frozen=True)
class Item:
    """An entry of the strengths, development points, blind spots or disagreements."""

    ref: str
    kind: Literal["theme", "question"]
    title: str
    """The theme's title or the question's text."""
    context: str
    """"thema", or "in <theme title>" for a question."""
    detail: str
    """The score, the share of "weet niet", or the spread and votes."""
    status: Status | None


@dataclass(frozen=True)
class QuestionLine:
    """An answered question (or one with a note) in a theme's details."""

    id: str
    text: str
    type: str
    score: float | None
    shown: str
    """The score as shown, on the scale that judged it (see `common.question_score_text`)."""
    status: Status | None
    answer: str
    notes: tuple[tuple[str, str], ...]
    """(label, text) pairs; the text is the team's own."""


@dataclass(frozen=True)
class ThemeDetail:
    """A theme's answers and notes."""

    id: str
    title: str
    lines: tuple[QuestionLine, ...]
    open: int
    """Questions not answered yet."""


@dataclass(frozen=True)
class PriorityRow:
    """One chosen priority."""

    rank: int
    ref: str
    about: str
    action: str
    owner: str
    due: str


@dataclass(frozen=True)
class RoleCell:
    """How one role scores one theme."""

    score: float | None
    shown: str
    status: Status | None


@dataclass(frozen=True)
class SummaryView:
    """Everything a summary shows, in one language; user text stays raw: formats escape it."""

    lang: Lang
    title: str
    header: tuple[tuple[str, str], ...]
    finished: bool
    unfinished_notice: str | None
    scale: Scale
    votes: bool
    """Whether answers are counted per person (votes or merged), not one per question."""
    themes: tuple[ThemeRow, ...]
    strengths: tuple[Item, ...]
    development_points: tuple[Item, ...]
    blind_spots: tuple[Item, ...]
    not_applicable: tuple[Item, ...]
    """Questions answered "n.v.t.": not scored and no blind spot, but shown."""
    disagreements: tuple[Item, ...]
    roles: tuple[str, ...]
    """The roles of a merged result, by their short names; empty otherwise."""
    role_themes: tuple[str, ...]
    """The theme titles, in order: the per-role table numbers its columns 1, 2, ..."""
    role_rows: tuple[tuple[str, tuple[RoleCell, ...]], ...]
    """Per role its name and a cell per theme, in the order of `role_themes`."""
    details: tuple[ThemeDetail, ...]
    priorities: tuple[PriorityRow, ...]
    footer: str = ""
    """The last line: made with woest, and the questionnaire's own `source` if it has one."""
    subtitle: str = ""
    """Team and date, on the line under the title."""
    discuss: tuple[DiscussItem, ...] = ()
    """"Om te bespreken": what the summary opens with (see `discuss.to_discuss`)."""
    follow_up: tuple[FollowUpRow, ...] = ()
    """The earlier session's priorities and what became of them; empty without one."""
    follow_up_date: str = ""
    """The date of that earlier session."""

    def t(self, key: str, **params: object) -> str:
        """A message in the view's language."""
        return message(key, self.lang, **params)

    @property
    def votes_legend(self) -> str | None:
        """With votes: what "stemmen 1·3·4·2·0" and "spreiding" mean, said once."""
        if not self.votes:
            return None
        scale = self.scale
        divided = DISAGREEMENT_SPREAD * (scale.max - scale.min)
        return self.t(
            "rep_votes_legend",
            min=scale.min,
            max=scale.max,
            divided=number(divided, self.lang),
        )

    @property
    def shows_not_applicable(self) -> bool:
        """Whether the theme table has an "n.v.t." column: only when someone said it."""
        return any(row.not_applicable_answers for row in self.themes)

    @property
    def dont_know_legend(self) -> str:
        """What the theme table's "weet niet" (and "n.v.t.") columns count."""
        legend = self.t("rep_dont_know_legend_votes" if self.votes else "rep_dont_know_legend")
        if self.shows_not_applicable:
            legend += " " + self.t("rep_not_applicable_legend")
        return legend


def _theme_item(bank: Questionnaire, score: ThemeScore, detail: str, lang: Lang) -> Item:
    title = ref_title(bank, score.id, lang)
    return Item(score.id, "theme", title, message("rep_kind_theme", lang), detail, score.status)


def _question_item(bank: Questionnaire, score: QuestionScore, detail: str, lang: Lang) -> Item:
    theme = ref_title(bank, score.theme, lang)
    text = ref_title(bank, score.id, lang)
    context = message("rep_in_theme", lang, theme=theme)
    return Item(score.id, "question", text, context, detail, score.status)


def _votes_text(result: Result, ref: str) -> str:
    answer = result.answers.get(ref)
    votes = answer.votes if answer is not None else None
    return "·".join(map(str, votes)) if votes is not None else ""


def _items(
    result: Result,
    bank: Questionnaire,
    summary: Summary,
    ids: tuple[str, ...],
    *,
    kind: str,
    lang: Lang,
) -> tuple[Item, ...]:
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
            items.append(_theme_item(bank, theme, detail, lang))
            continue
        question = summary.question(ref)
        if question is None:
            continue
        if kind == "blind":
            detail = message(
                "rep_blind_detail",
                lang,
                dont_know=question.dont_know,
                count=question.dont_know + question.responses,
                percent=percent(question.dont_know_share),
            )
        elif kind == "not_applicable":
            given = question.responses + question.dont_know + question.not_applicable
            detail = (
                message("rep_not_applicable_marked", lang)
                if given == 1
                else message(
                    "rep_not_applicable_detail", lang, count=question.not_applicable, total=given
                )
            )
        elif kind == "spread":
            spread = number(question.spread, lang)
            detail = message(
                "rep_spread_detail", lang, spread=spread, votes=_votes_text(result, ref)
            )
        else:
            detail = question_score_text(question, summary.scale, lang)
            asked = bank.question(ref)
            if asked is not None and asked.reverse:
                # "brandjes blussen" listed as a strength needs its reason beside it
                detail = f"{detail} · {message('rep_answer_reverse', lang)}"
        items.append(_question_item(bank, question, detail, lang))
    if kind != "score":
        # the status words belong with a score, not with a share or a spread
        return tuple(replace(item, status=None) for item in items)
    return tuple(items)


def _details(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang
) -> list[ThemeDetail]:
    details = []
    for theme in bank.themes:
        lines = []
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
            lines.append(
                QuestionLine(
                    id=question.id,
                    text=question.text.get(lang, bank.language),
                    type=question.type,
                    score=score.score,
                    shown=question_score_text(score, summary.scale, lang),
                    status=score.status,
                    answer=describe_answer(question, answer, bank, lang),
                    notes=notes,
                )
            )
        title = theme.title.get(lang, bank.language)
        details.append(ThemeDetail(theme.id, title, tuple(lines), open_count))
    return details


def build_view(result: Result, bank: Questionnaire, summary: Summary, lang: Lang) -> SummaryView:
    """Put a summary into words in one language.

    Args:
        result: the result.
        bank: its bank.
        summary: `scoring.summarize(result, bank)`.
        lang: "nl" or "en".

    Returns:
        The view every format renders; control characters in the team's and the bank's
        text are replaced (see `safe.visible`), markup and HTML are left for each format
        to escape.
    """
    themes = tuple(
        ThemeRow(
            id=t.id,
            title=ref_title(bank, t.id, lang),
            score=t.score,
            shown=score_text(t.score, summary.scale, lang),
            status=t.status,
            answered=t.answered,
            dont_know=t.dont_know,
            dont_know_answers=t.dont_know_answers,
            total=t.total,
            blind_spot=t.blind_spot,
            not_applicable=t.not_applicable,
            not_applicable_answers=t.not_applicable_answers,
        )
        for t in summary.themes
    )
    role_rows = tuple(
        (
            role_label(role, lang, True, bank),
            tuple(
                RoleCell(t.score, score_text(t.score, summary.scale, lang), t.status)
                for t in scores
            ),
        )
        for role, scores in summary.roles.items()
    )
    priorities = tuple(
        PriorityRow(
            rank=rank,
            ref=p.ref,
            about=ref_title(bank, p.ref, lang),
            action=p.action,
            owner=p.owner,
            due=p.due.isoformat(),
        )
        for rank, p in enumerate(result.priorities, start=1)
    )
    view = SummaryView(
        lang=lang,
        title=bank.title.get(lang, bank.language),
        header=tuple(header_rows(result, bank, summary, lang) + cycle_header(result, bank, lang)),
        finished=summary.finished,
        unfinished_notice=None if summary.finished else message("rep_unfinished", lang),
        scale=bank.scale,
        votes=result.session.mode == "votes" or result.session.merged_from is not None,
        themes=themes,
        strengths=_items(result, bank, summary, summary.strengths, kind="score", lang=lang),
        development_points=_items(
            result, bank, summary, summary.development_points, kind="score", lang=lang
        ),
        blind_spots=_items(result, bank, summary, summary.blind_spots, kind="blind", lang=lang),
        not_applicable=_items(
            result, bank, summary, summary.not_applicable, kind="not_applicable", lang=lang
        ),
        disagreements=_items(
            result, bank, summary, summary.disagreements, kind="spread", lang=lang
        ),
        roles=tuple(role_label(role, lang, True, bank) for role in summary.roles),
        role_themes=tuple(ref_title(bank, t.id, lang) for t in bank.themes)
        if summary.roles
        else (),
        role_rows=role_rows,
        details=tuple(_details(result, bank, summary, lang)),
        priorities=priorities,
        footer=footer_text(bank.source, lang),
        subtitle=f"{result.session.team} · {result.session.date.isoformat()}",
        discuss=discuss_items(result, bank, summary, lang),
        follow_up=follow_up_rows(result, bank, lang),
        follow_up_date=result.follow_up.date.isoformat() if result.follow_up else "",
    )
    return visible_view(view)
