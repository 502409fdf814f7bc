"""The table of results, as plain text and as Markdown, and the machine it ran on."""

from __future__ import annotations

import datetime as dt
import os
import platform
import sys
from collections.abc import Sequence
from importlib import metadata

from bench.common import Row, Stat

HEADERS = (
    "measure",
    "unit",
    "woest median",
    "min–max",
    "baseline median",
    "min–max",
    "ratio",
    "budget",
    "result",
)


def number(value: float, unit: str) -> str:
    """A figure with as many digits as it deserves."""
    if unit == "":
        return f"{value:.2f}"
    if unit == "MB" or abs(value) >= 100:
        return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}"
    return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"


def _spread(stat: Stat | None, unit: str) -> tuple[str, str]:
    if stat is None:
        return "—", ""
    if len(stat.samples) == 1:
        return number(stat.median, unit), ""
    return number(stat.median, unit), f"{number(stat.min, unit)}–{number(stat.max, unit)}"


def cells(row: Row) -> tuple[str, ...]:
    """The row's cells, in the order of HEADERS."""
    woest, woest_range = _spread(row.woest, row.unit)
    base, base_range = _spread(row.base, row.unit)
    ratio = "—" if row.ratio is None else f"{row.ratio:.2f}"
    budget = row.budget.text() if row.budget is not None else ""
    if row.note:
        budget = f"{budget} ({row.note})" if budget else row.note
    name = f"{row.group[:1]}. {row.name}" if not row.name.startswith(" ") else row.name
    return (name, row.unit, woest, woest_range, base, base_range, ratio, budget, row.verdict)


def plain(rows: Sequence[Row]) -> str:
    """The table as aligned plain text."""
    table = [HEADERS, *(cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    right = {2, 3, 4, 5, 6}
    lines = []
    for index, line in enumerate(table):
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(line)
        ]
        lines.append("  ".join(parts).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(rows: Sequence[Row]) -> str:
    """The table as GitHub Markdown (indented context rows keep a visible indent)."""
    head = "| " + " | ".join(HEADERS) + " |"
    rule = "|" + "|".join(["---", "---", "--:", "--:", "--:", "--:", "--:", "---", "---"]) + "|"
    body = []
    for row in rows:
        values = list(cells(row))
        if values[0].startswith(" "):
            values[0] = "↳ " + values[0].strip()
        verdict = values[-1]
        values[-1] = f"**{verdict}**" if verdict in ("PASS", "FAIL") else verdict
        body.append("| " + " | ".join(v.replace("|", "\\|") for v in values) + " |")
    return "\n".join([head, rule, *body])


def machine() -> dict[str, str]:
    """nproc, CPU model, memory, Python and the versions of the libraries that matter."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(
                (ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")), cpu
            )
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kb = int(next(ln for ln in info if ln.startswith("MemTotal")).split()[1])
            memory = f"{kb / 2**20:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    versions = ", ".join(
        f"{name} {metadata.version(name)}" for name in ("textual", "rich", "pydantic")
    )
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "memory": memory,
        "python": sys.version.split()[0],
        "os": f"{platform.system()} {platform.release()}",
        "libraries": versions,
        "woest": metadata.version("woest"),
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }


def machine_text(info: dict[str, str]) -> str:
    """One paragraph about the machine."""
    return (
        f"{info['cpus']} CPUs ({info['cpu']}), {info['memory']} memory, {info['os']}; "
        f"Python {info['python']}, {info['libraries']}; woest {info['woest']}; "
        f"load average at the end {info['load']}; {info['date']}."
    )


def document(rows: Sequence[Row], info: dict[str, str], seconds: float, quick: bool) -> str:
    """The Markdown file bench/out/results.md."""
    failed = [r for r in rows if r.verdict == "FAIL"]
    mode = " (--quick)" if quick else ""
    return (
        "\n\n".join(
            [
                "# woest benchmark",
                f"`make bench`{mode} on {machine_text(info)} It took {seconds:.0f} s.",
                markdown(rows),
                f"{len(failed)} of {sum(r.verdict != 'info' for r in rows)} budgets missed."
                + "".join(f"\n- {r.group}: {r.name.strip()}" for r in failed),
            ]
        )
        + "\n"
    )
