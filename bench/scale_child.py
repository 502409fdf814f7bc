"""A child process that merges N individual files and compares the merged result.

Run as `python -m bench.scale_child N FOLDER OUT FULL`; prints JSON with the seconds of
each stage and the peak RSS.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _peak_mb() -> float:
    """This process's VmHWM (not getrusage: that keeps the parent's size from before exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(ln for ln in status if ln.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def main() -> int:
    """Merge the first N files of FOLDER into OUT, then compare FULL with OUT."""
    count, folder, out, full = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    from woest_tui.core.compare.load import load_for_compare
    from woest_tui.core.compare.results import build_comparison
    from woest_tui.core.files.storage import save_result
    from woest_tui.core.merge.results import merge_results, read_individuals

    paths = sorted(folder.glob("individual-*.toml"))[:count]
    if len(paths) != count:
        raise SystemExit(f"{folder} holds {len(paths)} files, not {count}")
    start = time.perf_counter()
    items, bank = read_individuals(paths)
    read = time.perf_counter()
    merged = merge_results(items, bank, team="Basisteam Bench")
    out.unlink(missing_ok=True)
    save_result(merged, out)
    merge = time.perf_counter()
    comparison = build_comparison(load_for_compare([Path(full), out]), None)
    done = time.perf_counter()
    report = {
        "read": read - start,
        "merge": merge - read,
        "compare": done - merge,
        "rows": len(comparison.questions),
        "peak_mb": _peak_mb(),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
