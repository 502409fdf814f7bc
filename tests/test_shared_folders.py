"""Shared folders: another user's symlink is never written through; existing folders keep their mode.

The tests run as root, so "another user" is a symlink handed to another uid with lchown in a
sticky, world-writable folder, as /tmp is.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.atomic import write_atomic
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.state import SessionState, private_folder, sessions_dir

FIX = Path(__file__).parent / "fixtures" / "compare"
V1, V2 = FIX / "bank-v1.toml", FIX / "bank-v2.toml"
A25, A26 = FIX / "amersfoort-2025.toml", FIX / "amersfoort-2026.toml"
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]
OTHER_UID = 4321
FOREIGN = (
    "is een symbolische link van iemand anders; woest schrijft er niet doorheen, ook niet"
    " met --force (kies een andere naam)"
)
DANGLING = (
    "is een symbolische link naar iets dat niet bestaat; woest maakt daar geen bestand aan,"
    " ook niet met --force (kies een andere naam)"
)

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A sticky folder anyone may write in, as /tmp."""
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


def planted(folder: Path, name: str, points_to: Path, uid: int = OTHER_UID) -> Path:
    """A symlink `name` in `folder` to `points_to`, owned by `uid`."""
    link = folder / name
    link.symlink_to(points_to)
    os.lchown(link, uid, uid)
    return link


def only_root_can_tell() -> None:
    if os.geteuid() != 0:
        pytest.skip("handing a symlink to another user needs root")


# --- item 8: a dangling symlink planted by another user --------------------------------------


COMMANDS = {
    "summary -o": lambda out: ["summary", str(A26), "--questions", str(V2), "-o", str(out)],
    "compare -o": lambda out: [
        "compare",
        str(A25),
        str(A26),
        "--questions",
        str(V1),
        "--questions",
        str(V2),
        "-o",
        out,
    ],
    "merge -o": lambda out: ["merge", *map(str, INDIVIDUAL), "--questions", str(V2), "-o", out],
}


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_export_never_follows_another_users_dangling_symlink(
    shared: Path, tmp_path: Path, capsys: Capture, command: str, force: bool
) -> None:
    only_root_can_tell()
    victim = tmp_path / "slachtoffer" / "gemaakt.toml"
    victim.parent.mkdir()
    link = planted(shared, "rapport.toml", victim)
    code = main([*COMMANDS[command](str(link)), *(["--force"] if force else [])])
    assert (code, capsys.readouterr().err) == (1, f"woest: {link}: {FOREIGN}\n")
    assert not victim.exists()
    assert link.is_symlink()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_export_never_follows_another_users_symlink_to_a_file(
    shared: Path, tmp_path: Path, capsys: Capture, command: str
) -> None:
    only_root_can_tell()
    victim = tmp_path / "van-root.toml"
    victim.write_text("van root\n", "utf-8")
    link = planted(shared, "rapport.toml", victim)
    assert main([*COMMANDS[command](str(link)), "--force"]) == 1
    assert capsys.readouterr().err == f"woest: {link}: {FOREIGN}\n"
    assert victim.read_text("utf-8") == "van root\n"


@pytest.mark.parametrize("force", [False, True])
def test_run_out_never_follows_another_users_dangling_symlink(
    shared: Path, tmp_path: Path, force: bool
) -> None:
    only_root_can_tell()
    victim = tmp_path / "gemaakt.toml"
    link = planted(shared, "sessie.toml", victim)
    with pytest.raises(WoestError) as caught:
        prepare_launch(team="Basisteam Almere", out=link, force=force, sessions=tmp_path)
    assert caught.value.lines("nl") == [f"{link}: {FOREIGN}"]
    assert not victim.exists()


def test_an_autosave_never_follows_another_users_dangling_symlink(
    shared: Path, tmp_path: Path
) -> None:
    only_root_can_tell()
    session = prepare_launch(team="Basisteam Almere", out=tmp_path / "s.toml", sessions=tmp_path)
    assert session.state is not None
    victim = tmp_path / "gemaakt.toml"
    link = planted(shared, "sessie.toml", victim)
    state = SessionState(session.state.bank, session.state.result, link)
    with pytest.raises(WoestError) as caught:
        state.reopen()  # a change, saved at once
    assert caught.value.lines("nl") == [f"{link}: {FOREIGN}"]
    assert state.unsaved  # the answers stay in memory, not written anywhere
    assert not victim.exists()


def test_even_ones_own_dangling_symlink_is_not_followed(tmp_path: Path, capsys: Capture) -> None:
    link = tmp_path / "link.toml"
    link.symlink_to("nog-niet.toml")
    with pytest.raises(WoestError) as caught:
        write_atomic(link, "nieuw\n")
    assert caught.value.lines("nl") == [f"{link}: {DANGLING}"]
    assert not (tmp_path / "nog-niet.toml").exists()
    out = ["summary", str(A26), "--questions", str(V2), "-o", str(link), "--force"]
    assert main(out) == 1
    assert capsys.readouterr().err == f"woest: {link}: {DANGLING}\n"


def test_ones_own_symlink_into_ones_own_folder_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "echt.toml"
    real.write_text("oud", "utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real)
    write_atomic(link, "nieuw\n")
    assert link.is_symlink() and real.read_text("utf-8") == "nieuw\n"


def test_ones_own_symlink_into_another_users_folder_is_refused(shared: Path) -> None:
    only_root_can_tell()
    theirs = shared / "van-een-ander"
    theirs.mkdir()
    os.chown(theirs, OTHER_UID, OTHER_UID)
    real = theirs / "echt.toml"
    real.write_text("oud", "utf-8")
    link = shared.parent / "link.toml"
    link.symlink_to(real)
    with pytest.raises(WoestError) as caught:
        write_atomic(link, "nieuw\n")
    assert caught.value.problems[0].key == "write_symlink_folder"
    assert real.read_text("utf-8") == "oud"


# --- item 9: an existing folder keeps its mode --------------------------------------------------


@pytest.mark.parametrize("mode", [0o2775, 0o1777, 0o755])
def test_an_existing_data_folder_keeps_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    team.chmod(mode)
    monkeypatch.setenv("WOEST_DATA_DIR", str(team))
    private_folder(sessions_dir())
    assert stat.S_IMODE(team.stat().st_mode) == mode


def test_folders_woest_creates_are_private_and_their_parent_keeps_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = tmp_path / "team"
    team.mkdir()
    team.chmod(0o2775)
    monkeypatch.setenv("WOEST_DATA_DIR", str(team / "woest" / "sessies"))
    private_folder(sessions_dir())
    assert stat.S_IMODE(team.stat().st_mode) == 0o2775
    assert stat.S_IMODE((team / "woest").stat().st_mode) == 0o700
    assert stat.S_IMODE((team / "woest" / "sessies").stat().st_mode) == 0o700


def test_the_platform_data_folder_keeps_its_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if os.name != "posix" or sys.platform == "darwin":
        pytest.skip("XDG_DATA_HOME is where Linux keeps the data folder")
    shared = tmp_path / "data"
    shared.mkdir()
    shared.chmod(0o2775)
    monkeypatch.delenv("WOEST_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(shared))
    folder = sessions_dir()
    assert folder == shared / "woest" / "sessions"
    private_folder(folder)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o2775
    assert stat.S_IMODE((shared / "woest").stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    # the team made the sessions folder itself, shared: it stays so
    folder.chmod(0o2775)
    private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o2775


# --- the lock beside a session file ------------------------------------------------------------


def test_the_lock_never_writes_into_a_file_planted_under_its_name(
    shared: Path, tmp_path: Path
) -> None:
    from woest_tui.core.session.file import SessionLock, lock_path

    victim = tmp_path / "wachtwoorden"
    victim.write_text("geheim\n", "utf-8")
    session = shared / "sessie.toml"
    os.link(victim, lock_path(session))  # a hard link: the same file under the lock's name
    lock = SessionLock(session)
    lock.acquire()
    try:
        assert victim.read_text("utf-8") == "geheim\n"
    finally:
        lock.release()
    assert victim.read_text("utf-8") == "geheim\n"


def test_the_lock_never_follows_another_users_symlink(shared: Path, tmp_path: Path) -> None:
    only_root_can_tell()
    from woest_tui.core.session.file import SessionLock, lock_path

    victim = tmp_path / "gemaakt"
    session = shared / "sessie.toml"
    planted(shared, lock_path(session).name, victim)
    lock = SessionLock(session)
    lock.acquire()
    lock.release()
    assert not victim.exists()
