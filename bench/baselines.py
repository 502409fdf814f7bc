"""The baselines woest is held against, and the plans that drive both side by side.

- The bare Textual app (`bench/bare_app.py`): a header, a label and a footer; it validates
  one small pydantic model at start and changes its label on Enter. Start-up, keys and
  memory are measured against it.
- The bare CLI floor (`bench/bare_cli.py`): imports rich.console and tomllib, defines and
  validates one small pydantic model and prints a line. The non-TUI commands are measured
  against it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from bench.common import BENCH
from bench.drive import Program, fresh_out
from bench.fixtures import default_bank
from bench.plan import Plan, bare_plan, woest_plan


def bare_cli_argv() -> list[str]:
    """The bare CLI floor, started as a script (as the `woest` console script is)."""
    return [sys.executable, str(BENCH / "bare_cli.py")]


@dataclass(frozen=True)
class Plans:
    """woest's plan of a whole session of the bundled bank, and the bare app's copy."""

    woest: Plan
    bare: Plan

    @classmethod
    def make(cls) -> Plans:
        plan = woest_plan(default_bank())
        return cls(plan, bare_plan(plan))

    def woest_program(self, whole: bool) -> Program:
        """woest with a new session file: the whole walk, or only the first question."""
        plan = self.woest if whole else self.woest.first_question()
        return Program("woest", plan, fresh_out("woest"))

    def bare_program(self, whole: bool) -> Program:
        """The bare app with the same keys."""
        return Program("bare", self.bare if whole else self.bare.first_question())

    def floor_program(self) -> Program:
        """The floor (`floor_app.py`): the walk screen's look, texts only, the bare app's keys."""
        return Program("floor", self.bare)
