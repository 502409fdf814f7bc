"""The live benchmark's woest side: a headless app in a live session, phones in another process.

`python -m bench.live_child OUT.json [ROUNDS] [KEYS]` writes the figures as JSON:

- `vote_ms`: per vote, from its POST being sent to the TUI having painted the count that
  holds it (100 phones voting at once, ROUNDS times);
- `post_ms`: the round trip of the same POSTs, as the phones saw it (the answer is a 303);
  each POST is stamped as it is written (see `bench.live_phones`);
- `echo_ms`: the same 100 POSTs at once, round trip to a bare aiohttp echo server in a
  process of its own (`bench.live_echo`), a round after each of woest's;
- `vote_cpu_ms` / `echo_cpu_ms`: per round, the CPU time woest's process spent from the
  votes being sent to the last count painted, and the echo's process on its round (CPU
  time does not grow with the load of other programs on the machine, wall time does);
- `keys_without` / `keys_with`: the Enter that saves a question and opens the next, to the
  paint of the next question, with no phone connected and with 100 connected (each on its
  event stream, fetching its page at each new question as the page's script does): the
  same Enter twice, Esc going back in between, in an order that swaps each time.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web
from textual.app import App

from bench.screen import visible
from woest_tui.core.files.bank import DEFAULT_BANK, find_bank
from woest_tui.core.session.launch import prepare_launch
from woest_tui.live.server import Limit, LiveServer
from woest_tui.live.session import LiveOptions
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.live_join import LiveJoinScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.live_panel import LivePanel

PHONES = 100
#: Seconds between the reveal and the Enter that moves on (a meeting takes minutes).
TALK = 1.0
#: Seconds between a question opening and the votes: the room reads it first (and the
#: phones have fetched its page by then, as they do at once in a meeting).
READ = 1.0
#: The count line on the wall, as it is painted.
COUNT = re.compile(r"(\d+) van (\d+) hebben geantwoord")
#: How much of the next screen's first line to look for in the painted frames.
MARK = 40


class Wall:
    """What the wall painted: each frame's update as the text a terminal would get.

    Every frame goes through Textual's `App._display` (headless, it skips the terminal):
    the hook renders the update to escape-coded text, as a terminal's frame costs, strips
    the escapes and reads it. A count or a question counts as shown only once a frame that
    holds it is painted, not when woest's code has asked for it.
    """

    def __init__(self) -> None:
        #: (round, count) -> when a frame first showed "count van N hebben geantwoord".
        self.counts: dict[tuple[int, int], float] = {}
        self.round = 0
        self.marker: str | None = None
        self.text = ""
        self.found = asyncio.Event()
        self.found_at = 0.0

    def expect(self, marker: str) -> None:
        """Look for `marker` in the frames painted from now on."""
        self.marker, self.text, self.found_at = marker, "", 0.0
        self.found.clear()

    def feed(self, frame: str) -> None:
        now = time.monotonic()
        text = visible(frame)
        if self.round:
            for match in COUNT.finditer(text):
                self.counts.setdefault((self.round, int(match.group(1))), now)
        if self.marker is not None and not self.found.is_set():
            # a frame holds what changed: the text of several frames is looked through
            self.text = (self.text + text)[-20_000:]
            if self.marker in self.text:
                self.found_at = now
                self.found.set()

    def shown(self, number: int, rank: int) -> float:
        """When round `number` first painted a count of at least `rank`."""
        return min(t for (n, count), t in self.counts.items() if n == number and count >= rank)


wall = Wall()
#: Vote arrivals: (round, the count the room had once it was counted, when it was sent).
arrivals: list[tuple[int, int, float]] = []


def instrument() -> None:
    """Hooks that note the moments the benchmark needs (the bench's own, not woest's)."""
    vote = LiveServer.vote

    async def timed_vote(self: LiveServer, request: web.Request) -> web.StreamResponse:
        sent = float(request.headers["X-Bench-Sent"])
        try:
            return await vote(self, request)
        finally:
            arrivals.append((wall.round, self.room.answered, sent))

    LiveServer.vote = timed_vote  # type: ignore[method-assign]
    display = App._display

    def painted(self: App[Any], screen: Any, renderable: Any) -> None:
        display(self, screen, renderable)
        render = getattr(renderable, "render_segments", None)
        if render is not None and not self._batch_count:
            wall.feed(render(self.console))

    App._display = painted  # type: ignore[method-assign]


class PhoneProcess:
    """The phones' process, driven by lines on its stdin."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(cls, url: str) -> PhoneProcess:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.live_phones",
            url,
            str(PHONES),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return cls(process)

    async def ask(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(command.encode() + b"\n")
        await self.process.stdin.drain()
        line = await self.process.stdout.readline()
        answer: dict[str, Any] = json.loads(line)
        return answer

    async def stop(self) -> None:
        await self.ask_quit()

    async def ask_quit(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"quit\n")
        await self.process.stdin.drain()
        await self.process.wait()


async def until(check: Any, timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not check():
        if time.monotonic() > end:
            raise TimeoutError("the benchmark waited too long")
        await asyncio.sleep(0.005)


async def to_question(app: WoestApp, pilot: Any, scale_only: bool = False) -> WalkScreen:
    """Move (untimed) until the walk shows a question (a scale question if asked)."""
    walk = app.screen
    assert isinstance(walk, WalkScreen)
    for _ in range(len(walk.walk.positions) * 2):
        if walk.question is not None and (not scale_only or walk.question.type == "scale"):
            return walk
        await pilot.press("enter")
        await pilot.pause()
    raise RuntimeError("the benchmark found no question to time (the walk went round twice)")


def next_marker(walk: WalkScreen) -> str:
    """The start of the first line the next screen shows: its question, or its theme's title."""
    target = walk.walk.next_planned(walk.walk.index + 1)
    if target >= len(walk.walk.positions):
        raise RuntimeError("the benchmark ran out of questions")
    position = walk.walk.positions[target]
    theme = walk.state.bank.themes[position.theme]
    if position.question is None:
        text = walk.text(theme.title)
    else:
        text = walk.text(theme.questions[position.question].text)
    return text.split("\n")[0][:MARK]


async def timed_enter(app: WoestApp, pilot: Any, walk: WalkScreen) -> float:
    """The Enter that saves the open question and opens the next, to the next one painted (ms).

    Before it, a hand is typed and the tally revealed.
    """
    panel = walk.query_one(LivePanel)
    panel.query_one("#hand-0").focus()
    await pilot.press("1", "r")
    await until(lambda: panel.room.revealed)
    # the team talks about the tally before it moves on: the phones have fetched
    # their page after the reveal by then (with phones and without alike)
    await asyncio.sleep(TALK)
    await pilot.pause()
    wall.expect(next_marker(walk))
    began = time.monotonic()
    await pilot.press("enter")
    await asyncio.wait_for(wall.found.wait(), 30)
    return 1000 * (wall.found_at - began)


async def timed_enters(app: WoestApp, pilot: Any, count: int) -> list[float]:
    """`count` timed Enters, each on the next question."""
    return [await timed_enter(app, pilot, await to_question(app, pilot)) for _ in range(count)]


async def back_to(pilot: Any, walk: WalkScreen, index: int) -> None:
    """Esc (untimed) until the walk is back at `index`."""
    for _ in range(6):
        if walk.walk.index == index:
            return
        await pilot.press("escape")
        await pilot.pause()
    raise RuntimeError("the benchmark could not go back to the question it timed")


async def timed_pair(
    app: WoestApp, pilot: Any, phones: PhoneProcess, order: tuple[bool, bool]
) -> dict[bool, float]:
    """The same Enter timed twice, with the phones connected and without, in `order`.

    After the first, Esc goes back to the same question: both time the same change of
    screen (a question to an introduction, or to a question of another shape, takes
    longer than to one like it, whatever the phones do).
    """
    walk = await to_question(app, pilot)
    at = walk.walk.index
    times: dict[bool, float] = {}
    for connected in order:
        await phones.ask("stream" if connected else "unstream")
        await back_to(pilot, walk, at)
        times[connected] = await timed_enter(app, pilot, walk)
    return times


class EchoProcess:
    """The bare echo server (`bench.live_echo`), in a process of its own."""

    def __init__(self, process: asyncio.subprocess.Process, port: int) -> None:
        self.process = process
        self.url = f"http://127.0.0.1:{port}/echo"

    @classmethod
    async def start(cls) -> EchoProcess:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bench.live_echo",
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert process.stdout is not None
        return cls(process, int(await process.stdout.readline()))

    async def cpu(self) -> float:
        """The CPU time (user and system) the echo's process has used so far, in seconds."""
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(b"cpu\n")
        await self.process.stdin.drain()
        return float(await self.process.stdout.readline())

    async def stop(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        await self.process.wait()


async def woest_side(rounds: int, keys: int) -> dict[str, Any]:
    """Every figure, woest's and the echo's taken in turn (the load of a busy machine varies).

    The keys come in pairs: the same Enter with no phone connected and with 100 connected,
    in an order that swaps each time. The phones have joined the room for both;
    "connected" is each holding its event stream open and fetching its page at each new
    question.
    """
    folder = Path(tempfile.mkdtemp(prefix="woest-bench-live-"))
    bank = find_bank(DEFAULT_BANK)
    launch = prepare_launch(questions=bank, team="Bench", out=folder / "live.toml", live=True)
    app = WoestApp(launch, "nl")
    app.live_options = LiveOptions(  # type: ignore[attr-defined]
        "127.0.0.1", 0, limit=Limit(rate=1e6, burst=1e6)
    )
    figures: dict[str, Any] = {
        "keys_without": [],
        "keys_with": [],
        "echo_ms": [],
        "post_ms": [],
        "vote_cpu_ms": [],
        "echo_cpu_ms": [],
    }
    async with app.run_test(size=(100, 30)) as pilot:
        await until(lambda: isinstance(app.screen, LiveJoinScreen))
        await pilot.press("enter")
        await pilot.pause()
        await timed_enters(app, pilot, 3)  # warm-up: the first screens of each kind
        assert app.live is not None
        echo = await EchoProcess.start()
        phones = await PhoneProcess.start(app.live.server.url)
        echoes = await PhoneProcess.start(echo.url)
        try:
            await echoes.ask("echo")  # warm-up: the connections
            await phones.ask("join")
            await until(lambda: app.live is not None and app.live.room.joined == PHONES)
            for turn in range(keys):
                pair = await timed_pair(
                    app, pilot, phones, (False, True) if turn % 2 == 0 else (True, False)
                )
                figures["keys_with"].append(pair[True])
                figures["keys_without"].append(pair[False])
            await phones.ask("stream")
            for number in range(1, rounds + 1):
                walk = await to_question(app, pilot, scale_only=True)
                await asyncio.sleep(READ)
                wall.round = number
                cpu = time.process_time()
                answer = await phones.ask("vote")
                assert answer.get("statuses") == [303], answer
                figures["post_ms"] += answer["ms"]
                await until(lambda number=number: (number, PHONES) in wall.counts)
                figures["vote_cpu_ms"].append(1000 * (time.process_time() - cpu))
                wall.round = 0
                cpu = await echo.cpu()
                figures["echo_ms"] += (await echoes.ask("echo"))["ms"]
                figures["echo_cpu_ms"].append(1000 * (await echo.cpu() - cpu))
                await pilot.press("r")
                await until(lambda walk=walk: walk.query_one(LivePanel).room.revealed)
                await pilot.press("enter")
                await pilot.pause()
        finally:
            await phones.stop()
            await echoes.stop()
            await echo.stop()
    # the screen shows a vote once it shows a count that holds it (votes that came in
    # together are painted together)
    figures["vote_ms"] = [
        1000 * (wall.shown(number, rank) - sent) for number, rank, sent in arrivals if number > 0
    ]
    return figures


def main() -> None:
    out = Path(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    keys = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    instrument()
    figures = asyncio.run(woest_side(rounds, keys))
    out.write_text(json.dumps(figures), encoding="utf-8")


if __name__ == "__main__":
    main()
