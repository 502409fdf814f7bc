"""The commands without a screen never import textual: they stay as light as a plain CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SUMMARY = FIXTURES / "summary"
COMPARE = FIXTURES / "compare"
BANK = ["--questions", str(SUMMARY / "bank.toml")]
VERSIONS = [
    "--questions",
    str(COMPARE / "bank-v1.toml"),
    "--questions",
    str(COMPARE / "bank-v2.toml"),
]
INDIVIDUAL = [str(COMPARE / f"ind-{n}.toml") for n in ("wijkagent-1", "wijkagent-2", "teamchef")]
RESULTS = [str(COMPARE / n) for n in ("amersfoort-2025.toml", "amersfoort-2026.toml")]

# Runs woest's own entry point in a fresh interpreter, then reports the textual modules
# it loaded on the last line of stderr (stdout is the command's).
PROBE = """
import sys
from woest_tui.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:  # --help and --version leave through argparse
    code = exc.code
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("exit=%s textual=%s" % (code, ",".join(loaded)), file=sys.stderr)
"""

COMMANDS = {
    "help": (["--help"], 0),
    "version": (["--version"], 0),
    "validate": (["validate", str(SUMMARY / "consensus.toml"), *BANK], 0),
    "validate-bank": (["validate", str(SUMMARY / "bank.toml")], 0),
    "validate-missing": (["validate", "no-such-file.toml"], 1),
    "summary": (["summary", str(SUMMARY / "consensus.toml"), *BANK], 0),
    "summary-svg": (["summary", str(SUMMARY / "votes.toml"), "--format", "svg", *BANK], 0),
    "compare": (["compare", *RESULTS, *VERSIONS], 0),
    "compare-html": (["compare", *RESULTS, "--format", "html", *VERSIONS], 0),
    "merge": (["merge", *INDIVIDUAL, *VERSIONS, "-o", "{tmp}/team.toml"], 0),
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_never_imports_textual(name: str, tmp_path: Path) -> None:
    args, expected = COMMANDS[name]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    env = {k: v for k, v in os.environ.items() if k not in ("WOEST_LANG", "NO_COLOR")}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    last = out.stderr.strip().splitlines()[-1]
    # the command ran to its end (a command that failed early would prove nothing)
    assert last.startswith(f"exit={expected} "), out.stderr
    assert last.endswith("textual="), f"{name} imported: {last.split('textual=', 1)[1]}"
