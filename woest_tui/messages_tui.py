"""The TUI's user-facing strings, in Dutch and English (merged into i18n.MESSAGES)."""

from __future__ import annotations

#: key -> (Dutch, English).
TUI_MESSAGES: dict[str, tuple[str, str]] = {
    "dont_know": ("weet niet / n.v.t.", "don't know / n/a"),
}
