"""Measure 6: the live room, 100 phones on loopback against woest in a headless app.

The figures come from `bench.live_child` (woest and a bare aiohttp echo server, one after
the other in one child) with the phones in a process of their own (`bench.live_phones`).
"""

from __future__ import annotations

import json
import sys

from bench.common import WORK, Budget, Row, Settings, Stat, check, run_child

GROUP = "6 live"


def p99(values: list[float]) -> float:
    """The 99th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def measure(settings: Settings) -> list[Row]:
    """Vote to count on screen (median, p99) against the echo server; keys with and without."""
    rounds, keys = (3, 6) if settings.quick else (10, 20)
    out = WORK / "live.json"
    argv = [sys.executable, "-m", "bench.live_child", str(out), str(rounds), str(keys)]
    check(run_child(argv), "the live benchmark")
    figures = json.loads(out.read_text("utf-8"))
    votes, echo = figures["vote_ms"], figures["echo_ms"]
    return [
        Row(
            GROUP,
            "100 phones vote at once: POST to count painted (vs bare aiohttp echo)",
            "ms",
            Stat.of(votes),
            Stat.of(echo),
        ),
        Row(
            GROUP,
            "  p99 of the same (vs the echo's p99)",
            "ms",
            Stat.of([p99(votes)]),
            Stat.of([p99(echo)]),
            Budget(most=50),
        ),
        Row(
            GROUP,
            "  the vote's POST round trip alone (vs the echo's)",
            "ms",
            Stat.of(figures["post_ms"]),
            Stat.of(echo),
        ),
        Row(
            GROUP,
            "  CPU time of one round of 100 votes, to the count painted (vs the echo's process)",
            "ms",
            Stat.of(figures["vote_cpu_ms"]),
            Stat.of(figures["echo_cpu_ms"]),
        ),
        Row(
            GROUP,
            "Enter to next question painted, 100 phones connected (vs none)",
            "ms",
            Stat.of(figures["keys_with"]),
            Stat.of(figures["keys_without"]),
            Budget(ratio=1.2),
        ),
    ]
