"""The README's file examples are real: the bank and results it shows are valid."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from woest_tui.core.check.result import check_result
from woest_tui.core.files.bank import (
    bundled_dir,
    content_hash,
    load_questionnaire,
    questionnaire_from,
)
from woest_tui.core.files.storage import result_from

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
BLOCKS = re.findall(r"```toml\n(.*?)```", README, flags=re.S)


def test_readme_has_the_four_file_examples() -> None:
    assert len(BLOCKS) == 4


def test_bank_and_result_examples_are_valid_together() -> None:
    bank = questionnaire_from(tomllib.loads(BLOCKS[0]), "README bank", BLOCKS[0])
    result = result_from(tomllib.loads(BLOCKS[1]), "README result", BLOCKS[1])
    assert result.questionnaire.id == bank.id
    assert check_result(result, bank) == []


def test_live_example_fits_the_bundled_questionnaire() -> None:
    bank = load_questionnaire(bundled_dir() / "woest.toml")
    text = BLOCKS[2].replace('"sha256:..."', f'"{content_hash(bank)}"')
    result = result_from(tomllib.loads(text), "README live", text)
    assert result.schema_ == 1 and result.session.live and result.session.people == 10
    assert check_result(result, bank) == []


def test_merged_example_fits_the_bundled_questionnaire() -> None:
    bank = load_questionnaire(bundled_dir() / "woest.toml")
    text = BLOCKS[3].replace('"sha256:..."', f'"{content_hash(bank)}"')
    result = result_from(tomllib.loads(text), "README merged", text)
    assert result.schema_ == 2 and result.session.merged_from == 4
    assert check_result(result, bank) == []
