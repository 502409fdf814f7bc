"""The live room's web server: aiohttp in the app's own event loop, nothing but the room.

It serves the join page, the open question, the vote and role forms, a stream of changes
and two static files, all under `/j/<code>/`; everything else is 404. It never serves
files, results, notes, names or earlier questions, and writes nothing to disk. Longer than
300 lines on purpose: every route and every check a hostile request meets is in one place,
so what the server answers can be read and reviewed at once.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from typing import Final

from aiohttp import web
from aiohttp.typedefs import Handler

from woest_tui.i18n import Lang, as_lang
from woest_tui.live.page import Page
from woest_tui.live.room import Refused, Room

#: The largest request body a phone may send (a text answer of 2,000 characters fits).
MAX_BODY: Final = 16 * 1024
COOKIE: Final = "woest_phone"
LANG_COOKIE: Final = "woest_lang"
#: Seconds between keep-alive lines on the event stream.
KEEPALIVE: Final = 15.0
#: The longest a vote's answer waits for the wall to show it (a wall that is covered, by the
#: join screen say, never paints the count: the phone is answered anyway).
WALL_WAIT: Final = 0.25
CSP: Final = (
    "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self';"
    " img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


@dataclass
class Limit:
    """A flood limit per address: a bucket of `burst` requests, refilled at `rate` a second."""

    rate: float = 20.0
    """Requests a second one address may keep up."""
    burst: float = 120.0
    """Requests one address may send at once (a room's worth behind one hotspot)."""


class Bucket:
    """Tokens per address; a request takes one, time puts them back."""

    def __init__(self, limit: Limit) -> None:
        self.limit = limit
        self.seen: dict[str, tuple[float, float]] = {}

    def take(self, address: str) -> bool:
        """Whether `address` may make one more request now."""
        now = time.monotonic()
        tokens, last = self.seen.get(address, (self.limit.burst, now))
        tokens = min(self.limit.burst, tokens + (now - last) * self.limit.rate)
        if len(self.seen) > 10_000:
            self.seen.clear()  # a flood of spoofed addresses must not grow memory forever
        if tokens < 1:
            self.seen[address] = (tokens, now)
            return False
        self.seen[address] = (tokens - 1, now)
        return True


def _settle(shown: asyncio.Future[None]) -> None:
    """The wall did not paint in time (covered by the join screen, say): answer anyway."""
    if not shown.done():
        shown.set_result(None)


def _static(name: str) -> bytes:
    return files("woest_tui.live").joinpath("static", name).read_bytes()


class LiveServer:
    """The server of one room; `start` and `stop` run in the app's event loop."""

    def __init__(self, room: Room, host: str, port: int, limit: Limit | None = None) -> None:
        self.room = room
        self.host = host
        self.port = port
        self.bucket = Bucket(limit or Limit())
        self.runner: web.AppRunner | None = None
        self.css = _static("live.css")
        self.js = _static("live.js")
        self.icon = _static("icon.svg")
        self.changed = asyncio.Event()
        self.closing = False
        self.seen: tuple[str | None, bool] = (None, False)
        #: Runs a callback once the screen has painted (the TUI's `call_after_refresh`).
        self.defer: Callable[[Callable[[], None]], object] | None = None
        #: A future done once the wall shows the room as it is now, or None when it does
        #: already (set by the TUI while it shows an open question's count). Every vote of
        #: one frame gets the same future: the server times it out once, not per vote.
        self.wall: Callable[[], asyncio.Future[None] | None] | None = None
        self.timed: asyncio.Future[None] | None = None
        room.listeners.append(self._wake)

    def _wake(self) -> None:
        # the streams wake only when what a phone shows changes (the question, the
        # reveal): a vote changes only the voter's page, which its own POST reloads, and
        # waking a hundred streams at each of a hundred votes would hold the loop
        room = self.room
        seen = (room.question.id if room.question is not None else None, room.revealed)
        if seen == self.seen and not self.closing:
            return
        self.seen = seen
        if self.defer is not None and not self.closing:
            # the wall first: a hundred phones fetching their page at once must not hold
            # the paint of the question the facilitator just opened
            self.defer(self._release)
        else:
            self._release()

    def _release(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()

    @property
    def url(self) -> str:
        """The address phones open, with the join code."""
        return f"{self._origin()}/j/{self.room.code}"

    @property
    def short_url(self) -> str:
        """The address with the short code, for typing."""
        return f"{self._origin()}/j/{self.room.short}"

    def _origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def app(self) -> web.Application:
        """The aiohttp application (the tests use it with a test client too)."""
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/j/{code}", self.page)
        app.router.add_post("/j/{code}/vote", self.vote)
        app.router.add_post("/j/{code}/role", self.role)
        app.router.add_get("/j/{code}/events", self.events)
        app.router.add_get("/j/{code}/s/live.css", self.static_css)
        app.router.add_get("/j/{code}/s/live.js", self.static_js)
        app.router.add_get("/j/{code}/s/icon.svg", self.static_icon)
        return app

    async def start(self) -> None:
        """Listen on host:port (port 0 takes a free one).

        Raises:
            OSError: the address cannot be used (port taken, no such address).
        """
        # handler_cancellation: a phone that goes away (a reload opens a new event stream)
        # ends its handler at once; without it, every stream left behind waited for its
        # next keep-alive line, and woke with the others at every change meanwhile
        runner = web.AppRunner(
            self.app(), access_log=None, handle_signals=False, handler_cancellation=True
        )
        await runner.setup()
        try:
            # SO_REUSEADDR: a rerun after a crash may take the port back at once (the old
            # connections linger in TIME_WAIT); a port another program listens on stays refused
            site = web.TCPSite(runner, self.host, self.port, reuse_address=True)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self.runner = runner
        server = site._server  # the only way aiohttp tells the port it took
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]

    async def stop(self) -> None:
        """Close every connection and stop listening."""
        if self.runner is not None:
            runner, self.runner = self.runner, None
            self.closing = True
            self._wake()
            await runner.cleanup()

    # --- the guard around every request ------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        address = request.remote or "?"
        if not self.bucket.take(address):
            return self._plain(429, "live_too_many", request)
        code = request.match_info.get("code")
        if code is None or not self._known(code, request):
            return self._plain(404, "live_not_found", request)
        try:
            response: web.StreamResponse = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return self._plain(413, "live_too_large", request)
        except Refused as refusal:
            response = self._refused(request, refusal)
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def _known(self, code: str, request: web.Request) -> bool:
        if code == self.room.code:
            return True
        # the short code opens the join page only
        return (
            request.method == "GET"
            and request.path == f"/j/{code}"
            and (code.upper() == self.room.short)
        )

    def _lang(self, request: web.Request) -> Lang:
        wanted = request.query.get("lang") or request.cookies.get(LANG_COOKIE)
        return as_lang(wanted) or self.room.lang

    def _plain(self, status: int, key: str, request: web.Request) -> web.Response:
        from woest_tui.i18n import message

        text = message(key, self._lang(request))
        return web.Response(status=status, text=text, headers=HEADERS)

    def _phone(self, request: web.Request) -> tuple[str | None, Page]:
        phone_id = request.cookies.get(COOKIE)
        phone = self.room.phones.get(phone_id or "")
        return (phone_id if phone else None), Page(
            self.room, phone, phone_id if phone else None, self._lang(request)
        )

    def _refused(self, request: web.Request, refusal: Refused) -> web.Response:
        _, page = self._phone(request)
        return web.Response(
            status=refusal.status, text=page.refused(refusal.key), content_type="text/html"
        )

    # --- the pages ----------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.StreamResponse:
        """The join page, the question, or the wait: whatever this phone should see now."""
        if request.match_info["code"] != self.room.code:
            raise web.HTTPSeeOther(f"/j/{self.room.code}")
        phone_id = self.room.join(request.cookies.get(COOKIE))
        _, page = self._phone_by(phone_id, request)
        response = web.Response(text=page.render(), content_type="text/html")
        self._cookies(response, request, phone_id)
        return response

    def _phone_by(self, phone_id: str, request: web.Request) -> tuple[str, Page]:
        phone = self.room.phones[phone_id]
        return phone_id, Page(self.room, phone, phone_id, self._lang(request))

    def _cookies(self, response: web.StreamResponse, request: web.Request, phone_id: str) -> None:
        path = f"/j/{self.room.code}"
        if request.cookies.get(COOKIE) != phone_id:
            response.set_cookie(COOKIE, phone_id, path=path, httponly=True, samesite="Strict")
        lang = request.query.get("lang")
        if lang in ("nl", "en"):
            response.set_cookie(LANG_COOKIE, lang, path=path, httponly=True, samesite="Strict")

    async def _form(self, request: web.Request) -> dict[str, list[str]]:
        if request.content_type != "application/x-www-form-urlencoded":
            raise Refused("live_bad_request", 415)
        try:
            posted = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise
        except (ValueError, UnicodeDecodeError):
            raise Refused("live_bad_request") from None
        form: dict[str, list[str]] = {}
        for name, value in posted.items():
            if not isinstance(value, str):
                raise Refused("live_bad_request")
            form.setdefault(name, []).append(value)
        return form

    def _known_phone(self, request: web.Request) -> str:
        phone_id = request.cookies.get(COOKIE)
        if phone_id is None or phone_id not in self.room.phones:
            raise Refused("live_unknown_phone", 403)
        return phone_id

    def _back(self) -> web.Response:
        """303 to the page (post, redirect, get), without a body: a hundred phones vote at once.

        Returned, not raised as `web.HTTPSeeOther`: that one is an exception with a text
        body of its own, which costs each vote more than the vote itself.
        """
        return web.Response(status=303, headers={"Location": f"/j/{self.room.code}"})

    async def vote(self, request: web.Request) -> web.StreamResponse:
        """A vote: checked, counted, then the page again (post, redirect, get)."""
        phone_id = self._known_phone(request)
        form = await self._form(request)
        questions = form.pop("q", [])
        if len(questions) != 1 or set(form) - {"value", "dont_know", "not_applicable"}:
            raise Refused("live_bad_request")
        self.room.vote(phone_id, questions[0], form)
        shown = self.wall() if self.wall is not None else None
        if shown is not None:
            # the wall first: the count is painted before a hundred answers are written,
            # which would otherwise hold the frame; the phone hears "ontvangen" right after
            if shown is not self.timed:
                self.timed = shown
                asyncio.get_running_loop().call_later(WALL_WAIT, _settle, shown)
            # shielded: a handler cancelled (its phone left, or the server stops) leaves the
            # frame the other votes wait for alone
            await asyncio.shield(shown)
        return self._back()

    async def role(self, request: web.Request) -> web.StreamResponse:
        """The phone's function (or "rather not say")."""
        phone_id = self._known_phone(request)
        form = await self._form(request)
        roles = form.get("role", [])
        if len(roles) != 1 or set(form) != {"role"}:
            raise Refused("live_bad_request")
        self.room.choose_role(phone_id, roles[0])
        return self._back()

    async def events(self, request: web.Request) -> web.StreamResponse:
        """Server-sent events: the phone's view state, sent again at every change."""
        phone_id = self._known_phone(request)
        response = web.StreamResponse(
            headers={**HEADERS, "Content-Type": "text/event-stream", "X-Accel-Buffering": "no"}
        )
        await response.prepare(request)
        sent = None
        try:
            while not self.closing:
                phone = self.room.phones.get(phone_id)
                state = Page(self.room, phone, phone_id, self.room.lang).state()
                if state != sent:
                    await response.write(f"data: {state}\n\n".encode())
                    sent = state
                waiting = self.changed
                try:
                    await asyncio.wait_for(waiting.wait(), KEEPALIVE)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
        except ConnectionError:
            pass  # the phone reloaded or left: its next page opens a new stream
        return response

    async def static_css(self, request: web.Request) -> web.StreamResponse:
        """The stylesheet."""
        return web.Response(body=self.css, content_type="text/css", headers=HEADERS)

    async def static_icon(self, request: web.Request) -> web.StreamResponse:
        """The page's icon (else the browser asks for /favicon.ico, outside the room)."""
        return web.Response(body=self.icon, content_type="image/svg+xml", headers=HEADERS)

    async def static_js(self, request: web.Request) -> web.StreamResponse:
        """The script that keeps the page current."""
        return web.Response(body=self.js, content_type="text/javascript", headers=HEADERS)
