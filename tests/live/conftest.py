"""Shared pieces of the live room's tests: the quick scan bank, a room, phones over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from woest_tui.core.files.bank import find_bank, load_questionnaire
from woest_tui.core.model import Questionnaire
from woest_tui.live.room import Room
from woest_tui.live.server import Limit, LiveServer


@pytest.fixture(scope="session")
def quickscan() -> Questionnaire:
    path = find_bank("quickscan")
    assert path is not None
    return load_questionnaire(path)


@pytest.fixture
def room(quickscan: Questionnaire) -> Room:
    return Room(quickscan, "nl")


@pytest.fixture
async def server(room: Room) -> AsyncIterator[LiveServer]:
    live = LiveServer(room, "127.0.0.1", 0, Limit(rate=1000, burst=1000))
    await live.start()
    yield live
    await live.stop()


def phone_session() -> aiohttp.ClientSession:
    """A phone: its own cookie jar (an address is a host for cookies too)."""
    return aiohttp.ClientSession(
        cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=aiohttp.ClientTimeout(total=10)
    )


async def join(session: aiohttp.ClientSession, url: str, role: str = "wijkagent") -> None:
    """Open the join page and choose a function."""
    async with session.get(url) as response:
        assert response.status == 200
    async with session.post(url + "/role", data={"role": role}) as response:
        assert response.status == 200
