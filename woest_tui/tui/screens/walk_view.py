"""What the walk shows: the top bar, a theme's introduction, a question with its marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Static

from woest_tui.core.errors import Problem
from woest_tui.core.merge.answer import is_gathered
from woest_tui.core.model import Answer, Question, Theme
from woest_tui.core.roles import role_label
from woest_tui.core.safe import visible
from woest_tui.core.session.draft import Draft, counts_hands
from woest_tui.core.session.plan import clock_of, current_meeting, theme_budget
from woest_tui.core.session.state import SessionState
from woest_tui.core.session.walk import Walk
from woest_tui.i18n import Lang, message
from woest_tui.tui.screens.padding import Fit, help_padding, padded
from woest_tui.tui.screens.walk_fit import boxed_widths, intro_place, measured, question_place
from woest_tui.tui.support import steady
from woest_tui.tui.support.text import number, plain
from woest_tui.tui.widgets.answer import control_for, options_for
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.gathered import GatheredView
from woest_tui.tui.widgets.marks import DontKnowLine, NotApplicableLine
from woest_tui.tui.widgets.textfield import TextField

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
    bar_width: int

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

    # --- the position ------------------------------------------------------------------

    async def show_position(self) -> None:
        """Show the current position; the answer control is new for every question."""
        self.update_where()
        self.update_progress()
        question = self.question
        container = self.query_one("#question", Vertical)
        if question is not None and not container.children:
            await container.mount_all(self.question_parts())
        self.query_one("#intro").display = question is None
        self.query_one("#question").display = question is not None
        if question is None:
            self.show_intro()
            if self.live is not None:
                self.live.session.open(None)
        else:
            await self.show_control(question, self.show_question(question))
        self.choose_layout()
        body = self.query_one("#body", VerticalScroll)
        if body.scroll_offset:
            body.scroll_home(animate=False)
        self.focus_control()

    async def show_control(self, question: Question, draft: Draft) -> None:
        """The question's answer control: the list kept when it stays a list, else a new one."""
        bank, lang = self.state.bank, self.lang
        slot = self.query_one("#control-slot", Vertical)
        current = next(iter(slot.children), None)
        mode = self.state.result.session.mode
        saved = self.state.answer(question.id)
        options = options_for(question, bank, lang, mode, draft)
        if is_gathered(saved):
            options = None  # a merge's tally is shown as it is, never as a choice
        if self.live is not None:
            await self.live.show(self, question, slot)  # type: ignore[arg-type]
        elif options is not None and isinstance(current, ChoiceList):
            # same kind of control: take over its options, keep the widget (and the focus)
            numbers = options.numbers or [str(i + 1) for i in range(len(options.labels))]
            current.reset(options.labels, numbers, options.multiple, options.selected)
        else:
            if self.focused is not None and self.focused in slot.query("*"):
                # else Textual hands the focus to the body until the new control takes
                # it: the body restyled and repainted twice, for nothing
                self.set_focus(None)
            await slot.remove_children()
            if saved is not None and is_gathered(saved):
                await slot.mount(GatheredView(question, bank, saved, lang, id="control"))
            else:
                present = sum(self.state.result.session.roles.values())
                control = control_for(question, bank, lang, mode, draft, present=present)
                await slot.mount(control)

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
        where += f" · {self.text(theme.title)}"
        self.put("where", plain(where), 1)
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
        # a drawn bar, not a ProgressBar: that one animates, and every answer would wait for it
        width = self.bar_width
        filled = round(width * self.state.answered / max(1, self.state.total))
        bar = plain("█" * filled, style="bold")
        bar.append("░" * (width - filled))
        self.put("overall", bar, 1)
        key = "count_answered_short" if self.narrow else "count_answered"
        count = self.t(key, answered=self.state.answered, total=self.state.total)
        self.put("count", plain(count), 1)

    def update_clock(self) -> None:
        """The meeting's time used and left in the top bar, when a time was set.

        Calm on purpose: it changes at most once a minute, never blinks, and passing the
        plan only changes its words and colour; nothing is stopped.
        """
        clock = clock_of(current_meeting(self.state.result), self.state.clock())
        widget = self.query_one("#clock", Static)
        widget.display = clock is not None
        if clock is None:
            return
        key = "clock_over" if clock.over else "clock_left"
        text = self.t(key, used=clock.used, planned=clock.planned, left=abs(clock.left))
        widget.set_class(clock.over, "-over")
        self.put("clock", plain(text), 1)

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

    def show_question(self, question: Question) -> Draft:
        """Fill in the question, its help, "weet niet" and the note; return what it shows."""
        saved = self.state.answer(question.id)
        draft = self.walk.draft(question, saved)
        self.show_texts()
        self.dont_know = draft.dont_know and question.allow_dont_know
        self.not_applicable = draft.not_applicable and question.not_applicable_allowed
        # counting hands, "weet niet" and "n.v.t." are count rows of their own; a line only
        # shows to unmark a question marked so before
        self.votes = counts_hands(question, self.state.result.session.mode)
        gathered = is_gathered(saved)
        self.query_one("#dont-know").display = (
            question.allow_dont_know and (not self.votes or self.dont_know) and not gathered
        )
        self.query_one("#not-applicable").display = (
            question.not_applicable_allowed
            and (not self.votes or self.not_applicable)
            and not gathered
        )
        self.show_role_notes(None if gathered or saved is None else saved)
        self.update_dont_know()
        self.show_error(None)
        note = self.query_one("#note", TextField)
        note.placeholder = self.t("note_placeholder")
        note.lang = self.lang
        # typing goes after what is there
        note.show(draft.note)
        return draft

    def show_texts(self) -> None:
        """The question's text and its help, padded to the theme's tallest (see `question_fit`)."""
        question = self.question
        if question is None:
            return
        fit = self.question_fit()
        self.put("question-text", plain(self.text(question.text)), fit.text)
        help_text = padded(self.help_of(question), fit.extra)
        self.query_one("#question-help").display = help_text is not None
        self.put("question-help", help_text if help_text is not None else plain(), fit.help)

    def choose_layout(self) -> None:
        """The boxed layout whenever what is shown fits in it, else the compact one.

        Judged by the content (see `walk_fit`), before it is laid out; a control whose
        height shows only once it is laid out (a live room, a merge's tally) is judged
        again then. The texts are padded again for the layout chosen.
        """
        if not self.size.height or self.query_one_optional("#intro") is None:
            return
        question = self.question
        if question is None:
            place = intro_place(self)
        else:
            control = self.query_one_optional("#control")
            if not measured(control):
                self.call_after_refresh(self.choose_layout)
            place = question_place(self, self.boxed_texts())
        compact = not place.fits
        if compact != self.has_class("-compact"):
            self.set_class(compact, "-compact")
            # the widths of the text and help change with the layout: the boxed ones are
            # known now, the compact ones once it is laid out (or from before, at this size)
            self.show_texts()
            if compact:
                self.call_after_refresh(self.show_texts)

    def boxed_texts(self) -> tuple[int, int | None]:
        """The lines of the question's text and padded help in the boxed layout."""
        position = self.walk.position
        width = self.size.width
        key = ("boxed", position.theme, self.lang, width)
        fits = self.paddings.get(key)
        if fits is None:
            questions = [
                (plain(self.text(q.text)), self.help_of(q)) for q in self.walk.theme.questions
            ]
            text_widget = self.query_one("#question-text")
            help_widget = self.query_one("#question-help")
            fits = help_padding(text_widget, help_widget, boxed_widths(width), questions)
            self.paddings[key] = fits
        assert position.question is not None
        fit = fits[position.question]
        return fit.text or 0, fit.help

    def show_role_notes(self, saved: Answer | None) -> None:
        """The notes of the individual files of a merged answer the team still answers."""
        widget = self.query_one("#role-notes", Static)
        notes = saved.notes if saved is not None else None
        widget.display = bool(notes)
        if notes:
            text = plain(self.t("gathered_notes"), style="bold")
            for note in notes:
                line = f"{role_label(note.role, self.lang)}: {note.text}"
                text.append("\n" + visible(line, one_line=True))
            widget.update(text)

    def help_of(self, question: Question) -> Text | None:
        """A question's help as shown, or None when it has none."""
        return None if question.help is None else plain(self.text(question.help))

    def question_fit(self) -> Fit:
        """The current question's heights and padding (see `padding.help_padding`).

        Worked out once per theme, language, width and layout: measuring every question of
        a theme costs more than showing one. The boxed layout's widths are known from the
        window's (see `walk_fit`); the compact one's are measured, as a scroll bar may take
        a column or two. On a theme's introduction the question's widgets are hidden: the
        widths they had last, in a window of this size, still hold.
        """
        position = self.walk.position
        text_widget = self.query_one("#question-text")
        help_widget = self.query_one("#question-help")
        compact = self.has_class("-compact")
        place = (self.size, help_widget.styles.gutter, compact)
        boxed = boxed_widths(self.size.width)
        widths = (text_widget.content_size.width, help_widget.content_size.width)
        if not compact:
            widths = boxed
        elif all(widths) and widths != boxed:
            # (the boxed widths are those of a layout not redone yet since the switch)
            self.widths[place] = widths
        widths = self.widths.get(place, widths)
        key = (position.theme, self.lang, place, widths)
        fits = self.paddings.get(key)
        if fits is None:
            questions = [
                (plain(self.text(q.text)), self.help_of(q)) for q in self.walk.theme.questions
            ]
            fits = help_padding(text_widget, help_widget, widths, questions)
            self.paddings[key] = fits
        assert position.question is not None
        return fits[position.question]

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
