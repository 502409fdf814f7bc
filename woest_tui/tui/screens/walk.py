"""The meeting itself: each theme's introduction, then its questions, one at a time."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Resize
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, Static, TextArea

from woest_tui.core.check.result import check_value
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.merge.answer import carry_over, is_gathered, room_for
from woest_tui.core.model import Answer, Question, Theme
from woest_tui.core.roles import role_label
from woest_tui.core.safe import visible
from woest_tui.core.session.plan import clock_of, current_meeting, planned_themes, theme_budget
from woest_tui.core.session.state import Refused, SessionState
from woest_tui.i18n import Lang, message
from woest_tui.tui.screens.padding import Fit, help_padding, padded
from woest_tui.tui.screens.walk_live import LiveWalk
from woest_tui.tui.support import steady
from woest_tui.tui.support.localized import Key, apply_keys
from woest_tui.tui.support.order import caught_up
from woest_tui.tui.support.text import number, plain
from woest_tui.tui.widgets.answer import Draft, control_for, draft_from, options_for, read_value
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.fields import NumberField
from woest_tui.tui.widgets.footer import SteadyFooter
from woest_tui.tui.widgets.gathered import GatheredView
from woest_tui.tui.widgets.live_panel import LivePanel
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.votes import VoteInput, VotesControl

#: The most characters a note holds (the result file's limit).
NOTE_LENGTH = 10_000
#: Seconds between two looks at the clock: the top bar shows whole minutes.
CLOCK_EVERY = 15
#: Windows with fewer lines get the compact layout.
COMPACT_BELOW = 32
#: The progress bar's length from 120 columns, from 100, and below 100 (none): the
#: theme's whole name comes first, the count beside it says how far the session is.
BAR, SHORT_BAR = 20, 10
FULL_BAR_FROM, NO_BAR_BELOW = 120, 100

# Priority bindings: they run as the app reads them, in the order they came, and each
# action first waits for the keys before it to land (see `caught_up`).
# Enter says what it will do: begin a theme, confirm what is chosen, skip a question with
# nothing chosen, or (read-only) go to the next one; the first enabled of these is offered.
ENTER = [
    Key("enter", "begin", "key_begin", priority=True, key_display="Enter"),
    Key("enter", "confirm", "key_confirm", priority=True, key_display="Enter"),
    Key("enter", "skip", "key_skip", priority=True, key_display="Enter"),
    Key("enter", "next", "key_next", priority=True, key_display="Enter"),
]


def walk_keys(typing: bool) -> list[Key]:
    """The walk's keys; in a text field the letters type, so the footer names F2-F4 there."""
    return [
        *ENTER,
        Key("escape", "back", "key_back", priority=True, key_display="Esc"),
        Key("w", "dont_know", "key_dont_know", show=not typing, priority=True),
        Key("n", "note", "key_note", show=not typing, priority=True),
        Key("o", "overview", "key_overview", show=not typing, priority=True),
        Key("f2", "dont_know", "key_dont_know", show=typing, priority=True, key_display="F2"),
        Key("f3", "note", "key_note", show=typing, priority=True, key_display="F3"),
        Key("f4", "overview", "key_overview", show=typing, priority=True, key_display="F4"),
        # shown on its own line under the options, with its key: the footer has no room at 80
        Key("v", "not_applicable", "key_not_applicable", show=False, priority=True),
        Key("f5", "not_applicable", "key_not_applicable", show=False, priority=True),
        # after a jump from the overview: back to where the meeting was, or the next open one
        Key("t", "return", "key_return", priority=True),
        Key("g", "next_open", "key_next_open", show=False, priority=True),
        # live sessions only (see `useless`)
        Key("r", "reveal", "key_reveal", priority=True),
        Key("j", "join", "key_join", priority=True),
    ]


KEYS = walk_keys(typing=False)


@dataclass(frozen=True)
class Position:
    """A place in the walk: a theme's introduction (question None) or one question."""

    theme: int
    question: int | None


class DontKnowLine(Static):
    """The "weet niet" toggle; a click works like the key."""

    async def on_click(self) -> None:
        """Mark or unmark, like the key."""
        await self.screen.run_action("dont_know")


class NotApplicableLine(Static):
    """The "n.v.t." toggle; a click works like the key."""

    async def on_click(self) -> None:
        """Mark or unmark, like the key."""
        await self.screen.run_action("not_applicable")


class WalkScreen(Screen[None]):
    """Walks through every theme and question; confirming saves at once."""

    # walk.tcss is read with the app's own CSS (see WoestApp.CSS_PATH): a screen's CSS
    # file makes Textual parse all CSS again and restyle the app when the screen opens

    def __init__(
        self,
        state: SessionState,
        lang: Lang,
        start: int | None = None,
        size: tuple[int, int] | None = None,
        live: LiveWalk | None = None,
    ) -> None:
        """Create the walk.

        Args:
            state: the session.
            lang: "nl" or "en".
            start: the index of the question to open; None opens the first theme's intro.
            size: the window's width and height, when known: the screen then gets its
                compact or narrow style before it is styled the first time.
            live: the live room, in a live session: the phones answer, not the keys.
        """
        super().__init__()
        self.state = state
        self.live = live
        self.lang = lang
        self.positions: list[Position] = []
        for t, theme in enumerate(state.bank.themes):
            self.positions.append(Position(t, None))
            self.positions += [Position(t, q) for q in range(len(theme.questions))]
        #: The themes planned for today's meeting (all without a plan): moving on skips others.
        self.planned = planned_themes(state.result, state.bank)
        first = next((i for i, t in enumerate(state.bank.themes) if t.id in self.planned), 0)
        self.index = self.positions.index(Position(first, None)) if start is None else 0
        if start is not None:
            self.index = self.position_of(start)
        self.drafts: dict[str, Draft] = {}
        self.shown: dict[str, Text] = {}
        #: The blank lines after each question's help, per theme, language and width.
        self.paddings: dict[tuple[object, ...], list[Fit]] = {}
        #: The widths of the question text and help, per window size and spacing.
        self.widths: dict[tuple[object, ...], tuple[int, int]] = {}
        apply_keys(self, KEYS, lang)
        #: Whether the keyboard is in a text field (the footer then names F2-F4).
        self.typing = False
        #: Whether Enter would save something (else it skips the question).
        self.given = False
        #: Where the meeting was before a jump from the overview (a walk position).
        self.return_to: int | None = None
        #: The question jumped to: answering it goes back to `return_to`.
        self.jumped: int | None = None
        self.dont_know = False
        self.not_applicable = False
        #: Whether the question shown counts hands (a scale in votes mode).
        self.votes = False
        #: The actions left out of the footer where the walk opens (see `useless`).
        self.offered = self.useless()
        self.bar_width = BAR
        #: Whether the footer is compact (a window under 100 columns).
        self.narrow = False
        if size is not None:
            self.fit(*size)

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The place and progress on top, the theme or question in the middle, keys below."""
        with Horizontal(id="top"):
            yield Static(id="where")
            yield Static(id="overall")
            yield Static(id="clock")
            yield Static(id="count")
        if self.live is not None:
            # the address and codes stay readable all session long, for latecomers
            yield Static(id="live-top")
        yield Static(id="mode-line")
        # the widgets stay; only their text and the answer control change per question
        with VerticalScroll(id="body"):
            with Vertical(id="intro"):
                yield Static(id="theme-title")
                yield Static(id="theme-intro")
                yield Static(id="theme-metaphor")
                yield Static(id="theme-count")
            # filled on the first question: start-up paints the introduction sooner
            yield Vertical(id="question")
        yield SteadyFooter(compact=self.narrow)

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

    def on_screen_suspend(self) -> None:
        # a dialog or the overview on top has keys of its own: the walk's would mislead
        self.query_one(Footer).display = False

    def on_screen_resume(self) -> None:
        self.query_one(Footer).display = True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer (and show in the footer) only the keys that do something here."""
        return action not in self.useless()

    def useless(self) -> frozenset[str]:
        """The walk's actions that do nothing at the current position.

        Of Enter's four meanings all but one are left out; a finished session is read-only,
        so marking "weet niet" and writing a note are left out too.
        """
        question = self.question
        finished = self.state.finished
        idle = set() if self.live is not None else {"reveal", "join"}
        if self.live is not None:
            # "weet niet" is each phone's own answer in a live session
            idle |= {"dont_know", "not_applicable"}
            # offered all through a question, also once revealed: the footer then stays
            # as it is when the room reveals and when Enter opens the next question
            if question is None:
                idle.add("reveal")
        if question is None:
            idle |= {"dont_know", "not_applicable", "note", "confirm", "skip", "next"}
        else:
            idle.add("begin")
            if finished:
                idle |= {"dont_know", "not_applicable", "note", "confirm", "skip"}
            else:
                idle |= {"next", "skip" if self.given else "confirm"}
            if not question.allow_dont_know or self.gathered:
                idle.add("dont_know")
            if not question.not_applicable_allowed or self.gathered:
                idle.add("not_applicable")
        if self.index == 0:
            idle.add("back")
        if self.return_to is None:
            idle |= {"return", "next_open"}
        return frozenset(idle)

    def offer(self) -> None:
        """Rebuild the footer's keys when what they would do has changed."""
        self.given = self.answer_given()
        useless = self.useless()
        if useless != self.offered:
            self.offered = useless
            self.refresh_bindings()

    def answer_given(self) -> bool:
        """Whether Enter would save something: a choice, a value, "weet niet", a note.

        With nothing given Enter skips the question (a saved answer cleared is confirmed:
        Enter then removes it); the pointer moved with the arrows counts as a choice, since
        Enter takes the option under it.
        """
        question = self.question
        marked = self.dont_know or self.not_applicable
        if question is None or marked or self.state.answer(question.id) is not None:
            return True
        note = self.query_one_optional("#note")
        if str(getattr(note, "value", "") or "").strip():
            return True
        control = self.query_one_optional("#control")
        if isinstance(control, ChoiceList):
            return bool(control.selected) or control.moved
        if isinstance(control, VotesControl):
            counts = control.counts()
            return counts is None or any(counts[0]) or bool(counts[1])
        if isinstance(control, Input):
            return bool(control.value.strip())
        return True

    def on_descendant_focus(self) -> None:
        self.keys_for_focus()

    def on_descendant_blur(self) -> None:
        self.call_after_refresh(self.keys_for_focus)

    def keys_for_focus(self) -> None:
        """In a text field the letters type: the footer shows F2-F4 there instead of w, n, o."""
        focused = self.focused
        typing = isinstance(focused, Input | TextArea) and not isinstance(focused, NumberField)
        if typing != self.typing:
            self.typing = typing
            apply_keys(self, walk_keys(typing), self.lang)

    def on_resize(self, event: Resize) -> None:
        self.fit(event.size.width, event.size.height)
        self.update_progress()

    def fit(self, width: int, height: int) -> None:
        """Less chrome in a small window: a compact body, a shorter bar or none.

        Below 100 columns the footer's keys stand closer together, so that every key it
        offers fits (also "t waar we waren" after a jump from the overview).
        """
        narrow = width < NO_BAR_BELOW
        if narrow != self.narrow:
            self.narrow = narrow
            for footer in self.query(SteadyFooter):
                footer.compact = narrow
            if self.is_mounted:
                self.fit_count()
        self.set_class(height < COMPACT_BELOW, "-compact")
        self.set_class(NO_BAR_BELOW <= width < FULL_BAR_FROM, "-narrow")
        self.set_class(width < NO_BAR_BELOW, "-no-bar")
        self.bar_width = (
            BAR if width >= FULL_BAR_FROM else SHORT_BAR if width >= NO_BAR_BELOW else 0
        )

    def fit_count(self) -> None:
        """The count's width: its longest text in this language, so it never moves."""
        total = self.state.total
        key = "count_answered_short" if self.narrow else "count_answered"
        longest = self.t(key, answered=total, total=total)
        self.query_one("#count").styles.width = len(longest) + 2

    async def on_mount(self) -> None:
        if self.live is not None:
            self.live.attach(self)
        self.fit(self.app.size.width, self.app.size.height)
        self.fit_count()
        self.update_clock()
        if current_meeting(self.state.result) is not None:
            self.set_interval(CLOCK_EVERY, self.update_clock)
        await self.show()

    async def set_language(self, lang: Lang) -> None:
        """Show everything in `lang`, keeping what was typed."""
        self.keep_draft()
        self.lang = lang
        apply_keys(self, walk_keys(self.typing), lang)
        self.fit_count()
        await self.show()

    # --- where we are --------------------------------------------------------------------

    def position_of(self, question_index: int) -> int:
        """The walk position of the question with this index in the bank."""
        count = -1
        for index, position in enumerate(self.positions):
            if position.question is not None:
                count += 1
                if count == question_index:
                    return index
        return len(self.positions) - 1

    @property
    def position(self) -> Position:
        """The current position."""
        return self.positions[self.index]

    @property
    def theme(self) -> Theme:
        """The current theme."""
        return self.state.bank.themes[self.position.theme]

    @property
    def gathered(self) -> bool:
        """Whether the current question shows a merge's tally, which only takes a note."""
        question = self.question
        return question is not None and is_gathered(self.state.answer(question.id))

    @property
    def question(self) -> Question | None:
        """The current question, or None on a theme's introduction."""
        if self.position.question is None:
            return None
        return self.theme.questions[self.position.question]

    def t(self, key: str, **params: object) -> str:
        """A UI string in the current language."""
        return message(key, self.lang, **params)

    def text(self, value: object) -> str:
        """A bank text in the current language."""
        get = getattr(value, "get", None)
        return "" if get is None else str(get(self.lang, self.state.bank.language))

    # --- showing -----------------------------------------------------------------------

    async def show(self) -> None:
        """Show the current position; the answer control is new for every question."""
        bank = self.state.bank
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
            draft = self.show_question(question)
            slot = self.query_one("#control-slot", Vertical)
            current = next(iter(slot.children), None)
            mode, lang = self.state.result.session.mode, self.lang
            saved = self.state.answer(question.id)
            options = options_for(question, bank, lang, mode, draft)
            if is_gathered(saved):
                options = None  # a merge's tally is shown as it is, never as a choice
            if self.live is not None:
                await self.live.show(self, question, slot)
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
        body = self.query_one("#body", VerticalScroll)
        if body.scroll_offset:
            body.scroll_home(animate=False)
        self.focus_control()
        # between an introduction and a question, and where Enter's meaning changes
        self.offer()

    def update_where(self) -> None:
        """The top bar's place (numbers first: a long title is cut, never them)."""
        position = self.position
        # the numbers short ("vraag 2/7"), so that the theme's whole name fits beside them
        where = ""
        if position.question is not None:
            i, m = position.question + 1, len(self.theme.questions)
            where += self.t("where_question_short", i=i, m=m) + " · "
        themes = len(self.state.bank.themes)
        where += self.t("where_theme_short", k=position.theme + 1, n=themes)
        where += f" · {self.text(self.theme.title)}"
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

    def show_intro(self) -> None:
        """A theme's title, introduction, metaphor and number of questions."""
        theme = self.theme
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

    def show_question(self, question: Question) -> Draft:
        """Fill in the question, its help, "weet niet" and the note; return what it shows."""
        draft = self.drafts.get(question.id) or draft_from(self.state.answer(question.id))
        fit = self.question_fit()
        self.put("question-text", plain(self.text(question.text)), fit.text)
        help_text = padded(self.help_of(question), fit.extra)
        self.query_one("#question-help").display = help_text is not None
        self.put("question-help", help_text if help_text is not None else plain(), fit.help)
        self.dont_know = draft.dont_know and question.allow_dont_know
        self.not_applicable = draft.not_applicable and question.not_applicable_allowed
        mode = self.state.result.session.mode
        # counting hands, "weet niet" and "n.v.t." are count rows of their own; a line only
        # shows to unmark a question marked so before
        self.votes = question.type == "scale" and mode == "votes"
        saved = self.state.answer(question.id)
        self.query_one("#dont-know").display = (
            question.allow_dont_know
            and (not self.votes or self.dont_know)
            and not is_gathered(saved)
        )
        self.query_one("#not-applicable").display = (
            question.not_applicable_allowed
            and (not self.votes or self.not_applicable)
            and not is_gathered(saved)
        )
        self.show_role_notes(None if is_gathered(saved) or saved is None else saved)
        self.update_dont_know()
        self.show_error(None)
        note = self.query_one("#note", TextField)
        note.placeholder = self.t("note_placeholder")
        note.lang = self.lang
        # typing goes after what is there
        note.show(draft.note)
        return draft

    def show_role_notes(self, saved: Answer | None) -> None:
        """The notes of the individual files of a merged answer the team still answers."""
        widget = self.query_one("#role-notes", Static)
        notes = saved.notes if saved is not None else None
        widget.display = bool(notes)
        if notes:
            text = plain(self.t("gathered_notes"), style="bold")
            for note in notes:
                text.append(
                    "\n"
                    + visible(f"{role_label(note.role, self.lang)}: {note.text}", one_line=True)
                )
            widget.update(text)

    def help_of(self, question: Question) -> Text | None:
        """A question's help as shown, or None when it has none."""
        return None if question.help is None else plain(self.text(question.help))

    def question_fit(self) -> Fit:
        """The current question's heights and padding (see `padding.help_padding`).

        Worked out once per theme, language and width: measuring every question of a theme
        costs more than showing one. On a theme's introduction the question's widgets are
        hidden: the widths they had last, in a window of this size, still hold.
        """
        position = self.position
        text_widget = self.query_one("#question-text")
        help_widget = self.query_one("#question-help")
        place = (self.size, help_widget.styles.gutter)
        widths = (text_widget.content_size.width, help_widget.content_size.width)
        if all(widths):
            self.widths[place] = widths
        widths = self.widths.get(place, widths)
        key = (position.theme, self.lang, place, widths)
        fits = self.paddings.get(key)
        if fits is None:
            questions = [(plain(self.text(q.text)), self.help_of(q)) for q in self.theme.questions]
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

    # --- reading the controls -------------------------------------------------------------

    def keep_draft(self) -> None:
        """Remember what is on screen for the current question, confirmed or not."""
        question = self.question
        if question is None or self.query_one_optional("#control") is None:
            return
        control = self.query_one("#control")
        note = self.query_one("#note", TextField).text
        if isinstance(control, LivePanel | GatheredView):
            # a live room's votes stay in the room, a merge's tally in the file: only the
            # note is the walk's to keep
            self.drafts[question.id] = Draft(None, False, note)
            return
        if isinstance(control, VotesControl):
            counts = control.counts()
            votes = None if counts is None else (tuple(counts[0]), counts[1], counts[2])
            self.drafts[question.id] = Draft(None, self.dont_know, note, votes, self.not_applicable)
            return
        value: object
        if isinstance(control, Input) and question.type == "number":
            # keep the digits as typed, even when they are not a valid number yet
            value = control.value or None
        else:
            value, _ = read_value(self.query_one("#control"), question, self.state.bank)
        self.drafts[question.id] = Draft(value, self.dont_know, note, None, self.not_applicable)

    def build_answer(self, question: Question) -> Answer | Problem | None:
        """The answer to save, a problem to show, or None when nothing was given.

        What the screen does not edit stays: a merged answer keeps its tallies and the
        notes of the individual files (see `merged_answer.carry_over`).
        """
        built = self._built(question)
        if not isinstance(built, Answer):
            return carry_over(self.state.answer(question.id), built) if built is None else built
        problem = room_for(self.state.result, built)
        return problem or carry_over(self.state.answer(question.id), built)

    def _built(self, question: Question) -> Answer | Problem | None:
        """The answer as the controls hold it, a problem, or None when nothing was given."""
        note = self.query_one("#note", TextField).text or None
        control = self.query_one("#control")
        if isinstance(control, GatheredView):
            return Answer(note=note) if note else None
        if self.dont_know:
            return Answer(dont_know=True, note=note)
        if isinstance(control, LivePanel):
            return self.live.answer(self, question, note) if self.live is not None else None
        if self.not_applicable:
            return Answer(not_applicable=True, note=note)
        if isinstance(control, VotesControl):
            counts = control.counts()
            if counts is None:
                return Problem("votes_not_number")
            votes, dont_know, not_applicable = counts
            if sum(votes) == 0 and not dont_know and not not_applicable:
                return Answer(note=note) if note else None
            return Answer(
                votes=tuple(votes),
                dont_know_votes=dont_know or None,
                not_applicable_votes=not_applicable or None,
                note=note,
            )
        value, problem = read_value(control, question, self.state.bank)
        if problem is not None:
            return problem
        if value is None:
            return Answer(note=note) if note else None
        problem = check_value(question, self.state.bank, value)
        if problem is not None:
            return problem
        return Answer(value=value, note=note)

    # --- actions -----------------------------------------------------------------------

    async def caught_up(self) -> None:
        """Let every key typed before the one being handled land first."""
        await caught_up(self)

    async def action_confirm(self) -> None:
        """Save the answer (if any) and move on; a problem stays on screen with the input."""
        await self.caught_up()
        question = self.question
        if question is None:
            await self.go(self.next_planned(self.index + 1))
            return
        control = self.query_one("#control")
        if isinstance(control, ChoiceList) and not (self.dont_know or self.not_applicable):
            control.pick_cursor_if_moved()
        built = self.build_answer(question)
        if isinstance(built, Problem):
            self.show_error(built)
            return
        if isinstance(control, LivePanel) and not control.room.revealed:
            # the room sees the tally before it is saved: the first Enter reveals it
            await self.action_reveal()
            return
        self.drafts.pop(question.id, None)
        if self.store(question, built):
            if self.jumped == self.index and self.return_to is not None:
                # the question jumped to is done: the meeting goes on where it was
                await self.action_return()
            else:
                await self.go(self.next_planned(self.index + 1))

    async def action_begin(self) -> None:
        """Enter on a theme's introduction: its first question."""
        await self.action_confirm()

    async def action_skip(self) -> None:
        """Enter with nothing given: on to the next question, this one stays open."""
        await self.action_confirm()

    async def action_next(self) -> None:
        """Enter in a finished (read-only) session: on to the next question."""
        await self.caught_up()
        await self.go(self.next_planned(self.index + 1))

    def store(self, question: Question, answer: Answer | None) -> bool:
        """Save an answer; a failed write keeps it in memory and offers another place."""
        if answer is None and self.state.answer(question.id) is None:
            return True
        if self.state.finished:
            # a finished result changes only after it is reopened in the summary
            if answer != self.state.answer(question.id):
                self.notify(self.t("finished_readonly"), severity="warning", markup=False)
            return True
        try:
            if self.live is not None and self.live.session.room.question is question:
                self.live.session.save(question, answer.note if answer is not None else None)
            else:
                self.state.set_answer(question.id, answer)
        except Refused as error:
            # refused before anything changed: the answer stays on screen, as typed
            self.show_error(error.problems[0])
            text = error.problems[0].text(self.lang)
            self.notify(text, severity="error", timeout=10, markup=False)
            return False
        except WoestError as error:
            self.app.call_later(self.app.save_failed, error)  # type: ignore[attr-defined]
        self.update_progress()
        return True

    async def action_back(self) -> None:
        """Go to the previous theme introduction or question, keeping what was typed.

        In a note, text or number field the first Esc only leaves the field (what was typed
        stays); the next one goes back. The counts of hands are not typed text: there Esc
        goes back at once, as it always did.
        """
        await self.caught_up()
        focused = self.focused
        counting = isinstance(focused, VoteInput)
        if self.question is not None and isinstance(focused, Input | TextArea) and not counting:
            control = self.query_one_optional("#control")
            if focused.id == "note" and isinstance(control, ChoiceList):
                self.set_focus(control)
            else:
                self.set_focus(None)
            return
        if self.index > 0:
            self.leave()
            self.index -= 1
            await self.show()

    def leave(self) -> None:
        """Keep the draft; a changed note is saved at once, since it is always valid."""
        question = self.question
        self.keep_draft()
        if question is None:
            return
        draft = self.drafts.get(question.id)
        saved = self.state.answer(question.id)
        # a note is saved when it was changed, not when it only shows control codes safely
        if draft is not None and saved is not None and visible(saved.note or "") != draft.note:
            self.store(question, saved.model_copy(update={"note": draft.note or None}))
        elif draft is not None and saved is None and draft.note:
            # only the note: a value chosen but not confirmed stays a draft
            self.store(question, Answer(note=draft.note))

    def next_planned(self, index: int) -> int:
        """The first position from `index` on in a theme planned for today.

        Past the last planned theme this is the end of the walk (the review opens); going
        back, the overview and the palette still reach every theme.
        """
        themes = self.state.bank.themes
        while index < len(self.positions):
            if themes[self.positions[index].theme].id in self.planned:
                return index
            index += 1
        return index

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

    async def go(self, index: int) -> None:
        """Go to a walk position; past the last question the review opens."""
        if index >= len(self.positions):
            if self.live is not None:
                self.live.session.open(None)  # the phones wait while the team reviews
            self.app.call_later(self.app.run_action, "review")
            return
        self.index = index
        await self.show()

    async def jump_to_question(self, question_index: int, remember: bool = False) -> None:
        """Open a question by its index in the bank (from the overview or the review).

        Args:
            question_index: the question's index in the bank.
            remember: keep where the meeting was (a jump from the overview): `t` goes back
                there, and so does answering the question jumped to.
        """
        self.leave()
        target = self.position_of(question_index)
        if remember and target != self.index:
            if self.return_to is None:
                self.return_to = self.index
            self.jumped = target
        await self.go(target)
        if remember and self.return_to is not None:
            self.notify(self.t("jumped"), markup=False)

    async def action_return(self) -> None:
        """Back to where the meeting was before the jump from the overview."""
        await self.caught_up()
        if self.return_to is None:
            return
        self.leave()
        target, self.return_to, self.jumped = self.return_to, None, None
        await self.go(target)
        self.notify(self.t("returned"), markup=False, timeout=3)

    async def action_next_open(self) -> None:
        """On to the first open question after this one (or from the start)."""
        await self.caught_up()
        questions = self.state.questions
        here = sum(1 for p in self.positions[: self.index + 1] if p.question is not None)
        order = list(range(here, len(questions))) + list(range(here))
        target = next((i for i in order if not self.state.is_answered(questions[i].id)), None)
        self.return_to = self.jumped = None
        if target is None:
            self.offer()
            return
        self.leave()
        await self.go(self.position_of(target))

    def refresh_present(self) -> None:
        """Who is present changed (F6): the votes control's warning follows it."""
        present = sum(self.state.result.session.roles.values())
        for control in self.query(VotesControl):
            control.set_present(present)

    async def jump_to_theme(self, theme_index: int) -> None:
        """Open a theme's introduction."""
        self.leave()
        await self.go(self.positions.index(Position(theme_index, None)))

    async def action_dont_know(self) -> None:
        """Mark or unmark "weet niet" for the current question."""
        await self.caught_up()
        question = self.question
        if question is None or not question.allow_dont_know or self.gathered:
            return
        self.toggle_mark("dont_know")

    async def action_not_applicable(self) -> None:
        """Mark or unmark "n.v.t." for the current question."""
        await self.caught_up()
        question = self.question
        if question is None or not question.not_applicable_allowed or self.gathered:
            return
        self.toggle_mark("not_applicable")

    def toggle_mark(self, mark: str) -> None:
        """Mark or unmark "weet niet" or "n.v.t."; marking one clears the other and the choice.

        Args:
            mark: "dont_know" or "not_applicable".
        """
        marked = bool(getattr(self, mark))
        control = self.query_one("#control")
        if self.votes and not marked and isinstance(control, VotesControl):
            # counting hands, each mark is a row of its own: go there
            row = control.dont_know_row if mark == "dont_know" else control.not_applicable_row
            for field in self.query(f"#vote-{row}"):
                self.set_focus(field)
            return
        other = "not_applicable" if mark == "dont_know" else "dont_know"
        setattr(self, mark, not marked)
        if not marked:
            setattr(self, other, False)
            if isinstance(control, ChoiceList):
                control.select([])
        self.show_error(None)
        self.update_dont_know()
        self.offer()

    async def action_note(self) -> None:
        """Put the keyboard in the note field, after what is written there already."""
        await self.caught_up()
        for note in self.query("#note").results(TextField):
            if self.question is not None:
                self.set_focus(note)
                note.move_cursor(note.document.end)

    async def action_overview(self) -> None:
        """Open the overview of every theme and question."""
        await self.caught_up()
        self.keep_draft()
        self.app.call_later(self.app.run_action, "overview")

    async def action_reveal(self) -> None:
        """Live: show the room's tally (the phones can no longer change their vote)."""
        await self.caught_up()
        if self.live is not None and self.question is not None:
            self.live.session.room.reveal()

    async def action_join(self) -> None:
        """Live: show the QR code and the address again, for latecomers."""
        await self.caught_up()
        if self.live is not None:
            self.live.show_join(self)

    def unmark(self) -> None:
        """An answer given clears "weet niet" and "n.v.t."."""
        if self.dont_know or self.not_applicable:
            self.dont_know = self.not_applicable = False
            self.update_dont_know()
        self.show_error(None)
        self.offer()

    @on(ChoiceList.Moved)
    @on(Input.Changed, "#note")
    def _noted(self) -> None:
        self.offer()

    @on(ChoiceList.Changed)
    def _chosen(self, event: ChoiceList.Changed) -> None:
        if event.selected:
            self.unmark()
        else:
            self.show_error(None)
            self.offer()

    @on(Input.Changed, "#control")
    @on(TextArea.Changed, "#control")
    def _typed(self) -> None:
        self.unmark()

    @on(VotesControl.Changed)
    def _voted(self) -> None:
        self.unmark()
