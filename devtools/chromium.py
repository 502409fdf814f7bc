"""Debian's chromium for Playwright: the one launch of the browser tests and the docs' pictures.

Nothing is downloaded: the browser is the system's (`.ci/run` installs it with apt), run
headless as root in a container, reaching nothing but loopback.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from playwright.async_api import Browser, BrowserContext, Playwright

#: The browser: Debian's chromium, or the one WOEST_CHROMIUM names.
CHROMIUM = os.environ.get("WOEST_CHROMIUM", "/usr/bin/chromium")
#: Headless, as root in a container (no sandbox, no GPU), and quiet: no QUIC, no first-run
#: pages, no background traffic, updates or sync, so that every request goes to the room.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def missing() -> str | None:
    """Why the browser cannot be started, or None when it can."""
    if Path(CHROMIUM).exists():
        return None
    return f"{CHROMIUM} is missing: .ci/run installs it with apt (or set WOEST_CHROMIUM)"


async def launch(playwright: Playwright) -> Browser:
    """The browser, for pages in fresh contexts of its own."""
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=list(FLAGS))


async def launch_profile(playwright: Playwright, profile: Path, **options: Any) -> BrowserContext:
    """The browser with a profile folder of its own (`options` as Playwright takes them)."""
    return await playwright.chromium.launch_persistent_context(
        str(profile), executable_path=CHROMIUM, args=list(FLAGS), **options
    )
