"""The real `woest run --mode live` on a pty: phones over loopback, SIGKILL, a new code, no server."""

from __future__ import annotations

import asyncio
import re
import socket
from pathlib import Path

import aiohttp

from tests.e2e.test_pty import ENTER, QUICK, Woest, started, validates, wait_saved
from woest_tui.core.files.bank import load_questionnaire

__all__ = ["started"]  # the fixture, shared with the other pty tests


#: The live server must bind a socket: the no-network guard of the other pty tests is off.
NO_GUARD = {"PYTHONPATH": ""}
URL = re.compile(r"http://127\.0\.0\.1:\d+/j/[A-Za-z0-9_-]{16}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def live(tmp_path: Path, port: int) -> Woest:
    args = ("--mode", "live", "--live-bind", f"127.0.0.1:{port}")
    return Woest(QUICK, tmp_path / "live.toml", tmp_path / "data", extra_env=NO_GUARD, args=args)


def join_url(woest: Woest, since: int = 0) -> str:
    woest.wait_for("Live sessie", since, timeout=30)
    woest.wait_for("Volledige code", since)
    found = URL.findall(woest.text(since))
    assert found, woest.text(since)[-2000:]
    return str(found[-1])


async def phones_vote(url: str, values: list[str]) -> list[int]:
    """Phones join, then each votes its value on the open question; their statuses."""
    statuses = []
    for value in values:
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as phone:
            await (await phone.get(url)).text()
            await (await phone.post(url + "/role", data={"role": "none"})).text()
            for _ in range(100):  # until the facilitator has opened the question
                page = await (await phone.get(url)).text()
                found = re.search(r'name="q" value="([^"]+)"', page)
                if found:
                    break
                await asyncio.sleep(0.05)
            assert found is not None
            data = {"q": found.group(1), "value": value}
            async with phone.post(url + "/vote", data=data) as response:
                statuses.append(response.status)
    return statuses


def test_kill_loses_no_confirmed_question_and_a_rerun_has_a_new_code(
    tmp_path: Path, started: list[Woest]
) -> None:
    port = free_port()
    woest = live(tmp_path, port)
    started.append(woest)
    first = join_url(woest)
    woest.press(ENTER)  # begin: the walk opens at the first theme
    woest.wait_for("Waar staan we?")
    woest.press(ENTER)
    woest.wait_for("hebben geantwoord")
    assert asyncio.run(phones_vote(first, ["7", "8", "7"])) == [200, 200, 200]
    woest.wait_for("3 van 3 hebben geantwoord")
    woest.press(ENTER)  # the first Enter reveals
    woest.wait_for("stemmen · gemiddelde")
    woest.press(ENTER)  # the second saves and moves on
    asked = load_questionnaire(QUICK).questions()[0]
    low = load_questionnaire(QUICK).scale_of(asked).min
    saved = wait_saved(woest.out, asked.id)
    assert saved["votes"][7 - low] == 2 and saved["votes"][8 - low] == 1
    woest.kill()
    validates(woest.out, QUICK)
    again = live(tmp_path, port)
    started.append(again)
    second = join_url(again)
    assert second != first  # a new code: the old link no longer opens the room
    again.press(ENTER)
    again.wait_for("vraag 2/4")
    assert wait_saved(again.out, asked.id) == saved
    assert again.quit() == 0


def test_a_taken_port_goes_on_as_votes_mode_and_says_so(
    tmp_path: Path, started: list[Woest]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        woest = live(tmp_path, port)
        started.append(woest)
        woest.wait_for("De live server kan niet starten", timeout=30)
        woest.press(ENTER)
        woest.wait_for("Tel de handen")  # votes mode: the counts are typed
        assert woest.quit() == 0
