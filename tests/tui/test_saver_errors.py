"""The saver never dies: any exception in a save is a failed save, shown at once; the next
save retries, the rescue dialog works (also on a name too long) and quitting never hangs."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from tests.tui.conftest import MakeApp, job_for
from woest_tui.core.errors import WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.storage import load_result
from woest_tui.core.session.autosave import SaveJob
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import SaveAsScreen
from woest_tui.tui.dialogs.unsaved import UnsavedScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.support.saver import BackgroundSaver

pytestmark = pytest.mark.threaded_saves

#: The errors a path check or a write meets on a shared folder, a USB stick or a network share.
ERRNOS = [errno.EACCES, errno.ENAMETOOLONG, errno.EIO, errno.ESTALE]

Switch = Callable[[bool], None]


def inject(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> Switch:
    """Make `os.lstat` of files called `name` raise OSError(code); returns a switch.

    Every write looks at its target first (`storage.writable_target`), as the saver's write
    path does on a folder that went away, a USB stick or a network share.
    """
    real = os.lstat
    on = [True]

    def lstat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
        if on[0] and os.path.basename(os.fspath(path)) == name:
            raise OSError(code, os.strerror(code), os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", lstat)

    def switch(value: bool) -> None:
        on[0] = value

    return switch


def raising_once(code: int) -> Callable[[Path, str], None]:
    """A write that raises a bare OSError(code) the first time, as an unguarded call would."""
    calls: list[Path] = []

    def write(path: Path, text: str) -> None:
        calls.append(path)
        if len(calls) == 1:
            raise OSError(code, os.strerror(code), str(path))
        storage.write_atomic(path, text)

    return write


async def wait_for_screen(app: WoestApp, pilot: Pilot[None], kind: type) -> None:
    """Wait (at most 5 s) until the top screen is a `kind`: the saver reports from its thread."""
    end = time.monotonic() + 5
    while not isinstance(app.screen, kind) and time.monotonic() < end:
        await pilot.pause(0.02)
    assert isinstance(app.screen, kind), app.screen


def dialog_text(app: WoestApp) -> str:
    return " ".join(str(static.render()) for static in app.screen.query(Static))


@pytest.mark.parametrize("code", ERRNOS, ids=errno.errorcode.get)
def test_an_oserror_in_the_saver_thread_is_a_failed_save(tmp_path: Path, code: int) -> None:
    failed: list[WoestError] = []
    saved: list[str] = []
    saver = BackgroundSaver(lambda job: saved.append(job.text), lambda j, e: failed.append(e))
    target = tmp_path / "sessie.toml"
    write = raising_once(code)
    saver.submit(job_for(target, "x = 1\n", write))
    assert saver.flush(timeout=5)
    assert [e.problems[0].key for e in failed] == ["write_failed"]
    assert os.strerror(code) in " ".join(failed[0].lines("en"))
    saver.submit(job_for(target, "x = 2\n", write))  # the same thread is still there: retried
    assert saver.flush(timeout=5)
    assert target.read_text() == "x = 2\n" and saved == ["x = 2\n"]


@pytest.mark.parametrize("code", ERRNOS, ids=errno.errorcode.get)
def test_an_oserror_from_the_file_system_is_a_failed_save(tmp_path: Path, code: int) -> None:
    failed: list[WoestError] = []
    saver = BackgroundSaver(lambda job: None, lambda j, e: failed.append(e))
    target = tmp_path / "sessie.toml"
    with pytest.MonkeyPatch.context() as monkeypatch:
        switch = inject(monkeypatch, target.name, code)
        saver.submit(job_for(target, "x = 1\n"))
        assert saver.flush(timeout=5)
        assert len(failed) == 1 and os.strerror(code) in " ".join(failed[0].lines("en"))
        switch(False)
        saver.submit(job_for(target, "x = 2\n"))
        assert saver.flush(timeout=5)
    assert target.read_text() == "x = 2\n"


def test_a_failing_callback_does_not_stop_the_saver(tmp_path: Path) -> None:
    def broken(job: SaveJob) -> None:
        raise RuntimeError("the screen is gone")

    saver = BackgroundSaver(broken, lambda j, e: None)
    saver.submit(job_for(tmp_path / "a.toml", "x = 1\n"))
    assert saver.flush(timeout=5)
    saver.submit(job_for(tmp_path / "a.toml", "x = 2\n"))
    assert saver.flush(timeout=5)
    assert (tmp_path / "a.toml").read_text() == "x = 2\n"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")
def test_flush_returns_at_once_when_the_thread_is_gone(tmp_path: Path) -> None:
    saver = BackgroundSaver(lambda job: None, lambda j, e: None)

    def dies(path: Path, text: str) -> None:
        raise SystemExit  # not an Exception: the thread ends

    saver.submit(job_for(tmp_path / "a.toml", "x = 1\n", dies))
    start = time.monotonic()
    saver.flush(timeout=10)
    assert time.monotonic() - start < 2
    assert saver._thread is not None
    saver._thread.join(timeout=2)
    saver.submit(job_for(tmp_path / "a.toml", "x = 2\n"))  # a new thread takes over
    assert saver.flush(timeout=5)
    assert (tmp_path / "a.toml").read_text() == "x = 2\n"


@pytest.mark.parametrize("code", ERRNOS, ids=errno.errorcode.get)
async def test_a_failed_save_shows_at_once_and_the_next_save_retries(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        switch = inject(monkeypatch, out.name, code)
        await pilot.press("enter", "7", "enter")
        await wait_for_screen(app, pilot, SaveAsScreen)
        assert os.strerror(code) in dialog_text(app)
        await pilot.press("escape")  # not now: the answer stays in memory
        await wait_for_screen(app, pilot, WalkScreen)
        await pilot.press("4", "enter")  # still failing: said again, one dialog at a time
        await wait_for_screen(app, pilot, SaveAsScreen)
        assert len(app.screen_stack) == 3
        await pilot.press("escape")
        await wait_for_screen(app, pilot, WalkScreen)
        switch(False)
        await pilot.press("1", "enter")  # the disk is back: the next save writes everything
        assert app.saver.flush(timeout=5)
        await pilot.pause()
        assert app.state is not None and not app.state.unsaved
        answers = load_result(out).answers
        assert [answers[q].value for q in ("stand-cijfer", "stand-oorzaak")] == [7, 4]
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_the_rescue_dialog_takes_a_name_too_long_and_then_a_good_one(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        inject(monkeypatch, out.name, errno.EIO)
        await pilot.press("enter", "7", "enter")
        await wait_for_screen(app, pilot, SaveAsScreen)
        app.screen.query_one("#path", Input).value = str(tmp_path / ("x" * 300 + ".toml"))
        await pilot.press("enter")
        await pilot.pause(0.2)
        # the name cannot be used: said, and the dialog stays; nothing is lost
        await wait_for_screen(app, pilot, SaveAsScreen)
        said = " ".join(str(notice.message) for notice in app._notifications)
        assert os.strerror(errno.ENAMETOOLONG) in said
        assert app.state is not None and app.state.answer("stand-cijfer") is not None
        rescue = tmp_path / "elders.toml"
        app.screen.query_one("#path", Input).value = str(rescue)
        await pilot.press("enter")
        assert app.saver.flush(timeout=5)
        await wait_for_screen(app, pilot, WalkScreen)
        assert not app.state.unsaved
        assert load_result(rescue).answers["stand-cijfer"].value == 7
        await pilot.press("ctrl+q")
    assert app.return_code == 0


async def test_quitting_after_a_failed_save_asks_at_once_and_names_the_written_file(
    make_app: MakeApp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        inject(monkeypatch, out.name, errno.ESTALE)
        await pilot.press("enter", "7", "enter")
        await wait_for_screen(app, pilot, SaveAsScreen)
        await pilot.press("escape")
        await wait_for_screen(app, pilot, WalkScreen)
        start = time.monotonic()
        await pilot.press("ctrl+q")
        await wait_for_screen(app, pilot, UnsavedScreen)
        assert time.monotonic() - start < 3  # no wait for a saver that is gone
        await pilot.press("enter")  # save elsewhere, to a place that fails as well
        await wait_for_screen(app, pilot, SaveAsScreen)
        (tmp_path / "geen-map").write_text("een bestand, geen map\n")
        never = tmp_path / "geen-map" / "elders.toml"
        app.screen.query_one("#path", Input).value = str(never)
        await pilot.press("enter")
        await wait_for_screen(app, pilot, SaveAsScreen)  # "saving failed", again
        await pilot.press("escape")
        await wait_for_screen(app, pilot, WalkScreen)
        await pilot.press("ctrl+q")
        await wait_for_screen(app, pilot, UnsavedScreen)
        await pilot.click("#quit")
        await pilot.pause()
    assert app.return_code == 1
    assert not never.exists()
    # the line names the file that holds the answers saved before, never one not written
    err = capsys.readouterr().err
    assert str(never) not in err
    assert err.splitlines() == [
        f"woest: {out}: de laatste antwoorden zijn niet opgeslagen; toch afgesloten"
    ]
