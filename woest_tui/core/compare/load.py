"""Results to compare: loaded and checked, labelled, and put in order (by team or by date)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from woest_tui.core.compare.rows import (
    Order,
)
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.documents import Checked, load_checked, read_result

#: How results are put in order: by the rule (auto), as one team over time, or side by side.
Wanted = Literal["auto", "trend", "side"]


def _team_key(team: str) -> str:
    return " ".join(team.split()).casefold()


def label_problem(labels: Sequence[str]) -> tuple[str, dict[str, object]] | None:
    """What is wrong with labels given by the user: an empty one, or two alike.

    Labels are alike when they differ only in capitals or spaces.

    Args:
        labels: the labels, in the order given.

    Returns:
        A message key with its parameters, or None when they are fine.
    """
    seen: dict[str, int] = {}
    for position, label in enumerate(labels, start=1):
        key = _team_key(label)
        if not key:
            return "compare_label_empty", {"position": position}
        if key in seen:
            return "compare_label_twice", {"label": label, "first": seen[key], "second": position}
        seen[key] = position
    return None


def load_for_compare(paths: Sequence[Path], extra: Sequence[Path] | None = None) -> list[Checked]:
    """Read results to compare, each checked against its own bank version.

    Args:
        paths: the result files.
        extra: bank files given with --questions.

    Returns:
        The checked results, in the order given.

    Raises:
        WoestError: a broken file, results of different questionnaires, a missing bank.
    """
    first: tuple[Path, str] | None = None
    for path in paths:
        bank_id = read_result(path)[0].questionnaire.id
        if first is None:
            first = (path, bank_id)
        elif bank_id != first[1]:
            raise other_bank(path, bank_id, first)
    return [load_checked(path, extra) for path in paths]


def other_bank(path: Path, found: str, first: tuple[Path, str]) -> WoestError:
    """The error for a result answered with another questionnaire than the first one."""
    params = {"found": found, "expected": first[1], "first": first[0]}
    return WoestError(path, [Problem("compare_other_bank", "questionnaire.id", params)])


def choose_order(checked: Sequence[Checked], wanted: Wanted = "auto") -> Order:
    """A trend (one team over time) or results side by side, by team and date.

    One team on different days is a trend; different teams, or one team twice on the same
    day (a consensus and a merged result of one meeting, say), stand side by side.

    Args:
        checked: the results.
        wanted: "trend" or "side" (--trend, --side-by-side) decide; "auto" looks.

    Returns:
        "trend" or "given".
    """
    if wanted != "auto":
        return "trend" if wanted == "trend" else "given"
    teams = {_team_key(c.result.session.team) for c in checked}
    dates = [c.result.session.date for c in checked]
    return "trend" if len(teams) == 1 and len(set(dates)) == len(dates) else "given"
