"""Shared fixtures: the bundled banks and a factory for valid results."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from woest_tui.core.files.bank import bundled_dir, content_hash, load_questionnaire
from woest_tui.core.model import Questionnaire, Result

ROOT = Path(__file__).resolve().parent.parent
STARTED = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

MakeResult = Callable[..., Result]


@pytest.fixture(scope="session")
def woest_bank() -> Questionnaire:
    return load_questionnaire(bundled_dir() / "woest.toml")


@pytest.fixture(scope="session")
def quick_bank() -> Questionnaire:
    return load_questionnaire(bundled_dir() / "quickscan.toml")


def result_data(
    bank: Questionnaire,
    answers: dict[str, dict[str, Any]] | None = None,
    *,
    mode: str = "consensus",
    role: str | None = None,
    team: str = "Basisteam Amersfoort",
    finished: bool = False,
    priorities: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A result document (as parsed TOML) for `bank`."""
    session: dict[str, Any] = {
        "team": team,
        "date": dt.date(2026, 11, 28),
        "mode": mode,
        "roles": {"wijkagent": 4, "teamchef": 1},
        "started": STARTED,
    }
    if role is not None:
        session["role"] = role
    if finished:
        session["finished"] = STARTED + dt.timedelta(hours=2)
    data: dict[str, Any] = {
        "schema": 1,
        "questionnaire": {"id": bank.id, "version": bank.version, "hash": content_hash(bank)},
        "session": session,
        "answers": answers or {},
    }
    if priorities:
        data["priorities"] = priorities
    return data


@pytest.fixture
def make_result() -> MakeResult:
    def make(
        bank: Questionnaire, answers: dict[str, dict[str, Any]] | None = None, **kw: Any
    ) -> Result:
        return Result.model_validate(result_data(bank, answers, **kw))

    return make


@pytest.fixture(autouse=True)
def a_terminal_for_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process `woest run` has no terminal here; what the tests check comes before one.

    The check itself is tested on real processes, in tests/test_run_terminal.py.
    """
    from woest_tui.cli.commands import run

    monkeypatch.setattr(run, "terminal_problem", lambda lang: None)


#: Folders and files whose tests drive the TUI, a real program or a browser: `make check`
#: (the fast lane) leaves them out; `make test` runs everything.
SLOW_PLACES = (
    "tests/tui/",
    "tests/e2e/",
    "tests/live/test_browser.py",
    "tests/live/test_qr_scan.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests under SLOW_PLACES slow."""
    for item in items:
        place = Path(str(item.path)).relative_to(ROOT).as_posix()
        if place.startswith(SLOW_PLACES):
            item.add_marker(pytest.mark.slow)
