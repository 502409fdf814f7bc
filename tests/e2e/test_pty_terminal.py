"""The real `woest run` in a pseudo-terminal: signals quit as ctrl+q does, and a byte that
is no UTF-8 is passed over."""

from __future__ import annotations

import signal
import termios
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_pty import (
    ENTER,
    QUICK,
    START_TIMEOUT,
    STEP_TIMEOUT,
    Woest,
    answers,
    at,
    wait_saved,
)

#: What Textual writes when it gives the terminal back: the alternate screen left, mouse
#: tracking off, bracketed paste off, the cursor shown again.
RESTORE = [b"\x1b[?1049l", b"\x1b[?1000l", b"\x1b[?1003l", b"\x1b[?2004l", b"\x1b[?25h"]


@pytest.fixture
def started() -> list[Woest]:
    return []


@pytest.fixture(autouse=True)
def no_process_left(started: list[Woest]) -> Iterator[None]:
    yield
    for woest in started:
        if woest.process.poll() is None:
            woest.kill()


def start(tmp_path: Path, started: list[Woest]) -> Woest:
    woest = Woest(QUICK, tmp_path / "sessie.toml", tmp_path / "data")
    started.append(woest)
    woest.wait_for("thema 1/3 · Waar staan we?", timeout=START_TIMEOUT)
    woest.press(ENTER)
    at(woest, "stand-cijfer")
    return woest


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=str)
def test_a_signal_saves_the_typed_note_restores_the_terminal_and_exits_128_plus_n(
    tmp_path: Path, started: list[Woest], number: signal.Signals
) -> None:
    woest = start(tmp_path, started)
    woest.pick(7)
    woest.press(ENTER)
    wait_saved(woest.out, "stand-cijfer")
    at(woest, "stand-oorzaak")
    woest.press(b"n")
    woest.type_text("getypt, niet bevestigd")
    since = woest.mark()
    woest.process.send_signal(number)
    code = woest.process.wait(timeout=STEP_TIMEOUT)
    woest.reader.join(timeout=2.0)
    with woest.lock:
        after = bytes(woest.output[since:])
    attributes = termios.tcgetattr(woest.master)
    woest.close()
    assert code == 128 + number
    # saved as ctrl+q saves: the confirmed answer, and the note typed but not confirmed
    assert answers(woest.out) == {
        "stand-cijfer": {"value": 7},
        "stand-oorzaak": {"note": "getypt, niet bevestigd"},
    }
    assert [sequence for sequence in RESTORE if sequence not in after] == []
    local = attributes[3]
    assert local & termios.ECHO and local & termios.ICANON  # raw mode is off again


def test_a_byte_that_is_no_utf8_is_passed_over(tmp_path: Path, started: list[Woest]) -> None:
    woest = start(tmp_path, started)
    woest.settle()
    woest.press(b"\xe9")  # é from a Latin-1 terminal, or xterm's 8-bit Meta
    woest.settle()
    assert woest.process.poll() is None
    woest.pick(7)
    woest.press(ENTER)
    assert wait_saved(woest.out, "stand-cijfer") == {"value": 7}
    at(woest, "stand-oorzaak")
    woest.press(b"n")
    woest.type_text("café na de fout")
    assert woest.quit() == 0
    assert answers(woest.out)["stand-oorzaak"] == {"note": "café na de fout"}
