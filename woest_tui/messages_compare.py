"""The comparison's and the merge's user-facing strings, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
COMPARE_MESSAGES: dict[str, tuple[str, str]] = {}
