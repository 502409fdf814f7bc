"""`woest run` needs a terminal that speaks UTF-8: without one it says so in one line (exit 2)
instead of hanging, and an argument that is no UTF-8 gets woest's own message."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from woest_tui.i18n import Lang, message

#: A Python that does not switch itself to UTF-8 in the C locale (PEP 538 and 540): its
#: streams are ASCII, as on a terminal set to another character set.
NOT_UTF8 = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "WOEST_LANG"))}
    return env | {"WOEST_DATA_DIR": str(tmp_path / "data"), "TERM": "xterm-256color"} | extra


def woest(*args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "woest_tui", *args]


def read_all(master: int, process: subprocess.Popen[bytes], timeout: float = 20) -> bytes:
    """Everything written to the pty until the process ends (or `timeout`, then it is killed)."""
    output = b""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            output += chunk
        elif process.poll() is not None:
            break
    if process.poll() is None:
        process.kill()
    process.wait(timeout=5)
    return output


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_run_without_a_terminal_says_so_and_exits_2(tmp_path: Path, lang: Lang) -> None:
    out = tmp_path / "sessie.toml"
    done = subprocess.run(
        woest("run", "--team", "Basisteam Test", "--out", str(out), "--lang", lang),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environment(tmp_path),
        timeout=30,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [f"woest: run: {message('run_no_terminal', lang)}"]
    assert done.stdout == b""
    assert not out.exists()  # nothing was started


def test_run_with_its_output_in_a_pipe_says_so_and_exits_2(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    process = subprocess.Popen(
        woest("run", "--team", "Basisteam Test", "--out", str(tmp_path / "sessie.toml")),
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=environment(tmp_path),
        start_new_session=True,
    )
    os.close(slave)
    shown = read_all(master, process)
    os.close(master)
    assert process.returncode == 2
    assert shown.decode().splitlines() == [f"woest: run: {message('run_no_terminal', 'nl')}"]


def test_run_on_a_terminal_that_is_not_utf8_refuses_clearly(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    process = subprocess.Popen(
        woest("run", "--team", "Basisteam Test", "--out", str(tmp_path / "sessie.toml")),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=environment(tmp_path, **NOT_UTF8),
        start_new_session=True,
    )
    os.close(slave)
    shown = read_all(master, process)
    os.close(master)
    assert process.returncode == 2
    line = message("run_not_utf8", "nl", encoding="ascii")
    assert shown.decode("ascii").splitlines() == [f"woest: run: {line}"]
    assert not (tmp_path / "sessie.toml").exists()


def test_the_refusal_is_plain_ascii_so_an_ascii_terminal_shows_it() -> None:
    for lang in ("nl", "en"):
        message("run_not_utf8", lang, encoding="ascii").encode("ascii")
        message("run_no_terminal", lang).encode("ascii")
        message("arg_not_utf8", lang).encode("ascii")


@pytest.mark.parametrize(
    "args",
    [
        ("run", "--team", b"Caf\xc3\xa9", "--out", "sessie.toml"),
        ("merge", "a.toml", "b.toml", "-o", "team.toml", "--team", b"Caf\xc3\xa9"),
        ("run", "--team", "Basisteam", "--role", b"wijk\xe9", "--out", "sessie.toml"),
    ],
    ids=["run", "merge", "role"],
)
def test_an_argument_that_is_no_utf8_gets_woests_own_message(
    tmp_path: Path, args: tuple[str | bytes, ...]
) -> None:
    done = subprocess.run(
        woest(*args),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=environment(tmp_path, **NOT_UTF8),
        cwd=tmp_path,
        timeout=30,
        check=False,
    )
    err = done.stderr.decode("ascii")
    assert done.returncode == 2, err
    assert len(err.splitlines()) == 1
    assert message("arg_not_utf8", "nl") in err
    assert "Input should be" not in err and "unicode" not in err
    assert list(tmp_path.iterdir()) == []


def test_pydantics_message_for_text_that_is_no_utf8_is_woests_own() -> None:
    import datetime as dt

    from woest_tui.core.errors import WoestError
    from woest_tui.core.files.bank import bundled_dir, load_questionnaire
    from woest_tui.core.session.new import new_result

    bank = load_questionnaire(bundled_dir() / "quickscan.toml")
    now = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.UTC)
    with pytest.raises(WoestError) as caught:
        new_result(bank, team="Caf\udcc3\udca9", date=now.date(), mode="consensus", started=now)
    assert caught.value.lines("nl") == [
        "session.team: geen geldige tekst: er staan tekens in die geen UTF-8 zijn"
    ]
