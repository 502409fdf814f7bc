"""Two real `woest run` processes on one session file: the second is refused, naming the first.

The lock is the operating system's: it goes when the first one quits, and also when it is
killed (a crash never leaves a session locked).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_pty import ENTER, QUICK, START_TIMEOUT, STEP_TIMEOUT, Woest, at, wait_saved
from woest_tui.core.session.file import lock_path

FIRST = "thema 1/3 · Waar staan we?"


@pytest.fixture
def started() -> Iterator[list[Woest]]:
    """Every process a test starts; any still running at the end is killed."""
    processes: list[Woest] = []
    yield processes
    for woest in processes:
        if woest.process.poll() is None:
            woest.kill()


def refused(second: Woest) -> str:
    """The second woest's exit code must be 1; returns what it printed."""
    code = second.process.wait(timeout=START_TIMEOUT)
    second.close()
    text = " ".join(second.text().split())
    assert code == 1, text
    return text


def test_a_second_woest_on_the_same_file_is_refused_and_names_the_first(
    tmp_path: Path, started: list[Woest]
) -> None:
    out, data = tmp_path / "sessie.toml", tmp_path / "data"
    first = Woest(QUICK, out, data)
    started.append(first)
    first.wait_for(FIRST, timeout=START_TIMEOUT)
    first.press(ENTER)
    at(first, "stand-cijfer")
    first.pick(7)
    first.press(ENTER)
    wait_saved(out, "stand-cijfer")
    before = out.read_bytes()

    second = Woest(QUICK, out, data)
    started.append(second)
    text = refused(second)
    assert f"deze sessie is al open in een andere woest (proces {first.process.pid} op" in text
    assert socket.gethostname()[:20] in text
    assert FIRST not in text  # refused before it drew anything
    assert out.read_bytes() == before  # the second one wrote nothing

    # the first one goes on as before, and quitting gives the file free
    at(first, "stand-oorzaak")
    first.pick(4)
    first.press(ENTER)
    wait_saved(out, "stand-oorzaak")
    assert first.quit() == 0
    assert not lock_path(out).exists()
    third = Woest(QUICK, out, data)
    started.append(third)
    at(third, "stand-brandjes-blussen", timeout=START_TIMEOUT)  # resumed where it was
    assert third.quit() == 0


def test_a_killed_woest_leaves_no_lock_behind(tmp_path: Path, started: list[Woest]) -> None:
    out, data = tmp_path / "sessie.toml", tmp_path / "data"
    first = Woest(QUICK, out, data)
    started.append(first)
    first.wait_for(FIRST, timeout=START_TIMEOUT)
    assert lock_path(out).exists()
    first.kill()  # SIGKILL: no clean-up runs; the lock file stays, the OS lock does not
    deadline = time.monotonic() + STEP_TIMEOUT
    second = Woest(QUICK, out, data)
    started.append(second)
    second.wait_for(FIRST, timeout=max(1.0, deadline - time.monotonic()) + START_TIMEOUT)
    assert second.quit() == 0
