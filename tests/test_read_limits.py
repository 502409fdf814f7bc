"""What a path may be, how much is read, and how long and loud the answer may get.

A FIFO, a device or a symlink to one is refused without blocking; no more than the size
limit + 1 byte is ever read; the worst file under the limit reads in seconds; a huge key
or thousands of problems give a short message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import MAX_SHOWN, Problem, WoestError
from woest_tui.core.files.storage import MAX_BYTES, read_toml

CORPUS = Path(__file__).parent / "corpus"
MINI_BANK = CORPUS / "mini_bank.toml"
RESULT_TEXT = (CORPUS / "mini_result.toml").read_text("utf-8")
NOT_REGULAR = "dit is geen gewoon bestand (maar een pipe, apparaat of socket)"

Capture = pytest.CaptureFixture[str]


def validate(capsys: Capture, path: Path) -> tuple[int, list[str]]:
    code = main(["validate", "--questions", str(MINI_BANK), str(path)])
    out, err = capsys.readouterr()
    assert out == "" or code == 0
    return code, err.splitlines()


# --- not a regular file ----------------------------------------------------------------------


@pytest.mark.timeout(20)
def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path, capsys: Capture) -> None:
    fifo = tmp_path / "pijp.toml"
    os.mkfifo(fifo)
    start = time.perf_counter()
    assert validate(capsys, fifo) == (1, [f"woest: {fifo}: {NOT_REGULAR}"])
    assert time.perf_counter() - start < 5


@pytest.mark.timeout(20)
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused(device: str, capsys: Capture) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    assert validate(capsys, Path(device)) == (1, [f"woest: {device}: {NOT_REGULAR}"])


@pytest.mark.timeout(20)
@pytest.mark.parametrize("target", ["/dev/zero", "fifo"])
def test_a_symlink_to_a_device_or_fifo_is_refused(
    tmp_path: Path, capsys: Capture, target: str
) -> None:
    if target == "fifo":
        target = str(tmp_path / "pijp")
        os.mkfifo(target)
    link = tmp_path / "link.toml"
    link.symlink_to(target)
    assert validate(capsys, link) == (1, [f"woest: {link}: {NOT_REGULAR}"])


@pytest.mark.timeout(20)
@pytest.mark.parametrize("command", ["summary", "compare", "merge"])
def test_every_command_refuses_dev_zero(tmp_path: Path, capsys: Capture, command: str) -> None:
    args = {
        "summary": ["summary", "/dev/zero"],
        "compare": ["compare", "/dev/zero", str(CORPUS / "mini_result.toml")],
        "merge": ["merge", "/dev/zero", "/dev/urandom", "-o", str(tmp_path / "team.toml")],
    }[command]
    assert main([*args, "--questions", str(MINI_BANK)]) == 1
    assert capsys.readouterr().err.splitlines()[0] == f"woest: /dev/zero: {NOT_REGULAR}"


@pytest.mark.timeout(20)
def test_a_fifo_as_questions_is_refused(tmp_path: Path, capsys: Capture) -> None:
    fifo = tmp_path / "vragen.toml"
    os.mkfifo(fifo)
    assert main(["validate", "--questions", str(fifo), str(MINI_BANK)]) == 1
    assert f"woest: {fifo}: {NOT_REGULAR}" in capsys.readouterr().err.splitlines()


def test_a_file_larger_than_it_says_is_read_only_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a file that grows while it is read, or a /proc file that reports size 0
    path = tmp_path / "groeit.toml"
    path.write_bytes(b"#" * (3 * MAX_BYTES))
    real_fstat, real_read = os.fstat, os.read
    asked: list[int] = []

    def small_fstat(fd: int) -> os.stat_result:
        info = real_fstat(fd)
        return os.stat_result((info.st_mode, *info[1:6], 10, *info[7:]))

    def counting_read(fd: int, size: int) -> bytes:
        asked.append(size)
        return real_read(fd, size)

    monkeypatch.setattr(os, "fstat", small_fstat)
    monkeypatch.setattr(os, "read", counting_read)
    with pytest.raises(WoestError) as caught:
        read_toml(path)
    assert caught.value.problems[0].key == "file_too_large"
    assert sum(asked) == MAX_BYTES + 1


def test_an_unreadable_file_names_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Capture
) -> None:
    path = tmp_path / "geheim.toml"
    path.write_text(RESULT_TEXT, "utf-8")
    real_open = os.open

    def refuse(name: object, *args: object, **kwargs: object) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    assert validate(capsys, path) == (
        1,
        [f"woest: {path}: kan het bestand niet lezen (Permission denied)"],
    )


# --- the worst file under the limit ----------------------------------------------------------


#: Room left under the limit: the base file and what a shape adds around its repeats.
_ROOM = MAX_BYTES - len(RESULT_TEXT) - 4096


def _fill(make: Callable[[int], str]) -> str:
    """`make(0) + make(1) + ...` until the room under the limit is full."""
    parts: list[str] = []
    size = 0
    while size < _ROOM:
        parts.append(make(len(parts)))
        size += len(parts[-1])
    return "".join(parts)


WORST: dict[str, Callable[[], str]] = {
    # the shapes that cost the most per byte: tiny tables, array items and keys
    "unknown-answers": lambda: RESULT_TEXT + _fill(lambda i: f"[answers.q{i}]\nvalue=1\n"),
    "array": lambda: RESULT_TEXT.replace(
        "value = 4\n", "value = [" + _fill(lambda i: "1,") + "1]\n"
    ),
    "session-keys": lambda: RESULT_TEXT.replace(
        "[session]\n", "[session]\n" + _fill(lambda i: f"k{i}=1\n")
    ),
}


@pytest.mark.parametrize("shape", ["unknown-answers", "array", "session-keys"])
def test_the_worst_file_under_the_limit_reads_in_seconds(
    tmp_path: Path, capsys: Capture, shape: str
) -> None:
    text = WORST[shape]()
    assert MAX_BYTES - 2**16 < len(text.encode("utf-8")) <= MAX_BYTES
    path = tmp_path / f"{shape}.toml"
    path.write_text(text, "utf-8")
    start = time.process_time()
    code, lines = validate(capsys, path)
    seconds = time.process_time() - start
    assert code == 1
    assert len(lines) <= MAX_SHOWN + 1
    # about 3 s on a quiet machine; the bound leaves room for a busy test run
    assert seconds < 12, f"{seconds:.1f} s"


# --- short messages --------------------------------------------------------------------------


def test_a_megabyte_key_is_not_echoed_whole(tmp_path: Path, capsys: Capture) -> None:
    key = "k" * 2**20
    path = tmp_path / "sleutel.toml"
    path.write_text(RESULT_TEXT.replace("[session]\n", f"[session]\n{key} = 1\n"), "utf-8")
    code, lines = validate(capsys, path)
    assert code == 1
    assert lines == [
        f"woest: {path}: session.{'k' * 72}\u2026 (regel 10): onbekend veld (tikfout?)"
    ]


def test_thousands_of_problems_end_with_a_count(tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "fouten.toml"
    extra = "".join(f"[answers.q{i}]\nvalue = {{a = 1}}\n" for i in range(5_000))
    path.write_text(RESULT_TEXT + extra, "utf-8")
    code, lines = validate(capsys, path)
    assert code == 1
    assert len(lines) == MAX_SHOWN + 1
    assert lines[0].startswith(f"woest: {path}: answers.q0.value (regel 40): ")
    assert lines[-1] == f"woest: {path}: en {5_000 - MAX_SHOWN} andere problemen"


def test_problems_are_shown_in_the_order_of_the_file() -> None:
    error = WoestError(
        "f.toml",
        [Problem("missing", "b", {}, 9), Problem("missing", "a", {}, 2), Problem("missing", "c")],
    )
    assert error.lines("en") == [
        "f.toml: c: is missing",
        "f.toml: a (line 2): is missing",
        "f.toml: b (line 9): is missing",
    ]


def test_a_long_value_in_a_message_is_cut() -> None:
    error = WoestError(
        None, [Problem("unknown_option", "x", {"value": "v" * 5_000, "options": "a"})]
    )
    (line,) = error.lines("en")
    assert len(line) < 300 and "v" * 200 + "\u2026" in line
