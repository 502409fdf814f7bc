"""The summary's header: team, date, questionnaire, mode, roles present, progress, scale."""

from __future__ import annotations

from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.documents import not_in_bank
from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.roles import role_label
from woest_tui.core.scoring.rules import Summary
from woest_tui.i18n import Lang, message
from woest_tui.report.common import percent, threshold_text


def _mode(result: Result, bank: Questionnaire, lang: Lang) -> str:
    session = result.session
    if session.live:
        return message("rep_mode_live", lang, count=session.people)
    if session.merged_from is not None:
        return message("rep_mode_merged", lang, count=session.merged_from)
    if session.mode == "individual":
        return message(
            "rep_mode_individual", lang, role=role_label(session.role or "", lang, True, bank)
        )
    return message(f"rep_mode_{session.mode}", lang)


def header_rows(
    result: Result, bank: Questionnaire, summary: Summary, lang: Lang
) -> list[tuple[str, str]]:
    """The summary's header as (label, value) pairs; values hold the team's own text.

    Args:
        result: the result.
        bank: its bank.
        summary: its scores (for the progress).
        lang: "nl" or "en".

    Returns:
        Team, date, facilitator, questionnaire, mode, roles, progress and scale.
    """
    session = result.session
    rows = [
        (message("rep_team", lang), session.team),
        (message("rep_date", lang), session.date.isoformat()),
    ]
    if session.facilitator:
        rows.append((message("rep_facilitator", lang), session.facilitator))
    bank_text = message(
        "rep_questionnaire_value",
        lang,
        title=bank.title.get(lang, bank.language),
        id=bank.id,
        version=bank.version,
    )
    if result.questionnaire.version != bank.version:
        found, expected = result.questionnaire.version, bank.version
        bank_text += "; " + message("rep_version_differs", lang, found=found, expected=expected)
    elif result.questionnaire.hash != content_hash(bank):
        bank_text += "; " + message("rep_content_differs", lang)
    missing = not_in_bank(result, bank)
    roles = ", ".join(
        f"{role_label(role, lang, True, bank)} {count}" for role, count in session.roles.items()
    )
    progress = message(
        "rep_progress_value",
        lang,
        answered=summary.answered,
        total=summary.total,
        percent=percent(summary.answered / summary.total if summary.total else 0.0),
    )
    if summary.finished:
        progress += f", {message('rep_finished', lang)}"
    scale = bank.scale
    rows += [
        (message("rep_questionnaire", lang), bank_text),
        *(
            [
                (
                    message("rep_not_in_version", lang),
                    message(
                        "rep_not_in_version_value",
                        lang,
                        version=bank.version,
                        ids=", ".join(missing),
                    ),
                )
            ]
            if missing
            else []
        ),
        (message("rep_mode", lang), _mode(result, bank, lang)),
        (message("rep_roles_present", lang), roles or message("rep_roles_none", lang)),
        (message("rep_progress", lang), progress),
        (
            message("rep_scale", lang),
            message(
                "rep_scale_value",
                lang,
                min=scale.min,
                max=scale.max,
                strength=threshold_text(scale.strength, lang),
                development=threshold_text(scale.development, lang),
            ),
        ),
    ]
    return rows
