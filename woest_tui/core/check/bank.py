"""Rules of a bank checked on its raw data, so they are reported with every other problem.

Pydantic runs a model's own rules (unique ids) only once its fields are valid: a bank with a
duplicate id and a wrong field showed the duplicate only on the next run. These checks read
the parsed TOML as it is, so `woest validate` names every problem of a file at once.
"""

from __future__ import annotations

from typing import Any

from woest_tui.core.errors import Problem


def duplicate_ids(data: dict[str, Any]) -> list[Problem]:
    """Theme and question ids that occur twice, each named with its first place.

    Args:
        data: the parsed TOML of a bank (any shape: what is not a table or a list is skipped).

    Returns:
        One problem per repeated id, at the place of the repeat.
    """
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
    first: dict[str, str] = {}
    problems = []
    for item_id, place in places:
        if not isinstance(item_id, str):
            continue
        if item_id in first:
            params: dict[str, object] = {"id": item_id, "first": first[item_id]}
            problems.append(Problem("duplicate_id_first", place, params))
        else:
            first[item_id] = place
    return problems
