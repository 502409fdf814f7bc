"""Compare two or more results from the start screen: pick them, then read the comparison."""

from __future__ import annotations

import shlex
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from woest_tui.compare import load_for_compare
from woest_tui.documents import Checked
from woest_tui.errors import WoestError
from woest_tui.i18n import message
from woest_tui.tui.text import plain
from woest_tui.tui.widgets.choices import ChoiceList


class ComparePickScreen(Screen[None]):
    """Choose saved results and/or type file paths, then compare them."""

    CSS_PATH = "compare.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", message("key_back", "nl"), key_display="Esc")]

    def __init__(self, lang: str, saved: list[Path], banks: list[Path]) -> None:
        super().__init__()
        self.lang = lang
        self.saved = saved
        self.banks = banks

    def compose(self) -> ComposeResult:
        """The saved results to tick, a field for other files, the button."""
        with Vertical(id="pick"):
            yield Static(plain(message("compare_title", self.lang)), classes="panel-title")
            if self.saved:
                yield ChoiceList([p.name for p in self.saved], multiple=True, id="pick-saved")
            yield Static(plain(message("compare_files", self.lang)), classes="field-label")
            yield Input(placeholder="team-2025.toml team-2026.toml", id="pick-files")
            yield Static("", id="pick-error")
            yield Button(message("compare_button", self.lang), variant="primary", id="pick-go")
        yield Footer()

    @on(Button.Pressed, "#pick-go")
    @on(Input.Submitted, "#pick-files")
    def _go(self) -> None:
        paths = []
        for choices in self.query("#pick-saved").results(ChoiceList):
            paths += [self.saved[i] for i in sorted(choices.selected)]
        try:
            typed = shlex.split(self.query_one("#pick-files", Input).value)
        except ValueError:
            typed = self.query_one("#pick-files", Input).value.split()
        paths += [Path(p).expanduser() for p in typed]
        error = self.query_one("#pick-error", Static)
        if len(paths) < 2:
            error.update(plain(message("compare_need_two", self.lang)))
            return
        try:
            checked = load_for_compare(paths, self.banks)
            self.app.push_screen(CompareScreen(self.lang, checked))
        except WoestError as problem:
            error.update(plain(" ".join(problem.lines(self.lang))))


class CompareScreen(Screen[None]):
    """The comparison, rendered by the same code as `woest compare`."""

    CSS_PATH = "compare.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", message("key_back", "nl"), key_display="Esc")]

    def __init__(self, lang: str, checked: list[Checked]) -> None:
        super().__init__()
        from woest_tui.compare import build_comparison

        self.lang = lang
        self.comparison = build_comparison(checked)

    def compose(self) -> ComposeResult:
        """The comparison in a scrolling pane."""
        from woest_tui.report.compare import render_comparison

        with VerticalScroll(id="comparison"):
            yield Static(render_comparison(self.comparison, self.lang), id="comparison-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#comparison").focus()
