"""Fuzzing every loader: random bytes, random TOML documents and mutated valid files.

Whatever the input, each loader gives a valid model or the project's own WoestError, and
`woest validate` exits 0, or 1 with one `woest: ` line per problem: never another
exception, never a traceback, never the last-resort "unexpected error".
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import sys
import tomllib
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import load_any, load_checked
from woest_tui.core.files.storage import load_result
from woest_tui.i18n import LANGS, message

CORPUS = Path(__file__).parent / "corpus"
MINI_BANK = CORPUS / "mini_bank.toml"
BASES = {
    "bank": MINI_BANK.read_bytes(),
    "result": (CORPUS / "mini_result.toml").read_bytes(),
}

LOADERS: dict[str, Callable[[Path], object]] = {
    "load_questionnaire": load_questionnaire,
    "load_result": load_result,
    "load_any": lambda path: load_any(path, [MINI_BANK]),
    "load_checked": lambda path: load_checked(path, [MINI_BANK]),
}
UNEXPECTED = tuple(message("unexpected", lang).split("(")[0] for lang in LANGS)

#: More examples for a long hunt: WOEST_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_loaders.py
FUZZ = settings(
    max_examples=int(os.environ.get("WOEST_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_names = itertools.count()


def check_every_loader(folder: Path, data: bytes) -> None:
    """Feed `data` to every loader and to `woest validate`; only the allowed outcomes."""
    # a fresh name each time: the bank cache keys on path, mtime and size
    path = folder / f"fuzz-{next(_names)}.toml"
    path.write_bytes(data)
    for name, loader in LOADERS.items():
        try:
            loader(path)
        except WoestError as error:
            lines = error.lines("nl")
            assert lines, name
            assert all(line.startswith(f"{path}: ") for line in lines), (name, lines)
            assert all("\n" not in line for line in lines), (name, lines)
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["validate", "--questions", str(MINI_BANK), str(path)])
    lines = err.getvalue().splitlines()
    assert "Traceback" not in err.getvalue()
    assert not any(line.startswith(f"woest: {UNEXPECTED[0]}") for line in lines), lines
    assert not any(UNEXPECTED[1] in line for line in lines), lines
    if code == 0:
        # a valid file may still carry a warning (a changed bank hash, say), on stderr
        assert all(line.startswith(f"let op: {path}: ") for line in lines), lines
        assert out.getvalue().startswith(f"ok: {path}: ")
    else:
        assert code == 1 and out.getvalue() == ""
        assert lines and all(line.startswith(f"woest: {path}: ") for line in lines), lines


# --- strategies ----------------------------------------------------------------------------

#: Every field name the models know, and ids the mini bank uses: mutations that hit them
#: reach the deeper checks instead of stopping at "unknown field".
KNOWN = [
    "schema",
    "id",
    "version",
    "language",
    "title",
    "description",
    "scale",
    "min",
    "max",
    "labels",
    "strength",
    "development",
    "themes",
    "questions",
    "type",
    "text",
    "help",
    "required",
    "allow_dont_know",
    "reverse",
    "options",
    "label",
    "unit",
    "intro",
    "metaphor",
    "questionnaire",
    "hash",
    "session",
    "team",
    "date",
    "facilitator",
    "roles",
    "mode",
    "role",
    "merged_from",
    "started",
    "finished",
    "answers",
    "value",
    "dont_know",
    "note",
    "votes",
    "dont_know_votes",
    "counts",
    "values",
    "by_role",
    "notes",
    "priorities",
    "ref",
    "action",
    "owner",
    "due",
    "nl",
    "en",
    "doel",
    "tijd",
    "doel-oorzaak",
    "doel-wie",
    "tijd-uren",
    "tijd-vaak",
    "teamchef",
    "oe",
    "yes",
    "no",
    "wijkagent",
    "woe",
]

texts = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
keys = st.one_of(st.sampled_from(KNOWN), texts.filter(bool))
scalars = st.one_of(
    texts,
    st.sampled_from(["scale", "choice", "multi", "yesno", "number", "text", "votes", "nl"]),
    st.sampled_from(["consensus", "individual", "mini", "1.0", "doel-wie", "oe", ""]),
    st.sampled_from(["a\nb", "\x1b[31m", "x\r", "\u2028", "\x9b", "\u202e", "\x00"]),
    st.integers(-3, 12),
    st.integers(-(2**63), 2**63 - 1),
    # beyond 64 bits, up to more digits than Python reads from text (4300)
    st.integers(2**63 - 2, 10**5000),
    st.integers(-(10**5000), -(2**63) + 2),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.times(),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)
documents = st.dictionaries(keys, values, max_size=8)


def dumps(document: dict[str, Any]) -> bytes:
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # write huge numbers too: the loaders must refuse them
    try:
        return tomli_w.dumps(document).encode("utf-8")
    except (TypeError, ValueError):  # a shape TOML cannot hold
        assume(False)
        raise
    finally:
        sys.set_int_max_str_digits(limit)


Path_ = tuple[str | int, ...]


def paths_of(value: Any, prefix: Path_ = ()) -> list[Path_]:
    """Every place in a parsed document, parents before children."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_of(item, (*prefix, index))
    return found


def parent_of(document: Any, path: Path_) -> Any:
    for part in path[:-1]:
        document = document[part]
    return document


@st.composite
def mutated(draw: st.DrawFn, base: str) -> bytes:
    """A valid base file with one to four changes in its structure."""
    document = tomllib.loads(BASES[base].decode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        places = [p for p in paths_of(document) if p]
        path = draw(st.sampled_from(places))
        parent, last = parent_of(document, path), path[-1]
        action = draw(st.sampled_from(["delete", "replace", "add", "wrap"]))
        if action == "delete":
            del parent[last]
        elif action == "replace":
            parent[last] = draw(values)
        elif action == "wrap":
            parent[last] = draw(st.sampled_from([[parent[last]], {"nl": parent[last]}]))
        elif isinstance(parent[last], dict):
            parent[last][draw(keys)] = draw(values)
        elif isinstance(parent[last], list):
            parent[last].append(draw(values))
    return dumps(document)


@st.composite
def damaged(draw: st.DrawFn, base: str) -> bytes:
    """A valid base file with its bytes cut, spliced, repeated or overwritten."""
    data = bytearray(BASES[base])
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "flip", "truncate", "repeat"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(
                st.one_of(
                    st.binary(max_size=8),
                    st.sampled_from([b"[", b"]", b"=", b'"', b"'''", b"\r\n", b"\\u00", b"#"]),
                    st.sampled_from([b"9" * 20, b"1" * 4301, b"0x" + b"f" * 17]),
                )
            )
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return bytes(data)


# --- the tests ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(folder: Path, data: bytes) -> None:
    check_every_loader(folder, data)


@FUZZ
@given(documents)
def test_random_toml_documents(folder: Path, document: dict[str, Any]) -> None:
    check_every_loader(folder, dumps(document))


@FUZZ
@given(st.sampled_from(sorted(BASES)).flatmap(mutated))
def test_mutated_valid_files(folder: Path, data: bytes) -> None:
    check_every_loader(folder, data)


@FUZZ
@given(st.sampled_from(sorted(BASES)).flatmap(damaged))
def test_damaged_valid_files(folder: Path, data: bytes) -> None:
    check_every_loader(folder, data)


def test_the_bases_are_valid(folder: Path) -> None:
    for data in BASES.values():
        check_every_loader(folder, data)
        assert tomllib.loads(data.decode("utf-8"))
