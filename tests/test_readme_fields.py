"""The README's table of bank fields says what the models say (issue 12, point 8)."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from woest_tui.core.model import Option, Question, Questionnaire, Role, Scale, Theme

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
MODELS: dict[str, type[BaseModel]] = {
    "top": Questionnaire,
    "scale": Scale,
    "theme": Theme,
    "question": Question,
    "option": Option,
    "role": Role,
}


def documented() -> dict[tuple[str, str], bool]:
    """(where, field) -> required, from the README's table of bank fields."""
    section = README.split("### Question bank", 1)[1].split("### Result file", 1)[0]
    rows: dict[tuple[str, str], bool] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 4 or cells[1] not in MODELS:
            continue
        for name in re.findall(r"`([a-z_]+)`", cells[0]):
            assert (cells[1], name) not in rows, f"{name} twice in {cells[1]}"
            rows[(cells[1], name)] = cells[2] == "yes"
    return rows


def modelled() -> dict[tuple[str, str], bool]:
    fields: dict[tuple[str, str], bool] = {}
    for where, model in MODELS.items():
        for name, info in model.model_fields.items():
            fields[(where, info.alias or name)] = info.is_required()
    return fields


def test_every_bank_field_is_in_the_readme_with_whether_it_is_required():
    assert documented() == modelled()


def test_the_readme_says_what_the_validator_allows():
    # 2 to 9 options (keys 1-9), whole-number scales of at most 11 points, either language
    assert "2 to 9 options" in README and "option 12" not in README
    assert "whole numbers, at most 11 points" in README
    assert "a bank may be English only" in README
