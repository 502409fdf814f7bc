"""The command line's contract: help, version, exit codes, no tracebacks, packaged banks."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from woest_tui import __version__
from woest_tui.cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"woest {__version__}"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("nl", "validate      controleer vragenlijsten"),
        ("en", "validate      check question banks"),
    ],
)
def test_help_lists_every_subcommand(
    lang: str, line: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("run", "validate", "summary", "compare", "merge"):
        assert f"\n    {command} " in out
    assert line in out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["validate"])
    assert done.value.code == 2
    assert "woest validate: error:" in capsys.readouterr().err


def test_unknown_subcommand_exits_2() -> None:
    with pytest.raises(SystemExit) as done:
        main(["frobnicate"])
    assert done.value.code == 2


def test_python_dash_m_and_lang_after_subcommand() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "woest_tui",
            "validate",
            "--lang",
            "en",
            str(ROOT / "questions" / "woest.toml"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0
    assert out.stdout.startswith("ok: ") and "8 themes, 52 questions" in out.stdout


def test_missing_file_is_one_line_exit_1(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "woest_tui", "validate", str(tmp_path / "weg.toml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    assert out.stderr == f"woest: {tmp_path / 'weg.toml'}: bestand bestaat niet\n"


@pytest.mark.slow
def test_wheel_carries_the_bundled_banks(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("woest-*.whl"))
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(unpacked)
    assert "woest_tui/questions/woest.toml" in names
    assert "woest_tui/questions/quickscan.toml" in names
    # the unpacked wheel, run from another folder, finds its banks inside the package
    code = "from woest_tui.bank import bundled_banks; print([p.parent.parent.name + '/' + p.name for p in bundled_banks()])"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin", "PYTHONSAFEPATH": "1"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['woest_tui/woest.toml', 'woest_tui/quickscan.toml']"
