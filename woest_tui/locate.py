"""Find the line of a TOML file that a readable place such as `themes[3].questions[2]` is on."""

from __future__ import annotations

import re

Segment = tuple[str, int | None]

_SEGMENT = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")
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
        segments.append((name, int(numbers[-1]) if numbers else None))
    return segments


def _keys(text: str) -> list[str]:
    return [k.strip().strip("\"'") for k in _DOTTED.findall(text) if k.strip()]


def _common(path: list[Segment], target: list[Segment]) -> int:
    count = 0
    for (name, index), (want, want_index) in zip(path, target, strict=False):
        if name != want or (want_index is not None and index is not None and index != want_index):
            break
        count += 1
    return count


def find_line(source: str, place: str) -> int | None:
    """The 1-based line of `source` that best matches `place`, or None.

    Headers `[[a.b]]` are counted per array, so the fourth `[[themes]]` is `themes[3]`;
    a key inside a multi-line array with one element per line points at that element.
    The line with the longest matching path wins, so a missing field points at its table.

    Args:
        source: the TOML text.
        place: the readable place.

    Returns:
        The line number, or None when no line matches any part of the place.
    """
    target = parse_place(place)
    if not target:
        return None
    counters: dict[tuple[Segment, ...], int] = {}
    table: list[Segment] = []
    best, best_line = 0, None
    lines = source.splitlines()
    for number, line in enumerate(lines, start=1):
        header = _HEADER.match(line)
        if header and not _KEY.match(line):
            names = _keys(header.group(2))
            resolved: list[Segment] = []
            for name in names[:-1]:
                parent = tuple(resolved)
                last = counters.get((*parent, (name, None)))
                resolved.append((name, last))
            if header.group(1) == "[[":
                key = (*resolved, (names[-1], None))
                counters[key] = counters.get(key, -1) + 1
                resolved.append((names[-1], counters[key]))
            else:
                resolved.append((names[-1], None))
            table = resolved
            path = table
        else:
            key_match = _KEY.match(line)
            if not key_match:
                continue
            path = table + [(k, None) for k in _keys(key_match.group(1))]
        score = _common(path, target)
        if score > best:
            best, best_line = score, number
            if score == len(path) < len(target) and target[score - 1][1] is not None:
                element = _array_element(lines, number, target[score - 1][1])
                if element is not None and path is not table:
                    best_line = element
    return best_line


def _array_element(lines: list[str], number: int, index: int | None) -> int | None:
    """The line of element `index` of a multi-line array whose key is on line `number`."""
    if index is None or not lines[number - 1].rstrip().endswith("["):
        return None
    seen = -1
    for offset, line in enumerate(lines[number:], start=number + 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("]"):
            return None
        seen += 1
        if seen == index:
            return offset
    return None
