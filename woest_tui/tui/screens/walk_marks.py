"""The walk's keys and marks: which keys do something, "weet niet", "n.v.t.", the note."""

from __future__ import annotations

from textual import on
from textual.widgets import Input, TextArea

from woest_tui.core.model import Question
from woest_tui.core.session.draft import Draft, given
from woest_tui.tui.screens.walk_keys import idle_actions, walk_keys
from woest_tui.tui.screens.walk_question import WalkQuestion
from woest_tui.tui.support.localized import apply_keys
from woest_tui.tui.support.order import caught_up
from woest_tui.tui.widgets.answer import draft_on_screen
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.fields import NumberField
from woest_tui.tui.widgets.textfield import TextField
from woest_tui.tui.widgets.votes import VotesControl


class WalkMarks(WalkQuestion):
    """The walk screen's keys: what they offer where the walk is, and the marks they set."""

    #: Whether the keyboard is in a text field (the footer then names F2-F4).
    typing: bool
    #: Whether Enter would save something (else it skips the question).
    given: bool
    #: The actions left out of the footer now (see `useless`).
    offered: frozenset[str]

    # --- keys --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer (and show in the footer) only the keys that do something here."""
        return action not in self.useless()

    def useless(self) -> frozenset[str]:
        """The walk's actions that do nothing at the current position (see `idle_actions`)."""
        return idle_actions(
            self.question,
            finished=self.state.finished,
            given=self.given,
            gathered=self.gathered,
            at_start=self.walk.at_start,
            jumped_away=self.walk.jumped_away,
            live=self.live is not None,
        )

    def offer(self) -> None:
        """Rebuild the footer's keys when what they would do has changed."""
        self.given = self.answer_given()
        useless = self.useless()
        if useless != self.offered:
            self.offered = useless
            self.refresh_bindings()

    def answer_given(self) -> bool:
        """Whether Enter would save something (see `draft.given`).

        The pointer moved with the arrows counts as a choice, since Enter takes the option
        under it; a live room's tally is always given.
        """
        question = self.question
        if question is None:
            return True
        control = self.query_one_optional("#control")
        if isinstance(control, ChoiceList) and control.moved:
            return True
        if control is not None and not isinstance(
            control, ChoiceList | VotesControl | Input | TextArea
        ):
            return True  # a live room, a merge's tally: Enter confirms what is there
        mode = self.state.result.session.mode
        return given(question, mode, self.on_screen(question), self.state.answer(question.id))

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

    def on_screen(self, question: Question) -> Draft:
        """What the controls hold for the question shown, confirmed or not."""
        note = self.query_one_optional("#note", TextField)
        return draft_on_screen(
            self.query_one_optional("#control"),
            question,
            self.state.bank,
            note=note.text if note is not None else "",
            dont_know=self.dont_know,
            not_applicable=self.not_applicable,
        )

    async def caught_up(self) -> None:
        """Let every key typed before the one being handled land first."""
        await caught_up(self)

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

    def refresh_present(self) -> None:
        """Who is present changed (F6): the votes control's warning follows it."""
        present = sum(self.state.result.session.roles.values())
        for control in self.query(VotesControl):
            control.set_present(present)

    async def action_reveal(self) -> None:
        """Live: show the room's tally (the phones can no longer change their vote)."""
        await self.caught_up()
        if self.live is not None and self.question is not None:
            self.live.session.room.reveal()

    # --- what the controls say ---------------------------------------------------------

    def unmark(self) -> None:
        """An answer given clears "weet niet" and "n.v.t."."""
        if self.dont_know or self.not_applicable:
            self.dont_know = self.not_applicable = False
            self.update_dont_know()
        self.show_error(None)
        self.offer()

    @on(ChoiceList.Moved)
    @on(TextArea.Changed, "#note")
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
