"""The JSON shapes the README shows are the shapes the commands write: same keys, nested."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from woest_tui.core.compare.load import load_for_compare
from woest_tui.core.compare.results import build_comparison
from woest_tui.core.files.documents import load_checked
from woest_tui.report import export_summary
from woest_tui.report.compare_export import comparison_json

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
SUMMARY_DOC, COMPARE_DOC = (json.loads(b) for b in re.findall(r"```json\n(.*?)```", README, re.S))
#: Objects whose keys are data (roles), not a fixed shape.
FREE_KEYS = {"roles_present", "by_role"}
SUMMARY = ROOT / "tests" / "fixtures" / "summary"
COMPARE = ROOT / "tests" / "fixtures" / "compare"


def same_shape(documented: Any, written: Any, place: str) -> None:
    if documented is None or written is None:
        return  # null in one of them: the value is optional there
    if isinstance(documented, dict):
        assert isinstance(written, dict), place
        if place.rsplit(".", 1)[-1] not in FREE_KEYS:
            assert set(documented) == set(written), place
            for key in documented:
                same_shape(documented[key], written[key], f"{place}.{key}")
        else:
            for doc_value in documented.values():
                for value in written.values():
                    same_shape(doc_value, value, f"{place}[*]")
    elif isinstance(documented, list):
        assert isinstance(written, list), place
        if documented and written:
            for item in written:
                same_shape(documented[0], item, f"{place}[]")


def summary_json(name: str) -> dict[str, Any]:
    checked = load_checked(SUMMARY / f"{name}.toml", [SUMMARY / "bank.toml"])
    data: dict[str, Any] = json.loads(export_summary(checked.result, checked.bank, "json", "nl"))
    return data


@pytest.mark.parametrize(
    "name", ["consensus", "votes", "merged", "unfinished", "nvt-consensus", "nvt-votes"]
)
def test_summary_json_has_the_documented_shape(name: str) -> None:
    same_shape(SUMMARY_DOC, summary_json(name), "summary")


@pytest.mark.parametrize(
    "names",
    [
        ("amersfoort-2025", "amersfoort-2026"),
        ("utrecht-2026", "amersfoort-2026", "almere-2026"),
    ],
)
def test_compare_json_has_the_documented_shape(names: tuple[str, ...]) -> None:
    banks = [COMPARE / "bank-v1.toml", COMPARE / "bank-v2.toml"]
    paths = [COMPARE / f"{name}.toml" for name in names]
    data = comparison_json(build_comparison(load_for_compare(paths, banks)), "nl")
    same_shape(COMPARE_DOC, data, "compare")


def test_the_fixtures_fill_every_documented_list() -> None:
    """Else the shape test above would pass without looking inside."""
    merged, consensus = summary_json("merged"), summary_json("consensus")
    assert merged["by_role"] and consensus["priorities"] and consensus["questions"][0]["notes"]
