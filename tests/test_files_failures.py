"""Files on disk: 0600 everywhere, failed writes leave the old file, crash leftovers, --force.

A read-only folder is made for real where the operating system refuses the write (not as
root); as root, which may write anywhere, the refusal is simulated where it starts. A full
disk is simulated in the write itself and in the fsync after it.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.atomic import TEMP_PREFIX
from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.model import Answer
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.state import list_sessions

Capture = pytest.CaptureFixture[str]

QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"  # its questions are answered here
SUMMARY = Path(__file__).parent / "fixtures" / "summary"
SUMMARY_ARGS = [str(SUMMARY / "consensus.toml"), "--questions", str(SUMMARY / "bank.toml")]
COMPARE = Path(__file__).parent / "fixtures" / "compare"
COMPARE_ARGS = [
    str(COMPARE / "amersfoort-2025.toml"),
    str(COMPARE / "amersfoort-2026.toml"),
    *("--questions", str(COMPARE / "bank-v1.toml"), "--questions", str(COMPARE / "bank-v2.toml")),
]
MERGE_ARGS = [
    *(str(COMPARE / f"ind-{n}.toml") for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")),
    *("--questions", str(COMPARE / "bank-v2.toml")),
]
FORMATS = ["text", "markdown", "html", "svg", "json"]


def run(capsys: Capture, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask() -> Iterator[None]:
    """A permissive umask: 0600 must come from woest, not from the user's settings."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "WOEST_LANG"):
        monkeypatch.delenv(name, raising=False)


# --- 0600 ----------------------------------------------------------------------------------


def test_a_new_session_and_every_answer_are_written_0600(tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    launch = prepare_launch(questions=QUICK, team="Basisteam Test", out=out, sessions=tmp_path)
    assert launch.state is not None
    assert mode(out) == 0o600
    out.chmod(0o644)  # someone widened it; the next save narrows it again
    launch.state.set_answer("stand-cijfer", Answer(value=7, note="vertrouwelijk"))
    assert mode(out) == 0o600
    launch.state.save(tmp_path / "kopie.toml")
    assert mode(tmp_path / "kopie.toml") == 0o600
    # the session moved to the copy, and so did its lock: a hidden sibling, 0600 as well
    lock = tmp_path / ".kopie.toml.woest-lock"
    assert sorted(p.name for p in tmp_path.iterdir()) == [lock.name, "kopie.toml", "sessie.toml"]
    assert mode(lock) == 0o600
    launch.state.release()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopie.toml", "sessie.toml"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_summary_and_compare_exports_are_0600(tmp_path: Path, capsys: Capture, fmt: str) -> None:
    summary, comparison = tmp_path / f"samenvatting.{fmt}", tmp_path / f"vergelijking.{fmt}"
    assert run(capsys, "summary", *SUMMARY_ARGS, "--format", fmt, "-o", summary)[0] == 0
    assert run(capsys, "compare", *COMPARE_ARGS, "--format", fmt, "-o", comparison)[0] == 0
    assert mode(summary) == mode(comparison) == 0o600
    # replacing a wider file with --force narrows it
    summary.chmod(0o666)
    assert run(capsys, "summary", *SUMMARY_ARGS, "--format", fmt, "-o", summary, "--force")[0] == 0
    assert mode(summary) == 0o600


def test_merge_output_is_0600(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "team.toml"
    out.write_text("oud", "utf-8")
    out.chmod(0o644)
    assert run(capsys, "merge", *MERGE_ARGS, "-o", out, "--force")[0] == 0
    assert mode(out) == 0o600


# --- failed writes: exit 1, a message, the old file intact, nothing partial ---------------------


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, str]]:
    """A folder woest cannot write into, and the reason the OS gives.

    For real where the permission bits stop the write; as root, which they do not stop,
    the refusal of a read-only file system is simulated where the write starts.
    """
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    (folder / "oud.txt").write_text("oud", "utf-8")
    folder.chmod(0o555)
    reason = os.strerror(errno.EACCES)
    if os.access(folder, os.W_OK):

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
        reason = os.strerror(errno.EROFS)
    yield folder, reason
    folder.chmod(0o755)


class FullDiskWriter:
    """A file whose writes fail as on a full disk, after part of the data got out."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> FullDiskWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def fileno(self) -> int:
        return int(self.handle.fileno())

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self.handle.flush()


@pytest.fixture(params=["write", "fsync"])
def full_disk(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC in the write itself, or only when the data is forced to disk."""
    if request.param == "write":
        real = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullDiskWriter(real(fd, *a, **k)))
    else:

        def no_space(fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", no_space)


def commands(target: Path) -> dict[str, list[object]]:
    return {
        "summary": ["summary", *SUMMARY_ARGS, "--format", "html", "-o", target, "--force"],
        "compare": ["compare", *COMPARE_ARGS, "--format", "json", "-o", target, "--force"],
        "merge": ["merge", *MERGE_ARGS, "-o", target, "--force"],
    }


def assert_failed_cleanly(code: int, out: str, err: str, target: Path, reason: str) -> None:
    assert code == 1
    assert out == ""
    assert err == f"woest: {target}: kan niet opslaan ({reason}); er is niets overschreven\n"
    assert not [p for p in target.parent.iterdir() if p.name.startswith(TEMP_PREFIX)]


@pytest.mark.parametrize("command", ["summary", "compare", "merge"])
def test_read_only_folder(read_only: tuple[Path, str], capsys: Capture, command: str) -> None:
    folder, reason = read_only
    target = folder / "uit.toml"
    code, out, err = run(capsys, *commands(target)[command])
    assert_failed_cleanly(code, out, err, target, reason)
    assert sorted(p.name for p in folder.iterdir()) == ["oud.txt"]


@pytest.mark.parametrize("command", ["summary", "compare", "merge"])
@pytest.mark.usefixtures("full_disk")
def test_full_disk_keeps_the_old_file(tmp_path: Path, capsys: Capture, command: str) -> None:
    target = tmp_path / "uit.toml"
    target.write_text("het vorige bestand\n", "utf-8")
    before = target.stat()
    code, out, err = run(capsys, *commands(target)[command])
    assert_failed_cleanly(code, out, err, target, "No space left on device")
    assert target.read_text("utf-8") == "het vorige bestand\n"
    assert target.stat().st_ino == before.st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.toml"]


def test_full_disk_during_a_session_keeps_the_answer_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sessie.toml"
    launch = prepare_launch(questions=QUICK, team="T", out=out, sessions=tmp_path)
    state = launch.state
    assert state is not None
    state.set_answer("stand-cijfer", Answer(value=6))
    before = out.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", no_space)
        with pytest.raises(WoestError) as caught:
            state.set_answer("stand-oorzaak", Answer(value=4, note="net getypt"))
    assert "kan niet opslaan (No space left on device)" in caught.value.lines("nl")[0]
    assert out.read_bytes() == before  # the last good file, whole
    assert state.unsaved
    assert state.result.answers["stand-oorzaak"] == Answer(value=4, note="net getypt")
    # saved elsewhere once there is room: nothing was lost
    state.save(tmp_path / "elders.toml")
    assert not state.unsaved and state.path == tmp_path / "elders.toml"
    saved = tomllib.loads((tmp_path / "elders.toml").read_text("utf-8"))["answers"]
    assert saved == {
        "stand-cijfer": {"value": 6},
        "stand-oorzaak": {"value": 4, "note": "net getypt"},
    }
    # the session's lock moved along with it: nothing else is left beside the files
    names = [".elders.toml.woest-lock", "elders.toml", "sessie.toml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names


# --- leftovers of a crash ---------------------------------------------------------------------


def leftover(folder: Path, name: str, age: float) -> Path:
    path = folder / f"{TEMP_PREFIX}{name}"
    path.write_text("schema = 1\n[session]\nteam = 'half geschreven", "utf-8")
    moment = time.time() - age
    os.utime(path, (moment, moment))
    return path


def test_stale_temporary_file_is_cleaned_when_run_starts(tmp_path: Path) -> None:
    out = tmp_path / "sessie.toml"
    old = leftover(tmp_path, "crash", storage.STALE_SECONDS + 60)
    fresh = leftover(tmp_path, "bezig", 1)  # maybe another woest writing right now: kept
    prepare_launch(questions=QUICK, team="Basisteam Test", out=out, sessions=tmp_path / "s")
    assert not old.exists()
    assert fresh.exists()
    assert load_ok(out)
    # the next start, once the other write is long over, cleans that one too
    os.utime(fresh, (0, 0))
    launch = prepare_launch(
        questions=QUICK, team="Basisteam Test", out=out, sessions=tmp_path / "s"
    )
    assert launch.state is not None
    launch.state.release()  # as the app does at quit: the lock file goes too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sessie.toml"]


def test_stale_temporary_file_in_the_sessions_folder(tmp_path: Path) -> None:
    old = leftover(tmp_path, "crash", storage.STALE_SECONDS + 60)
    assert list_sessions(tmp_path, {}) == []
    assert not old.exists()


def load_ok(path: Path) -> bool:
    return bool(tomllib.loads(path.read_text("utf-8"))["session"]["team"])


# --- an --out that holds another session ----------------------------------------------------


@pytest.fixture
def finished(tmp_path: Path) -> Path:
    """A finished session of team A in quickscan."""
    out = tmp_path / "team-a.toml"
    launch = prepare_launch(questions=QUICK, team="Team A", out=out, sessions=tmp_path)
    assert launch.state is not None
    bank = load_questionnaire(QUICK)
    for question in bank.questions():
        if question.type == "scale":
            launch.state.set_answer(question.id, Answer(value=bank.scale_of(question).min + 1))
    launch.state.set_answer("stap-plan-van-aanpak", Answer(value=True))
    launch.state.finish()
    return out


@pytest.fixture
def no_app(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record `WoestApp.run` instead of starting the TUI."""
    from woest_tui.tui.app import WoestApp

    started: list[object] = []
    monkeypatch.setattr(WoestApp, "run", lambda self, *a, **k: started.append(self.launch))
    return started


def test_another_teams_finished_session_is_refused(
    finished: Path, capsys: Capture, no_app: list[object]
) -> None:
    before = finished.read_bytes()
    code, out, err = run(capsys, "run", "--team", "Team B", "--out", finished, "--questions", QUICK)
    assert (code, out) == (1, "")
    assert err == (
        f"woest: {finished}: bevat al een sessie van 'Team A' of van een andere vragenlijst; "
        "kies een ander bestand of gebruik --force\n"
    )
    assert finished.read_bytes() == before
    assert no_app == []


def test_the_same_team_in_another_questionnaire_is_refused(
    finished: Path, capsys: Capture, no_app: list[object]
) -> None:
    before = finished.read_bytes()
    code, _, err = run(capsys, "run", "--team", "Team A", "--out", finished, "--lang", "en")
    assert code == 1
    assert err.startswith(f"woest: {finished}: already holds a session of 'Team A'")
    assert finished.read_bytes() == before


def test_a_file_that_is_not_a_result_is_never_overwritten(
    tmp_path: Path, capsys: Capture, no_app: list[object]
) -> None:
    for name, content in (("bank.toml", QUICK.read_text("utf-8")), ("notities.toml", "x = [")):
        out = tmp_path / name
        out.write_text(content, "utf-8")
        code, _, err = run(capsys, "run", "--team", "T", "--out", out, "--questions", QUICK)
        assert code == 1 and err.startswith(f"woest: {out}: ")
        assert out.read_text("utf-8") == content
    assert no_app == []


def test_force_replaces_another_teams_session(
    finished: Path, capsys: Capture, no_app: list[object]
) -> None:
    code, _, err = run(
        capsys, "run", "--team", "Team B", "--out", finished, "--questions", QUICK, "--force"
    )
    assert (code, err) == (0, "")
    assert len(no_app) == 1
    data = tomllib.loads(finished.read_text("utf-8"))
    assert data["session"]["team"] == "Team B"
    assert "finished" not in data["session"] and not data.get("answers")
    assert mode(finished) == 0o600


def test_prepare_launch_force(finished: Path, tmp_path: Path) -> None:
    launch = prepare_launch(
        questions=QUICK, team="Team B", out=finished, force=True, sessions=tmp_path
    )
    assert launch.state is not None and launch.state.result.session.team == "Team B"
    assert launch.start is None  # a new session opens at the first theme's introduction


def test_the_same_team_resumes_its_own_finished_result_unchanged(
    finished: Path, tmp_path: Path
) -> None:
    before = finished.read_bytes()
    launch = prepare_launch(questions=QUICK, team="Team A", out=finished, sessions=tmp_path)
    assert launch.state is not None and launch.state.finished
    assert finished.read_bytes() == before


# --- nothing leaves the machine -----------------------------------------------------------------


def test_no_command_reaches_for_the_network(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> None:
        if self.family != socket.AF_UNIX:
            attempts.append(f"connect {address!r}")
            raise OSError("no network in this test")
        real_connect(self, address)

    def getaddrinfo(*args: Any, **kwargs: Any) -> Any:
        attempts.append(f"getaddrinfo {args!r}")
        raise OSError("no network in this test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    for fmt in FORMATS:
        assert run(capsys, "summary", *SUMMARY_ARGS, "--format", fmt)[0] == 0
        assert run(capsys, "compare", *COMPARE_ARGS, "--format", fmt)[0] == 0
    assert run(capsys, "merge", *MERGE_ARGS, "-o", tmp_path / "team.toml")[0] == 0
    assert run(capsys, "validate", tmp_path / "team.toml", *MERGE_ARGS[-2:])[0] == 0
    prepare_launch(questions=QUICK, team="T", out=tmp_path / "s.toml", sessions=tmp_path)
    assert attempts == []
