"""Measure 5: peak RSS through a whole session in a pty; the same walk times keys in a pty too."""

from __future__ import annotations

from pathlib import Path

from bench.baselines import Plans
from bench.common import Budget, Row, Settings, Stat, log
from bench.drive import Drive, in_pty
from woest_tui.core.files.storage import load_result


def _answered(out: Path | None) -> int:
    """How many questions the walk's session file holds an answer to."""
    assert out is not None
    result = load_result(out)
    return sum(1 for answer in result.answers.values() if answer.is_answered)


def measure(settings: Settings, plans: Plans) -> list[Row]:
    """Walk a whole session in a pseudo-terminal in woest and in the bare app, in turn.

    The peak resident set size of each process comes from wait4 after it quit (ctrl+q).
    A woest walk that did not save every answer stops the benchmark.

    Args:
        settings: how many walks.
        plans: the keys and the texts to wait for.

    Returns:
        The memory row, and the answer latency in a real terminal (measure 3).
    """
    total = len(plans.woest.steps) - len([s for s in plans.woest.steps if s.kind == "intro"])
    woest: list[Drive] = []
    bare: list[Drive] = []
    for number in range(settings.walks):
        log(f"memory: walk {number + 1} of {settings.walks} (pty)")
        program = plans.woest_program(True)
        woest.append(in_pty(program, walk=True))
        answered = _answered(program.out)
        if answered != total:
            raise RuntimeError(f"the walk saved {answered} of {total} answers")
        bare.append(in_pty(plans.bare_program(True), walk=True))
    kinds = [step.kind for step in plans.woest.steps]

    def answers(drives: list[Drive]) -> Stat:
        return Stat.of(
            [
                1000 * latency
                for drive in drives
                for kind, latency in zip(kinds, drive.latencies, strict=True)
                if kind == "question"
            ]
        )

    return [
        Row(
            "3 keys",
            "answer -> next screen painted, pty",
            "ms",
            answers(woest),
            answers(bare),
            Budget(ratio=2),
        ),
        Row(
            "5 memory",
            f"peak RSS, whole session ({total} answers), pty",
            "MB",
            Stat.of([d.max_rss_mb for d in woest]),
            Stat.of([d.max_rss_mb for d in bare]),
            Budget(ratio=1.5),
        ),
    ]
