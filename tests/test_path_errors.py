"""A path the system will not look at is one line naming it, never a crash, never a traceback.

Python 3.11's `Path.exists()`, `is_dir()` and `is_symlink()` raise every error but "no such
file": EACCES (a folder the user cannot enter), ENAMETOOLONG, and on a USB stick or a network
share EIO or ESTALE. Root can enter every folder, so those are injected into the system calls
for paths holding KAPOT; a too long name and /dev/full are real.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from woest_tui.cli.main import main

FIX = Path(__file__).parent / "fixtures" / "compare"
V1, V2 = FIX / "bank-v1.toml", FIX / "bank-v2.toml"
A25, A26 = FIX / "amersfoort-2025.toml", FIX / "amersfoort-2026.toml"
IND = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef")]
MARK = "KAPOT"
ERRNOS = [errno.EACCES, errno.ENAMETOOLONG, errno.EIO, errno.ESTALE]

Capture = pytest.CaptureFixture[str]


def inject(monkeypatch: pytest.MonkeyPatch, code: int, mark: str = MARK) -> None:
    """Make every system call on a path holding `mark` fail with `code`."""

    def failing(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(path: Any, *args: Any, **kwargs: Any) -> Any:
            if mark in os.fsdecode(path) if isinstance(path, str | bytes | os.PathLike) else False:
                raise OSError(code, os.strerror(code), os.fsdecode(path))
            return real(path, *args, **kwargs)

        return call

    for name in ("stat", "lstat", "open", "scandir", "listdir"):
        monkeypatch.setattr(os, name, failing(getattr(os, name)))


@pytest.fixture(params=ERRNOS, ids=[errno.errorcode[e] for e in ERRNOS])
def broken(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """The errno injected into every path holding KAPOT."""
    inject(monkeypatch, request.param)
    yield request.param


def unreadable(path: Path, code: int) -> str:
    return f"woest: {path}: kan het bestand niet lezen ({os.strerror(code)})\n"


def unwritable(path: Path, code: int) -> str:
    return f"woest: {path}: kan niet opslaan ({os.strerror(code)}); er is niets overschreven\n"


# --- reading --------------------------------------------------------------------------------


def test_validate_says_one_line_and_checks_every_later_file(
    tmp_path: Path, capsys: Capture, broken: int
) -> None:
    bad = tmp_path / MARK / "team.toml"
    code = main(["validate", str(bad), str(A26), str(V2), "--questions", str(V2)])
    out, err = capsys.readouterr()
    assert (code, err) == (1, unreadable(bad, broken))
    assert out.startswith(f"ok: {A26}: resultaat van ")
    assert f"ok: {V2}: vragenlijst " in out


def test_validate_goes_on_after_any_oserror_of_one_file(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from woest_tui.core.files import documents

    real = documents.load_any

    def flaky(path: Path, extra: Any = None) -> Any:
        if path == A25:
            raise OSError(errno.ESTALE, os.strerror(errno.ESTALE), str(path))
        return real(path, extra)

    monkeypatch.setattr("woest_tui.cli.commands.validate.load_any", flaky)
    code = main(["validate", str(A25), str(A26), "--questions", str(V2)])
    out, err = capsys.readouterr()
    assert (code, err) == (1, unreadable(A25, errno.ESTALE))
    assert out.startswith(f"ok: {A26}: resultaat van ")


def test_validate_of_a_name_too_long_is_one_line(tmp_path: Path, capsys: Capture) -> None:
    long = tmp_path / ("a" * 300 + ".toml")  # real: no system takes a name this long
    code = main(["validate", str(long), str(V2)])
    out, err = capsys.readouterr()
    assert (code, err) == (1, unreadable(long, errno.ENAMETOOLONG))
    assert out.startswith(f"ok: {V2}: vragenlijst ")


@pytest.mark.parametrize(
    "args",
    [
        lambda bad: ["summary", bad, "--questions", str(V2)],
        lambda bad: ["summary", str(A26), "--questions", bad],
        lambda bad: ["compare", str(A26), bad, "--questions", str(V2)],
        lambda bad: ["merge", *map(str, IND), bad, "-o", bad + "-uit", "--questions", str(V2)],
        lambda bad: ["run", "--questions", bad],
        lambda bad: ["run", "--team", "Basisteam Almere", "--out", bad],
    ],
    ids=["summary", "summary --questions", "compare", "merge", "run --questions", "run --out"],
)
def test_a_file_the_system_will_not_show_is_one_line(
    tmp_path: Path, capsys: Capture, broken: int, args: Callable[[str], list[str]]
) -> None:
    bad = tmp_path / MARK / "bestand.toml"
    code = main(args(str(bad)))
    err = capsys.readouterr().err
    assert code == 1
    line = unreadable(bad, broken)
    given = args(str(bad))
    if given[0] == "merge":
        line = unwritable(Path(f"{bad}-uit"), broken)  # the output is looked at first
    if "--out" in given:
        line = unwritable(bad, broken)  # looked at as the file to write first
    assert err == line


# --- writing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        lambda out: ["summary", str(A26), "--questions", str(V2), "-o", out],
        lambda out: [
            "compare",
            str(A25),
            str(A26),
            "--questions",
            str(V1),
            "--questions",
            str(V2),
            "-o",
            out,
        ],
        lambda out: ["merge", *map(str, IND), "--questions", str(V2), "-o", out],
    ],
    ids=["summary", "compare", "merge"],
)
@pytest.mark.parametrize("force", [False, True])
def test_an_output_the_system_will_not_show_is_one_line(
    tmp_path: Path, capsys: Capture, broken: int, args: Callable[[str], list[str]], force: bool
) -> None:
    out = tmp_path / MARK / "rapport.toml"
    code = main([*args(str(out)), *(["--force"] if force else [])])
    assert (code, capsys.readouterr().err) == (1, unwritable(out, broken))


def test_an_output_name_too_long_is_one_line(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / ("b" * 300 + ".md")
    code = main(
        ["summary", str(A26), "--questions", str(V2), "-o", str(out), "--format", "markdown"]
    )
    assert (code, capsys.readouterr().err) == (1, unwritable(out, errno.ENAMETOOLONG))


# --- standard output ------------------------------------------------------------------------


def woest(*args: str) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "woest_tui", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "WOEST_LANG": "nl"},
            check=False,
        )


STDOUT_FULL = "woest: kan niet naar de standaarduitvoer schrijven (No space left on device)\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["summary", str(A26), "--questions", str(V2)],
        ["summary", str(A26), "--questions", str(V2), "--format", "json"],
        ["compare", str(A25), str(A26), "--questions", str(V1), "--questions", str(V2)],
        ["validate", str(A26), "--questions", str(V2)],
        ["--help"],
        ["summary", "--help"],
        ["--version"],
    ],
    ids=lambda args: " ".join(a for a in args if not a.startswith("/")),
)
def test_a_full_standard_output_is_one_clear_line(args: list[str]) -> None:
    done = woest(*args)
    assert (done.returncode, done.stderr) == (1, STDOUT_FULL)
