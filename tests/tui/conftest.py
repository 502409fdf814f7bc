"""Build the app as the CLI does, with fixed time, a tmp folder and an explicit theme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from woest_tui.core.files import storage
from woest_tui.core.files.bank import bundled_dir
from woest_tui.core.session.autosave import Autosave, SaveJob
from woest_tui.core.session.launch import prepare_launch
from woest_tui.i18n import Lang
from woest_tui.tui.app import WoestApp
from woest_tui.tui.support.saver import (
    BackgroundSaver,
    OnError,
    OnSaved,
    SaverFactory,
    write_one,
)

NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
# The walk's tests use the quick scan as it was at 1.0.0, bundled for its old results: its ids
# and texts never change again, so these tests follow the app, not the questionnaire's words.
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"
WOEST = bundled_dir() / "woest.toml"

MakeApp = Callable[..., WoestApp]


def fixed_clock() -> dt.datetime:
    return NOW


@pytest.fixture
def make_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saver_factory: SaverFactory
) -> MakeApp:
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
        return WoestApp(launch, lang, theme="woest-dark", saver=saver_factory)

    return make


def job_for(path: Path, text: str, write: Callable[[Path, str], None] | None = None) -> SaveJob:
    """A save job of a session of its own, written by `write` (by default atomically)."""

    def atomic(path: Path, text: str) -> None:
        storage.write_atomic(path, text)  # looked up now: a test may have patched it

    jobs: list[SaveJob] = []
    autosave = Autosave(write or atomic)
    autosave.writer = jobs.append
    autosave.hand_over(path, text, None)
    return jobs[0]


class SavesAtOnce:
    """A saver that writes in the calling thread: Pilot tests read the file right after a key.

    It reports as the background saver does (`saver.write_one`), so a failed save still
    opens its dialog at once. The thread itself is tested in tests/tui/test_saver*.py and by
    the end-to-end tests of the real program; mark a test `threaded_saves` to keep it.
    """

    def __init__(self, on_saved: OnSaved, on_error: OnError) -> None:
        self.on_saved = on_saved
        self.on_error = on_error

    def submit(self, job: SaveJob) -> None:
        write_one(job, self.on_saved, self.on_error)

    def flush(self, timeout: float | None = 10.0) -> bool:
        return True  # every job was written before `submit` returned


@pytest.fixture
def saver_factory(request: pytest.FixtureRequest) -> SaverFactory:
    """The saver the tests' apps get: the real thread only for tests marked `threaded_saves`."""
    if request.node.get_closest_marker("threaded_saves"):
        return BackgroundSaver
    return SavesAtOnce
