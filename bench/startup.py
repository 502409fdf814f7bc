"""Measure 1: from process start to the first painted question screen, headless and in a pty."""

from __future__ import annotations

from bench.baselines import Plans
from bench.common import Budget, Row, Settings, Stat, log
from bench.drive import Drive, headless, in_pty

GROUP = "1 start-up"
BUDGET = Budget(ratio=1.5)


def _ms(drives: list[Drive], first: bool) -> Stat:
    """Milliseconds from spawn to the first paint, or to the first question's paint."""
    return Stat.of([1000 * ((d.first if first else d.painted) - d.spawned) for d in drives])


def measure(settings: Settings, plans: Plans) -> list[Row]:
    """Start woest (`woest run --team T --out NEW`) and the bare app in turn, many times.

    Each run opens at the first theme's introduction; as soon as that is painted, Enter
    is pressed, and the run's figure is the time from spawn to the paint of the first
    question. A run before the timed ones writes the bytecode caches.

    Args:
        settings: how many runs.
        plans: the keys and the texts to wait for.

    Returns:
        Rows for headless and pty, with the first paint (the introduction) as context.
    """
    log("start-up: warming up")
    headless(plans.woest_program(False), "startup")
    headless(plans.bare_program(False), "startup")
    runs: dict[str, list[Drive]] = {"wh": [], "bh": [], "wp": [], "bp": []}
    for number in range(settings.runs):
        log(f"start-up: run {number + 1} of {settings.runs}")
        runs["wh"].append(headless(plans.woest_program(False), "startup"))
        runs["bh"].append(headless(plans.bare_program(False), "startup"))
        runs["wp"].append(in_pty(plans.woest_program(False), walk=False))
        runs["bp"].append(in_pty(plans.bare_program(False), walk=False))
    return [
        Row(
            GROUP,
            "first question painted, headless",
            "ms",
            _ms(runs["wh"], False),
            _ms(runs["bh"], False),
            BUDGET,
        ),
        Row(
            GROUP,
            "first question painted, pty",
            "ms",
            _ms(runs["wp"], False),
            _ms(runs["bp"], False),
            BUDGET,
        ),
        Row(
            GROUP,
            "  CPU time of the whole run, headless",
            "ms",
            Stat.of([1000 * d.cpu for d in runs["wh"]]),
            Stat.of([1000 * d.cpu for d in runs["bh"]]),
        ),
        Row(
            GROUP,
            "  first paint (theme intro), headless",
            "ms",
            _ms(runs["wh"], True),
            _ms(runs["bh"], True),
        ),
        Row(
            GROUP,
            "  first paint (theme intro), pty",
            "ms",
            _ms(runs["wp"], True),
            _ms(runs["bp"], True),
        ),
    ]
