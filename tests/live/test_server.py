"""The phone server over real HTTP on loopback: joining, voting, refusals, limits, reconnect."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from yarl import URL

from tests.live.conftest import join, phone_session
from woest_tui.core.model import Question, Questionnaire
from woest_tui.live.room import Room
from woest_tui.live.server import CSP, Limit, LiveServer


def question(bank: Questionnaire, kind: str, n: int = 0) -> Question:
    return [q for q in bank.questions() if q.type == kind][n]


def open_first_scale(room: Room) -> str:
    q = question(room.bank, "scale")
    room.open(q, (1, 10))
    return q.id


async def test_without_the_code_everything_is_404(server: LiveServer, room: Room) -> None:
    base = server.url.rsplit("/j/", 1)[0]
    async with phone_session() as phone:
        for path in (
            "/",
            "/j/",
            "/j/wrong",
            "/j/wrong/vote",
            "/j/wrong/s/live.css",
            f"/j/{room.code}x",
            f"/{room.code}",
            "/result.toml",
            "/../etc/passwd",
        ):
            async with phone.get(base + path) as response:
                assert response.status == 404, path
        async with phone.post(base + "/j/wrong/vote", data={"q": "x"}) as response:
            assert response.status == 404
    assert room.phones == {}


async def test_short_code_joins_and_leads_to_the_full_address(
    server: LiveServer, room: Room
) -> None:
    async with phone_session() as phone:
        async with phone.get(server.short_url.lower()) as response:
            assert response.status == 200
            assert str(response.url) == server.url
        # the short code opens only the join page, never the vote
        short = server.short_url
        async with phone.post(short + "/vote", data={"q": "x", "value": "1"}) as response:
            assert response.status == 404


async def test_a_vote_is_received_and_shown_back(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)
    async with phone_session() as phone:
        await join(phone, server.url)
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "7"}) as response:
            assert response.status == 200
            page = await response.text()
        assert "Ontvangen." in page and "Jouw antwoord: 7" in page
        assert room.answered == 1
        # a change before the reveal replaces the vote: one vote per phone
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "3"}) as response:
            assert response.status == 200
        answer = room.answer()
        assert answer is not None and answer.votes is not None
        low = room.bank.scale_of(question(room.bank, "scale")).min
        assert sum(answer.votes) == 1 and answer.votes[3 - low] == 1


async def test_a_vote_is_answered_once_the_wall_shows_it(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)
    order: list[str] = []
    painted = asyncio.get_running_loop().create_future()
    painted.add_done_callback(lambda _: order.append("painted"))
    server.wall = lambda: painted
    async with phone_session() as phone:
        await join(phone, server.url)
        post = asyncio.ensure_future(
            phone.post(server.url + "/vote", data={"q": qid, "value": "7"}, allow_redirects=False)
        )
        await asyncio.sleep(0.05)
        # counted at once, answered only after the wall has painted the count
        assert room.answered == 1 and not post.done()
        painted.set_result(None)
        async with await post as response:
            order.append("answered")
            assert response.status == 303
        assert order == ["painted", "answered"]


async def test_a_wall_that_never_paints_holds_no_phone(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)

    # the join screen covers the count: no paint comes
    covered = asyncio.get_running_loop().create_future()
    server.wall = lambda: covered
    async with phone_session() as phone:
        await join(phone, server.url)
        began = asyncio.get_running_loop().time()
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "7"}) as response:
            assert response.status == 200 and "Ontvangen." in await response.text()
        assert asyncio.get_running_loop().time() - began < 2
        assert room.answered == 1


async def test_the_votes_of_one_frame_share_one_wait_that_a_leaving_phone_cannot_cancel(
    server: LiveServer, room: Room, monkeypatch: pytest.MonkeyPatch
) -> None:
    qid = open_first_scale(room)
    frame = asyncio.get_running_loop().create_future()
    server.wall = lambda: frame
    timers: list[float] = []
    loop = asyncio.get_running_loop()
    call_later = loop.call_later

    def counted(delay: float, *args: object) -> asyncio.TimerHandle:
        timers.append(delay)
        return call_later(delay, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loop, "call_later", counted)
    async with phone_session() as leaving, phone_session() as staying:
        await join(leaving, server.url)
        await join(staying, server.url)
        gone = asyncio.ensure_future(
            leaving.post(server.url + "/vote", data={"q": qid, "value": "2"}, allow_redirects=False)
        )
        stays = asyncio.ensure_future(
            staying.post(server.url + "/vote", data={"q": qid, "value": "3"}, allow_redirects=False)
        )
        await asyncio.sleep(0.05)
        assert room.answered == 2
        # a phone that leaves while it waits for the wall: the other one still waits
        gone.cancel()
        await leaving.close()
        await asyncio.sleep(0.05)
        assert not frame.cancelled() and not stays.done()
        frame.set_result(None)
        async with await stays as response:
            assert response.status == 303
    # two votes in one frame: one time-out for the frame, not one per vote
    assert [delay for delay in timers if delay == 0.25] == [0.25]


async def test_a_frame_that_timed_out_does_not_answer_the_next_frames_votes(
    server: LiveServer, room: Room
) -> None:
    from woest_tui.live.server import _settle

    qid = open_first_scale(room)
    first = asyncio.get_running_loop().create_future()
    server.wall = lambda: first
    async with phone_session() as phone:
        await join(phone, server.url)
        async with phone.post(
            server.url + "/vote", data={"q": qid, "value": "2"}, allow_redirects=False
        ) as response:
            assert response.status == 303  # answered by the time-out: nothing painted it
        assert first.done()
        _settle(first)  # a second time-out of the same frame changes nothing
        second = asyncio.get_running_loop().create_future()
        server.wall = lambda: second
        post = asyncio.ensure_future(
            phone.post(server.url + "/vote", data={"q": qid, "value": "4"}, allow_redirects=False)
        )
        await asyncio.sleep(0.05)
        assert room.answered == 1 and not post.done()  # the new frame is waited for again
        second.set_result(None)
        async with await post as response:
            assert response.status == 303


async def test_an_event_stream_left_behind_ends_at_once(server: LiveServer, room: Room) -> None:
    open_first_scale(room)
    before = len(asyncio.all_tasks())
    phones = [phone_session() for _ in range(5)]
    for phone in phones:
        await join(phone, server.url)
    streams = [await phone.get(server.url + "/events") for phone in phones]
    for stream in streams:
        assert (await stream.content.readline()).startswith(b"data:")
    assert len(asyncio.all_tasks()) >= before + 5
    # the phones reload or leave: their streams close, and the server lets go of them
    for stream in streams:
        stream.close()
    for phone in phones:
        await phone.close()
    for _ in range(50):
        await asyncio.sleep(0.02)
        if len(asyncio.all_tasks()) <= before:
            break
    assert len(asyncio.all_tasks()) <= before


BAD = [
    ("unknown option", "choice", {"value": "no-such-option"}),
    ("out of range", "scale", {"value": "11"}),
    ("below range", "scale", {"value": "-1"}),
    ("not a number", "scale", {"value": "zeven"}),
    ("two values", "scale", {"value": ["1", "2"]}),
    ("no value", "scale", {}),
    ("yesno other", "yesno", {"value": "misschien"}),
    ("multi unknown", "multi", {"value": ["nope"]}),
    ("multi twice", "multi", {"value": ["x", "x"]}),
    ("number word", "number", {"value": "twaalf"}),
    ("number huge", "number", {"value": "9" * 40}),
    ("text empty", "text", {"value": "   "}),
    ("text too long", "text", {"value": "x" * 2001}),
    ("extra field", "scale", {"value": "1", "admin": "1"}),
    ("both marks", "scale", {"dont_know": "1", "not_applicable": "1"}),
    ("mark and value", "scale", {"value": "1", "not_applicable": "1"}),
    ("mark not 1", "scale", {"not_applicable": "yes"}),
]


@pytest.mark.parametrize(("case", "kind", "fields"), BAD, ids=[b[0] for b in BAD])
async def test_bad_votes_are_refused_and_change_nothing(
    server: LiveServer, room: Room, case: str, kind: str, fields: dict[str, object]
) -> None:
    q = question(room.bank, kind)
    room.open(q, (1, 10))
    if case == "multi twice":
        option = next(iter(q.options or ())).id
        fields = {"value": [option, option]}
    data = [("q", q.id)] + [
        (name, v)
        for name, value in fields.items()
        for v in (value if isinstance(value, list) else [value])
    ]
    async with phone_session() as phone:
        await join(phone, server.url)
        version = room.version
        async with phone.post(server.url + "/vote", data=data) as response:
            assert 400 <= response.status < 500
            page = await response.text()
        assert 'role="alert"' in page
    assert room.ballots == {} and room.version == version


async def test_weet_niet_and_nvt_are_answers_of_their_own(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)
    async with phone_session() as one, phone_session() as two:
        await join(one, server.url)
        await join(two, server.url)
        async with one.post(server.url + "/vote", data={"q": qid, "not_applicable": "1"}) as r:
            assert "Jouw antwoord: n.v.t. (bestaat hier niet)" in await r.text()
        async with two.post(server.url + "/vote", data={"q": qid, "dont_know": "1"}) as r:
            assert "Jouw antwoord: weet niet" in await r.text()
    answer = room.answer()
    assert answer is not None
    assert (answer.not_applicable_votes, answer.dont_know_votes) == (1, 1)
    assert answer.votes is not None and sum(answer.votes) == 0


async def test_closed_revealed_and_unknown_questions_are_refused(
    server: LiveServer, room: Room
) -> None:
    qid = open_first_scale(room)
    async with phone_session() as phone:
        await join(phone, server.url)
        async with phone.post(server.url + "/vote", data={"q": "stand-andere", "value": "1"}) as r:
            assert r.status == 409
        room.reveal()
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "1"}) as r:
            assert r.status == 409
            assert "uitslag is al getoond" in await r.text()
        room.open(None)
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "1"}) as r:
            assert r.status == 409
    assert room.ballots == {}


async def test_malformed_requests(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)
    async with phone_session() as phone:
        # a vote before joining
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "1"}) as r:
            assert r.status == 403
        await join(phone, server.url)
        async with phone.post(server.url + "/vote", json={"q": qid, "value": 1}) as r:
            assert r.status == 415
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        async with phone.post(
            server.url + "/vote", data=b"q=%ff%fe&value=\xff", headers=headers
        ) as r:
            assert 400 <= r.status < 500
        async with phone.post(server.url + "/vote", data={"value": "1"}) as r:
            assert r.status == 400
        async with phone.post(server.url + "/role", data={"role": "koning"}) as r:
            assert r.status == 400
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "x" * 20_000}) as r:
            assert r.status == 413
    assert room.ballots == {}


async def test_a_forged_cookie_is_not_a_phone(server: LiveServer, room: Room) -> None:
    qid = open_first_scale(room)
    async with phone_session() as phone:
        phone.cookie_jar.update_cookies({"woest_phone": "made-up"}, response_url=URL(server.url))
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "1"}) as r:
            assert r.status == 403
    assert room.ballots == {}


async def test_headers_and_escaping(
    server: LiveServer, room: Room, quickscan: Questionnaire
) -> None:
    q = question(quickscan, "text")
    room.open(q, (1, 10))
    async with phone_session() as phone:
        await join(phone, server.url)
        evil = '<script>alert(1)</script>"&'
        async with phone.post(server.url + "/vote", data={"q": q.id, "value": evil}) as r:
            page = await r.text()
            assert r.headers["Content-Security-Policy"] == CSP
            assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        # no inline script anywhere: the only script is the static file
        assert page.count("<script") == 1 and 'src="/j/' in page
        assert len(page.encode()) < 30_000
        async with phone.get(server.url + "/s/live.css") as r:
            assert r.status == 200 and len(await r.read()) < 30_000


async def test_reconnect_shows_the_current_question_and_own_answer(
    server: LiveServer, room: Room
) -> None:
    qid = open_first_scale(room)
    async with phone_session() as phone:
        await join(phone, server.url)
        async with phone.post(server.url + "/vote", data={"q": qid, "value": "6"}):
            pass
        cookies = phone.cookie_jar
        # the phone was gone for a while: a new connection with the same cookie
        async with aiohttp.ClientSession(cookie_jar=cookies) as again, again.get(server.url) as r:
            page = await r.text()
        assert "Jouw antwoord: 6" in page and "Ontvangen." in page
    assert room.joined == 1


async def test_events_stream_tells_of_a_new_question(server: LiveServer, room: Room) -> None:
    async with phone_session() as phone:
        await join(phone, server.url)
        async with phone.get(server.url + "/events") as stream:
            first = await stream.content.readline()
            assert first.startswith(b"data: |0|1")
            await stream.content.readline()
            open_first_scale(room)
            line = await asyncio.wait_for(stream.content.readline(), 5)
            opened = question(room.bank, "scale").id
            assert line.startswith(f"data: {opened}|0|1".encode())


async def test_language_switch(server: LiveServer, room: Room) -> None:
    async with phone_session() as phone:
        async with phone.get(server.url + "?lang=en") as r:
            assert "What is your function?" in await r.text()
        async with phone.get(server.url) as r:  # the choice sticks
            assert "What is your function?" in await r.text()


async def test_a_flood_from_one_address_is_limited(room: Room) -> None:
    live = LiveServer(room, "127.0.0.1", 0, Limit(rate=1, burst=5))
    await live.start()
    try:
        async with phone_session() as phone:
            statuses = []
            for _ in range(8):
                async with phone.get(live.url) as r:
                    statuses.append(r.status)
        assert statuses[:5] == [200] * 5 and statuses[-1] == 429
    finally:
        await live.stop()


async def test_port_taken_raises_oserror(server: LiveServer, room: Room) -> None:
    other = LiveServer(room, "127.0.0.1", server.port)
    with pytest.raises(OSError):
        await other.start()


async def test_a_rerun_takes_the_same_port_back_at_once(room: Room) -> None:
    first = LiveServer(room, "127.0.0.1", 0, Limit(rate=1000, burst=1000))
    await first.start()
    port = first.port
    async with phone_session() as phone:
        await join(phone, first.url)
        async with phone.get(first.url + "/events") as stream:
            await stream.content.readline()
            # the server closes first: its side of the connection lingers in TIME_WAIT
            await first.stop()
    again = LiveServer(Room(room.bank, "nl"), "127.0.0.1", port)
    await again.start()
    try:
        assert again.port == port
    finally:
        await again.stop()
