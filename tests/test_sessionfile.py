"""One woest per session file, and no silent overwrite of a file changed by somebody else."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import STARTED
from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.model import Answer, Priority, Questionnaire
from woest_tui.core.session.file import FileChanged, FileGuard, SessionLock, lock_path, reapply
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.listing import list_sessions
from woest_tui.core.session.new import new_result
from woest_tui.core.session.state import SessionState

# the quick scan as it was at 1.0.0: its ids never change, so these tests follow the files
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"


def session(tmp_path: Path) -> SessionState:
    launch = prepare_launch(questions=QUICK, team="Basisteam Test", out=tmp_path / "s.toml")
    assert launch.state is not None
    return launch.state


def hand_edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


# --- the lock ---------------------------------------------------------------------------------


def test_a_second_claim_is_refused_naming_the_holder(tmp_path: Path) -> None:
    first = session(tmp_path)
    lock = lock_path(tmp_path / "s.toml")
    assert lock.name == ".s.toml.woest-lock" and (lock.stat().st_mode & 0o777) == 0o600
    with pytest.raises(WoestError) as caught:
        prepare_launch(questions=QUICK, team="Basisteam Test", out=tmp_path / "s.toml")
    line = caught.value.lines("nl")[0]
    assert f"al open in een andere woest (proces {os.getpid()} op " in line
    english = caught.value.lines("en")[0]
    assert f"already open in another woest (process {os.getpid()} on " in english
    first.release()
    assert not lock.exists()
    again = session(tmp_path)
    assert again.lock is not None and again.lock.held
    again.release()


def test_the_lock_of_a_killed_process_is_gone(tmp_path: Path) -> None:
    target = tmp_path / "s.toml"
    code = (
        "import sys, time; from pathlib import Path\n"
        "from woest_tui.core.session.file import SessionLock\n"
        "lock = SessionLock(Path(sys.argv[1])); lock.acquire()\n"
        "print('held', flush=True); time.sleep(60)"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "held\n"
        with pytest.raises(WoestError):
            SessionLock(target).acquire()
    finally:
        child.kill()
        child.wait()
    assert lock_path(target).exists()  # kill -9 ran no clean-up, yet the lock is free
    lock = SessionLock(target)
    lock.acquire()
    assert lock.held
    lock.release()


def test_the_lock_file_is_not_listed_as_a_session(tmp_path: Path) -> None:
    state = session(tmp_path)
    entries = list_sessions(tmp_path, [load_questionnaire(QUICK)])
    assert [entry.path.name for entry in entries] == ["s.toml"]
    assert not lock_path(tmp_path / "s.toml").name.endswith(".toml")
    state.release()


# --- the check before each write ---------------------------------------------------------------


def test_a_hand_edit_between_two_answers_stops_saving(tmp_path: Path) -> None:
    state = session(tmp_path)
    out = tmp_path / "s.toml"
    state.set_answer("stand-cijfer", Answer(value=7))
    hand_edit(out, "value = 7", 'value = 7\nnote = "met de hand"')
    edited = out.read_bytes()
    with pytest.raises(FileChanged) as caught:
        state.set_answer("stand-oorzaak", Answer(value=4))
    assert "buiten woest gewijzigd" in caught.value.lines("nl")[0]
    assert out.read_bytes() == edited  # the hand edit stays
    assert state.unsaved and state.result.answers["stand-oorzaak"] == Answer(value=4)
    # and it stays stopped: the next answer is not written either
    with pytest.raises(FileChanged):
        state.set_answer("stand-brandjes-blussen", Answer(dont_know=True))
    assert out.read_bytes() == edited
    # reload: the file as edited, with our unsaved answers put back on top
    state.reload()
    assert not state.unsaved
    saved = tomllib.loads(out.read_text("utf-8"))["answers"]
    assert saved == {
        "stand-cijfer": {"value": 7, "note": "met de hand"},
        "stand-oorzaak": {"value": 4},
        "stand-brandjes-blussen": {"dont_know": True},
    }
    state.set_answer("stand-voortgang-besproken", Answer(value=2))  # saving goes on
    assert "stand-voortgang-besproken" in tomllib.loads(out.read_text("utf-8"))["answers"]


def test_overwrite_and_save_elsewhere_after_a_hand_edit(tmp_path: Path) -> None:
    state = session(tmp_path)
    out = tmp_path / "s.toml"
    state.set_answer("stand-cijfer", Answer(value=7))
    hand_edit(out, "value = 7", "value = 3")
    with pytest.raises(FileChanged):
        state.set_answer("stand-oorzaak", Answer(value=4))
    state.save(tmp_path / "elders.toml")  # mine elsewhere; the edited file stays as it is
    assert "value = 3" in out.read_text("utf-8")
    assert tomllib.loads((tmp_path / "elders.toml").read_text("utf-8"))["answers"] == {
        "stand-cijfer": {"value": 7},
        "stand-oorzaak": {"value": 4},
    }
    (tmp_path / "x").mkdir()
    other = session(tmp_path / "x")
    other.set_answer("stand-cijfer", Answer(value=1))
    hand_edit(other.path or Path(), "value = 1", "value = 2")
    with pytest.raises(FileChanged):
        other.set_answer("stand-oorzaak", Answer(value=5))
    other.overwrite()
    assert tomllib.loads((tmp_path / "x" / "s.toml").read_text("utf-8"))["answers"] == {
        "stand-cijfer": {"value": 1},
        "stand-oorzaak": {"value": 5},
    }


def test_the_same_content_written_again_is_no_change(tmp_path: Path) -> None:
    guard = FileGuard()
    target = tmp_path / "f.toml"
    guard.write(target, "a = 1\n")
    target.write_text("a = 1\n", "utf-8")  # a git checkout of the same content
    os.utime(target, ns=(1, 1))
    guard.write(target, "a = 2\n")
    target.write_text("a = 3\n", "utf-8")
    with pytest.raises(FileChanged):
        guard.write(target, "a = 4\n")
    target.unlink()  # removed by hand: also a change, never silently made again
    with pytest.raises(FileChanged):
        guard.write(target, "a = 4\n")
    guard.allow(target)
    guard.write(target, "a = 4\n")
    assert target.read_text("utf-8") == "a = 4\n"


def test_reapply_puts_only_my_changes_on_theirs(quick_bank: Questionnaire) -> None:
    base = new_result(
        quick_bank, team="T", date=STARTED.date(), mode="consensus", started=STARTED
    ).model_copy(
        update={"answers": {"stand-cijfer": Answer(value=5), "woe-rol": Answer(value="adviseur")}}
    )
    mine = base.model_copy(
        update={
            "answers": {"stand-cijfer": Answer(value=5), "stand-oorzaak": Answer(value=2)},
            "priorities": (
                Priority(ref="stand", action="Doen.", owner="teamchef", due=STARTED.date()),
            ),
        }
    )
    theirs = base.model_copy(
        update={"answers": {**base.answers, "stand-cijfer": Answer(value=9, note="later")}}
    )
    merged = reapply(base, mine, theirs)
    assert merged.answers == {
        "stand-cijfer": Answer(value=9, note="later"),  # theirs: I did not change it
        "stand-oorzaak": Answer(value=2),  # mine: new
    }  # woe-rol: I cleared it
    assert merged.priorities == mine.priorities


def test_the_lock_never_creates_a_missing_folder(tmp_path: Path) -> None:
    # the README: "a missing folder is not created"; filelock itself would make it (0755)
    target = tmp_path / "missing" / "deeper" / "sessie.toml"
    lock = SessionLock(target)
    lock.acquire()
    assert not (tmp_path / "missing").exists()
    assert not lock.held
    lock.release()
