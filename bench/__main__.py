"""`python -m bench [--quick] [--only GROUP ...]`: run the benchmarks and print one table."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from bench import cli_cmds, keys, live, memory, scale, startup
from bench.baselines import Plans
from bench.common import OUT, WORK, Row, Settings, log
from bench.fixtures import write_full_result
from bench.report import document, machine, machine_text, plain

GROUPS = ("startup", "commands", "keys", "scale", "memory", "live")


def run(settings: Settings) -> list[Row]:
    """Every measure the settings ask for, in the issue's order."""
    WORK.mkdir(parents=True, exist_ok=True)
    for old in WORK.glob("session-*.toml"):
        old.unlink()  # the sessions of an earlier run
    full = write_full_result(WORK / "full.toml")
    plans = Plans.make()
    wanted = settings.only or set(GROUPS)
    rows: list[Row] = []
    if "startup" in wanted:
        rows += startup.measure(settings, plans)
    if "commands" in wanted:
        rows += cli_cmds.measure(settings, full)
    if "keys" in wanted or "memory" in wanted:
        rows += keys.measure(settings, plans) if "keys" in wanted else []
        pty_rows = memory.measure(settings, plans)
        rows += [r for r in pty_rows if r.group.startswith("3")] if "keys" in wanted else []
        rows += [r for r in pty_rows if r.group.startswith("5")] if "memory" in wanted else []
    if "scale" in wanted:
        rows += scale.measure(settings, full)
    if "live" in wanted:
        rows += live.measure(settings)
    return sorted(rows, key=lambda r: r.group[0])


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print the table on stdout and write bench/out/results.md.

    Returns:
        0; with --strict, 1 when a budget is missed.
    """
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs (a rough look)")
    parser.add_argument("--only", nargs="+", choices=GROUPS, default=(), help="some measures")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a budget is missed")
    args = parser.parse_args(argv)
    settings = Settings.make(args.quick, args.only)
    began = time.perf_counter()
    rows = run(settings)
    seconds = time.perf_counter() - began
    info = machine()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "results.md").write_text(document(rows, info, seconds, args.quick), encoding="utf-8")
    print(plain(rows))
    print()
    print(machine_text(info))
    log(f"done in {seconds:.0f} s; the table is also in {OUT / 'results.md'}")
    missed = any(r.verdict == "FAIL" for r in rows)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
