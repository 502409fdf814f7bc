"""Trend or side by side, by team and date; --trend and --side-by-side; labels in shown order."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.compare.load import choose_order, load_for_compare
from woest_tui.core.compare.results import build_comparison
from woest_tui.core.files.storage import load_result, save_result
from woest_tui.core.model import Result

FIX = Path(__file__).parent / "fixtures" / "compare"
BANKS = [FIX / "bank-v1.toml", FIX / "bank-v2.toml"]


def _copy(tmp_path: Path, name: str, source: str, **session: object) -> Path:
    result = load_result(FIX / source)
    changed = result.model_copy(update={"session": result.session.model_copy(update=session)})
    Result.model_validate(changed.model_dump(by_alias=True))  # still a valid result
    path = tmp_path / name
    save_result(changed, path)
    return path


def test_one_team_on_different_days_is_a_trend_different_teams_stand_side_by_side() -> None:
    trend = load_for_compare([FIX / "amersfoort-2026.toml", FIX / "amersfoort-2025.toml"], BANKS)
    assert choose_order(trend) == "trend"
    teams = load_for_compare([FIX / "utrecht-2026.toml", FIX / "amersfoort-2026.toml"], BANKS)
    assert choose_order(teams) == "given"


def test_one_team_twice_on_the_same_day_stands_side_by_side(tmp_path: Path) -> None:
    result = load_result(FIX / "amersfoort-2026.toml")
    later = result.session.started + dt.timedelta(hours=1)
    second = _copy(tmp_path, "later.toml", "amersfoort-2026.toml", started=later, finished=None)
    checked = load_for_compare([second, FIX / "amersfoort-2026.toml"], BANKS)
    assert choose_order(checked) == "given"
    comparison = build_comparison(checked)
    assert comparison.order == "given"
    # the order given, numbered in the order shown
    assert [s.path for s in comparison.sides] == [second, FIX / "amersfoort-2026.toml"]
    assert [s.label[-3:] for s in comparison.sides] == ["(1)", "(2)"]


def test_trend_and_side_by_side_override_and_labels_follow_the_order_shown(
    tmp_path: Path,
) -> None:
    result = load_result(FIX / "amersfoort-2026.toml")
    later = result.session.started + dt.timedelta(hours=1)
    second = _copy(tmp_path, "later.toml", "amersfoort-2026.toml", started=later, finished=None)
    checked = load_for_compare([second, FIX / "amersfoort-2026.toml"], BANKS)
    comparison = build_comparison(checked, wanted="trend")
    assert comparison.order == "trend"
    # the earlier start is shown first, and it is "(1)"
    assert [s.path for s in comparison.sides] == [FIX / "amersfoort-2026.toml", second]
    assert [s.label[-3:] for s in comparison.sides] == ["(1)", "(2)"]
    years = load_for_compare([FIX / "amersfoort-2026.toml", FIX / "amersfoort-2025.toml"], BANKS)
    side = build_comparison(years, wanted="side")
    assert side.order == "given"
    assert [s.date.year for s in side.sides] == [2026, 2025]


@pytest.mark.parametrize(("flag", "order"), [("--trend", "trend"), ("--side-by-side", "given")])
def test_the_cli_flags_decide(
    flag: str, order: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    args = ["compare", str(FIX / "utrecht-2026.toml"), str(FIX / "amersfoort-2026.toml")]
    args += ["--questions", str(BANKS[0]), "--questions", str(BANKS[1]), "--format", "json"]
    assert main([*args, flag]) == 0
    assert json.loads(capsys.readouterr().out)["order"] == order


def test_trend_and_side_by_side_together_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["compare", "a.toml", "b.toml", "--trend", "--side-by-side"])
    assert caught.value.code == 2
    assert capsys.readouterr().err.startswith("woest: compare:")
