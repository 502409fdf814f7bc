"""Autosave: a change confirmed while the writer's thread writes is never taken for saved."""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.files.storage import dump_result, load_result
from woest_tui.core.model import Answer
from woest_tui.core.session.autosave import SaveJob
from woest_tui.core.session.new import new_result
from woest_tui.core.session.state import SessionState

NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.UTC)
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"


def session(path: Path, jobs: list[SaveJob]) -> SessionState:
    """A new session on `path` whose writer only records the jobs handed over."""
    bank = load_questionnaire(QUICK)
    result = new_result(bank, team="Basisteam Test", date=NOW.date(), mode="votes", started=NOW)
    state = SessionState(bank, result, path, lambda: NOW)
    state.autosave.writer = jobs.append
    return state


def test_without_a_writer_a_change_is_written_before_it_returns(tmp_path: Path) -> None:
    state = session(tmp_path / "sessie.toml", [])
    state.autosave.writer = None
    state.set_answer("stand-cijfer", Answer(value=7))
    assert not state.unsaved and state.written == tmp_path / "sessie.toml"
    assert load_result(tmp_path / "sessie.toml").answers["stand-cijfer"].value == 7


def test_a_change_is_unsaved_until_the_writer_wrote_it(tmp_path: Path) -> None:
    jobs: list[SaveJob] = []
    state = session(tmp_path / "sessie.toml", jobs)
    state.set_answer("stand-cijfer", Answer(value=7))
    assert state.unsaved and state.written is None and len(jobs) == 1
    jobs[0].run()
    assert not state.unsaved and state.written == tmp_path / "sessie.toml"
    assert state.base is state.result


def test_an_answer_confirmed_during_a_write_stays_unsaved_and_is_written_next(
    tmp_path: Path,
) -> None:
    out = tmp_path / "sessie.toml"
    jobs: list[SaveJob] = []
    state = session(out, jobs)
    state.set_answer("stand-cijfer", Answer(value=7))
    writing, release = threading.Event(), threading.Event()
    guarded = state.autosave.write

    def slow_write(path: Path, text: str) -> None:
        guarded(path, text)
        writing.set()  # on disk, not reported yet: the moment the team confirms the next
        assert release.wait(5)

    state.autosave.write = slow_write
    first = jobs[0]
    thread = threading.Thread(target=first.run)
    thread.start()
    assert writing.wait(5)
    state.set_answer("stand-oorzaak", Answer(value=4))  # confirmed during the write
    release.set()
    thread.join(5)
    assert not thread.is_alive()
    assert state.unsaved  # the file holds the first answer only
    assert state.written == out
    assert load_result(out).answers.keys() == {"stand-cijfer"}
    state.autosave.write = guarded
    assert len(jobs) == 2 and jobs[-1].result is state.result
    jobs[-1].run()  # the next write has both
    assert not state.unsaved and state.base is state.result
    assert load_result(out).answers.keys() == {"stand-cijfer", "stand-oorzaak"}


def test_an_older_write_reported_late_never_marks_the_newer_saved(tmp_path: Path) -> None:
    jobs: list[SaveJob] = []
    state = session(tmp_path / "sessie.toml", jobs)
    state.set_answer("stand-cijfer", Answer(value=7))
    state.set_answer("stand-cijfer", Answer(value=6))
    state.set_answer("stand-cijfer", Answer(value=7))  # the same text as the first job
    jobs[0].run()
    assert state.unsaved  # the same text, but not the newest hand-over
    jobs[-1].run()
    assert not state.unsaved


def test_a_write_to_the_old_file_does_not_save_the_session_in_its_new_one(tmp_path: Path) -> None:
    jobs: list[SaveJob] = []
    state = session(tmp_path / "sessie.toml", jobs)
    state.set_answer("stand-cijfer", Answer(value=7))
    state.save(tmp_path / "elders.toml")  # "save elsewhere" while the first write waits
    jobs[0].run()
    assert state.unsaved and state.written == tmp_path / "sessie.toml"
    jobs[1].run()
    assert not state.unsaved and state.written == tmp_path / "elders.toml"


@pytest.fixture
def quick_switches() -> Iterator[None]:
    """Let the threads take turns often, so the writer reports in the middle of changes."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


@pytest.mark.usefixtures("quick_switches")
def test_saved_always_means_the_file_holds_what_is_in_memory(tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    state = session(out, [])
    queue: list[SaveJob] = []
    ready = threading.Condition()
    stop = False

    def writer(job: SaveJob) -> None:
        with ready:
            queue[:] = [job]  # only the newest is written, as the TUI's saver does
            ready.notify()

    def write_all() -> None:
        while True:
            with ready:
                ready.wait_for(lambda: queue or stop)
                if not queue:
                    return
                job = queue.pop()
            job.run()

    state.autosave.writer = writer
    thread = threading.Thread(target=write_all)
    thread.start()
    seen_saved = 0
    try:
        for round_ in range(1500):
            state.set_answer("stand-cijfer", Answer(value=round_ % 10 + 1))
            if not state.unsaved:
                seen_saved += 1
                # saved: the file holds this very answer (the writer wrote it already)
                assert out.read_text("utf-8") == dump_result(state.result), round_
    finally:
        with ready:
            stop = True
            ready.notify()
        thread.join(10)
    assert not thread.is_alive()
