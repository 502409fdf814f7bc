"""Read a TOML file safely: only a regular file, never more than the limit, clear errors."""

from __future__ import annotations

import math
import os
import re
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from woest_tui.core.errors import Problem, WoestError, place_of
from woest_tui.core.files.locate import find_line
from woest_tui.core.model import MAX_INT

#: Larger files are refused before they are parsed. Banks and results are kilobytes; a
#: merge of 10,000 individual files of the bundled bank is about 1 MB. The worst file
#: under this limit (a million tiny keys) still reads in a few seconds.
MAX_BYTES = 2 * 1024 * 1024
#: A key or table name of more parts than this is refused (ours have at most a handful).
MAX_KEY_PARTS = 64

#: tomllib's reasons (by their start) in words, Dutch and English: every one it can give.
_TOML_WORDS = {
    "Cannot overwrite a value": (
        "deze sleutel staat er al (dubbele sleutel)",
        "this key is already set (duplicate key)",
    ),
    "Cannot declare": (
        "deze tabel staat er al (dubbele tabel)",
        "this table is already declared (duplicate table)",
    ),
    "Cannot mutate immutable namespace": (
        "deze tabel is al als waarde gegeven en kan hier niet verder gevuld worden",
        "this table was already given as a value and cannot be extended here",
    ),
    "Cannot redefine namespace": (
        "deze naam is al een tabel en kan niet opnieuw gegeven worden",
        "this name is already a table and cannot be given again",
    ),
    "Duplicate inline table key": (
        "een sleutel staat twee keer in dezelfde { } tabel",
        "a key occurs twice in the same { } table",
    ),
    "Escaped character is not a Unicode scalar value": (
        "een \\u-code in een tekst is geen geldig teken",
        "a \\u code in a string is not a valid character",
    ),
    "Expected '=' after a key in a key/value pair": (
        "verwacht = na de sleutel",
        "expected = after the key",
    ),
    "Expected ']' at the end of a table declaration": (
        "verwacht ] aan het eind van de tabelnaam",
        "expected ] at the end of the table name",
    ),
    "Expected ']]' at the end of an array declaration": (
        "verwacht ]] aan het eind van de naam van de lijst van tabellen",
        "expected ]] at the end of the array of tables' name",
    ),
    "Expected newline or end of document after a statement": (
        "na een waarde moet de regel eindigen (twee dingen op één regel?)",
        "the line must end after a value (two things on one line?)",
    ),
    "Found invalid character": ("ongeldig teken", "invalid character"),
    "Illegal character": ("ongeldig teken", "illegal character"),
    "Invalid date or datetime": ("ongeldige datum of tijd", "invalid date or time"),
    "Invalid hex value": ("ongeldige \\u-code in een tekst", "invalid \\u code in a string"),
    "Invalid initial character for a key part": (
        "een sleutel begint met een ongeldig teken",
        "a key starts with an invalid character",
    ),
    "Invalid statement": ("ongeldige regel", "invalid statement"),
    "Invalid value": ("ongeldige waarde", "invalid value"),
    "Unclosed array": ("lijst niet afgesloten met ]", "array not closed with ]"),
    "Unclosed inline table": ("{ } tabel niet afgesloten met }", "inline table not closed with }"),
    "Unescaped '\\' in a string": (
        "een \\ in een tekst moet dubbel (\\\\) of de tekst tussen ' '",
        "a \\ in a string must be doubled (\\\\) or the string put in ' '",
    ),
    "Unterminated string": ('tekst niet afgesloten met "', 'string not closed with "'),
}


def read_toml(path: Path) -> tuple[dict[str, Any], str]:
    """Read a TOML file, turning every way it can be broken into one clear WoestError.

    Args:
        path: the file.

    Returns:
        The parsed document and its text (to find lines for later messages).

    Raises:
        WoestError: missing, a folder, not a regular file, unreadable, empty, too large,
            binary, not UTF-8, with a BOM, not TOML, nested too deeply, or with a number
            beyond 64 bits.
    """

    def fail(key: str, at_line: int | None = None, **params: object) -> WoestError:
        return WoestError(path, [Problem(key, "", params, at_line)])

    data = _read_bytes(path, fail)
    if not data.strip():
        raise fail("file_empty")
    if data.startswith(b"\xef\xbb\xbf"):
        raise fail("file_bom", 1)
    if b"\x00" in data:
        raise fail("file_binary", data[: data.index(b"\x00")].count(b"\n") + 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail("file_not_utf8", line, line=line) from None
    lone_cr = text.replace("\r\n", "\n").find("\r")
    if lone_cr >= 0:
        # a carriage return on its own: old Mac line ends, which TOML does not allow
        raise fail("file_lone_cr", text.replace("\r\n", "\n")[:lone_cr].count("\n") + 1)
    deep = _too_many_parts(text)
    if deep is not None:
        # tomllib keeps every prefix of a dotted key: refuse an absurd one before parsing
        raise fail("file_key_too_deep", deep, line=deep, limit=MAX_KEY_PARTS)
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, str(exc), text) from None
    except RecursionError:
        raise fail("file_too_deep") from None
    except ValueError:
        # Python refuses to read a whole number of more than 4300 digits
        raise fail("number_too_large", _long_number_line(text)) from None
    huge = _huge_number(document) if _MAYBE_HUGE.search(text) else None
    if huge is not None:
        # TOML's whole numbers have 64 bits; beyond that no sum or average is safe
        place = place_of(huge)
        raise WoestError(path, [Problem("number_too_large", place, {}, find_line(text, place))])
    return document, text


def _read_bytes(path: Path, fail: Callable[..., WoestError]) -> bytes:
    """The bytes of a regular file, never more than MAX_BYTES + 1 of them.

    The file is opened without blocking (a FIFO without a writer would wait forever) and
    checked on the open handle, so a device, a pipe or a socket, also behind a symlink, is
    refused before anything is read; a file that grows while it is read stops at the limit.
    """
    # asked first for Windows, where opening a folder fails with "permission denied"; on
    # POSIX a folder also shows on the open handle below
    if _is_dir(path):
        raise fail("file_is_dir")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise fail("file_missing") from None
    except OSError as exc:
        raise fail("file_unreadable", reason=exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise fail("file_is_dir")
        if not stat.S_ISREG(info.st_mode):
            raise fail("file_not_regular")
        if info.st_size > MAX_BYTES:
            raise _too_large(fail, info.st_size)
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(2**20, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > MAX_BYTES:
            raise _too_large(fail, total)
        return b"".join(chunks)
    except OSError as exc:
        raise fail("file_unreadable", reason=exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; False when the system will not say (the open says why)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        return False


def _too_large(fail: Callable[..., WoestError], size: int) -> WoestError:
    return fail("file_too_large", size=megabytes(size), limit=megabytes(MAX_BYTES))


def megabytes(size: int) -> str:
    """A size in MB, rounded up to one decimal (no decimal when whole): 2 MB, 2.1 MB.

    Rounded up, so that a file just over the limit never reads as the limit itself.

    Args:
        size: bytes.

    Returns:
        The number of MB as text.
    """
    value = math.ceil(size * 10 / 2**20) / 10
    return str(int(value)) if value.is_integer() else str(value)


#: A whole number of thousands of digits where a value starts (after `=`, `[`, `,` or `{`).
_LONG_NUMBER = re.compile(r"(?:^|[=\[,{])\s*[+-]?[0-9][0-9_]{4000,}", re.MULTILINE)


#: What a whole number beyond 64 bits must look like in the text: many digits in a row.
_MAYBE_HUGE = re.compile(r"[0-9][0-9_]{18}|0x[0-9a-fA-F_]{16}|0o[0-7_]{21}|0b[01_]{63}")


def _long_number_line(text: str) -> int | None:
    """The line of the first whole number too long for Python to read, if it can be found."""
    match = _LONG_NUMBER.search(text)
    return None if match is None else text.count("\n", 0, match.end()) + 1


def _huge_number(document: dict[str, Any]) -> tuple[str | int, ...] | None:
    """The place of the first whole number outside TOML's 64 bits, or None.

    The walk keeps its own stack, so a deeply nested document cannot exhaust Python's.
    """
    stack: list[tuple[tuple[str | int, ...], Any]] = [((), document)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, dict):
            stack.extend(((*loc, k), v) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*loc, i), v) for i, v in reversed(list(enumerate(value))))
        elif isinstance(value, int) and not -MAX_INT - 1 <= value <= MAX_INT:
            return loc  # a bool is an int too, but always within the bounds
    return None


def _too_many_parts(text: str) -> int | None:
    """The first line whose key or table name has more than MAX_KEY_PARTS parts, if any.

    Only what looks like a key counts: a row of dots in a multi-line note has empty parts.
    """
    if text.count(".") <= MAX_KEY_PARTS:
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip()
        if stripped.startswith("["):
            key = stripped.strip("[").split("]", 1)[0]
        elif "=" in stripped:
            key = stripped.split("=", 1)[0]
        else:
            continue
        parts = key.split(".")
        if len(parts) > MAX_KEY_PARTS and all(part.strip() for part in parts):
            return number
    return None


def _toml_error(path: Path, raw: str, text: str) -> WoestError:
    match = re.search(r"\(at line (\d+), column (\d+)\)", raw)
    reason = raw[: match.start()].strip() if match else raw
    line = int(match.group(1)) if match else None
    if "(at end of document)" in raw:
        reason = raw.replace("(at end of document)", "").strip()
        line = max(1, len(text.splitlines()))
    words = next((pair for prefix, pair in _TOML_WORDS.items() if reason.startswith(prefix)), None)
    problem = Problem("file_not_toml", "", {"reason": reason}, line)
    if words is not None:
        problem = Problem("file_not_toml_words", "", {"nl": words[0], "en": words[1]}, line)
    return WoestError(path, [problem])
