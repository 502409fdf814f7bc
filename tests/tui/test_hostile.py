"""Hostile text in a bank, a team name and notes is shown literally in every TUI screen."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.tui.conftest import MakeApp
from woest_tui.tui.screens.overview import OverviewScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.textfield import TextField

MARKUP = "[red]rood[/red] [link=https://x]klik[/link]"
ANSI = "\x1b[31mANSI\x1b[0m \x1b]8;;http://x\x07link\x1b]8;;\x07 \x1b]0;titel\x07"
LONG = "w" * 3000
RTL = "مرحبا שלום 🚓👮🏽‍♀️"

ANSI_TOML = ANSI.replace(chr(27), "\\u001b").replace(chr(7), "\\u0007")

BANK = f'''
schema = 1
id = "vijandig"
version = "1"
language = "nl"
title = "Vijandig {MARKUP}"
description = "Test"

[scale]
min = 1
max = 5
strength = 4.0
development = 2.5
labels = ["een [b]1[/b]", "twee", "drie", "vier", "vijf"]

[[themes]]
id = "t"
title = "Thema {MARKUP}"
intro = "Intro {RTL}"
metaphor = "Beest {LONG}"

[[themes.questions]]
id = "q"
type = "scale"
text = "Vraag {MARKUP} {ANSI_TOML}"
help = "Hulp {RTL}"

[[themes.questions]]
id = "c"
type = "choice"
text = "Keuze"
options = [{{ id = "a", label = "{MARKUP}" }}, {{ id = "b", label = "{LONG}" }}]
'''


def screen_text(app: object) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(Static))  # type: ignore[attr-defined]


async def test_hostile_texts_are_literal_everywhere(make_app: MakeApp, tmp_path: Path) -> None:
    bank = tmp_path / "vijandig.toml"
    bank.write_text(BANK, encoding="utf-8")
    app = make_app(bank=bank, team=f"Team {MARKUP} \x1b[2J")
    async with app.run_test(size=(100, 30)) as pilot:
        intro = screen_text(app)
        assert f"Thema {MARKUP}" in intro
        assert RTL in intro
        await pilot.press("enter")
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        text = screen_text(app)
        assert f"Vraag {MARKUP}" in text
        assert "\x1b" not in text and "\x07" not in text
        assert "␛[31mANSI" in text
        control = str(walk.query_one("#control").render())
        assert "een [b]1[/b]" in control
        # a note full of markup and an escape sequence typed by hand
        await pilot.press("n", *"[bold]vet[/bold]")
        assert walk.query_one("#note", TextField).text == "[bold]vet[/bold]"
        await pilot.press("3", "enter")
        assert MARKUP in str(walk.query_one("#control").render())
        svg = app.export_screenshot()
        assert "\x1b" not in svg
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("escape")
        await app.run_action("summary")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = app.export_screenshot()
        assert "\x1b" not in summary
        assert "[red]rood[/red]" in summary.replace("&#160;", " ")
        # the palette reads markup: a bank title there is escaped
        commands = [c.title for c in app.get_system_commands(app.screen)]
        assert any("\\[red]rood\\[/red]" in title for title in commands)
