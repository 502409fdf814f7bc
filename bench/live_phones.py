"""The phones of the live benchmark, in a process of their own so they do not share woest's loop.

`python -m bench.live_phones URL COUNT MODE` reads commands on stdin, one a line, and
answers each on stdout as one JSON line:

- `join`: every phone opens the page and chooses "rather not say".
- `stream`: every phone also opens the event stream and fetches its page when the question
  changes, as the page's script does (the reveal it shows in place): the load of 100
  connected phones.
- `unstream`: every phone closes its event stream again.
- `vote`: every phone votes at once on the open question; each POST carries its send time
  (CLOCK_MONOTONIC, shared by the processes of one machine) in `X-Bench-Sent`; the answer
  holds the statuses and each POST's round trip in milliseconds.
- `echo`: the same 100 POSTs at once to a bare echo server (URL is then its address);
  the answer is each POST's round trip in milliseconds.
- `quit`.

The timed POSTs (`vote`, `echo`) go over plain connections of their own, one per phone,
opened beforehand, each request made in full before the first is sent: a hundred phones
each send their own POST at the same moment, where one process building a hundred
requests with a full HTTP client one after another spread them over 15 to 40 ms, and
stamped each with the moment its building began rather than the moment it was sent.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time
from urllib.parse import urlencode, urlsplit

import aiohttp

COOKIE = "woest_phone"


class Wire:
    """One plain keep-alive HTTP/1.1 connection, for timed POSTs sent exactly when stamped."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, url: str) -> Wire:
        parts = urlsplit(url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        return cls(reader, writer)

    def send(self, head: bytes, body: bytes) -> float:
        """Stamp the moment, then write the whole request at once; the stamp is returned."""
        sent = time.monotonic()
        self.writer.write(head + b"X-Bench-Sent: %r\r\n\r\n" % sent + body)
        return sent

    async def status(self) -> int:
        """Read one response; its status."""
        lines = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(lines[0].split()[1])

    def close(self) -> None:
        self.writer.close()


def request(url: str, cookie: str | None, fields: dict[str, str]) -> tuple[bytes, bytes]:
    """A form POST to `url` without its last header line: (head, body)."""
    parts = urlsplit(url)
    body = urlencode(fields).encode()
    head = (
        f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n" + (f"Cookie: {COOKIE}={cookie}\r\n" if cookie else "")
    )
    return head.encode(), body


async def burst(wires: list[Wire], requests: list[tuple[bytes, bytes]]) -> list[tuple[int, float]]:
    """Every request sent at once, one a wire; each answer's status and round trip (ms)."""
    sent = [wire.send(head, body) for wire, (head, body) in zip(wires, requests, strict=True)]

    async def answer(wire: Wire, began: float) -> tuple[int, float]:
        status = await wire.status()
        return status, 1000 * (time.monotonic() - began)

    return await asyncio.gather(*(answer(w, t) for w, t in zip(wires, sent, strict=True)))


class Phones:
    """COUNT phones, each with its own cookies."""

    def __init__(self, url: str, count: int) -> None:
        self.url = url
        connector = aiohttp.TCPConnector(limit=0)
        self.sessions = [
            aiohttp.ClientSession(
                cookie_jar=aiohttp.CookieJar(unsafe=True),
                connector=connector,
                connector_owner=False,
            )
            for _ in range(count)
        ]
        self.connector = connector
        self.streams: list[asyncio.Task[None]] = []
        self.wires: list[Wire] = []
        self.value = 0

    async def _wires(self) -> list[Wire]:
        if not self.wires:
            self.wires = [await Wire.open(self.url) for _ in self.sessions]
        return self.wires

    def cookie(self, session: aiohttp.ClientSession) -> str | None:
        """The phone's id as its cookie holds it (None before it joined)."""
        for cookie in session.cookie_jar:
            if cookie.key == COOKIE:
                return cookie.value
        return None

    async def join(self) -> dict[str, object]:
        async def one(session: aiohttp.ClientSession) -> None:
            async with session.get(self.url) as response:
                await response.read()
            async with session.post(self.url + "/role", data={"role": "none"}) as response:
                await response.read()

        await asyncio.gather(*(one(s) for s in self.sessions))
        return {"joined": len(self.sessions)}

    async def _follow(self, session: aiohttp.ClientSession) -> None:
        """As the page's script does: a new page for a new question, the reveal in place."""
        shown: list[bytes] | None = None
        async with session.get(self.url + "/events") as stream:
            try:
                async for line in stream.content:
                    if not line.startswith(b"data:"):
                        continue
                    state = line[5:].strip().split(b"|")  # question|revealed|joined
                    if shown is None or (state[0], state[2]) != (shown[0], shown[2]):
                        async with session.get(self.url) as response:
                            await response.read()
                    shown = state
            finally:
                # a page that goes away closes its stream's connection, as a browser does
                # (released, the client would keep it open for its next request)
                stream.close()

    async def stream(self) -> dict[str, object]:
        """Every phone opens its event stream (once: a phone that has one keeps it)."""
        if self.streams:
            return {"streams": len(self.streams)}
        self.streams = [asyncio.create_task(self._follow(s)) for s in self.sessions]
        await asyncio.sleep(0.5)
        return {"streams": len(self.streams)}

    async def unstream(self) -> dict[str, object]:
        """Every phone closes its event stream: no phone is connected any more."""
        for task in self.streams:
            task.cancel()
        await asyncio.gather(*self.streams, return_exceptions=True)
        self.streams = []
        await asyncio.sleep(0.2)
        return {"streams": 0}

    async def vote(self) -> dict[str, object]:
        async with self.sessions[0].get(self.url) as response:
            page = await response.text()
        found = re.search(r'name="q" value="([^"]+)"', page)
        if found is None:
            return {"error": "no open question"}
        question = found.group(1)
        self.value += 1
        value = str(1 + self.value % 5)
        wires = await self._wires()
        requests = [
            request(self.url + "/vote", self.cookie(session), {"q": question, "value": value})
            for session in self.sessions
        ]
        answers = await burst(wires, requests)
        return {
            "statuses": sorted({status for status, _ in answers}),
            "ms": [ms for _, ms in answers],
        }

    async def echo(self) -> dict[str, object]:
        wires = await self._wires()
        requests = [request(self.url, None, {"q": "x", "value": "1"}) for _ in wires]
        return {"ms": [ms for _, ms in await burst(wires, requests)]}

    async def close(self) -> None:
        for wire in self.wires:
            wire.close()
        for task in self.streams:
            task.cancel()
        await asyncio.gather(*self.streams, return_exceptions=True)
        for session in self.sessions:
            await session.close()
        await self.connector.close()


async def main() -> None:
    url, count = sys.argv[1], int(sys.argv[2])
    phones = Phones(url, count)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        command = (await reader.readline()).decode().strip()
        if command in ("", "quit"):
            break
        answer = await getattr(phones, command)()
        print(json.dumps(answer), flush=True)
    await phones.close()


if __name__ == "__main__":
    asyncio.run(main())
