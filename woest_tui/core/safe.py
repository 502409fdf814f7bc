"""Make untrusted text safe to print on a terminal and to write into an export."""

from __future__ import annotations

import re

#: Bidi embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI,
#: PDI). They can reverse how the rest of a line reads ("Trojan source") and nothing a team
#: types needs them: right-to-left letters order themselves. The marks LRM, RLM and ALM stay,
#: since real right-to-left text uses them and they cannot reorder anything but neutrals.
BIDI_CONTROLS = frozenset({*range(0x202A, 0x202F), *range(0x2066, 0x206A)})

_REPLACEMENT = "\ufffd"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if chr(code) not in "\n\t":
            table[code] = chr(0x2400 + code)  # the control picture: ESC shows as ␛
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = _REPLACEMENT  # C1 has no control pictures
    for code in BIDI_CONTROLS:
        table[code] = _REPLACEMENT
    return table


def _pattern(table: dict[int, str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")


_TABLE = _build_table()
_UNSAFE = _pattern(_TABLE)
#: For a message that must stay on one line: line breaks are made visible too.
_ONE_LINE = {**_TABLE, 0x0A: "\u240a", 0x2028: _REPLACEMENT, 0x2029: _REPLACEMENT}
_BREAKS = _pattern(_ONE_LINE)


def visible(text: str, *, one_line: bool = False) -> str:
    """Replace every character that could steer a terminal or a reader with a visible one.

    C0 control characters (except newline and tab) become their Unicode control picture
    (ESC -> U+241B "␛", BEL -> U+2407 "␇", CR -> U+240D "␍"), DEL becomes U+2421 "␡", and
    C1 controls (U+0080-U+009F, where U+009B alone starts an escape sequence on some
    terminals) and bidi embedding/override/isolate controls become U+FFFD "�". So an ANSI
    or OSC sequence in a team name is shown as harmless characters instead of colouring,
    retitling or hyperlinking the terminal. Everything else stays as it is: accents, emoji
    (with their joiners), right-to-left letters, newlines and tabs.

    With `one_line`, for a message that must be one line (an error on stderr, which
    scripts read line by line), a newline becomes U+240A "␊" and the Unicode line and
    paragraph separators U+2028 and U+2029 become U+FFFD as well.

    The function is pure and idempotent (`visible(visible(s)) == visible(s)`), and returns
    its argument unchanged (the same object) when there is nothing to replace.

    Args:
        text: untrusted text: a team name, a note, a bank's question, a file name.
        one_line: also replace line breaks.

    Returns:
        The text with control characters replaced.
    """
    table, pattern = (_ONE_LINE, _BREAKS) if one_line else (_TABLE, _UNSAFE)
    if pattern.search(text) is None:
        return text
    return text.translate(table)


def json_escaped(document: str) -> str:
    r"""Escape the control characters `json.dumps(..., ensure_ascii=False)` leaves raw.

    `json.dumps` escapes C0 controls itself but writes DEL, C1 controls and bidi controls
    as they are. Those can only occur inside JSON strings, so writing them as `\uXXXX`
    keeps every value exactly as it was for a program that reads the JSON, while a person
    who prints the document sees no raw control character.

    Args:
        document: a JSON document.

    Returns:
        The same document with those characters written as escapes.
    """
    if _UNSAFE.search(document) is None:
        return document
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", document)
