"""The background saver: the newest text reaches the disk, failures are reported, quit waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import MakeApp
from woest_tui import storage
from woest_tui.errors import Problem, WoestError
from woest_tui.storage import load_result
from woest_tui.tui.saver import BackgroundSaver


def test_the_newest_text_is_written_and_flush_waits(tmp_path: Path) -> None:
    written: list[str] = []
    errors: list[WoestError] = []
    saver = BackgroundSaver(
        lambda path, text: written.append(text), lambda p, t, e: errors.append(e)
    )
    target = tmp_path / "sessie.toml"
    for number in range(200):
        saver.submit(target, f"n = {number}\n")
    assert saver.flush(timeout=10)
    assert target.read_text() == "n = 199\n"
    assert written[-1] == "n = 199\n" and errors == []
    assert written == sorted(written, key=lambda text: int(text.split()[-1]))


def test_a_failed_write_is_reported_and_the_next_one_still_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[WoestError] = []
    saver = BackgroundSaver(lambda path, text: None, lambda p, t, e: errors.append(e))
    real = storage.write_atomic

    def full_disk(path: Path, text: str) -> None:
        raise WoestError(path, [Problem("write_failed", "", {"reason": "No space left on device"})])

    monkeypatch.setattr(storage, "write_atomic", full_disk)
    saver.submit(tmp_path / "a.toml", "x = 1\n")
    assert saver.flush(timeout=10)
    assert [e.problems[0].key for e in errors] == ["write_failed"]
    monkeypatch.setattr(storage, "write_atomic", real)
    saver.submit(tmp_path / "a.toml", "x = 2\n")
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
