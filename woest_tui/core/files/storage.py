"""Read and write result files (atomic, 0600); the safe TOML reading is in `tomlfile`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import tomli_w
from pydantic import ValidationError

from woest_tui.core.errors import WoestError, problems_from
from woest_tui.core.files.atomic import (
    STALE_SECONDS,
    TEMP_PREFIX,
    clean_stale_temps,
    writable_target,
    write_atomic,
)
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


def save_result(result: Result, path: Path) -> None:
    """Write a result atomically with permissions 0600.

    Args:
        result: the result.
        path: the file.
    """
    write_atomic(path, dump_result(result))
