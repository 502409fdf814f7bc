"""Write the README's pictures of a live session: `python -m docs.live_screenshots`.

The wall (the join screen and a revealed tally) is saved by Textual as SVG and turned into
PNG by Debian's chromium; the phone page is a PNG of that browser at 360 px wide. Phones
join over loopback, so the address shown is 127.0.0.1 (in a meeting it is the laptop's
address on the network).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import aiohttp
from playwright.async_api import Browser, async_playwright

from devtools import chromium
from woest_tui.core.files.bank import bundled_dir
from woest_tui.core.session.launch import prepare_launch
from woest_tui.live.server import Limit
from woest_tui.live.session import LiveOptions
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.live_join import LiveJoinScreen
from woest_tui.tui.screens.walk import WalkScreen

DOCS = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ROLES = ["wijkagent"] * 4 + ["oe"] * 3 + ["teamchef", "none"]


async def phone(url: str, role: str) -> aiohttp.ClientSession:
    session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
    await (await session.get(url)).read()
    await (await session.post(url + "/role", data={"role": role})).read()
    return session


async def vote(session: aiohttp.ClientSession, url: str, value: str) -> None:
    page = await (await session.get(url)).text()
    found = re.search(r'name="q" value="([^"]+)"', page)
    assert found is not None
    await (await session.post(url + "/vote", data={"q": found.group(1), "value": value})).read()


async def svg_to_png(browser: Browser, svg: Path, png: Path) -> None:
    """A PNG of an SVG, as large as the SVG says it is."""
    page = await browser.new_page(device_scale_factor=1)
    await page.goto(svg.as_uri())
    size = await page.evaluate(
        "(() => { const b = document.documentElement.getBBox(); return [b.width, b.height]; })()"
    )
    await page.set_viewport_size({"width": int(size[0]) + 1, "height": int(size[1]) + 1})
    await page.screenshot(path=str(png))
    await page.close()


async def wait(check: Any, pilot: Any) -> None:
    for _ in range(500):
        if check():
            return
        await pilot.pause(0.02)
    raise TimeoutError


async def main() -> None:
    folder = tempfile.mkdtemp(prefix="woest-live-shots-")
    os.chdir(folder)
    launch = prepare_launch(
        questions=bundled_dir() / "quickscan.toml",
        team="Basisteam Amersfoort",
        out=Path("amersfoort.toml"),
        sessions=Path(folder) / "sessions",
        clock=lambda: NOW,
        live=True,
    )
    app = WoestApp(launch, "nl", theme="textual-dark")
    app.live_options = LiveOptions(  # type: ignore[attr-defined]
        "127.0.0.1", 8765, limit=Limit(rate=1000, burst=1000)
    )
    async with async_playwright() as playwright:
        browser = await chromium.launch(playwright)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait(lambda: isinstance(app.screen, LiveJoinScreen), pilot)
            assert app.live is not None
            url = app.live.server.url
            phones = [await phone(url, role) for role in ROLES]
            await pilot.pause(0.2)
            app.save_screenshot(filename="live-join.svg", path=str(DOCS))
            await pilot.press("enter", "enter")
            walk = app.screen
            assert isinstance(walk, WalkScreen)
            await wait(lambda: walk.question is not None, pilot)
            for session, value in zip(phones, "778865773", strict=True):
                await vote(session, url, value)
            context = await browser.new_context(
                viewport={"width": 360, "height": 740}, color_scheme="light"
            )
            page = await context.new_page()
            await page.goto(url)
            await page.get_by_role("button", name="wijkagent").click()
            await page.get_by_role("button", name="7", exact=True).click()
            await page.get_by_text("Ontvangen.").wait_for()
            await page.screenshot(path=str(DOCS / "live-phone.png"), full_page=True)
            dark = await browser.new_context(
                viewport={"width": 360, "height": 740}, color_scheme="dark"
            )
            page = await dark.new_page()
            await page.goto(url + "?lang=en")
            await page.get_by_role("button", name="I'd rather not say").click()
            await page.get_by_text("Question 1 of").wait_for()
            await page.screenshot(path=str(DOCS / "live-phone-dark.png"), full_page=True)
            await pilot.press("r")
            await wait(lambda: walk.query_one("#live-result").has_class("-revealed"), pilot)
            await pilot.pause(0.2)
            app.save_screenshot(filename="live-reveal.svg", path=str(DOCS))
            for session in phones:
                await session.close()
        for name in ("live-join", "live-reveal"):
            await svg_to_png(browser, DOCS / f"{name}.svg", DOCS / f"{name}.png")
            (DOCS / f"{name}.svg").unlink()
            print(f"docs/{name}.png")
        await browser.close()
    print("docs/live-phone.png\ndocs/live-phone-dark.png")


if __name__ == "__main__":
    asyncio.run(main())
