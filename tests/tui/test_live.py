"""A real woest (the app, headless) in a live session with 30 phones over HTTP on loopback."""

from __future__ import annotations

import asyncio
import re
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.tui.conftest import QUICK, MakeApp
from woest_tui.core.check.result import check_result
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Question
from woest_tui.live.server import Limit
from woest_tui.live.session import LiveOptions
from woest_tui.live.tally import OTHER
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.live_join import LiveJoinScreen
from woest_tui.tui.screens.review import ReviewScreen
from woest_tui.tui.screens.walk import WalkScreen

pytestmark = pytest.mark.threaded_saves  # the live session writes before the phones move on

#: 30 people: 10 wijkagenten, 5 OE's, one teamchef and 14 who'd rather not say.
ROLES = ["wijkagent"] * 10 + ["oe"] * 5 + ["teamchef"] + ["none"] * 14


def vote_of(question: Question, index: int) -> dict[str, Any]:
    """What phone `index` answers: varied, and now and then "weet niet"."""
    if index % 10 == 9:
        return {"dont_know": "1"}
    if index % 10 == 8:
        return {"not_applicable": "1"}
    if question.type == "scale":
        return {"value": str(1 + index % 5)}
    if question.type == "choice":
        options = question.options or ()
        return {"value": options[index % len(options)].id}
    if question.type == "multi":
        options = question.options or ()
        return {"value": [options[index % len(options)].id, options[(index + 1) % len(options)].id]}
    if question.type == "yesno":
        return {"value": "yes" if index % 3 else "no"}
    if question.type == "number":
        return {"value": f"{index % 20},5" if index % 2 else str(index % 20)}
    return {"value": f"antwoord <{index}>"}


class Phone:
    """A phone: its own cookies, the page it saw last."""

    def __init__(self, url: str, role: str) -> None:
        self.url = url
        self.role = role
        self.session = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=aiohttp.ClientTimeout(total=20)
        )

    async def join(self) -> None:
        async with self.session.get(self.url) as response:
            assert response.status == 200
        async with self.session.post(self.url + "/role", data={"role": self.role}) as response:
            assert response.status == 200

    async def page(self) -> str:
        async with self.session.get(self.url) as response:
            assert response.status == 200
            return await response.text()

    async def vote(self, fields: dict[str, Any]) -> str:
        page = await self.page()
        found = re.search(r'name="q" value="([^"]+)"', page)
        assert found is not None, page
        data = [("q", found.group(1))]
        for name, value in fields.items():
            data += [(name, v) for v in (value if isinstance(value, list) else [value])]
        async with self.session.post(self.url + "/vote", data=data) as response:
            assert response.status == 200, await response.text()
            return await response.text()


async def until(check: Any, pilot: Any, timeout: float = 10.0) -> None:
    """Wait (letting the app run) until `check()` holds."""
    for _ in range(int(timeout / 0.02)):
        if check():
            return
        await pilot.pause(0.02)
    raise AssertionError("timed out")


def live_app(make_app: MakeApp, out: Path, **kw: Any) -> WoestApp:
    app = make_app(out=out, live=True, **kw)
    options = LiveOptions("127.0.0.1", 0, limit=Limit(rate=5000, burst=5000))
    app.live_options = options  # type: ignore[attr-defined]
    return app


def status_of(walk: WalkScreen) -> str:
    return str(walk.query_one("#live-status").render())


def tally_of(walk: WalkScreen) -> str:
    return str(walk.query_one("#live-result").render())


def revealed(walk: WalkScreen) -> bool:
    """Whether the wall shows the tally (before the reveal only the rows' names stand there)."""
    return walk.query_one("#live-result").has_class("-revealed")


def expected_total(question: Question, votes: list[dict[str, Any]]) -> Counter[str]:
    counted: Counter[str] = Counter()
    for fields in votes:
        if "dont_know" in fields or "not_applicable" in fields:
            counted[next(iter(fields))] += 1
            continue
        value = fields["value"]
        for v in value if isinstance(value, list) else [value]:
            counted[v] += 1
    return counted


async def test_thirty_phones_through_the_quick_scan(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "live.toml"
    app = live_app(make_app, out)
    bank = load_questionnaire(QUICK)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(lambda: isinstance(app.screen, LiveJoinScreen), pilot)
        assert app.live is not None
        url = app.live.server.url
        assert url.startswith("http://127.0.0.1:")
        phones = [Phone(url, role) for role in ROLES]
        try:
            await asyncio.gather(*(phone.join() for phone in phones))
            await until(
                lambda: (
                    "30 telefoons doen mee" in str(app.screen.query_one("#join-count").render())
                ),
                pilot,
            )
            await pilot.press("enter")
            walk = app.screen
            assert isinstance(walk, WalkScreen)
            saved = 0
            while not isinstance(app.screen, ReviewScreen):
                question = walk.question
                if question is None:
                    await pilot.press("enter")
                    await pilot.pause()
                    continue
                votes = [vote_of(question, i) for i in range(len(phones))]
                pages = await asyncio.gather(
                    *(p.vote(v) for p, v in zip(phones, votes, strict=True))
                )
                assert all("Ontvangen." in page for page in pages)
                await until(lambda: "30 van 30 hebben geantwoord" in status_of(walk), pilot)
                # the distribution stays hidden until the reveal
                assert not revealed(walk) and "█" not in tally_of(walk)
                await pilot.press("r")
                await until(lambda: revealed(walk), pilot)
                # after the reveal a phone can no longer change its answer
                async with phones[0].session.post(
                    url + "/vote", data={"q": question.id, **votes[1]}
                ) as r:
                    assert r.status == 409
                await pilot.press("enter")
                saved += 1
                # the file is written before the phones move on
                result = load_result(out)
                assert check_result(result, bank) == []
                answer = result.answers[question.id]
                counted = expected_total(question, votes)
                assert (answer.dont_know_votes or 0) == counted.pop("dont_know", 0)
                assert (answer.not_applicable_votes or 0) == counted.pop("not_applicable", 0)
                if answer.votes is not None:
                    scale = bank.scale_of(question)
                    assert {
                        str(scale.min + i): n for i, n in enumerate(answer.votes) if n
                    } == counted
                elif answer.counts is not None:
                    assert {k: n for k, n in answer.counts.items() if n} == counted
                else:
                    assert answer.values is not None and len(answer.values) == sum(counted.values())
                # the teamchef alone is never apart: overig holds them
                assert answer.by_role is not None
                assert set(answer.by_role) == {"wijkagent", "oe", OTHER}
                assert result.schema_ == 1 and result.session.live
                assert result.session.merged_from is None and result.session.people == 30
                assert result.session.roles == {"wijkagent": 10, "oe": 5, OTHER: 15}
                assert sum(1 for a in result.answers.values() if a.is_answered) == saved
                await until(
                    lambda q=question: (
                        walk.question is not q or isinstance(app.screen, ReviewScreen)
                    ),
                    pilot,
                )
            assert saved == len(bank.questions())
            # nothing but the result file (and its lock, beside it) was written: no log,
            # no votes per phone, no cookies or codes
            written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")}
            assert written - {"sessions"} == {"live.toml", ".live.toml.woest-lock"}
            # after the last question the phones wait
            assert "Wacht even" in await phones[0].page()
        finally:
            await asyncio.gather(*(phone.session.close() for phone in phones))


async def open_first_question(app: WoestApp, pilot: Any) -> WalkScreen:
    await until(lambda: isinstance(app.screen, LiveJoinScreen), pilot)
    await pilot.press("enter")
    walk = app.screen
    assert isinstance(walk, WalkScreen)
    await pilot.press("enter")  # past the first theme's introduction
    await until(lambda: walk.question is not None, pilot)
    return walk


async def test_the_tally_stays_hidden_until_r_and_typed_hands_are_marked(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "live.toml"
    app = live_app(make_app, out)
    async with app.run_test(size=(100, 40)) as pilot:
        walk = await open_first_question(app, pilot)
        assert app.live is not None and walk.question is not None
        first_scale = walk.question
        phones = [Phone(app.live.server.url, "none") for _ in range(2)]
        try:
            for phone in phones:
                await phone.join()
            await phones[0].vote({"value": "7"})
            await phones[1].vote({"value": "3"})
            await until(lambda: "2 van 2 hebben geantwoord" in status_of(walk), pilot)
            assert not revealed(walk) and "█" not in tally_of(walk)
            assert "stemmen" not in tally_of(walk)
            assert "7" not in status_of(walk) and "█" not in status_of(walk)
            # two people without a phone say 7: typed in the row of point 7
            scale = walk.state.bank.scale_of(first_scale)
            walk.query_one(f"#hand-{7 - scale.min}").focus()
            await pilot.press("2")
            await pilot.press("r")
            await until(lambda: revealed(walk), pilot)
            shown = tally_of(walk)
            assert "(met de hand: 2)" in shown and "4 stemmen" in shown
            # a phone cannot change its vote after the reveal
            async with phones[0].session.post(
                app.live.server.url + "/vote", data={"q": first_scale.id, "value": "1"}
            ) as response:
                assert response.status == 409
            await pilot.press("enter")
            answer = load_result(out).answers[first_scale.id]
            assert answer.votes is not None
            assert (answer.votes[3 - scale.min], answer.votes[7 - scale.min]) == (1, 3)
            assert answer.by_role is None  # three people, one group: nothing apart
        finally:
            await asyncio.gather(*(phone.session.close() for phone in phones))


async def test_first_enter_reveals_auto_reveal_and_the_top_line(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = live_app(make_app, tmp_path / "live.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        walk = await open_first_question(app, pilot)
        assert app.live is not None and walk.question is not None
        first, second = walk.state.bank.questions()[:2]
        room = app.live.room
        room.auto_reveal = True
        top = str(walk.query_one("#live-top").render())
        assert app.live.server.url in top and room.short in top
        phone = Phone(app.live.server.url, "oe")
        try:
            await phone.join()
            await until(lambda: "1 mee" in str(walk.query_one("#live-top").render()), pilot)
            await phone.vote({"value": "5"})
            # everyone in the room answered: the tally shows by itself
            await until(lambda: revealed(walk), pilot)
            await pilot.press("enter")
            await until(lambda: walk.question is not None and walk.question.id != first.id, pilot)
            # here nobody answered yet: the first Enter reveals, it does not save
            room.auto_reveal = False
            await pilot.press("enter")
            await until(lambda: room.revealed, pilot)
            assert walk.question is not None and walk.question.id == second.id
            # j shows the QR code again for latecomers
            await pilot.press("j")
            await until(lambda: isinstance(app.screen, LiveJoinScreen), pilot)
            assert "1 telefoon doet mee" in str(app.screen.query_one("#join-count").render())
            await pilot.press("escape")
            await until(lambda: app.screen is walk, pilot)
        finally:
            await phone.session.close()


async def test_the_start_screen_offers_live(make_app: MakeApp, tmp_path: Path) -> None:
    from textual.widgets import Select

    out = tmp_path / "start-live.toml"
    app = make_app(team=None, out=out)
    app.live_options = LiveOptions("127.0.0.1", 0)  # type: ignore[attr-defined]
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        app.screen.query_one("#team").value = "Basisteam Live"  # type: ignore[attr-defined]
        app.screen.query_one("#mode", Select).value = "live"
        await pilot.press("ctrl+s")
        await until(lambda: isinstance(app.screen, LiveJoinScreen), pilot)
    result = load_result(out)
    assert result.session.live and result.session.mode == "votes"


async def test_votes_repaint_the_count_once_a_frame_without_a_layout(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from textual.widget import Widget

    from woest_tui.tui.widgets.live_panel import LiveStatus

    app = live_app(make_app, tmp_path / "live.toml")
    async with app.run_test(size=(100, 40)) as pilot:
        walk = await open_first_question(app, pilot)
        assert app.live is not None and walk.question is not None
        room, question = app.live.room, walk.question
        phones = [room.join(None) for _ in range(40)]
        for phone in phones:
            room.choose_role(phone, "none")
        await until(lambda: "0 van 40" in status_of(walk), pilot)
        await pilot.pause()
        layouts: list[Widget] = []
        renders: list[int] = []
        refresh, render = Widget.refresh, LiveStatus.render

        def spy_refresh(self: Widget, *regions: Any, **kw: Any) -> Widget:
            if kw.get("layout") or kw.get("recompose"):
                layouts.append(self)
            return refresh(self, *regions, **kw)

        def spy_render(self: LiveStatus) -> Any:
            renders.append(room.answered)
            return render(self)

        monkeypatch.setattr(Widget, "refresh", spy_refresh)
        monkeypatch.setattr(LiveStatus, "render", spy_render)
        scale = walk.state.bank.scale_of(question)
        # forty votes come in between two frames: one drawing of the count, no layout
        for index, phone in enumerate(phones):
            room.vote(phone, question.id, {"value": [str(scale.min + index % scale.points)]})
        await until(lambda: 40 in renders, pilot)
        await pilot.pause()
        assert renders == [40]
        assert layouts == []
        assert "40 van 40 hebben geantwoord" in status_of(walk)


async def test_a_new_question_reaches_the_phones_after_the_wall_and_a_collection(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import woest_tui.tui.support.live_start as live_start

    app = live_app(make_app, tmp_path / "live.toml")
    order: list[str] = []

    class Collector:
        """Notes each full collection, with the question the wall showed by then."""

        def collect(self) -> int:
            shown = app.screen.question if isinstance(app.screen, WalkScreen) else None
            order.append(f"collect {shown.id if shown else None}")
            return 0

    monkeypatch.setattr(live_start, "gc", Collector())
    async with app.run_test(size=(100, 40)) as pilot:
        walk = await open_first_question(app, pilot)
        assert app.live is not None and walk.question is not None
        room, server = app.live.room, app.live.server
        await until(lambda: server.seen[0] is not None, pilot)
        await pilot.pause(0.1)
        release = server._release

        def told() -> None:
            order.append(f"phones {room.question.id if room.question else None}")
            release()

        monkeypatch.setattr(server, "_release", told)
        order.clear()
        room.join(None)
        # the reveal and an introduction tell the phones without a collection
        await pilot.press("r")
        await until(lambda: bool(order), pilot)
        assert order == [f"phones {walk.question.id}"]
        order.clear()
        await pilot.press("enter")
        await until(lambda: walk.question is not None and bool(order), pilot)
        await pilot.pause(0.1)
        first = walk.question.id
        # a question: the wall shows it, the collector runs, then the phones hear
        assert order[-2:] == [f"collect {first}", f"phones {first}"]
