"""The meeting itself: each theme's introduction, then its questions, one at a time.

Over 300 lines on purpose: the screen's moving and saving (confirm, skip, back, leave, the
jumps and the way back) stay together, each a few lines from a key to `core.session.walk`;
what it shows is in walk_view and walk_question, its keys and marks in walk_marks.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.events import Resize
from textual.widgets import Footer, Input, Static, TextArea

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.model import Answer, Question
from woest_tui.core.safe import visible
from woest_tui.core.session.draft import answer_from, settled
from woest_tui.core.session.plan import current_meeting, planned_themes
from woest_tui.core.session.state import Refused, SessionState
from woest_tui.core.session.walk import Position, Walk
from woest_tui.i18n import Lang
from woest_tui.tui.screens.walk_keys import KEYS, walk_keys
from woest_tui.tui.screens.walk_live import LiveWalk
from woest_tui.tui.screens.walk_marks import WalkMarks
from woest_tui.tui.screens.walk_view import NOTE_LENGTH
from woest_tui.tui.support.localized import apply_keys
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.footer import SteadyFooter
from woest_tui.tui.widgets.live_panel import LivePanel
from woest_tui.tui.widgets.topbar import FULL_BAR_FROM, NO_BAR_BELOW, TopBar
from woest_tui.tui.widgets.votes import VoteInput

__all__ = ["KEYS", "NOTE_LENGTH", "Position", "WalkScreen"]

#: Seconds between two looks at the clock: the top bar shows whole minutes.
CLOCK_EVERY = 15


class WalkScreen(WalkMarks):
    """Walks through every theme and question; confirming saves at once.

    The rules (where the walk goes, what a draft makes) are `core.session.walk` and
    `core.session.draft`; this screen composes, shows (see `WalkView`) and maps keys.
    """

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
        self.walk = Walk(state.bank, planned_themes(state.result, state.bank), start)
        self.shown = {}
        self.paddings = {}
        self.widths = {}
        apply_keys(self, KEYS, lang)
        #: Whether the keyboard is in a text field (the footer then names F2-F4).
        self.typing = False
        #: Whether Enter would save something (else it skips the question).
        self.given = False
        #: How often the layout of this position was judged again or changed (see walk_question).
        self.layout_judged = 0
        self.dont_know = False
        self.not_applicable = False
        self.votes = False
        #: The actions left out of the footer where the walk opens (see `useless`).
        self.offered = self.useless()
        self.top = TopBar(lang, state.total)
        self.narrow = False
        if size is not None:
            self.fit(*size)

    # --- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The place and progress on top, the theme or question in the middle, keys below."""
        yield self.top
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

    async def on_mount(self) -> None:
        if self.live is not None:
            self.live.attach(self)
        self.fit(self.app.size.width, self.app.size.height)
        self.top.fit_count()
        self.update_clock()
        if current_meeting(self.state.result) is not None:
            self.set_interval(CLOCK_EVERY, self.update_clock)
        # what grows after it is shown (a live room's tally once revealed, a note of many
        # lines) may no longer fit the boxed layout: the body's height says so
        body = self.query_one("#body", VerticalScroll)
        self.watch(body, "virtual_size", self.body_resized, init=False)
        await self.show()

    def body_resized(self) -> None:
        """The body's content changed its height: judge the layout again, once laid out."""
        self.call_later(self.judge_again)

    def judge_again(self) -> None:
        """Judge the layout again, unless the walk was closed meanwhile."""
        if self.is_attached and self.query_one_optional("#body") is not None:
            self.choose_layout()

    def on_screen_suspend(self) -> None:
        # a dialog or the overview on top has keys of its own: the walk's would mislead
        self.query_one(Footer).display = False

    def on_screen_resume(self) -> None:
        self.query_one(Footer).display = True

    def on_resize(self, event: Resize) -> None:
        self.fit(event.size.width, event.size.height)
        self.update_progress()
        self.layout_judged = 0
        self.choose_layout()

    def fit(self, width: int, height: int) -> None:
        """Less chrome in a narrow window: a shorter bar or none (see also `choose_layout`).

        Below 100 columns the footer's keys stand closer together, so that every key it
        offers fits (also "t waar we waren" after a jump from the overview).
        """
        narrow = width < NO_BAR_BELOW
        if narrow != self.narrow:
            self.narrow = narrow
            for footer in self.query(SteadyFooter):
                footer.compact = narrow
        self.top.fit(width)
        self.set_class(NO_BAR_BELOW <= width < FULL_BAR_FROM, "-narrow")
        self.set_class(width < NO_BAR_BELOW, "-no-bar")

    async def set_language(self, lang: Lang) -> None:
        """Show everything in `lang`, keeping what was typed."""
        self.keep_draft()
        self.lang = lang
        apply_keys(self, walk_keys(self.typing), lang)
        self.top.set_language(lang)
        await self.show()

    async def show(self) -> None:
        """Show the current position, and the keys that do something there."""
        await self.show_position()
        # between an introduction and a question, and where Enter's meaning changes
        self.offer()

    @property
    def position(self) -> Position:
        """The current position."""
        return self.walk.position

    # --- reading the controls ----------------------------------------------------------

    def keep_draft(self) -> None:
        """Remember what is on screen for the current question, confirmed or not."""
        question = self.question
        if question is not None and self.query_one_optional("#control") is not None:
            self.walk.keep(question, self.on_screen(question))

    def build_answer(self, question: Question) -> Answer | Problem | None:
        """The answer to save, a problem to show, or None when nothing was given."""
        draft = self.on_screen(question)
        control = self.query_one_optional("#control")
        if isinstance(control, LivePanel) and self.live is not None:
            saved = self.state.answer(question.id)
            built = self.live.answer(self, question, draft.note or None)
            return settled(self.state.result, saved, built)
        return answer_from(question, self.state.bank, self.state.result, draft)

    # --- actions -----------------------------------------------------------------------

    async def action_confirm(self) -> None:
        """Save the answer (if any) and move on; a problem stays on screen with the input."""
        await self.caught_up()
        question = self.question
        if question is None:
            await self.go(self.walk.next())
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
        self.walk.forget(question)
        if self.store(question, built):
            move = self.walk.confirmed()
            await self.go(move != "end")
            if move == "returned":
                self.notify(self.t("returned"), markup=False, timeout=3)

    async def action_begin(self) -> None:
        """Enter on a theme's introduction: its first question."""
        await self.action_confirm()

    async def action_skip(self) -> None:
        """Enter with nothing given: on to the next question, this one stays open."""
        await self.action_confirm()

    async def action_next(self) -> None:
        """Enter in a finished (read-only) session: on to the next question."""
        await self.caught_up()
        await self.go(self.walk.next())

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
        if not self.walk.at_start:
            self.leave()
            self.walk.back()
            await self.show()

    def leave(self) -> None:
        """Keep the draft; a changed note is saved at once, since it is always valid."""
        question = self.question
        self.keep_draft()
        if question is None:
            return
        draft = self.walk.drafts.get(question.id)
        saved = self.state.answer(question.id)
        # a note is saved when it was changed, not when it only shows control codes safely
        if draft is not None and saved is not None and visible(saved.note or "") != draft.note:
            self.store(question, saved.model_copy(update={"note": draft.note or None}))
        elif draft is not None and saved is None and draft.note:
            # only the note: a value chosen but not confirmed stays a draft
            self.store(question, Answer(note=draft.note))

    async def go(self, moved: bool) -> None:
        """Show where the walk moved to; past the last question the review opens."""
        if moved:
            await self.show()
            return
        if self.live is not None:
            self.live.session.open(None)  # the phones wait while the team reviews
        self.app.call_later(self.app.run_action, "review")

    async def jump_to_question(self, question_index: int, remember: bool = False) -> None:
        """Open a question by its index in the bank (from the overview or the review).

        Args:
            question_index: the question's index in the bank.
            remember: keep where the meeting was (a jump from the overview): `t` goes back
                there, and so does answering the question jumped to.
        """
        self.leave()
        self.walk.jump(question_index, remember)
        await self.show()
        if remember and self.walk.jumped_away:
            self.notify(self.t("jumped"), markup=False)

    async def jump_to_theme(self, theme_index: int) -> None:
        """Open a theme's introduction."""
        self.leave()
        self.walk.jump_to_theme(theme_index)
        await self.show()

    async def action_return(self) -> None:
        """Back to where the meeting was before the jump from the overview."""
        await self.caught_up()
        if not self.walk.jumped_away:
            return
        self.leave()
        self.walk.go_back()
        await self.show()
        self.notify(self.t("returned"), markup=False, timeout=3)

    async def action_next_open(self) -> None:
        """On to the first open question after this one (or from the start)."""
        await self.caught_up()
        target = self.walk.next_open(self.state.is_answered)
        if target is None:
            self.offer()
            return
        self.leave()
        self.walk.go(target)
        await self.show()

    # --- the overview (the app opens it and brings its answer back: see tui/routes.py) --

    async def action_overview(self) -> None:
        """Open the overview of every theme and question."""
        await self.caught_up()
        self.keep_draft()
        self.app.call_later(self.app.run_action, "overview")

    async def action_join(self) -> None:
        """Live: show the QR code and the address again, for latecomers."""
        await self.caught_up()
        if self.live is not None:
            self.live.show_join(self)
