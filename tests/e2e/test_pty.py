"""The real `woest run` in a pseudo-terminal: answers by keystrokes survive SIGKILL.

Each test starts the installed program (`python -m woest_tui run --team T --out FILE`) on
a pty of 100x30, reads everything it draws in a thread (so it never blocks on a full
pipe), and types as a facilitator would. An answer counts as confirmed once FILE holds
it; after a SIGKILL and a new start every confirmed answer must still be there and the
session must open at the first open question.

The crash test kills at random moments, and some kills inside a save (the child's fsync
is slowed down so that the write lasts a moment). Its seed is printed (pytest shows it
when the test fails) and can be replayed with WOEST_CRASH_SEED=<seed>.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import pty
import random
import re
import select
import struct
import subprocess
import sys
import termios
import threading
import time
import tomllib
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from woest_tui.cli.main import main
from woest_tui.core.files.atomic import STALE_SECONDS, TEMP_PREFIX
from woest_tui.core.files.bank import bundled_dir, load_questionnaire

# The walk's tests use the quick scan as it was at 1.0.0, bundled for its old results: its ids
# and texts never change again, so these tests follow the app, not the questionnaire's words.
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"
COLUMNS, ROWS = 100, 30
#: Generous for a slow CI machine: starting Python and Textual can take seconds there.
START_TIMEOUT = 30.0
STEP_TIMEOUT = 10.0
ENTER, CTRL_Q = b"\r", b"\x11"

#: Loaded into the program under test: every attempt to reach the network is written to
#: $WOEST_NET_LOG and refused, so a test can prove that woest never uses the network.
NO_NETWORK = """
import os, socket

def _refuse(what):
    with open(os.environ["WOEST_NET_LOG"], "a", encoding="utf-8") as log:
        log.write(what + "\\n")
    raise OSError("network use refused by the woest tests")

_connect = socket.socket.connect

def connect(self, address):
    if self.family != socket.AF_UNIX:
        _refuse(f"connect {address!r}")
    return _connect(self, address)

socket.socket.connect = connect
socket.getaddrinfo = lambda *args, **kwargs: _refuse(f"getaddrinfo {args!r}")

# With $WOEST_SLOW_FSYNC (seconds), every fsync of a file takes that long: a kill just
# after Enter then lands inside the save, while the temporary file is being written.
if os.environ.get("WOEST_SLOW_FSYNC"):
    import stat, time

    _fsync, _pause = os.fsync, float(os.environ["WOEST_SLOW_FSYNC"])

    def fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):
            time.sleep(_pause)
        return _fsync(fd)

    os.fsync = fsync
"""


def network_guard(folder: Path, log: Path) -> dict[str, str]:
    """Environment that loads NO_NETWORK into a Python started with it."""
    guard = folder / "no-network"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(NO_NETWORK, "utf-8")
    paths = [str(guard), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {"WOEST_NET_LOG": str(log), "PYTHONPATH": os.pathsep.join(paths)}


def test_the_network_guard_catches_an_attempt(tmp_path: Path) -> None:
    log = tmp_path / "network.log"
    code = (
        "import contextlib, socket\n"
        "with contextlib.suppress(OSError): socket.getaddrinfo('example.org', 443)\n"
        "socket.socket().connect(('192.0.2.1', 80))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=os.environ | network_guard(tmp_path, log),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "refused by the woest tests" in done.stderr
    assert log.read_text("utf-8").splitlines() == [
        "getaddrinfo ('example.org', 443)",
        "connect ('192.0.2.1', 80)",
    ]


def test_the_slow_fsync_slows_a_save_down(tmp_path: Path) -> None:
    code = (
        "import os, sys, time, tempfile\n"
        "fd, _ = tempfile.mkstemp(dir=sys.argv[1])\n"
        "start = time.monotonic(); os.fsync(fd); print(time.monotonic() - start)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        env=os.environ
        | network_guard(tmp_path, tmp_path / "net.log")
        | {"WOEST_SLOW_FSYNC": "0.2"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert float(done.stdout) >= 0.2


_ESCAPES = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])"
)


class Woest:
    """One `woest run` process on a pseudo-terminal."""

    def __init__(
        self,
        bank: Path,
        out: Path,
        data: Path,
        team: str = "Basisteam Test",
        extra_env: dict[str, str] | None = None,
        args: tuple[str, ...] = (),
    ) -> None:
        self.out = out
        self.net_log = data.parent / "network.log"
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TEXTUAL_THEME")}
        env |= (
            {
                "TERM": "xterm-256color",
                "COLUMNS": str(COLUMNS),
                "LINES": str(ROWS),
                "WOEST_DATA_DIR": str(data),
                "WOEST_LANG": "nl",
            }
            | network_guard(data.parent, self.net_log)
            | (extra_env or {})
        )
        command = [sys.executable, "-m", "woest_tui", "run", "--team", team, "--out", str(out)]
        self.process = subprocess.Popen(
            [*command, "--questions", str(bank), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.master], [], [], 0.05)
                if not ready:
                    if self.process.poll() is not None:
                        return
                    continue
                chunk = os.read(self.master, 65536)
            except OSError:  # the child is gone (EIO) or the fd was closed
                return
            if not chunk:
                return
            with self.lock:
                self.output += chunk

    # --- what is on screen ----------------------------------------------------------------

    def mark(self) -> int:
        with self.lock:
            return len(self.output)

    def text(self, since: int = 0) -> str:
        """What was drawn since `since`, without escape sequences."""
        with self.lock:
            raw = bytes(self.output[since:])
        return _ESCAPES.sub(b"", raw).decode("utf-8", "replace")

    def wait_for(self, words: str, since: int = 0, timeout: float = STEP_TIMEOUT) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if words in self.text(since):
                return
            if self.process.poll() is not None:
                break
            time.sleep(0.02)
        raise AssertionError(f"{words!r} not shown; last screen:\n{self.text()[-2500:]}")

    # --- typing ------------------------------------------------------------------------------

    def press(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def pick(self, number: int, mark: str = "(o)") -> None:
        """Press a digit and wait until its option shows as chosen.

        Call it once the question's control is drawn. A key that still beat the focus is
        lost without a trace on screen: only then is it pressed again, and a late one that
        turns the option off again is answered with one more press.
        """
        pattern = re.compile(rf"{number:>2}  (\(o\)|\( \)|\[x\]|\[ \])")
        since = self.mark()
        self.press(str(number).encode())
        for _ in range(4):
            end = time.monotonic() + STEP_TIMEOUT / 2
            shown: list[str] = []
            while time.monotonic() < end and not shown:
                shown = pattern.findall(self.text(since))
                time.sleep(0.02)
            if shown:
                self.settle(quiet=0.1)  # keys are handled in order: a short look suffices
                shown = pattern.findall(self.text(since))
                if shown[-1] == mark:
                    return
            self.press(str(number).encode())
        raise AssertionError(f"option {number} not chosen; screen:\n{self.text()[-2500:]}")

    def settle(self, quiet: float = 0.3) -> None:
        """Wait until nothing new was drawn for `quiet` seconds."""
        end = time.monotonic() + STEP_TIMEOUT
        size = self.mark()
        while time.monotonic() < end:
            time.sleep(quiet)
            now = self.mark()
            if now == size:
                return
            size = now

    def type_text(self, words: str) -> None:
        """Type into a text field once the focus has moved there; wait until the words show.

        Textual moves the focus a moment after the field is drawn (or after `n`), and a
        key that comes earlier goes elsewhere: a letter may even be a binding. Hence the
        wait for the screen to be still first.
        """
        self.settle()
        since = self.mark()
        self.press(words.encode())
        self.wait_for(words, since)

    # --- ending --------------------------------------------------------------------------------

    def kill(self) -> None:
        """SIGKILL, as a power cut or a closed laptop would."""
        self.process.kill()
        self.process.wait(timeout=STEP_TIMEOUT)
        self.close()

    def close(self) -> None:
        self.reader.join(timeout=2.0)
        with contextlib.suppress(OSError):
            os.close(self.master)

    def quit(self) -> int:
        self.press(CTRL_Q)
        code = self.process.wait(timeout=STEP_TIMEOUT)
        self.close()
        return code


@pytest.fixture
def started(tmp_path: Path) -> Iterator[list[Woest]]:
    """Every process a test starts; any still running at the end is killed."""
    processes: list[Woest] = []
    yield processes
    for woest in processes:
        if woest.process.poll() is None:
            woest.kill()


def answers(path: Path) -> dict[str, Any]:
    return dict(tomllib.loads(path.read_text("utf-8")).get("answers", {}))


def wait_saved(path: Path, question: str, timeout: float = STEP_TIMEOUT) -> dict[str, Any]:
    """The answer to `question` once the file holds it: the answer is confirmed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with contextlib.suppress(FileNotFoundError, tomllib.TOMLDecodeError):
            found = answers(path).get(question)
            if found is not None and set(found) - {"note"}:
                return dict(found)
        time.sleep(0.02)
    raise AssertionError(f"{question} not saved in {path}: {answers(path)}")


def validates(path: Path, bank: Path) -> None:
    """`woest validate` accepts the file: exit 0, no message."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["validate", "--questions", str(bank), str(path)])
    assert (code, err.getvalue()) == (0, ""), err.getvalue()


def temporary_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{TEMP_PREFIX}*"))


# --- issue 3: answer, kill, start again -------------------------------------------------------


def at(woest: Woest, qid: str, timeout: float = STEP_TIMEOUT) -> None:
    """Wait until the walk shows quickscan's question `qid` with its control drawn."""
    bank = load_questionnaire(QUICK)
    for t, theme in enumerate(bank.themes):
        for i, question in enumerate(theme.questions):
            if question.id == qid:
                title, count = theme.title.get("nl"), len(theme.questions)
                where = f"vraag {i + 1}/{count} · thema {t + 1}/{len(bank.themes)} · {title}"
                woest.wait_for(where, timeout=timeout)
                woest.wait_for(question.text.get("nl")[:30], timeout=timeout)
                return
    raise KeyError(qid)


def test_confirmed_answers_survive_sigkill_and_the_session_resumes(
    tmp_path: Path, started: list[Woest]
) -> None:
    out, data = tmp_path / "sessie.toml", tmp_path / "data"

    def start() -> Woest:
        woest = Woest(QUICK, out, data)
        started.append(woest)
        return woest

    woest = start()
    woest.wait_for("thema 1/3 · Waar staan we?", timeout=START_TIMEOUT)
    woest.press(ENTER)
    at(woest, "stand-cijfer")
    woest.pick(7)  # a 0-10 scale: the key is the value
    woest.press(ENTER)
    confirmed = {"stand-cijfer": wait_saved(out, "stand-cijfer")}
    at(woest, "stand-oorzaak")
    woest.pick(4)
    woest.press(ENTER)
    confirmed["stand-oorzaak"] = wait_saved(out, "stand-oorzaak")
    at(woest, "stand-brandjes-blussen")
    since = woest.mark()
    woest.press(b"w")  # weet niet
    woest.wait_for("[x] weet niet", since)
    woest.press(ENTER)
    confirmed["stand-brandjes-blussen"] = wait_saved(out, "stand-brandjes-blussen")
    at(woest, "stand-voortgang-besproken")
    woest.pick(2)
    woest.press(b"n")  # the note field
    woest.type_text("[red]niet rood[/red]")
    woest.press(ENTER)
    confirmed["stand-voortgang-besproken"] = wait_saved(out, "stand-voortgang-besproken")
    woest.wait_for("thema 2/3 · De WOE")
    woest.press(ENTER)
    at(woest, "woe-taken-helder")
    woest.pick(5)
    woest.press(ENTER)
    confirmed["woe-taken-helder"] = wait_saved(out, "woe-taken-helder")
    at(woest, "woe-rol")
    woest.pick(3)
    woest.press(ENTER)
    confirmed["woe-rol"] = wait_saved(out, "woe-rol")
    at(woest, "woe-uren-per-week")
    woest.type_text("12")
    woest.press(ENTER)
    confirmed["woe-uren-per-week"] = wait_saved(out, "woe-uren-per-week")
    assert confirmed == {
        "stand-cijfer": {"value": 7},
        "stand-oorzaak": {"value": 4},
        "stand-brandjes-blussen": {"dont_know": True},
        "stand-voortgang-besproken": {"value": 2, "note": "[red]niet rood[/red]"},
        "woe-taken-helder": {"value": 5},
        "woe-rol": {"value": "uitvoerder"},
        "woe-uren-per-week": {"value": 12},
    }
    woest.wait_for("thema 3/3 · De volgende stap")
    woest.kill()
    assert answers(out) == confirmed
    validates(out, QUICK)

    # a new start opens the first open question at once, with every answer kept
    woest = start()
    at(woest, "stap-plan-van-aanpak", timeout=START_TIMEOUT)
    woest.wait_for("7 van 10 beantwoord")
    assert answers(out) == confirmed
    woest.pick(1)  # ja
    woest.press(ENTER)
    confirmed["stap-plan-van-aanpak"] = wait_saved(out, "stap-plan-van-aanpak")
    at(woest, "stap-samenwerken-met")
    woest.pick(1, mark="[x]")
    woest.pick(5, mark="[x]")
    woest.press(ENTER)
    confirmed["stap-samenwerken-met"] = wait_saved(out, "stap-samenwerken-met")
    at(woest, "stap-eerste-actie")
    woest.type_text("half getypt")
    woest.kill()  # killed with the text typed but not confirmed
    assert answers(out) == confirmed
    assert confirmed["stap-plan-van-aanpak"] == {"value": True}
    assert confirmed["stap-samenwerken-met"] == {"value": ["noodhulp", "gemeente"]}

    woest = start()
    at(woest, "stap-eerste-actie", timeout=START_TIMEOUT)
    woest.type_text("De teamchef plant uren")
    woest.press(ENTER)
    confirmed["stap-eerste-actie"] = wait_saved(out, "stap-eerste-actie")
    assert confirmed["stap-eerste-actie"] == {"value": "De teamchef plant uren"}
    assert woest.quit() == 0
    assert answers(out) == confirmed
    validates(out, QUICK)
    assert temporary_files(tmp_path) == []
    assert not data.exists()  # with --out nothing goes to the data folder
    assert not woest.net_log.exists()  # no attempt to reach the network


# --- keys that arrive in one read ----------------------------------------------------------


def test_keys_written_at_once_are_handled_in_order(tmp_path: Path, started: list[Woest]) -> None:
    """A digit and Enter in one write answer the question on screen, not the next one."""
    out, data = tmp_path / "sessie.toml", tmp_path / "data"
    woest = Woest(QUICK, out, data)
    started.append(woest)
    woest.wait_for("thema 1/3 · Waar staan we?", timeout=START_TIMEOUT)
    woest.press(ENTER)
    at(woest, "stand-cijfer")
    woest.settle()
    woest.press(b"4\r")  # one write, as `tmux send-keys 4 Enter` does
    assert wait_saved(out, "stand-cijfer") == {"value": 4}
    at(woest, "stand-oorzaak")
    woest.settle()
    # the rest of the first two themes in a single write: scales, weet niet, an intro,
    # a choice and a number of two digits
    woest.press(b"3\rw\r2\r\r5\r1\r12\r")
    assert wait_saved(out, "woe-uren-per-week") == {"value": 12}
    assert answers(out) == {
        "stand-cijfer": {"value": 4},
        "stand-oorzaak": {"value": 3},
        "stand-brandjes-blussen": {"dont_know": True},
        "stand-voortgang-besproken": {"value": 2},
        "woe-taken-helder": {"value": 5},
        "woe-rol": {"value": "regisseur"},
        "woe-uren-per-week": {"value": 12},
    }
    woest.wait_for("thema 3/3 · De volgende stap")
    assert woest.quit() == 0


# --- issue 6: SIGKILL at random moments ---------------------------------------------------------

THEMES, PER_THEME = 5, 6
#: Question types in each theme; all are answered with one digit.
KINDS = ("scale", "choice", "scale", "yesno", "scale", "scale")


def crash_bank(path: Path) -> list[tuple[str, str, int, int]]:
    """A bank of 30 one-key questions; returns (id, kind, theme, index) per question."""
    themes, layout = [], []
    for t in range(THEMES):
        questions = []
        for q, kind in enumerate(KINDS):
            qid = f"t{t}-q{q}"
            question: dict[str, Any] = {"id": qid, "type": kind, "text": f"Vraag {qid}"}
            if kind == "choice":
                question["options"] = [
                    {"id": f"optie-{n}", "label": f"Optie {n}"} for n in range(1, 4)
                ]
            questions.append(question)
            layout.append((qid, kind, t, q))
        themes.append(
            {
                "id": f"t{t}",
                "title": f"Thema {t + 1}",
                "intro": f"Inleiding {t + 1}",
                "metaphor": "Wind",
                "questions": questions,
            }
        )
    bank = {
        "schema": 1,
        "id": "crash",
        "version": "1",
        "language": "nl",
        "title": "Crash",
        "description": "Tests",
        "scale": {
            "min": 1,
            "max": 5,
            "strength": 4.0,
            "development": 2.5,
            "labels": ["een", "twee", "drie", "vier", "vijf"],
        },
        "themes": themes,
    }
    path.write_text(tomli_w.dumps(bank), "utf-8")
    return layout


def expected_value(kind: str, key: int) -> object:
    if kind == "scale":
        return key
    if kind == "choice":
        return f"optie-{key}"
    return key == 1  # yesno: 1 ja, 2 nee


def crash_seed() -> int:
    chosen = os.environ.get("WOEST_CRASH_SEED")
    return int(chosen) if chosen else random.SystemRandom().randrange(2**32)


#: Seconds each fsync of a file takes in the crash test: a save then lasts long enough
#: for a kill to land inside it.
SLOW_FSYNC = "0.1"
#: Kills that must land inside a save, while its temporary file is written.
KILLS_IN_A_SAVE = 3


def kill_inside_the_save(woest: Woest, folder: Path) -> bool:
    """SIGKILL as soon as the save after Enter has made its temporary file.

    The write is then under way (its fsync is slowed down, see SLOW_FSYNC), and the kill
    comes before the rename: the old file must stay whole.

    Returns:
        Whether the kill landed inside the save.
    """
    end = time.monotonic() + STEP_TIMEOUT / 2
    while time.monotonic() < end:
        if temporary_files(folder):
            woest.kill()
            return True
        time.sleep(0.002)
    woest.kill()
    return False


def test_random_sigkills_never_lose_a_confirmed_answer(
    tmp_path: Path, started: list[Woest]
) -> None:
    seed = crash_seed()
    print(f"crash test seed: {seed} (replay with WOEST_CRASH_SEED={seed})")
    rng = random.Random(seed)
    folder = tmp_path / "sessie"
    folder.mkdir()
    bank, out = tmp_path / "crash.toml", folder / "crash-sessie.toml"
    layout = crash_bank(bank)
    confirmed: dict[str, dict[str, Any]] = {}
    sent: dict[str, dict[str, Any]] = {}  # typed, maybe saved when the kill came
    leftovers = restarts = in_a_save = 0
    slow = {"WOEST_SLOW_FSYNC": SLOW_FSYNC}
    for restart in range(40):
        restarts = restart
        if len(confirmed) >= 24:
            break
        # the saved file: valid, holding every confirmed answer, and nothing else typed
        if out.exists():
            validates(out, bank)
            saved = answers(out)
            for qid, answer in confirmed.items():
                assert saved.get(qid) == answer, (seed, restart, qid, saved)
            for qid, answer in saved.items():
                assert confirmed.get(qid, sent.get(qid)) == answer, (seed, restart, qid)
                confirmed[qid] = answer  # saved before the kill: it counts as confirmed
        else:
            assert not confirmed
        # a crash's temporary file: the next start cleans it once it is clearly stale
        stale = temporary_files(folder)
        leftovers += len(stale)
        for item in stale:
            os.utime(item, (time.time() - STALE_SECONDS - 60,) * 2)
        woest = Woest(bank, out, tmp_path / "data", extra_env=slow)
        started.append(woest)
        if rng.random() < 0.15:  # killed while it starts
            time.sleep(rng.uniform(0.0, 1.5))
            woest.kill()
            continue
        first_open = next((i for i, item in enumerate(layout) if item[0] not in confirmed), None)
        if first_open is None:
            break
        _, _, theme, index = layout[first_open]
        if not confirmed:
            woest.wait_for(f"thema 1/{THEMES} · Thema 1", timeout=START_TIMEOUT)
            woest.press(ENTER)
        woest.wait_for(
            f"vraag {index + 1}/{PER_THEME} · thema {theme + 1}/{THEMES}",
            timeout=START_TIMEOUT,
        )
        assert temporary_files(folder) == [], (seed, restart)
        position = first_open
        killed = False
        for step in range(rng.randint(2, 8)):
            if position >= len(layout):
                break
            qid, kind, theme, index = layout[position]
            if step and index == 0:  # a new theme starts with its introduction
                woest.wait_for(f"thema {theme + 1}/{THEMES} · Thema {theme + 1}")
                woest.press(ENTER)
            woest.wait_for(f"vraag {index + 1}/{PER_THEME} · thema {theme + 1}/{THEMES}")
            woest.wait_for(f"Vraag {qid}")  # its control is drawn
            key = rng.randint(1, 5 if kind == "scale" else 3 if kind == "choice" else 2)
            woest.pick(key)
            sent[qid] = {"value": expected_value(kind, key)}
            # killed right after Enter: saved or not, never half; the first kills (after
            # an answer that was saved) and half of the later ones wait until the save is
            # under way
            forced = in_a_save < KILLS_IN_A_SAVE and step > 0
            if forced or rng.random() < 0.25:
                woest.press(ENTER)
                if forced or rng.random() < 0.5:
                    in_a_save += kill_inside_the_save(woest, folder)
                else:
                    time.sleep(rng.choice([0.0, 0.001, 0.005, 0.02, 0.1]))
                    woest.kill()
                killed = True
                break
            woest.press(ENTER)
            confirmed[qid] = wait_saved(out, qid)
            assert confirmed[qid] == sent[qid], seed
            position += 1
        if not killed:
            time.sleep(rng.uniform(0.0, 0.2))
            woest.kill()
    assert len(confirmed) >= 24, (seed, len(confirmed))
    assert in_a_save >= KILLS_IN_A_SAVE, (seed, in_a_save)
    assert leftovers >= 1, seed  # a kill inside a save leaves its temporary file
    validates(out, bank)
    assert {qid: answers(out)[qid] for qid in confirmed} == confirmed
    # one more start cleans whatever temporary file the last kill left
    for item in temporary_files(folder):
        os.utime(item, (time.time() - STALE_SECONDS - 60,) * 2)
    woest = Woest(bank, out, tmp_path / "data")
    started.append(woest)
    woest.wait_for("beantwoord", timeout=START_TIMEOUT)
    assert temporary_files(folder) == []
    assert woest.quit() == 0
    assert not woest.net_log.exists()  # no attempt to reach the network
    print(
        f"crash test: {len(confirmed)} answers over {restarts} kills, {in_a_save} of them "
        f"inside a save, {leftovers} temporary files left by them"
    )
