"""The summary as JSON for other programs (the shape is documented in the README)."""

from __future__ import annotations

import json
from typing import Any

from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.documents import not_in_bank
from woest_tui.core.model import Answer, Questionnaire, Result, Scale
from woest_tui.core.safe import json_escaped
from woest_tui.core.scoring.discuss import to_discuss
from woest_tui.core.scoring.records import rounded
from woest_tui.core.scoring.rules import Summary, ThemeScore
from woest_tui.i18n import Lang
from woest_tui.report.answers import describe_answer
from woest_tui.report.common import ref_title

#: Version of the JSON shape; raised when a field changes meaning or goes away.
JSON_FORMAT_VERSION = 1


def _score(value: float | None) -> float | None:
    return rounded(value)


def _scale(scale: Scale | None) -> dict[str, Any] | None:
    if scale is None:
        return None
    return {
        "min": scale.min,
        "max": scale.max,
        "strength": scale.strength,
        "development": scale.development,
    }


def _theme_json(theme: ThemeScore, bank: Questionnaire, lang: Lang) -> dict[str, Any]:
    return {
        "id": theme.id,
        "title": ref_title(bank, theme.id, lang),
        "score": _score(theme.score),
        "status": theme.status,
        "answered": theme.answered,
        "dont_know": theme.dont_know,
        "dont_know_answers": theme.dont_know_answers,
        "not_applicable": theme.not_applicable,
        "not_applicable_answers": theme.not_applicable_answers,
        "total": theme.total,
        "blind_spot": theme.blind_spot,
    }


def _notes(answer: Answer | None) -> list[dict[str, str | None]]:
    if answer is None:
        return []
    notes: list[dict[str, str | None]] = []
    if answer.note:
        notes.append({"role": None, "text": answer.note})
    notes += [{"role": n.role, "text": n.text} for n in answer.notes or () if n.text]
    return notes


def _help(bank: Questionnaire, ref: str, lang: Lang) -> str | None:
    question = bank.question(ref)
    return question.help.get(lang, bank.language) if question and question.help else None


def _follow_up_json(result: Result, bank: Questionnaire, lang: Lang) -> dict[str, Any] | None:
    follow_up = result.follow_up
    if follow_up is None:
        return None
    items = [
        {
            "rank": rank,
            "ref": item.ref,
            "about": ref_title(bank, item.ref, lang),
            "action": item.action,
            "owner": item.owner,
            "due": item.due.isoformat(),
            "status": item.status,
            "note": item.note,
        }
        for rank, item in enumerate(follow_up.items, start=1)
    ]
    return {"date": follow_up.date.isoformat(), "file": follow_up.file, "items": items}


def summary_json(result: Result, bank: Questionnaire, summary: Summary, lang: Lang) -> str:
    r"""The summary as JSON for other programs (the shape is documented in the README).

    Args:
        result: the result.
        bank: its bank.
        summary: its scores.
        lang: language of the titles, texts and answers.

    Returns:
        The JSON text, indented, keys in a fixed order. Texts are kept exactly as they
        are; control characters in them are written as `\uXXXX` escapes.
    """
    session = result.session
    questions = []
    for score in summary.questions:
        question = bank.question(score.id)
        answer = result.answers.get(score.id)
        assert question is not None  # the summary was made from this bank
        questions.append(
            {
                "id": score.id,
                "theme": score.theme,
                "type": score.type,
                "text": question.text.get(lang, bank.language),
                "score": _score(score.score),
                "status": score.status,
                "own_score": _score(score.own_score) if score.own_scale is not None else None,
                "own_scale": _scale(score.own_scale),
                "responses": score.responses,
                "dont_know": score.dont_know,
                "dont_know_share": _score(score.dont_know_share),
                "not_applicable": score.not_applicable,
                "spread": _score(score.spread),
                "disagreement": score.disagreement,
                "blind_spot": score.blind_spot,
                "answer": describe_answer(question, answer, bank, lang) or None,
                "notes": _notes(answer),
            }
        )
    data: dict[str, Any] = {
        "format": "woest-summary",
        "format_version": JSON_FORMAT_VERSION,
        "lang": lang,
        "team": session.team,
        "date": session.date.isoformat(),
        "facilitator": session.facilitator,
        "questionnaire": {
            "id": bank.id,
            "version": bank.version,
            "answered_version": result.questionnaire.version,
            "same_content": result.questionnaire.hash == content_hash(bank),
            "not_in_version": not_in_bank(result, bank),
            "title": bank.title.get(lang, bank.language),
        },
        "mode": session.mode,
        "role": session.role,
        "merged_from": session.merged_from,
        "live": session.live,
        "roles_present": dict(session.roles),
        "finished": summary.finished,
        "answered": summary.answered,
        "total": summary.total,
        "scale": _scale(bank.scale),
        "meetings": [
            {"date": m.date.isoformat(), "themes": list(m.themes), "minutes": m.minutes}
            for m in result.meetings
        ],
        "remeasure": session.remeasure.isoformat() if session.remeasure else None,
        # the same order as the reports: what steers the conversation first
        "to_discuss": [
            {"id": item.ref, "reason": item.reason, "help": _help(bank, item.ref, lang)}
            for item in to_discuss(summary, bank)
        ],
        "priorities": [
            {
                "rank": rank,
                "ref": p.ref,
                "about": ref_title(bank, p.ref, lang),
                "action": p.action,
                "owner": p.owner,
                "due": p.due.isoformat(),
            }
            for rank, p in enumerate(result.priorities, start=1)
        ],
        "follow_up": _follow_up_json(result, bank, lang),
        "themes": [_theme_json(t, bank, lang) for t in summary.themes],
        "questions": questions,
        "strengths": list(summary.strengths),
        "development_points": list(summary.development_points),
        "blind_spots": list(summary.blind_spots),
        "not_applicable": list(summary.not_applicable),
        "disagreements": list(summary.disagreements),
        "by_role": {
            role: [_theme_json(t, bank, lang) for t in themes]
            for role, themes in summary.roles.items()
        },
    }
    return json_escaped(json.dumps(data, ensure_ascii=False, indent=2))
