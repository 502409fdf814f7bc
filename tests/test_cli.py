"""The command line's contract: help, version, exit codes, no tracebacks, packaged banks."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from woest_tui import __version__
from woest_tui.cli.main import main

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


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run with a usage error: exit 2, nothing on stdout; the stderr text."""
    with pytest.raises(SystemExit) as done:
        main(list(args))
    assert done.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["validate"], "woest: validate: dit ontbreekt nog: FILE (zie woest validate --help)"),
        (
            ["--lang", "en", "validate"],
            "woest: validate: the following arguments are required: FILE"
            " (see woest validate --help)",
        ),
        (
            ["frobnicate"],
            "woest: argument COMMAND: ongeldige keuze: 'frobnicate' (kies uit 'run', 'validate',"
            " 'summary', 'compare', 'merge') (zie woest --help)",
        ),
        (
            ["summary", "r.toml", "--format", "pdf"],
            "woest: summary: argument --format: ongeldige keuze: 'pdf' (kies uit 'text',"
            " 'markdown', 'html', 'svg', 'json', 'actions', 'ics') (zie woest summary --help)",
        ),
        (
            ["merge", "a.toml", "b.toml"],
            "woest: merge: dit ontbreekt nog: -o/--output (zie woest merge --help)",
        ),
        (["--frob"], "woest: onbekende argumenten: --frob (zie woest --help)"),
        (
            ["validate", "--questions"],
            "woest: validate: argument --questions: verwacht één waarde (zie woest validate --help)",
        ),
    ],
    ids=["missing", "missing-en", "unknown-command", "choice", "required", "unknown", "value"],
)
def test_a_usage_error_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], line: str
) -> None:
    assert usage_error(capsys, *args).splitlines() == [line]


def test_woest_lang_sets_the_language_of_usage_errors(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WOEST_LANG", "en")
    assert usage_error(capsys, "compare", "--labels").startswith(
        "woest: compare: argument --labels: expected at least one argument"
    )


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["validate", ""], "validate: argument FILE"),
        (["validate", "--questions", "", "a.toml"], "validate: argument --questions"),
        (["summary", "r.toml", "-o", ""], "summary: argument -o/--output"),
    ],
)
def test_an_empty_file_name_is_named(
    capsys: pytest.CaptureFixture[str], args: list[str], named: str
) -> None:
    command = args[0]
    assert usage_error(capsys, *args) == (
        f"woest: {named}: lege bestandsnaam ('') (zie woest {command} --help)\n"
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ["gebruik: woest validate", "argumenten:", "opties:", "toon deze hulp en stop"]),
        ("en", ["usage: woest validate", "positional arguments:", "options:", "show this help"]),
    ],
)
def test_help_speaks_the_language(
    capsys: pytest.CaptureFixture[str], lang: str, words: list[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--lang", lang, "validate", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for word in words:
        assert word in out


def test_argparse_gets_its_own_words_back(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    with pytest.raises(SystemExit):
        main(["validate"])
    capsys.readouterr()
    assert argparse.ArgumentParser(prog="x").format_usage() == "usage: x [-h]\n"


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


def test_a_reader_that_stops_early_is_no_error() -> None:
    """`woest summary R | head`: the closed pipe gives exit 0 and nothing on stderr."""
    fixtures = ROOT / "tests" / "fixtures" / "summary"
    command = ["summary", str(fixtures / "votes.toml"), "--questions", str(fixtures / "bank.toml")]
    with subprocess.Popen(
        [sys.executable, "-m", "woest_tui", *command, "--format", "html"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        error = process.stderr.read()
        assert process.wait(timeout=60) == 0
    assert error == b""


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
    # the earlier versions travel along, for the results answered with them
    assert "woest_tui/questions/earlier/woest-1.0.0.toml" in names
    assert "woest_tui/questions/earlier/quickscan-1.0.0.toml" in names
    # the unpacked wheel, run from another folder, finds its banks inside the package
    code = "from woest_tui.core.files.bank import bundled_banks; print([p.parent.parent.name + '/' + p.name for p in bundled_banks()])"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin", "PYTHONSAFEPATH": "1"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['woest_tui/woest.toml', 'woest_tui/quickscan.toml']"
