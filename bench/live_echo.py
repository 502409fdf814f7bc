"""The live benchmark's baseline: a bare aiohttp server that answers each POST with its body.

`python -m bench.live_echo` listens on a free loopback port, prints the port on one line,
answers each `cpu` line on its stdin with its CPU time in seconds, and serves until its
stdin closes. It runs in a process of its own, beside woest's, so
that its rounds can be taken in turn with woest's while the machine's load is the same.
"""

from __future__ import annotations

import asyncio
import sys
import time

from aiohttp import web


async def echo(request: web.Request) -> web.Response:
    """The POST's body, back."""
    return web.Response(body=await request.read())


async def main() -> None:
    app = web.Application()
    app.router.add_post("/echo", echo)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    # `cpu` asks for this process's CPU time (finer than the system's ticks); an empty
    # read is the benchmark closing our stdin
    while (await reader.readline()).strip() == b"cpu":
        print(repr(time.process_time()), flush=True)
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
