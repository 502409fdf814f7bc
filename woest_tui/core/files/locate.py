"""Find the line of a TOML file that a readable place such as `themes[3].questions[2]` is on."""

from __future__ import annotations

import contextlib
import json
import re

Segment = tuple[str, int | None]
Path = tuple[Segment, ...]

_SEGMENT = re.compile(r'("(?:[^"\\]|\\.)*"|[^.\[\]"]+)((?:\[\d+\])*)')
_HEADER = re.compile(r"^\s*(\[\[?)\s*(.+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"[^"]*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*="""
)
_DOTTED = re.compile(r"""\s*("[^"]*"|'[^']*'|[^.]+)\s*(?:\.|$)""")


def parse_place(place: str) -> list[Segment]:
    """Split `themes[3].questions[2].id` into [("themes", 3), ("questions", 2), ("id", None)].

    Args:
        place: a readable place.

    Returns:
        Its segments; a name with several indexes keeps the last.
    """
    segments: list[Segment] = []
    for name, indexes in _SEGMENT.findall(place):
        numbers = re.findall(r"\d+", indexes)
        # errors.place_of writes an odd key as JSON, escapes and all
        segments.append((_unquote(name), int(numbers[-1]) if numbers else None))
    return segments


def _keys(text: str) -> list[str]:
    return [_unquote(k.strip()) for k in _DOTTED.findall(text) if k.strip()]


def _unquote(key: str) -> str:
    """A quoted key as its name: quotes off, the escapes of a basic string read."""
    if key.startswith('"'):
        with contextlib.suppress(ValueError):
            return str(json.loads(key))
    return key.strip("\"'")


class LineIndex:
    """Where each table and key of a TOML text starts: read as far as needed, asked many times.

    Headers `[[a.b]]` are counted per array, so the fourth `[[themes]]` is `themes[3]`.
    Every prefix of every path is kept with the first line it appears on, so a place is
    found by walking its own segments: the time per place does not grow with the file.
    The lines are read in order only until the place asked for is found (its first line
    cannot change after that), so a hundred problems at the top of a huge file are found
    without reading all of it; a place that is not in the file reads it to the end once.
    """

    def __init__(self, source: str) -> None:
        self.lines = source.splitlines()
        self.first: dict[Path, int] = {}
        #: Paths that a line declares itself (a header or a key), not only as a prefix.
        self.declared: set[Path] = set()
        #: Lines whose key opens a multi-line array, by path: their elements follow.
        self.arrays: set[Path] = set()
        self._counters: dict[Path, int] = {}
        self._table: Path = ()
        self._read = 0  # how many lines are indexed

    def _read_until(self, wanted: Path | None) -> None:
        """Index lines until `wanted` is known (None: to the end)."""
        while self._read < len(self.lines) and (wanted is None or wanted not in self.first):
            line = self.lines[self._read]
            self._read += 1
            number = self._read
            header = _HEADER.match(line)
            key = _KEY.match(line)
            if header and not key:
                names = _keys(header.group(2))
                self._table = self._header(header.group(1) == "[[", names, self._counters)
                self._remember(self._table, number)
            elif key:
                parts = tuple((k, None) for k in _keys(key.group(1)))
                path = self._table + parts
                self._remember(path, number)
                # `title.en = ...` declares `title` too: a problem with the title is here
                self.declared.update(self._table + parts[:end] for end in range(1, len(parts)))
                if line.rstrip().endswith("["):
                    self.arrays.add(path)

    def _header(self, is_array: bool, names: list[str], counters: dict[Path, int]) -> Path:
        resolved: list[Segment] = []
        for name in names[:-1]:
            resolved.append((name, counters.get((*resolved, (name, None)))))
        if is_array:
            key = (*resolved, (names[-1], None))
            counters[key] = counters.get(key, -1) + 1
            resolved.append((names[-1], counters[key]))
        else:
            resolved.append((names[-1], None))
        return tuple(resolved)

    def _remember(self, path: Path, number: int) -> None:
        self.declared.add(path)
        for end in range(len(path), 0, -1):
            prefix = path[:end]
            if prefix in self.first:
                break  # its shorter prefixes are known already
            self.first[prefix] = number

    def find(self, place: str) -> int | None:
        """The 1-based line that best matches `place`, or None.

        The longest known prefix of the place wins, so a missing field points at its
        table; an index into a multi-line array with one element per line points at
        that element.

        Args:
            place: the readable place.

        Returns:
            The line number, or None when no line matches any part of the place.
        """
        best: int | None = None
        path: Path = ()
        segments = parse_place(place)
        # once the whole place is known its line is final; else every line must be seen
        self._read_until(tuple(segments))
        if tuple(segments) not in self.first:
            self._read_until(None)
        for depth, (name, index) in enumerate(segments, start=1):
            exact = (*path, (name, index))
            if exact in self.first:
                path = exact
                # a prefix that only leads to deeper tables (`answers` of `[answers.x]`) is
                # the place itself only when nothing of the place is left over
                if path in self.declared or depth == len(segments):
                    best = self.first[path]
                continue
            plain = (*path, (name, None))
            if plain in self.first and (plain in self.declared or depth == len(segments)):
                best = self.first[plain]
                if index is not None and plain in self.arrays:
                    best = self._element(best, index) or best
            break
        return best

    def _element(self, number: int, index: int) -> int | None:
        """The line of element `index` of the multi-line array whose key is on line `number`."""
        seen = -1
        for offset in range(number, len(self.lines)):
            stripped = self.lines[offset].strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("]"):
                return None
            seen += 1
            if seen == index:
                return offset + 1
        return None


def find_line(source: str, place: str) -> int | None:
    """The 1-based line of `source` that best matches `place` (see `LineIndex.find`).

    Args:
        source: the TOML text.
        place: the readable place.

    Returns:
        The line number, or None when no line matches any part of the place.
    """
    return LineIndex(source).find(place)
