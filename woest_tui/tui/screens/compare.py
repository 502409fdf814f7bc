"""Compare two or more results from the start screen: pick them, then read the comparison."""

from __future__ import annotations

import shlex
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, SelectionList, Static
from textual.widgets.selection_list import Selection

from woest_tui.core.compare.load import load_for_compare
from woest_tui.core.errors import WoestError
from woest_tui.core.files.documents import Checked
from woest_tui.core.files.fileinfo import typed_path
from woest_tui.core.session.state import SessionEntry
from woest_tui.tui.screens.keep import recompose_keeping
from woest_tui.tui.support.localized import Key, Localized, apply_keys
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import SafeInput

KEYS = [Key("escape", "app.pop_screen", "key_back", key_display="Esc")]


class ComparePickScreen(Screen[None], Localized):
    """Choose saved results and/or type file paths, then compare them."""

    CSS_PATH = "compare.tcss"

    def __init__(self, saved: list[SessionEntry], banks: list[Path]) -> None:
        """Create the picker.

        Args:
            saved: the sessions in the data folder; unfinished ones are marked so.
            banks: bank files to check the results against.
        """
        super().__init__()
        self.saved = saved
        self.banks = banks
        #: The last failed comparison, in a given language; None when there is none.
        self.problem: WoestError | str | None = None

    def line(self, entry: SessionEntry) -> Text:
        """A saved session: finished or not, date, team, file."""
        mark = "✓" if entry.finished else "…"
        text = plain(f"{mark} {entry.date.isoformat()}  ")
        text.append(plain(entry.team, style="bold"))
        if not entry.finished:
            text.append(plain(f"  ({self.t('compare_unfinished')})", style="italic"))
        text.append(plain(f"  {entry.path.name}", style="italic"))
        return text

    def compose(self) -> ComposeResult:
        """The saved results to tick, a field for other files, the button; all scroll."""
        with VerticalScroll(id="pick"):
            yield Static(plain(self.t("compare_title")), classes="panel-title")
            if self.saved:
                yield SelectionList[int](
                    *(Selection(self.line(e), i) for i, e in enumerate(self.saved)),
                    id="pick-saved",
                )
            yield Static(plain(self.t("compare_files")), classes="field-label")
            yield SafeInput(placeholder="team-2025.toml team-2026.toml", id="pick-files")
            yield Static("", id="pick-error")
            yield Button(self.t("compare_button"), variant="primary", id="pick-go")
        yield Footer()

    def on_mount(self) -> None:
        apply_keys(self, KEYS, self.lang)
        self.show_problem()
        self.query_one("#pick-files", Input).focus()
        for saved in self.query("#pick-saved").results(SelectionList):
            saved.highlighted = 0  # space ticks the first at once
            saved.focus()

    async def relabel(self) -> None:
        """Show everything in the new language, keeping the ticks and the typed paths."""
        apply_keys(self, KEYS, self.lang)
        await recompose_keeping(self)
        self.show_problem()

    def show_problem(self) -> None:
        """The error line, scrolled into view; hidden while there is nothing to say."""
        line = self.query_one("#pick-error", Static)
        problem = self.problem
        if isinstance(problem, WoestError):
            line.update(plain(" ".join(problem.lines(self.lang))))
        else:
            line.update(plain("" if problem is None else self.t(problem)))
        line.display = problem is not None
        if problem is not None:
            self.call_after_refresh(line.scroll_visible, animate=False)

    @on(Button.Pressed, "#pick-go")
    @on(Input.Submitted, "#pick-files")
    def _go(self) -> None:
        paths = []
        for saved in self.query("#pick-saved").results(SelectionList):
            paths += [self.saved[i].path for i in sorted(saved.selected)]
        try:
            typed = shlex.split(self.query_one("#pick-files", Input).value)
        except ValueError:
            typed = self.query_one("#pick-files", Input).value.split()
        paths += [typed_path(p) for p in typed]
        if len(paths) < 2:
            self.problem = "compare_need_two"
            self.show_problem()
            return
        try:
            checked = load_for_compare(paths, self.banks)
        except WoestError as error:
            self.problem = error
            self.show_problem()
            return
        self.problem = None
        self.show_problem()
        self.app.push_screen(CompareScreen(checked))


class CompareScreen(Screen[None], Localized):
    """The comparison, rendered by the same code as `woest compare`."""

    CSS_PATH = "compare.tcss"

    def __init__(self, checked: list[Checked]) -> None:
        super().__init__()
        from woest_tui.core.compare.results import build_comparison

        self.comparison = build_comparison(checked)

    def compose(self) -> ComposeResult:
        """The comparison in a scrolling pane."""
        with VerticalScroll(id="comparison"):
            yield Static(id="comparison-body")
        yield Footer()

    def on_mount(self) -> None:
        self.show()
        self.query_one("#comparison").focus()

    async def relabel(self) -> None:
        """Show the comparison in the new language."""
        self.show()

    def show(self) -> None:
        """Render the comparison and the keys in the current language."""
        from woest_tui.report.compare import render_comparison

        apply_keys(self, KEYS, self.lang)
        self.query_one("#comparison-body", Static).update(
            render_comparison(self.comparison, self.lang)
        )
