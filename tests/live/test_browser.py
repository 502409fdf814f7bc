"""The phone page in a real browser (Debian's chromium through Playwright), with and without JS."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.async_api import BrowserContext, Page, ViewportSize, async_playwright

from devtools.chromium import launch_profile, missing
from woest_tui.core.model import Question
from woest_tui.live.room import Room
from woest_tui.live.server import LiveServer

PHONE: ViewportSize = {"width": 360, "height": 740}


Open = Callable[..., Awaitable[BrowserContext]]


@pytest.fixture
async def browser() -> AsyncIterator[Open]:
    """Opens Debian's chromium with a fresh profile folder of its own, for one context."""
    problem = missing()
    assert problem is None, problem
    contexts: list[BrowserContext] = []
    with tempfile.TemporaryDirectory(prefix="woest-chromium-") as profiles:
        async with async_playwright() as playwright:

            async def open_context(**options: Any) -> BrowserContext:
                # nothing is downloaded: the browser is Debian's, the profile new and empty
                profile = Path(profiles) / str(len(contexts))
                context = await launch_profile(playwright, profile, **options)
                contexts.append(context)
                return context

            yield open_context
            for context in contexts:
                await context.close()


def first(room: Room, kind: str) -> Question:
    return next(q for q in room.bank.questions() if q.type == kind)


async def check_page(page: Page, port: int, requests: list[str]) -> None:
    """Readable at 360 px, thumb-sized targets, nothing fetched from elsewhere."""
    width = await page.evaluate("document.scrollingElement.scrollWidth")
    assert width <= PHONE["width"]
    heights = await page.evaluate(
        "[...document.querySelectorAll('button, .check, .lang')]"
        ".map(e => e.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 48
    assert all(url.startswith(f"http://127.0.0.1:{port}/") for url in requests), requests


async def test_with_javascript_the_page_follows_the_room(
    browser: Open, server: LiveServer, room: Room
) -> None:
    context = await browser(viewport=PHONE, color_scheme="light")
    page = context.pages[0] if context.pages else await context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(server.url)
    await page.get_by_role("button", name="wijkagent").click()
    await page.get_by_text("Wacht even").wait_for()
    question = first(room, "scale")
    room.open(question, (1, 10))
    # the script hears of the new question and shows it, without a refresh of its own
    await page.get_by_text(question.text.get("nl")).wait_for(timeout=5000)
    await check_page(page, server.port, requests)
    await page.get_by_role("button", name="7", exact=True).click()
    await page.get_by_text("Ontvangen.").wait_for()
    await page.locator(".received").get_by_text("Jouw antwoord: 7").wait_for()
    assert room.answered == 1
    # the reveal shows in place, without a reload of the page: the page keeps a mark
    # of its own and asks the server for nothing
    await page.evaluate("window.woestMark = 1")
    loaded = len(requests)
    room.reveal()
    await page.get_by_text("De uitslag staat op het scherm").wait_for(timeout=5000)
    assert await page.evaluate("window.woestMark") == 1
    assert requests[loaded:] == []
    assert await page.locator("#revealed").get_by_text("Jouw antwoord: 7").is_visible()
    assert not await page.locator(".received").is_visible()
    # what was on the page stays readable but can no longer send
    buttons = page.locator("main form button")
    assert await buttons.count() > 0
    assert all([await b.is_disabled() for b in await buttons.all()])
    # the next question is a new page
    room.open(first(room, "yesno"), (2, 10))
    await page.get_by_text(first(room, "yesno").text.get("nl")).wait_for(timeout=5000)
    assert await page.evaluate("window.woestMark") is None
    assert await page.get_by_role("button", name="ja", exact=True).is_enabled()
    assert errors == []  # no script error, no refused inline script or style (CSP)
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(255, 255, 255)"


async def test_without_javascript_forms_and_refresh_do_it_all(
    browser: Open, server: LiveServer, room: Room
) -> None:
    context = await browser(viewport=PHONE, java_script_enabled=False, color_scheme="dark")
    page = context.pages[0] if context.pages else await context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    await page.goto(server.url + "?lang=en")
    await page.get_by_role("button", name="I'd rather not say").click()
    await page.get_by_text("Hold on").wait_for()
    question = first(room, "text")
    room.open(question, (10, 10))
    # the page refreshes itself every few seconds
    await page.get_by_text(question.text.get("en")).wait_for(timeout=10_000)
    await check_page(page, server.port, requests)
    await page.get_by_role("textbox").fill("Meer <b>voetsurveillance</b>")
    await page.get_by_role("button", name="Send").click()
    await page.get_by_text("Received.").wait_for()
    await (
        page.locator(".received")
        .get_by_text("Your answer: Meer <b>voetsurveillance</b>")
        .wait_for()
    )
    answer = room.answer()
    assert answer is not None and answer.values == ("Meer <b>voetsurveillance</b>",)
    background = await page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(18, 18, 18)"  # dark, as the phone is set
    room.open(first(room, "scale"), (1, 10))
    await page.get_by_text("Question 1 of 10").wait_for(timeout=10_000)
    await page.get_by_role("button", name="don't know").click()
    await page.locator(".received").get_by_text("Your answer: don't know").wait_for()
    # the reveal comes with the page's own refresh
    room.reveal()
    await page.get_by_text("The result is on the screen").wait_for(timeout=10_000)
    assert await page.get_by_text("Your answer: don't know").is_visible()
    assert await page.locator("form").count() == 0
