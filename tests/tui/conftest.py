"""Build the app as the CLI does, with fixed time, a tmp folder and an explicit theme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from woest_tui.core.files.bank import bundled_dir
from woest_tui.core.session.launch import prepare_launch
from woest_tui.i18n import Lang
from woest_tui.tui.app import WoestApp

NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
# The walk's tests use the quick scan as it was at 1.0.0, bundled for its old results: its ids
# and texts never change again, so these tests follow the app, not the questionnaire's words.
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"
WOEST = bundled_dir() / "woest.toml"

MakeApp = Callable[..., WoestApp]


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture
def make_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MakeApp:
    """An app on a session file in tmp_path (or the start screen with team=None)."""
    monkeypatch.setenv("WOEST_DATA_DIR", str(tmp_path / "sessions"))

    def make(
        *,
        bank: Path = QUICK,
        team: str | None = "Basisteam Test",
        out: Path | None = None,
        lang: Lang = "nl",
        **kw: Any,
    ) -> WoestApp:
        target = out if out is not None else (tmp_path / "sessie.toml" if team else None)
        launch = prepare_launch(
            questions=bank,
            team=team,
            out=target,
            sessions=tmp_path / "sessions",
            clock=fixed_clock,
            **kw,
        )
        launch.today = NOW.date()
        return WoestApp(launch, lang, theme="woest-dark")

    return make


@pytest.fixture(autouse=True)
def saves_at_once(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pilot tests read the file right after a key: let the saver write before it returns.

    The saver's own thread is tested in tests/tui/test_saver.py and by the end-to-end tests
    of the real program; mark a test `threaded_saves` to keep the thread.
    """
    if request.node.get_closest_marker("threaded_saves"):
        return
    from woest_tui.tui.support.saver import BackgroundSaver

    monkeypatch.setattr(BackgroundSaver, "submit", BackgroundSaver.write_one)
