"""Shared pieces of the benchmark: paths, statistics, rows, and timed child processes."""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
#: Generated files and session files; on the real disk (not a tmpfs), so fsync costs what
#: it costs for a user.
WORK = OUT / "work"
#: One frame at Textual's default 60 frames per second, in milliseconds.
FRAME_MS = 1000 / 60
#: The terminal size of every run, headless or in a pseudo-terminal.
COLUMNS, LINES = 100, 30


@dataclass(frozen=True)
class Stat:
    """Samples of one figure: median, min and max."""

    samples: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Stat:
        """A Stat of `values` (at least one)."""
        if not values:
            raise ValueError("a figure needs at least one sample")
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def min(self) -> float:
        return min(self.samples)

    @property
    def max(self) -> float:
        return max(self.samples)


@dataclass(frozen=True)
class Budget:
    """What a row must meet: a ratio of medians, or an absolute limit on woest's max."""

    ratio: float | None = None
    """woest's median divided by the baseline's median must be at most this."""
    most: float | None = None
    """woest's max must be at most this (in the row's unit)."""
    least: float | None = None
    """woest's min must be at least this (in the row's unit)."""

    def text(self) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"ratio ≤ {self.ratio:g}")
        if self.least is not None:
            parts.append(f"≥ {self.least:.3g}")
        if self.most is not None:
            parts.append(f"≤ {self.most:.3g}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Row:
    """One measure of the table."""

    group: str
    """The issue's measure number and name, e.g. "1 start-up"."""
    name: str
    """What was measured, and against what."""
    unit: str
    """"ms", "MB" or "" (a plain number, such as a fitted exponent)."""
    woest: Stat
    base: Stat | None = None
    budget: Budget | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """woest's median over the baseline's median."""
        if self.base is None or self.base.median == 0:
            return None
        return self.woest.median / self.base.median

    @property
    def verdict(self) -> str:
        """PASS, FAIL, or "info" for a row without a budget."""
        budget = self.budget
        if budget is None:
            return "info"
        ok = True
        if budget.ratio is not None:
            ok = ok and self.ratio is not None and self.ratio <= budget.ratio
        if budget.most is not None:
            ok = ok and self.woest.max <= budget.most
        if budget.least is not None:
            ok = ok and self.woest.min >= budget.least
        return "PASS" if ok else "FAIL"


@dataclass
class Settings:
    """How many times each figure is taken."""

    quick: bool = False
    runs: int = 7
    """Start-up and command runs per program."""
    walks: int = 3
    """Whole sessions walked per program (keys, memory)."""
    scale_runs: int = 3
    """Merges per size."""
    sizes: tuple[int, ...] = (100, 1_000, 10_000)
    only: set[str] = field(default_factory=set)

    @classmethod
    def make(cls, quick: bool, only: Sequence[str] = ()) -> Settings:
        if quick:
            return cls(quick=True, runs=3, walks=1, scale_runs=1, only=set(only))
        return cls(only=set(only))


@dataclass(frozen=True)
class Timed:
    """A finished child process: wall time, peak RSS, CPU time and what it wrote."""

    seconds: float
    max_rss_mb: float
    code: int
    stdout: bytes
    stderr: bytes
    cpu_seconds: float = 0.0
    """User and system time of the child: what it cost, however busy the machine was."""


#: Left out of every child's environment. PYTHONDONTWRITEBYTECODE too: an installed woest
#: has its bytecode compiled, so a child may write it once (in the warm-up run) and reuse it.
DROPPED = (
    "NO_COLOR",
    "FORCE_COLOR",
    "WOEST_LANG",
    "WOEST_DEBUG",
    "COLUMNS",
    "LINES",
    "PYTHONDONTWRITEBYTECODE",
)


def child_env(**extra: str) -> dict[str, str]:
    """The environment of every child: no user colour, theme or language settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL") and k not in DROPPED}
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def peak_rss_mb(pid: int) -> float | None:
    """The high-water mark of a live process's resident set (VmHWM), in MB; None once gone.

    Not wait4's ru_maxrss: Linux carries that over an exec from the forked copy of the
    parent, so every child would seem at least as large as the benchmark itself.
    """
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


class PeakWatch(threading.Thread):
    """Reads a child's VmHWM every few milliseconds until it ends (the last read is its peak).

    A thread, so that the main thread can block in wait4 and time the exit exactly.
    """

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0.0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            value = peak_rss_mb(self.pid)
            if value is not None:
                self.peak = max(self.peak, value)
            self.done.wait(0.002)

    def stop(self) -> float:
        """Stop watching; the highest mark seen."""
        self.done.set()
        self.join()
        return self.peak


def run_child(argv: Sequence[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> Timed:
    """Run `argv` to its end, timed from spawn to exit, its peak RSS watched meanwhile.

    Output goes to files, not pipes, so the child never waits on us.

    Args:
        argv: the command.
        env: its environment (default: `child_env()`).
        cwd: its working folder.

    Returns:
        The wall time, the child's own peak resident set size, its exit code and output.
    """
    WORK.mkdir(parents=True, exist_ok=True)
    out_path, err_path = WORK / "child.out", WORK / "child.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=env or child_env(),
            cwd=cwd,
        )
        watch = PeakWatch(proc.pid)
        watch.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    return Timed(
        seconds,
        watch.stop(),
        proc.returncode,
        out_path.read_bytes(),
        err_path.read_bytes(),
        usage.ru_utime + usage.ru_stime,
    )


def woest_argv(*args: str) -> list[str]:
    """The installed `woest` command (the console script beside this Python), with `args`."""
    script = Path(sys.executable).parent / "woest"
    if script.exists():
        return [str(script), *args]
    return [sys.executable, "-m", "woest_tui", *args]


def fit_exponent(sizes: Sequence[float], values: Sequence[float]) -> float:
    """The slope of log(value) against log(size), by least squares: value ~ size**slope."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(v) for v in values]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs)
    return num / den


def log(text: str) -> None:
    """Progress on stderr, so that stdout holds only the table."""
    print(f"bench: {text}", file=sys.stderr, flush=True)


def check(timed: Timed, what: str) -> Timed:
    """Stop the benchmark when a child failed: a figure of a failed run means nothing."""
    if timed.code != 0:
        tail = timed.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{what} exited with {timed.code}:\n{tail}")
    return timed
