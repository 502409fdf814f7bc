"""The background saver: the newest text reaches the disk, failures are reported, quit waits
and asks when the latest answers are only in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tests.tui.conftest import MakeApp, job_for
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.storage import load_result
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.dialogs.unsaved import UnsavedScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.support.saver import BackgroundSaver


def test_the_newest_text_is_written_and_flush_waits(tmp_path: Path) -> None:
    written: list[str] = []
    errors: list[WoestError] = []
    saver = BackgroundSaver(lambda job: written.append(job.text), lambda j, e: errors.append(e))
    target = tmp_path / "sessie.toml"
    for number in range(200):
        saver.submit(job_for(target, f"n = {number}\n"))
    assert saver.flush(timeout=10)
    assert target.read_text() == "n = 199\n"
    assert written[-1] == "n = 199\n" and errors == []
    assert written == sorted(written, key=lambda text: int(text.split()[-1]))


def test_a_failed_write_is_reported_and_the_next_one_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[WoestError] = []
    saver = BackgroundSaver(lambda job: None, lambda j, e: errors.append(e))
    real = storage.write_atomic

    def full_disk(path: Path, text: str) -> None:
        raise WoestError(path, [Problem("write_failed", "", {"reason": "No space left on device"})])

    monkeypatch.setattr(storage, "write_atomic", full_disk)
    saver.submit(job_for(tmp_path / "a.toml", "x = 1\n"))
    assert saver.flush(timeout=10)
    assert [e.problems[0].key for e in errors] == ["write_failed"]
    monkeypatch.setattr(storage, "write_atomic", real)
    saver.submit(job_for(tmp_path / "a.toml", "x = 2\n"))
    assert saver.flush(timeout=10)
    assert (tmp_path / "a.toml").read_text() == "x = 2\n"


@pytest.mark.threaded_saves
async def test_answers_reach_the_file_through_the_thread_and_quit_waits(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter", "4", "enter", "1", "enter")
        state = app.state
        assert state is not None
        await app.run_action("quit")
    result = load_result(out)
    assert [
        result.answers[q].value for q in ("stand-cijfer", "stand-oorzaak", "stand-brandjes-blussen")
    ] == [7, 4, 1]
    assert not state.unsaved


@pytest.mark.threaded_saves
async def test_a_typed_note_is_saved_on_quitting(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "3", "n", *"belangrijke notitie", "ctrl+q")
        await pilot.pause()
    # the 3 was not confirmed; the note is kept, as on moving to another question
    assert load_result(out).answers["stand-cijfer"].note == "belangrijke notitie"
    assert app.return_code == 0


def full_disk(path: Path, text: str) -> None:
    raise WoestError(path, [Problem("write_failed", "", {"reason": "No space left on device"})])


async def failed_save_then_quit(app: WoestApp, pilot: Pilot[None]) -> None:
    """Answer with a failing disk, close the "saving failed" dialog, press ctrl+q."""
    await pilot.press("enter", "7", "enter")
    await pilot.pause()
    assert isinstance(app.screen, SaveAsScreen)  # "Opslaan is mislukt"
    await pilot.press("escape")
    await pilot.pause()
    await pilot.press("ctrl+q")
    await pilot.pause()
    assert isinstance(app.screen, UnsavedScreen)


async def test_quitting_with_unsaved_answers_asks_and_quit_anyway_exits_1(
    make_app: MakeApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", full_disk)
        await failed_save_then_quit(app, pilot)
        await pilot.press("ctrl+q")  # asked already: no second question, no exit
        await pilot.pause()
        assert isinstance(app.screen, UnsavedScreen) and len(app.screen_stack) == 3
        await pilot.click("#quit")
        await pilot.pause()
    assert app.return_code == 1
    line = f"woest: {out}: de laatste antwoorden zijn niet opgeslagen; toch afgesloten"
    assert capsys.readouterr().err.splitlines() == [line]


async def test_quitting_with_unsaved_answers_can_save_elsewhere_or_stay(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    real_write = storage.write_atomic
    async with app.run_test(size=(100, 30)) as pilot:
        monkeypatch.setattr(storage, "write_atomic", full_disk)
        await failed_save_then_quit(app, pilot)
        await pilot.press("escape")  # stay: back in the meeting
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen) and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedScreen)
        await pilot.press("enter")  # "save elsewhere" has the focus
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        monkeypatch.setattr(storage, "write_atomic", real_write)
        elsewhere = tmp_path / "elders.toml"
        app.screen.query_one("#path", Input).value = str(elsewhere)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 0
    assert load_result(elsewhere).answers["stand-cijfer"].value == 7
