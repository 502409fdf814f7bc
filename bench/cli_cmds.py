"""Measure 2: `woest summary`, `woest validate` and `woest --help` against the bare CLI floor."""

from __future__ import annotations

from pathlib import Path

from bench.baselines import bare_cli_argv
from bench.common import Budget, Row, Settings, Stat, check, log, run_child, woest_argv

GROUP = "2 commands"
BUDGET = Budget(ratio=2.5)


def commands(full: Path) -> dict[str, list[str]]:
    """The measured commands, by the name the table shows."""
    return {
        "woest summary FULL": woest_argv("summary", str(full)),
        "woest validate FULL": woest_argv("validate", str(full)),
        "woest --help": woest_argv("--help"),
    }


def measure(settings: Settings, full: Path) -> list[Row]:
    """Run each command and the floor in turn; each figure is spawn to exit.

    Output goes to a file (not a terminal), as in a script or a pipe.

    Args:
        settings: how many runs.
        full: a finished result of the bundled bank with every question answered.

    Returns:
        A row per command; all share the floor's runs, taken between theirs.
    """
    argvs = commands(full)
    floor = bare_cli_argv()
    log("commands: warming up")
    for argv in [*argvs.values(), floor]:
        check(run_child(argv), " ".join(argv[-2:]))
    times: dict[str, list[float]] = {name: [] for name in argvs}
    rss: dict[str, list[float]] = {name: [] for name in argvs}
    base: list[float] = []
    base_rss: list[float] = []
    cpu: dict[str, list[float]] = {name: [] for name in argvs}
    base_cpu: list[float] = []
    for number in range(settings.runs):
        log(f"commands: run {number + 1} of {settings.runs}")
        for name, argv in argvs.items():
            timed = check(run_child(argv), name)
            times[name].append(1000 * timed.seconds)
            rss[name].append(timed.max_rss_mb)
            cpu[name].append(1000 * timed.cpu_seconds)
            floor_run = check(run_child(floor), "bare CLI")
            base.append(1000 * floor_run.seconds)
            base_rss.append(floor_run.max_rss_mb)
            base_cpu.append(1000 * floor_run.cpu_seconds)
    rows = [Row(GROUP, name, "ms", Stat.of(times[name]), Stat.of(base), BUDGET) for name in argvs]
    rows.append(
        Row(
            GROUP,
            "  CPU time, woest summary FULL",
            "ms",
            Stat.of(cpu["woest summary FULL"]),
            Stat.of(base_cpu),
        )
    )
    rows.append(
        Row(
            GROUP,
            "  peak RSS, woest summary FULL",
            "MB",
            Stat.of(rss["woest summary FULL"]),
            Stat.of(base_rss),
        )
    )
    return rows
