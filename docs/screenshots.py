"""Write the README's screenshots (SVG) of the main screens: `make screenshots`."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from woest_tui.core.files.bank import bundled_dir
from woest_tui.core.session.launch import prepare_launch
from woest_tui.tui.app import WoestApp
from woest_tui.tui.support.themes import DARK, LIGHT

DOCS = Path(__file__).resolve().parent
NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
Steps = Callable[[Pilot[Any]], Awaitable[None]]


async def shoot(
    name: str,
    steps: Steps,
    *,
    team: str | None = "Basisteam Amersfoort",
    mode: str = "consensus",
    theme: str = DARK,
) -> None:
    """Run the app on a fresh session, take `steps`, and save the screen as docs/NAME.svg."""
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        launch = prepare_launch(
            questions=bundled_dir() / "woest.toml",
            team=team,
            out=Path("amersfoort.toml") if team else None,
            mode=mode,  # type: ignore[arg-type]
            sessions=Path(folder) / "sessions",
            clock=lambda: NOW,
        )
        launch.today = NOW.date()
        app = WoestApp(launch, "nl", theme=theme)
        async with app.run_test(size=(120, 40)) as pilot:
            await steps(pilot)
            for field in app.screen.query(Input):
                field.cursor_blink = False
            await pilot.pause()
            app.save_screenshot(filename=f"{name}.svg", path=str(DOCS))
    print(f"docs/{name}.svg")


async def keys(pilot: Pilot[Any], *pressed: str) -> None:
    """Press keys, then let the screen settle."""
    await pilot.press(*pressed)
    await pilot.pause()


async def main() -> None:
    """Every screenshot the README shows."""

    async def start(pilot: Pilot[Any]) -> None:
        await keys(pilot, *"Basisteam Almere")

    async def theme(pilot: Pilot[Any]) -> None:
        await keys(pilot)

    async def question(pilot: Pilot[Any]) -> None:
        await keys(pilot, "enter", "4", "n", *"Bij de derde melding vragen we door.")

    async def votes(pilot: Pilot[Any]) -> None:
        await keys(pilot, "enter", "1", "down", "2", "down", "down", "down", "5")

    async def overview(pilot: Pilot[Any]) -> None:
        await keys(pilot, "enter", "4", "enter", "w", "enter", "2", "enter", "o")

    async def summary(pilot: Pilot[Any]) -> None:
        answers = ["enter", "4", "enter", "3", "enter", "2", "enter", "2", "enter", "2", "enter"]
        answers += ["1", "enter", "enter", "2", "enter", "1", "enter", "w", "enter"]
        await keys(pilot, *answers)
        await pilot.app.run_action("summary")
        action = "Elke week een wijkprobleem op de briefing"
        await keys(pilot, "a", *action, "tab", *"teamchef", "enter")

    await shoot("start", start, team=None)
    await shoot("theme", theme)
    await shoot("question", question)
    await shoot("votes", votes, mode="votes")
    await shoot("overview", overview)
    await shoot("summary", summary)
    # the light theme, for a bright room
    await shoot("question-light", question, theme=LIGHT)
    await shoot("summary-light", summary, theme=LIGHT)


if __name__ == "__main__":
    asyncio.run(main())
