"""Measure 4: a 500-question bank validated; 100 to 10,000 individual files merged and compared.

Each merge runs in a fresh child (`bench.scale_child`): `read_individuals` (read, validate
and check every file against its bank), `merge_results` and `save_result`, then
`build_comparison` of the merged result against the full consensus result. Time grows
with the number of files; the fitted exponent (least squares on log-log) states how.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench.common import (
    WORK,
    Budget,
    Row,
    Settings,
    Stat,
    check,
    fit_exponent,
    log,
    run_child,
    woest_argv,
)
from bench.fixtures import default_bank_path, write_big_bank, write_individuals

GROUP = "4 scale"
#: Linear or better; a little above 1 is noise on a shared machine.
LINEAR = Budget(most=1.15)


def _bank_rows(settings: Settings) -> list[Row]:
    """`woest validate` of the 500-question bank, against the bundled 52-question bank."""
    big = write_big_bank(WORK / "bank-500.toml")
    small = default_bank_path()
    check(run_child(woest_argv("validate", str(big))), "validate 500")
    check(run_child(woest_argv("validate", str(small))), "validate 52")
    runs: dict[str, list[Any]] = {"big": [], "small": []}
    for _ in range(settings.runs):
        runs["big"].append(check(run_child(woest_argv("validate", str(big))), "validate 500"))
        runs["small"].append(check(run_child(woest_argv("validate", str(small))), "validate 52"))
    return [
        Row(
            GROUP,
            "woest validate, 500-question bank (vs 52)",
            "ms",
            Stat.of([1000 * t.seconds for t in runs["big"]]),
            Stat.of([1000 * t.seconds for t in runs["small"]]),
        ),
        Row(
            GROUP,
            "  peak RSS, validate 500-question bank (vs 52)",
            "MB",
            Stat.of([t.max_rss_mb for t in runs["big"]]),
            Stat.of([t.max_rss_mb for t in runs["small"]]),
        ),
    ]


def _merge(size: int, folder: Path, full: Path) -> dict[str, Any]:
    out = WORK / f"merged-{size}.toml"
    argv = [sys.executable, "-m", "bench.scale_child", str(size), str(folder), str(out), str(full)]
    timed = check(run_child(argv), f"merge of {size}")
    report: dict[str, Any] = json.loads(timed.stdout)
    return report


def measure(settings: Settings, full: Path) -> list[Row]:
    """Validate the big bank; merge and compare at each size; fit the exponents.

    Args:
        settings: sizes and runs.
        full: the full consensus result to compare the merged results with.

    Returns:
        Rows per size (merge time, compare time, peak RSS) and the fitted exponents.
    """
    log("scale: the 500-question bank")
    rows = _bank_rows(settings)
    folder = WORK / "individuals"
    log(f"scale: writing {max(settings.sizes)} individual files")
    for old in folder.glob("individual-*.toml"):
        old.unlink()
    write_individuals(folder, max(settings.sizes))
    _merge(min(settings.sizes), folder, full)  # warm-up: bytecode, file cache
    merge_ms: list[float] = []
    compare_ms: list[float] = []
    peak_mb: list[float] = []
    for size in settings.sizes:
        runs = []
        for number in range(settings.scale_runs):
            log(f"scale: {size} files, run {number + 1} of {settings.scale_runs}")
            runs.append(_merge(size, folder, full))
        merge = Stat.of([1000 * (r["read"] + r["merge"]) for r in runs])
        compare = Stat.of([1000 * r["compare"] for r in runs])
        peak = Stat.of([r["peak_mb"] for r in runs])
        merge_ms.append(merge.median)
        compare_ms.append(compare.median)
        peak_mb.append(peak.median)
        rows += [
            Row(GROUP, f"merge {size:,} files (read, check, merge, save)", "ms", merge),
            Row(GROUP, f"  compare merged {size:,} with a full result", "ms", compare),
            Row(GROUP, f"  peak RSS, merge + compare {size:,}", "MB", peak),
        ]
    sizes = list(settings.sizes)
    rows += [
        Row(
            GROUP,
            "exponent: merge time ~ files^k",
            "",
            Stat.of([fit_exponent(sizes, merge_ms)]),
            None,
            LINEAR,
        ),
        Row(
            GROUP,
            "exponent: merge + compare time ~ files^k",
            "",
            Stat.of(
                [fit_exponent(sizes, [m + c for m, c in zip(merge_ms, compare_ms, strict=True)])]
            ),
            None,
            LINEAR,
        ),
        Row(
            GROUP,
            f"  peak RSS per file, {sizes[-2]:,} -> {sizes[-1]:,} files",
            "KB",
            Stat.of([1024 * (peak_mb[-1] - peak_mb[-2]) / (sizes[-1] - sizes[-2])]),
        ),
    ]
    return rows
