"""Rules of a bank checked on its raw data, so they are reported with every other problem.

Pydantic runs a model's own rules (unique ids) only once its fields are valid: a bank with a
duplicate id and a wrong field showed the duplicate only on the next run. These checks read
the parsed TOML as it is, so `woest validate` names every problem of a file at once.
"""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from woest_tui.core.errors import Problem
from woest_tui.core.model import Change
from woest_tui.core.model.bank_rules import changelog_rules


def duplicate_ids(data: dict[str, Any]) -> list[Problem]:
    """Theme and question ids that occur twice, each named with its first place.

    Args:
        data: the parsed TOML of a bank (any shape: what is not a table or a list is skipped).

    Returns:
        One problem per repeated id, at the place of the repeat.
    """
    first: dict[str, str] = {}
    problems = []
    for item_id, place in _places(data):
        if not isinstance(item_id, str):
            continue
        if item_id in first:
            params: dict[str, object] = {"id": item_id, "first": first[item_id]}
            problems.append(Problem("duplicate_id_first", place, params))
        else:
            first[item_id] = place
    return problems


def _places(data: dict[str, Any]) -> list[tuple[object, str]]:
    """The ids of the themes and questions of a bank with their places, in the file's order."""
    places: list[tuple[object, str]] = []
    themes = data.get("themes")
    if not isinstance(themes, list):
        return []
    for t, theme in enumerate(themes):
        if isinstance(theme, dict):
            places.append((theme.get("id"), f"themes[{t}].id"))
    for t, theme in enumerate(themes):
        questions = theme.get("questions") if isinstance(theme, dict) else None
        for q, question in enumerate(questions if isinstance(questions, list) else ()):
            if isinstance(question, dict):
                places.append((question.get("id"), f"themes[{t}].questions[{q}].id"))
    return places


def changelog_fits(data: dict[str, Any]) -> list[Problem]:
    """The changelog against the ids the file has, also those in a theme that is not valid.

    Args:
        data: the parsed TOML of a bank (any shape).

    Returns:
        One problem per entry or id that does not fit, at its place.
    """
    changes = data.get("changelog")
    version = data.get("version")
    if not isinstance(changes, list) or not isinstance(version, str):
        return []
    ids = {item for item, _ in _places(data) if isinstance(item, str)}
    entries = [_change(entry) for entry in changes]
    problems = []
    for error in changelog_rules(entries, version, ids):
        params = dict(error.context or {})
        problems.append(Problem(error.type, str(params.pop("at", "")), params))
    return problems


def _change(entry: object) -> Change | None:
    try:
        return _CHANGE.validate_python(entry)
    except ValidationError:
        return None


_CHANGE = TypeAdapter(Change)
