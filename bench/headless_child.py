"""A child process that runs woest, the bare app or the floor headless, driven by keys.

Run as `python -m bench.headless_child CONFIG.json`. It imports nothing of woest (nor
pydantic) before the program under test does, so its start-up is the program's own.

"Painted" is Textual's own signal: every frame goes through `App._display`, which in
headless mode skips the terminal. The hook below renders each frame's update to the
escape-coded text a terminal would get (so headless frames cost what real ones cost)
and looks in it for the texts that show the next screen is there.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.screen import visible

COLUMNS, LINES = 100, 30
TIMEOUT = 30.0
#: Seconds to let a screen settle before the next key (focus moves after a refresh).
SETTLE = 0.02


class Watcher:
    """Collects the text of painted frames and says when all expected texts were painted."""

    def __init__(self, markers: list[str]) -> None:
        self.expect(markers)

    def expect(self, markers: list[str]) -> None:
        """Look for `markers` in frames painted from now on."""
        self.markers = markers
        self.text = ""
        self.hit: float | None = None if markers else time.monotonic()
        self.cpu = time.process_time()
        self.event: asyncio.Event | None = None

    def feed(self, text: str) -> None:
        """A frame was painted."""
        if self.hit is not None:
            return
        self.text += visible(text)
        if all(m in self.text for m in self.markers):
            self.hit = time.monotonic()
            self.cpu = time.process_time()
            if self.event is not None:
                self.event.set()

    async def wait(self) -> float:
        """The time the expected texts were painted (waiting for it when needed)."""
        if self.hit is None:
            self.event = asyncio.Event()
            try:
                await asyncio.wait_for(self.event.wait(), TIMEOUT)
            except TimeoutError:
                tail = self.text[-1500:]
                raise RuntimeError(f"never painted: {self.markers}; painted:\n{tail}") from None
        assert self.hit is not None
        return self.hit


def _key_event(key: str) -> Any:
    from textual import events

    return events.Key(key, "\r" if key == "enter" else key)


async def _walk(pilot: Any, config: dict[str, Any], watcher: Watcher, report: dict[str, Any]):
    """Answer every step of the plan; time each confirming key to the next screen's paint."""
    app = pilot.app
    steps = config["plan"]["steps"]
    ticks: list[float] = []
    running = True

    async def ticker() -> None:
        # wakes every millisecond; a long gap between wake-ups is a stalled event loop
        while running:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.001)

    report["first"] = await watcher.wait()
    tick_task = asyncio.create_task(ticker()) if config["mode"] == "walk" else None
    latencies = []
    for step in steps:
        if config["mode"] == "walk":
            # settle (not timed): wait_for_idle in a plain pause() would wait on the ticker
            await pilot.pause(SETTLE)
            watcher.expect(step["picked"])
            for key in step["pre"]:
                app._driver.send_message(_key_event(key))
            await watcher.wait()
            await pilot.pause(SETTLE)
        watcher.expect(step["markers"])
        start, cpu = time.monotonic(), time.process_time()
        app._driver.send_message(_key_event(step["key"]))
        painted = await watcher.wait()
        latencies.append(painted - start)
        # the CPU time this process spent in the interval: robust on a busy machine
        report.setdefault("steps", []).append([step["kind"], start, painted, watcher.cpu - cpu])
    report["painted"] = painted
    running = False
    if tick_task is not None:
        await tick_task
    report["ticks"] = ticks
    report["latencies"] = latencies
    app.exit()


def _install(config: dict[str, Any], watcher: Watcher, report: dict[str, Any]) -> None:
    """Make every `App.run` headless at COLUMNS x LINES, with the walk as its auto-pilot."""
    from textual.app import App

    display = App._display
    run = App.run

    def _display(self: Any, screen: Any, renderable: Any) -> None:
        display(self, screen, renderable)
        if renderable is not None and not self._batch_count:
            render = getattr(renderable, "render_segments", None)
            if render is not None:
                watcher.feed(render(self.console))

    async def pilot(driven: Any) -> None:
        await _walk(driven, config, watcher, report)

    def headless_run(self: Any, **_: Any) -> Any:
        return run(self, headless=True, size=(COLUMNS, LINES), auto_pilot=pilot)

    App._display = _display  # type: ignore[method-assign]
    App.run = headless_run  # type: ignore[method-assign]
    # the child has no terminal and needs none: `woest run` would refuse to start without one
    os.isatty = lambda fd: True


def _record_work(report: dict[str, Any], owner: Any, name: str) -> None:
    """Time every call of `owner.name`: the work a confirming key does at once.

    For woest that is the autosave (`SessionState.save`), for the bare app the label
    change (`BareApp.action_next`); both run on the UI thread.
    """
    original = getattr(owner, name)
    spans: list[list[float]] = report.setdefault("work", [])

    @functools.wraps(original)  # Textual reads an action's signature
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.monotonic()
        try:
            return original(*args, **kwargs)
        finally:
            spans.append([start, time.monotonic()])

    setattr(owner, name, timed)


def main() -> int:
    """Run the program named in the config file and write what was measured beside it."""
    config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    report: dict[str, Any] = {}
    watcher = Watcher(config["plan"]["first"])
    _install(config, watcher, report)
    walk = config["mode"] == "walk"
    if config["target"] == "woest":
        if walk:
            from woest_tui.core.session.state import SessionState

            _record_work(report, SessionState, "save")
        from woest_tui.cli.main import main as woest_main

        code = woest_main(config["args"])
    elif config["target"] == "floor":
        from bench.floor_app import FloorApp
        from bench.floor_app import main as floor_main

        if walk:
            _record_work(report, FloorApp, "action_next")
        code = floor_main()
    else:
        from bench.bare_app import BareApp
        from bench.bare_app import main as bare_main

        if walk:
            _record_work(report, BareApp, "action_next")
        code = bare_main()
    Path(config["report"]).write_text(json.dumps(report), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main())
