"""Tell a bank from a result by content, and load a result together with its bank."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from woest_tui.core.errors import Problem, WoestError, with_lines
from woest_tui.core.files.bank import bank_for, load_questionnaire, questionnaire_from
from woest_tui.core.files.storage import read_toml, result_from
from woest_tui.core.model import Questionnaire, Result


def kind_of(data: dict[str, Any]) -> Literal["bank", "result"] | None:
    """Whether a parsed document is a question bank or a result file.

    Args:
        data: the parsed TOML.

    Returns:
        "bank", "result" or None when it is neither.
    """
    if "themes" in data or "scale" in data:
        return "bank"
    if "session" in data or "answers" in data or "questionnaire" in data:
        return "result"
    return None


@dataclass(frozen=True)
class Checked:
    """A result that fits its bank."""

    result: Result
    bank: Questionnaire
    bank_path: Path
    path: Path


def fits(result: Result, bank: Questionnaire, path: Path, source: str | None) -> None:
    """Raise a WoestError naming every place where `result` does not fit `bank`.

    Args:
        result: the result, valid on its own.
        bank: the bank to check it against.
        path: its file, for messages.
        source: its text, for line numbers.
    """
    from woest_tui.core.check.result import check_result

    problems = check_result(result, bank)
    if result.questionnaire.version != bank.version:
        # scored with another version: what that version lacks is listed, not an error (the
        # same version with other content is checked strictly: it did not add or remove)
        problems = [p for p in problems if p.key not in ("unknown_question", "unknown_ref")]
    if problems:
        raise WoestError(path, with_lines(problems, source))


def _within(place: str, known: tuple[str, ...]) -> bool:
    """Whether `place` is one of `known` or lies inside one (`answers.a.counts.x`)."""
    return any(place == k or place.startswith((k + ".", k + "[")) for k in known)


def not_in_bank(result: Result, bank: Questionnaire) -> list[str]:
    """The answered questions a bank of another version does not have, in the file's order.

    Args:
        result: a result checked against `bank`.
        bank: the bank it is scored with.

    Returns:
        Their ids; empty when the bank has every question answered.
    """
    return [qid for qid in result.answers if bank.question(qid) is None]


def check_against(
    result: Result, path: Path, source: str | None, extra: Sequence[Path] | None
) -> Checked:
    """Find the bank a result was answered with (see `bank.bank_for`) and check against it.

    Args:
        result: the result, valid on its own.
        path: its file, for messages.
        source: its text, for line numbers.
        extra: bank files given with --questions.

    Returns:
        The result with its bank.

    Raises:
        WoestError: the bank is not found, or the result does not fit it.
    """
    bank_path = bank_for(result.questionnaire, extra)
    if bank_path is None:
        raise WoestError(
            path, [Problem("bank_not_found", "questionnaire.id", {"id": result.questionnaire.id})]
        )
    bank = load_questionnaire(bank_path)
    fits(result, bank, path, source)
    return Checked(result, bank, bank_path, path)


def read_result(path: Path) -> tuple[Result, str]:
    """Read a result file (not yet checked against its bank); a bank is named as one.

    Args:
        path: the file.

    Returns:
        The result and the file's text.

    Raises:
        WoestError: the file is broken, or it is a question bank.
    """
    data, text = read_toml(path)
    if kind_of(data) == "bank":
        raise WoestError(path, [Problem("not_a_result")])
    return _result(data, path, text, None), text


def _result(data: dict[str, Any], path: Path, text: str, extra: Sequence[Path] | None) -> Result:
    """Validate a result; when it is not valid, its valid parts are checked against its bank.

    So every problem of the file is named in one run.
    """
    try:
        return result_from(data, path, text)
    except WoestError as exc:
        from woest_tui.core.check.partial import fit_problems

        # an answer with a problem of its own is not named again for what follows from it
        known = tuple(problem.place for problem in exc.problems if problem.place)
        more = [p for p in fit_problems(data, extra) if not _within(p.place, known)]
        raise WoestError(path, with_lines([*exc.problems, *more], text)) from None


def load_checked(path: Path, extra: Sequence[Path] | None = None) -> Checked:
    """Read a result file and check it against its bank.

    Args:
        path: the result file.
        extra: bank files given with --questions.

    Returns:
        The result with its bank.
    """
    data, text = read_toml(path)
    if kind_of(data) == "bank":
        raise WoestError(path, [Problem("not_a_result")])
    return check_against(_result(data, path, text, extra), path, text, extra)


def load_any(path: Path, extra: Sequence[Path] | None = None) -> Questionnaire | Checked:
    """Read a bank or a result, told apart by content.

    Args:
        path: the file.
        extra: bank files given with --questions.

    Returns:
        The bank, or the checked result.
    """
    data, text = read_toml(path)
    kind = kind_of(data)
    if kind == "bank":
        return questionnaire_from(data, path, text)
    if kind == "result":
        return check_against(_result(data, path, text, extra), path, text, extra)
    raise WoestError(path, [Problem("file_kind_unknown")])
