"""The phones of the live benchmark, in a process of their own so they do not share woest's loop.

`python -m bench.live_phones URL COUNT MODE` reads commands on stdin, one a line, and
answers each on stdout as one JSON line:

- `join`: every phone opens the page and chooses "rather not say".
- `stream`: every phone also opens the event stream and fetches its page at each event, as
  the page's script does (it reloads): the load of 100 connected phones.
- `unstream`: every phone closes its event stream again.
- `vote`: every phone votes at once on the open question; each POST carries its send time
  (CLOCK_MONOTONIC, shared by the processes of one machine) in `X-Bench-Sent`; the answer
  holds the statuses and each POST's round trip in milliseconds.
- `echo`: the same 100 POSTs at once to a bare echo server (URL is then its address);
  the answer is each POST's round trip in milliseconds.
- `quit`.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import time

import aiohttp


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
        self.value = 0

    async def join(self) -> dict[str, object]:
        async def one(session: aiohttp.ClientSession) -> None:
            async with session.get(self.url) as response:
                await response.read()
            async with session.post(self.url + "/role", data={"role": "none"}) as response:
                await response.read()

        await asyncio.gather(*(one(s) for s in self.sessions))
        return {"joined": len(self.sessions)}

    async def _follow(self, session: aiohttp.ClientSession) -> None:
        async with session.get(self.url + "/events") as stream:
            async for line in stream.content:
                if line.startswith(b"data:"):
                    async with session.get(self.url) as response:
                        await response.read()

    async def stream(self) -> dict[str, object]:
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

        async def one(session: aiohttp.ClientSession) -> tuple[int, float]:
            sent = time.monotonic()
            headers = {"X-Bench-Sent": repr(sent)}
            data = {"q": question, "value": value}
            async with session.post(
                self.url + "/vote", data=data, headers=headers, allow_redirects=False
            ) as response:
                await response.read()
                return response.status, 1000 * (time.monotonic() - sent)

        answers = await asyncio.gather(*(one(s) for s in self.sessions))
        return {
            "statuses": sorted({status for status, _ in answers}),
            "ms": [ms for _, ms in answers],
        }

    async def echo(self) -> dict[str, object]:
        async def one(session: aiohttp.ClientSession) -> float:
            sent = time.monotonic()
            async with session.post(self.url, data={"q": "x", "value": "1"}) as response:
                await response.read()
            return 1000 * (time.monotonic() - sent)

        return {"ms": await asyncio.gather(*(one(s) for s in self.sessions))}

    async def close(self) -> None:
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
