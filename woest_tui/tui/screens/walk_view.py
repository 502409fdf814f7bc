"""What the walk shows: the top bar, a theme's introduction, a question with its marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from woest_tui.core.errors import Problem
from woest_tui.core.merge.answer import is_gathered
from woest_tui.core.model import Question, Theme
from woest_tui.core.roles import role_label
from woest_tui.core.session.plan import clock_of, current_meeting, theme_budget
from woest_tui.core.session.state import SessionState
from woest_tui.core.session.walk import Walk
from woest_tui.i18n import Lang, message
from woest_tui.tui.screens.padding import Fit
from woest_tui.tui.support import steady
from woest_tui.tui.support.text import number, plain
from woest_tui.tui.widgets.marks import DontKnowLine, NotApplicableLine
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.topbar import TopBar

if TYPE_CHECKING:
    from woest_tui.tui.screens.walk_live import LiveWalk

#: The most characters a note holds (the result file's limit).
NOTE_LENGTH = 10_000


class WalkView(Screen[None]):
    """The walk screen's showing half: every method here puts the walk's place on screen."""

    state: SessionState
    lang: Lang
    walk: Walk
    live: LiveWalk | None
    #: What each Static shows, so that an unchanged text is not put again.
    shown: dict[str, Text]
    #: The blank lines after each question's help, per theme, language and width.
    paddings: dict[tuple[object, ...], list[Fit]]
    #: The widths of the question text and help, per window size and spacing.
    widths: dict[tuple[object, ...], tuple[int, int]]
    dont_know: bool
    not_applicable: bool
    #: Whether the question shown counts hands (a scale in votes mode).
    votes: bool
    #: Whether the footer is compact (a window under 100 columns).
    narrow: bool
    top: TopBar

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return message(key, self.lang, **params)

    def text(self, value: object) -> str:
        """A bank text in the current language."""
        get = getattr(value, "get", None)
        return "" if get is None else str(get(self.lang, self.state.bank.language))

    @property
    def question(self) -> Question | None:
        """The current question, or None on a theme's introduction."""
        return self.walk.question

    @property
    def theme(self) -> Theme:
        """The current theme."""
        return self.walk.theme

    @property
    def gathered(self) -> bool:
        """Whether the current question shows a merge's tally, which only takes a note."""
        question = self.question
        return question is not None and is_gathered(self.state.answer(question.id))

    def question_parts(self) -> list[Widget]:
        """The widgets of the question view, made once."""
        return [
            Static(id="question-text"),
            Static(id="question-help"),
            Vertical(id="control-slot"),
            Static("", id="error"),
            Static("", id="role-notes"),
            DontKnowLine(id="dont-know"),
            NotApplicableLine(id="not-applicable"),
            TextField(max_length=NOTE_LENGTH, lang=self.lang, id="note"),
        ]

    def put(self, widget_id: str, content: Text, lines: int | None = None) -> None:
        """Show `content` in a Static, unless it shows exactly that already.

        Every repaint counts when the team moves on: most answers leave the top bar and
        the "weet niet" line as they were, and a text of the same height as the one before
        needs no new layout of the screen (see `steady`).
        """
        if self.shown.get(widget_id) == content:
            return
        self.shown[widget_id] = content
        steady.update(self.query_one(f"#{widget_id}", Static), content, lines)

    def update_where(self) -> None:
        """The top bar's place (numbers first: a long title is cut, never them)."""
        position, theme = self.walk.position, self.walk.theme
        # the numbers short ("vraag 2/7"), so that the theme's whole name fits beside them
        where = ""
        if position.question is not None:
            i, m = position.question + 1, len(theme.questions)
            where += self.t("where_question_short", i=i, m=m) + " · "
        themes = len(self.state.bank.themes)
        where += self.t("where_theme_short", k=position.theme + 1, n=themes)
        self.top.show_place(where + f" · {self.text(theme.title)}")
        mode_line = self.mode_line()
        self.put("mode-line", plain(mode_line), 1)
        self.query_one("#mode-line").display = bool(mode_line)

    def mode_line(self) -> str:
        """A line under the top bar: read-only, alone (as whom), or one answer in votes mode."""
        session = self.state.result.session
        if self.state.finished:
            return self.t("where_readonly")
        if session.mode == "individual":
            return self.t("where_alone", role=role_label(session.role or "", self.lang))
        question = self.question
        if session.mode == "votes" and question is not None and question.type != "scale":
            # only a scale counts hands: the room must not count them here
            return self.t("where_together")
        return ""

    def update_progress(self) -> None:
        """The overall bar and count."""
        self.top.show_progress(self.state.answered)

    def update_clock(self) -> None:
        """The meeting's time used and left in the top bar, when a time was set."""
        self.top.show_clock(clock_of(current_meeting(self.state.result), self.state.clock()))

    def show_intro(self) -> None:
        """A theme's title, introduction, metaphor and number of questions."""
        theme = self.walk.theme
        self.query_one("#theme-title", Static).update(plain(self.text(theme.title)))
        self.query_one("#theme-intro", Static).update(plain(self.text(theme.intro)))
        metaphor = self.query_one("#theme-metaphor", Static)
        metaphor.update(plain(self.text(theme.metaphor)))
        metaphor.display = theme.metaphor is not None
        count = self.t("theme_count", count=len(theme.questions))
        budget = theme_budget(self.state.bank, self.state.result, theme.id, self.state.clock())
        if budget is not None:
            key = "theme_budget" if budget > 0 else "theme_budget_none"
            count += "\n" + self.t(key, minutes=budget)
        self.query_one("#theme-count", Static).update(plain(count))

    # --- the question ------------------------------------------------------------------

    def focus_control(self) -> None:
        """Put the keyboard on the answer control (a finished session's are read-only)."""
        widget = self.query_one_optional("#control")
        for field in (widget, self.query_one_optional("#note")):
            if field is not None and field.disabled != self.state.finished:
                field.disabled = self.state.finished
        if widget is None or self.state.finished:
            self.set_focus(None)
            return
        target = widget if widget.can_focus else next(iter(widget.query(Input)), None)
        # focusing the focused widget again would rebuild the footer: skip it
        if target is not None and self.focused is not target:
            # at once, not later as Widget.focus does: the next key typed goes here
            self.set_focus(target)

    def update_dont_know(self) -> None:
        """Show whether "weet niet" and "n.v.t." are marked."""
        if self.query_one_optional("#dont-know") is None:
            return
        for widget_id, marked, key, letter in (
            ("dont-know", self.dont_know, "dont_know", "w"),
            ("not-applicable", self.not_applicable, "not_applicable", "v"),
        ):
            mark = "[x]" if marked else "[ ]"
            line = plain(f" {mark} {self.t(key)}  ({letter})", style="bold" if marked else "")
            self.put(widget_id, line)
            self.query_one(f"#{widget_id}").set_class(marked, "marked")

    def show_error(self, problem: Problem | None) -> None:
        """The inline validation message beside the control (or none)."""
        if self.query_one_optional("#error") is None:
            return
        if problem is not None:
            # "-3,5 is kleiner dan het minimum 0": the numbers as the team writes them
            params = {
                name: number(value, self.lang)
                if isinstance(value, int | float) and not isinstance(value, bool)
                else value
                for name, value in problem.params.items()
            }
            problem = Problem(problem.key, problem.place, params)
        self.put("error", plain(problem.text(self.lang)) if problem is not None else plain())
        self.query_one("#error").set_class(problem is not None, "shown")
