"""Read TOML files safely, and read and write result files (atomic, 0600)."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from woest_tui.errors import Problem, WoestError, problems_from
from woest_tui.model import Result

#: Larger files are refused before they are parsed (a merge of 10,000 files stays far below).
MAX_BYTES = 16 * 1024 * 1024
#: A key or table name of more parts than this is refused (ours have at most a handful).
MAX_KEY_PARTS = 64
#: Temporary files of an atomic write start with this; a crash can leave one behind.
TEMP_PREFIX = ".woest-tmp-"
#: A temporary file older than this is a crash's leftover, not a write under way.
STALE_SECONDS = 60.0

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
        WoestError: missing, a folder, unreadable, empty, too large, binary, not UTF-8,
            with a BOM, not TOML, or nested too deeply.
    """

    def fail(key: str, at_line: int | None = None, **params: object) -> WoestError:
        return WoestError(path, [Problem(key, "", params, at_line)])

    try:
        if path.is_dir():
            raise fail("file_is_dir")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise fail("file_too_large", size=round(size / 2**20, 1), limit=MAX_BYTES // 2**20)
        data = path.read_bytes()
    except FileNotFoundError:
        raise fail("file_missing") from None
    except OSError as exc:
        raise fail("file_unreadable", reason=exc.strerror or type(exc).__name__) from None
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
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, str(exc), text) from None
    except RecursionError:
        raise fail("file_too_deep") from None


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


def result_from(data: dict[str, Any], path: Path | str | None, source: str | None = None) -> Result:
    """Validate a parsed document as a Result, or raise a WoestError naming each place.

    Args:
        data: the parsed TOML.
        path: the file it came from, for messages.
        source: the file's text, to give line numbers.

    Returns:
        The result.
    """
    try:
        return Result.model_validate(data)
    except ValidationError as exc:
        raise WoestError(path, problems_from(exc, source)) from None


def load_result(path: Path) -> Result:
    """Read and validate a result file (not yet against its bank: see `check`).

    Args:
        path: the file.

    Returns:
        The result.
    """
    data, text = read_toml(path)
    return result_from(data, path, text)


def _plain(value: Any) -> Any:
    """Tuples to lists, recursively, so tomli-w writes arrays."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def dump_result(result: Result) -> str:
    """The TOML text of a result: schema, questionnaire, session, answers, priorities.

    Args:
        result: the result.

    Returns:
        The text, as written to disk.
    """
    data = result.model_dump(
        mode="python", by_alias=True, exclude_none=True, exclude_defaults=False
    )
    if not data["session"].get("roles"):
        del data["session"]["roles"]  # an empty table says nothing
    for answer in data.get("answers", {}).values():
        if answer.get("dont_know") is False:
            del answer["dont_know"]
    if not data.get("priorities"):
        data.pop("priorities", None)
    return tomli_w.dumps(_plain(data))


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old or the new file.

    The text goes to a temporary file in the same folder (mode 0600), is flushed and
    fsynced, then renamed over `path`; the folder is fsynced too.

    Args:
        path: the target.
        text: the content.

    Raises:
        WoestError: the folder is missing or read-only, the disk is full, and so on;
            no partial file is left behind.
    """
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # POSIX; on Windows the file is the user's own
                os.fchmod(handle.fileno(), 0o600)
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(folder)
    except OSError as exc:
        raise WoestError(
            path, [Problem("write_failed", "", {"reason": exc.strerror or str(exc)})]
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def save_result(result: Result, path: Path) -> None:
    """Write a result atomically with permissions 0600.

    Args:
        result: the result.
        path: the file.
    """
    write_atomic(path, dump_result(result))


def clean_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove temporary files that a crashed write left in `folder`.

    Args:
        folder: where results are written.
        now: the current time (for tests).

    Returns:
        The files removed.
    """
    removed: list[Path] = []
    moment = time.time() if now is None else now
    with contextlib.suppress(OSError):
        for item in folder.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                if moment - item.stat().st_mtime > STALE_SECONDS:
                    item.unlink()
                    removed.append(item)
    return removed
