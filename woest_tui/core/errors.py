"""The project's one error type: problems that name the file, the place and the line."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from woest_tui.core.files.locate import LineIndex
from woest_tui.core.model import ID_PATTERN
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, known, message

_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file."""

    key: str
    """Message key (a msgid of the i18n catalogues)."""
    place: str = ""
    """Readable path inside the file, e.g. `themes[3].questions[2].options`."""
    params: dict[str, object] = field(default_factory=dict)
    """Values for the message."""
    line: int | None = None
    """The line of the file the place is on, where it could be found."""

    def text(self, lang: Lang) -> str:
        """The message in words."""
        return message(self.key, lang, **self.params)


#: At most this many problems of one file are shown; one line then counts the others.
MAX_SHOWN = 100
#: A place or a value in a message is cut to this many characters (a key may be megabytes).
MAX_PLACE = 80
#: A value a message repeats (an option list, a file name) is cut to this many characters.
MAX_PARAM = 200


def shorten(text: str, limit: int = MAX_PLACE) -> str:
    """Cut a text to `limit` characters, with "…" at the end when something was cut.

    Args:
        text: any text.
        limit: the most characters to keep.

    Returns:
        The text, or its first `limit` characters and "…".
    """
    return text if len(text) <= limit else text[:limit] + "\u2026"


class WoestError(Exception):
    """Invalid input or a refused action: one or more problems with one file."""

    def __init__(self, path: Path | str | None, problems: Sequence[Problem]) -> None:
        self.path = None if path is None else str(path)
        self.problems = list(problems)
        super().__init__(self.lines("en")[0] if self.problems else "woest error")

    def lines(self, lang: Lang) -> list[str]:
        """One line per problem, `FILE: PLACE (line N): MESSAGE`, in the order of the file.

        At most MAX_SHOWN problems are shown; one more line then says how many others
        there are. A long place or value is cut short (see `shorten`).

        Args:
            lang: "nl" or "en".

        Returns:
            The lines, without the `woest: ` prefix; control characters and line breaks
            from the path or the file's content are shown as visible characters (see
            `safe.visible`), so each problem stays on one line.
        """
        word = "regel" if lang != "en" else "line"
        head = [] if self.path is None else [self.path]
        # in the order of the file; what is missing from it (no line) comes first
        shown = sorted(self.problems[:MAX_SHOWN], key=lambda p: p.line or 0)
        out = []
        for problem in shown:
            parts = list(head)
            place = shorten(problem.place)
            if problem.line is not None:
                place = f"{place} ({word} {problem.line})" if place else f"{word} {problem.line}"
            if place:
                parts.append(place)
            params = {
                k: shorten(v, MAX_PARAM) if isinstance(v, str) else v
                for k, v in problem.params.items()
            }
            parts.append(message(problem.key, lang, **params))
            out.append(visible(": ".join(parts), one_line=True))
        hidden = len(self.problems) - len(shown)
        if hidden > 0:
            more = message("more_problems", lang, count=hidden)
            out.append(visible(": ".join([*head, more]), one_line=True))
        return out


def with_lines(problems: Sequence[Problem], source: str | None) -> list[Problem]:
    """The problems with the line of each place that is shown (see `WoestError.lines`).

    Args:
        problems: problems without lines.
        source: the file's text, or None when there is no file.

    Returns:
        The same problems; the first MAX_SHOWN with their line where it was found.
    """
    if source is None or not problems:
        return list(problems)
    index = LineIndex(source)  # read the file once, however many problems it has
    found = [
        Problem(p.key, p.place, p.params, p.line if p.line is not None else _line(index, p, source))
        for p in problems[:MAX_SHOWN]
    ]
    return [*found, *problems[MAX_SHOWN:]]


def _line(index: LineIndex, problem: Problem, source: str) -> int | None:
    """The line of a problem's place; a missing top-level key: the first top-level key's.

    A key that is missing has no line of its own; it belongs to the table it is missing
    from, and the top-level table is the file's first lines, before any `[table]`.
    """
    line = index.find(problem.place)
    if line is None and problem.key == "missing" and not re.search(r"[.\[]", problem.place):
        for number, text in enumerate(source.splitlines(), start=1):
            stripped = text.strip()
            if stripped.startswith("["):
                break
            if stripped and not stripped.startswith("#"):
                return number
    return line


def place_of(loc: Iterable[int | str]) -> str:
    """Turn a pydantic location into a readable path: `themes[3].questions[2].id`.

    Args:
        loc: the location tuple of a pydantic error.

    Returns:
        The path, with list indexes in brackets and the alias `schema` for `schema_`.
    """
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in ("[key]",):
            continue
        else:
            name = "schema" if part == "schema_" else str(part)
            if not _PLAIN_KEY.fullmatch(name):
                name = json.dumps(name)  # shows spaces and invisible characters
            text += f".{name}" if text else name
    return text


def problems_from(error: ValidationError, source: str | None = None) -> list[Problem]:
    """Translate a pydantic ValidationError into problems, one per distinct place.

    Args:
        error: the error.
        source: the file's text, to find the line of each place.

    Returns:
        The problems, in the order pydantic found them; the first MAX_SHOWN with their
        line (see `with_lines`).
    """
    problems: list[Problem] = []
    seen: set[str] = set()
    items = error.errors(include_url=False)
    locs = [tuple(item["loc"]) for item in items]
    for item in items:
        loc = tuple(item["loc"])
        # pydantic also says "too few items" about a list whose items failed: noise
        if item["type"] == "too_short" and any(o[: len(loc)] == loc and o != loc for o in locs):
            continue
        ctx = dict(item.get("ctx") or {})
        at = str(ctx.pop("at", ""))
        base = place_of(item["loc"])
        place = ".".join(p for p in (base, at) if p).replace(".[", "[")
        if place in seen:
            continue
        seen.add(place)
        kind = item["type"]
        if kind == "string_pattern_mismatch" and ctx.get("pattern") != ID_PATTERN:
            kind = "hash_pattern"
        if not known(kind):
            kind, ctx = "pydantic_other", {"detail": item["msg"]}
        if kind == "literal_error" and "expected" in ctx:
            ctx["expected"] = str(ctx["expected"]).replace("'", "").replace(" or ", ", ")
        problems.append(Problem(kind, place, ctx))
    return with_lines(problems, source)
