"""The summary's and the reports' user-facing strings, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
REPORT_MESSAGES: dict[str, tuple[str, str]] = {}
