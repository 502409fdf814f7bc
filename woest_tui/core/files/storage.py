"""Read and write result files (atomic, 0600); the safe TOML reading is in `tomlfile`."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from woest_tui.core.errors import Problem, WoestError, problems_from
from woest_tui.core.files.fileinfo import current_user, lstat_or_none, path_error
from woest_tui.core.files.tomlfile import MAX_BYTES, MAX_KEY_PARTS, read_toml
from woest_tui.core.model import Answer, Result

__all__ = [
    "MAX_BYTES",
    "MAX_KEY_PARTS",
    "STALE_SECONDS",
    "TEMP_PREFIX",
    "clean_stale_temps",
    "dump_result",
    "load_result",
    "read_toml",
    "result_from",
    "save_result",
    "writable_target",
    "write_atomic",
]

#: Temporary files of an atomic write start with this; a crash can leave one behind.
TEMP_PREFIX = ".woest-tmp-"
#: A temporary file older than this is a crash's leftover, not a write under way.
STALE_SECONDS = 60.0


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


#: The options of every dump of a result or of one of its parts.
_DUMP: dict[str, Any] = {
    "mode": "python",
    "by_alias": True,
    "exclude_none": True,
    "exclude_defaults": False,
}
#: The TOML of single answers written before: (answer, text) by question id and answer.
_ANSWER_TEXTS: dict[tuple[str, int], tuple[Answer, str]] = {}
_ANSWER_TEXTS_KEPT = 2_000


#: The longest line an array is put on; a longer one keeps tomli-w's line per element.
INLINE_WIDTH = 100
#: One element line of an array as tomli-w writes it at the top of a table: a number, a
#: boolean, a string (tomli-w escapes every line break in it) or an inline table.
_ELEMENT = r'    (?:"(?:[^"\\\n]|\\.)*"|[-+0-9.eE:T ]+|true|false|\{[^\n]*\}),\n'
_ARRAY = re.compile(rf"^([^\n]* = )\[\n((?:{_ELEMENT})+)\]$", re.MULTILINE)


def _inline_arrays(text: str) -> str:
    """tomli-w's text with every short array on one line, as the README shows it.

    tomli-w writes each element on a line of its own and has no option for it; a result
    of 52 answers then reads and diffs badly (`votes = [0, 2, 3, 1, 0]` takes seven lines).
    Since no string tomli-w writes holds a line break, an array is exactly the lines
    between `key = [` and `]`, so putting it on one line keeps the TOML the same.
    """

    def join(match: re.Match[str]) -> str:
        # split on "\n" only: a string may hold other line separators (U+0085, U+2028)
        items = [line[4:-1] for line in match.group(2).split("\n") if line]
        line = f"{match.group(1)}[{', '.join(items)}]"
        return line if len(line) <= INLINE_WIDTH else match.group(0)

    return _ARRAY.sub(join, text)


def _answer_data(data: dict[str, Any]) -> dict[str, Any]:
    for mark in ("dont_know", "not_applicable"):
        if data.get(mark) is False:
            del data[mark]
    return data


def _result_data(result: Result) -> dict[str, Any]:
    """The result as the plain data its file holds."""
    data = result.model_dump(**_DUMP)
    if not data["session"].get("roles"):
        del data["session"]["roles"]  # an empty table says nothing
    for answer in data.get("answers", {}).values():
        _answer_data(answer)
    for name in ("priorities", "meetings"):
        if not data.get(name):
            data.pop(name, None)  # an empty list says nothing; files stay as they were
    return data


def _answer_text(question_id: str, answer: Answer) -> str:
    """The table of one answer, as tomli-w writes it inside a whole result."""
    # an answer is immutable and a new result keeps the answers that did not change: the
    # same object means the same text (equality would not do: True == 1)
    key = (question_id, id(answer))
    kept = _ANSWER_TEXTS.get(key)
    if kept is not None and kept[0] is answer:
        return kept[1]
    data = _plain(_answer_data(answer.model_dump(**_DUMP)))
    text = _inline_arrays(tomli_w.dumps({"answers": {question_id: data}}))
    if len(_ANSWER_TEXTS) >= _ANSWER_TEXTS_KEPT:
        _ANSWER_TEXTS.clear()
    _ANSWER_TEXTS[key] = (answer, text)
    return text


def dump_result(result: Result) -> str:
    """The TOML text of a result: schema, questionnaire, session, answers, priorities.

    The text is exactly tomli-w's text of the whole result, put together from parts: the
    answers' tables are kept from earlier saves, as an autosave after each answer changes
    one of them (converting and writing all of them again was most of a save's time).

    Args:
        result: the result.

    Returns:
        The text, as written to disk.
    """
    if not result.answers:
        return _inline_arrays(tomli_w.dumps(_plain(_result_data(result))))
    data = _plain(_result_data(result.model_copy(update={"answers": {}})))
    del data["answers"]
    tables = []
    for name in ("priorities", "meetings", "follow_up"):
        if not data.get(name):
            continue
        # short lists are inline tables, written with the top-level values; long ones and
        # tables are written after the answers, where tomli-w puts them in a whole result
        table = tomli_w.dumps({name: data[name]})
        if table.startswith("[") or isinstance(data[name], dict):
            del data[name]
            tables.append(_inline_arrays(table))
    # tomli-w writes each table after a blank line, and no header for "answers" itself
    parts = [_inline_arrays(tomli_w.dumps(data))]
    parts += [_answer_text(qid, answer) for qid, answer in result.answers.items()]
    parts += tables
    return "\n".join(parts)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so that a crash leaves either the old or the new file.

    The text goes to a temporary file in the same folder (mode 0600), is flushed and
    fsynced, then renamed over `path`; the folder is fsynced too. The user's own symlink
    is written through (the file it points to is replaced and the link stays); someone
    else's and a dangling one are refused (see `writable_target`). Only a regular file is
    ever replaced, whatever --force says: never a device, a pipe, a socket or a folder.

    Args:
        path: the target.
        text: the content.

    Raises:
        WoestError: the target is not a regular file, a symlink that is refused, the
            folder is missing or read-only, the disk is full, and so on; no partial file
            is left.
    """
    target = writable_target(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):  # POSIX; on Windows the file is the user's own
                os.fchmod(handle.fileno(), 0o600)
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
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


def writable_target(path: Path) -> Path:
    """The file a write to `path` replaces: `path` itself, or where the user's own symlink points.

    A symlink as the last part of `path` is followed only when it is the user's own and
    points to something that exists in a folder the user owns. Someone else's symlink (in a
    shared folder such as /tmp, anyone can plant one under the name you are about to write)
    and a dangling symlink (it would create a file where it points) are refused. Who owns
    the link is the system's answer (lstat), and the write itself renames over the name,
    which never follows a symlink.

    Args:
        path: the file to write.

    Returns:
        The real file to replace (it need not exist yet).

    Raises:
        WoestError: someone else's symlink, a dangling one, one into another's folder, a
            symlink loop, a folder, something that is not a regular file (a device, a pipe,
            a socket), or a path the system will not look at (EACCES, ENAMETOOLONG, ...).
    """
    try:
        info = lstat_or_none(path)
    except OSError as exc:
        raise path_error(path, exc, "write_failed") from None
    if info is None:
        return path
    target = path
    if stat.S_ISLNK(info.st_mode):
        target = _followed(path, info)
        try:
            info = os.stat(target)
        except OSError as exc:
            raise path_error(path, exc, "write_failed") from None
    if stat.S_ISDIR(info.st_mode):
        raise WoestError(path, [Problem("file_is_dir")])
    if not stat.S_ISREG(info.st_mode):
        raise WoestError(path, [Problem("write_not_regular")])
    return target


def _followed(path: Path, link: os.stat_result) -> Path:
    """Where a symlink of the user's own points, into a folder of the user's own; else refused."""
    user = current_user()
    if user is not None and link.st_uid != user:
        raise WoestError(path, [Problem("write_symlink_foreign")])
    try:
        target = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise WoestError(path, [Problem("write_symlink_dangling")]) from None
    except RuntimeError:
        raise WoestError(path, [Problem("write_symlink_loop")]) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WoestError(path, [Problem("write_symlink_loop")]) from None
        raise path_error(path, exc, "write_failed") from None
    if user is not None:
        try:
            owner = os.stat(target.parent).st_uid
        except OSError as exc:
            raise path_error(path, exc, "write_failed") from None
        if owner != user:
            raise WoestError(path, [Problem("write_symlink_folder", "", {"folder": target.parent})])
    return target


def refuse_output_among(output: Path, inputs: Sequence[Path], key: str = "output_is_input") -> None:
    """Refuse to write over one of the files the output is made from.

    The output is compared after following symlinks, and as the same file on disk (a
    hard link), so no way of naming an input gets past it; --force does not change this.

    Args:
        output: the file to write.
        inputs: the files read to make it.
        key: the message that names the input.

    Raises:
        WoestError: the output is one of the inputs, or cannot be looked at.
    """
    target = writable_target(output).resolve()
    for path in inputs:
        same = path.resolve() == target
        if not same:
            # a file that cannot be looked at is not the output (reading it says why)
            with contextlib.suppress(OSError):
                same = os.path.samefile(path, target)
        if same:
            raise WoestError(output, [Problem(key, "", {"first": path})])


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
