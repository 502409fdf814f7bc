"""What a person sees of terminal output: the text without escape sequences (no imports)."""

from __future__ import annotations

import re

#: Escape sequences in terminal output: CSI, OSC, DCS/PM/APC, and the two-character ones.
ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[P^_][^\x1b]*\x1b\\"
    r"|\x1b[()][0-9A-Za-z]|\x1b[@-Z\\-_=>]"
)


def visible(text: str) -> str:
    """Terminal output without its escape sequences: the characters a person sees."""
    return ESCAPES.sub("", text)
