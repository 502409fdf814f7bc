"""Measure 3: from the key that answers a question to the paint of the next screen, headless.

The walk answers every question of the bundled bank (digits pick, Enter confirms; a
number or a text is typed). Only Enter is timed, from the moment the key event is handed
to Textual to the first frame in which the next screen's text is painted; woest's
autosave lies inside that interval.

"No frame dropped while the autosave writes": the autosave's part on the UI thread
(woest's `SessionState.save`, timed by a wrapper: it makes the file's text and hands it to
the saver thread, which writes it) must never take longer than one frame at 60 frames per
second. The bare app's column is the work its key does (`BareApp.action_next`). For
context, a task in the app's event loop wakes every millisecond during the walk: a gap
between two wake-ups is a stall. The stall that spans an autosave also holds the rest of
that turn of the loop (the key's other work and often the frame it paints), and the
longest stall of a walk is mostly the garbage collector.

The floor (`floor_app.py`) is walked with the bare app's keys: woest's walk screen in a
bare Textual app that only sets texts, the least a paint of the next question costs.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any

from bench.baselines import Plans
from bench.common import FRAME_MS, Budget, Row, Settings, Stat, log
from bench.drive import Drive, headless

GROUP = "3 keys"


def answer_latencies(drive: Drive) -> list[float]:
    """Milliseconds from each answer's Enter to the next screen (theme intros left out)."""
    steps: list[list[Any]] = drive.extra["steps"]
    return [1000 * (step[2] - step[1]) for step in steps if step[0] == "question"]


def answer_cpu(drive: Drive) -> list[float]:
    """CPU milliseconds the program spent from each answer's Enter to the next screen."""
    steps: list[list[Any]] = drive.extra["steps"]
    return [1000 * step[3] for step in steps if step[0] == "question"]


def stalls(drive: Drive) -> list[float]:
    """Gaps (ms) between the ticker's wake-ups during the walk."""
    ticks: list[float] = drive.extra["ticks"]
    return [1000 * (b - a) for a, b in itertools.pairwise(ticks)]


def stalls_at_work(drive: Drive) -> list[float]:
    """For each key's work (an autosave), the stall (ms) from the wake-up before it to the next."""
    ticks: list[float] = drive.extra["ticks"]
    found = []
    for start, end in drive.extra.get("work", []):
        before = bisect.bisect_right(ticks, start) - 1
        after = bisect.bisect_left(ticks, end)
        if before >= 0 and after < len(ticks):
            found.append(1000 * (ticks[after] - ticks[before]))
    return found


def work_times(drive: Drive) -> list[float]:
    """How long each key's work (an autosave) blocked the UI thread (ms)."""
    return [1000 * (end - start) for start, end in drive.extra.get("work", [])]


def measure(settings: Settings, plans: Plans) -> list[Row]:
    """Walk a whole session headless in woest and in the bare app, in turn.

    Args:
        settings: how many walks.
        plans: the keys and the texts to wait for.

    Returns:
        Rows: answer latency and its CPU time, the longest stall, the autosave and its stall.
    """
    woest: list[Drive] = []
    bare: list[Drive] = []
    floor: list[Drive] = []
    for number in range(settings.walks):
        log(f"keys: walk {number + 1} of {settings.walks} (headless)")
        woest.append(headless(plans.woest_program(True), "walk"))
        bare.append(headless(plans.bare_program(True), "walk"))
        floor.append(headless(plans.floor_program(), "walk"))

    def pooled(func: Any, drives: list[Drive]) -> Stat:
        return Stat.of([value for drive in drives for value in func(drive)])

    def longest(drives: list[Drive]) -> Stat:
        return Stat.of([max(stalls(drive)) for drive in drives])

    return [
        Row(
            GROUP,
            "answer -> next screen painted, headless",
            "ms",
            pooled(answer_latencies, woest),
            pooled(answer_latencies, bare),
            Budget(ratio=2),
        ),
        Row(
            GROUP,
            "  CPU time in that interval, headless",
            "ms",
            pooled(answer_cpu, woest),
            pooled(answer_cpu, bare),
        ),
        Row(
            GROUP,
            "  floor: the walk screen in bare Textual, texts only",
            "ms",
            pooled(answer_latencies, floor),
            pooled(answer_latencies, bare),
            note="the least woest could reach",
        ),
        Row(GROUP, "  longest event-loop stall in a walk", "ms", longest(woest), longest(bare)),
        Row(
            GROUP,
            "autosave (vs label change) blocking the UI thread",
            "ms",
            pooled(work_times, woest),
            pooled(work_times, bare),
            Budget(most=FRAME_MS),
            note="one frame at 60 fps",
        ),
        Row(
            GROUP,
            "  event-loop stall spanning it",
            "ms",
            pooled(stalls_at_work, woest),
            pooled(stalls_at_work, bare),
        ),
    ]
