"""Drive woest and the bare app through a plan: headless in a child, or in a pseudo-terminal."""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import BENCH, WORK, check, child_env, run_child, woest_argv
from bench.plan import Plan, Step
from bench.ptyrun import PtyProcess


@dataclass
class Program:
    """Woest or its baseline, as the drivers start it."""

    name: str
    """"woest", "bare" or "floor"."""
    plan: Plan
    out: Path | None = None
    """woest's session file (a new one per run)."""

    def args(self) -> list[str]:
        """The arguments after the program's name."""
        if self.name == "woest":
            assert self.out is not None
            return ["run", "--team", "Basisteam Bench", "--out", str(self.out)]
        return []

    def argv(self) -> list[str]:
        """The whole command, as a user would start it."""
        if self.name == "woest":
            return woest_argv(*self.args())
        return [sys.executable, str(BENCH / f"{self.name}_app.py"), *self.args()]


@dataclass
class Drive:
    """What one drive measured (monotonic times, seconds)."""

    spawned: float
    first: float
    """The first screen was painted."""
    painted: float
    """The last step's screen was painted."""
    latencies: list[float] = field(default_factory=list)
    max_rss_mb: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)
    cpu: float = 0.0
    """CPU seconds of the whole run (headless runs only)."""


def fresh_out(tag: str) -> Path:
    """A session file that does not exist yet."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"session-{tag}-{time.monotonic_ns()}.toml"
    path.unlink(missing_ok=True)
    return path


def headless(program: Program, mode: str) -> Drive:
    """Run the program headless in a child process and drive it through its plan.

    Args:
        program: what to run.
        mode: "startup" (the first step only, no pauses) or "walk" (every step, with pauses
            between keys and an event-loop ticker).

    Returns:
        The drive.
    """
    WORK.mkdir(parents=True, exist_ok=True)
    report_path = WORK / f"report-{program.name}.json"
    config_path = WORK / f"config-{program.name}.json"
    config = {
        "target": program.name,
        "mode": mode,
        "args": program.args(),
        "plan": program.plan.to_json(),
        "report": str(report_path),
    }
    config_path.write_text(json.dumps(config), encoding="utf-8")
    spawned = time.monotonic()
    timed = check(
        run_child([sys.executable, "-m", "bench.headless_child", str(config_path)]),
        f"{program.name} (headless)",
    )
    report = json.loads(report_path.read_text(encoding="utf-8"))
    return Drive(
        spawned,
        report["first"],
        report["painted"],
        report["latencies"],
        timed.max_rss_mb,
        report,
        timed.cpu_seconds,
    )


def _answer(proc: PtyProcess, step: Step) -> None:
    """Type the step's answer keys and wait until the answer shows (typed once more if a key
    came before the focus moved to the new control)."""
    for attempt in (1, 2):
        proc.quiet()
        proc.mark()
        for key in step.pre:
            proc.send(key)
        try:
            proc.expect(step.picked, timeout=3.0)
        except TimeoutError:
            if attempt == 2:
                raise
            continue
        proc.quiet()
        return


def in_pty(program: Program, walk: bool) -> Drive:
    """Run the program in a pseudo-terminal and type the plan's keys.

    Args:
        program: what to run.
        walk: every step with pauses between keys (True), or only the first step at once.

    Returns:
        The drive, with the peak RSS of the whole run.
    """
    proc = PtyProcess(program.argv(), child_env())
    try:
        first = proc.expect(program.plan.first)
        latencies = []
        painted = first
        for step in program.plan.steps if walk else program.plan.steps[:1]:
            if walk:
                _answer(proc, step)
            proc.mark()
            start = proc.send(step.key)
            painted = proc.expect(step.markers)
            latencies.append(painted - start)
    finally:
        proc.finish()
    if proc.code != 0:
        raise RuntimeError(f"{program.name} in a terminal exited with {proc.code}")
    return Drive(proc.started, first, painted, latencies, proc.max_rss_mb)
