"""The walk's question: its text and help, padded per theme, its control, the layout."""

from __future__ import annotations

from rich.text import Text
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from woest_tui.core.merge.answer import is_gathered
from woest_tui.core.model import Answer, Question
from woest_tui.core.roles import role_label
from woest_tui.core.safe import visible
from woest_tui.core.session.draft import Draft, counts_hands
from woest_tui.tui.screens.padding import Fit, help_padding, padded
from woest_tui.tui.screens.walk_fit import boxed_widths, intro_place, measured, question_place
from woest_tui.tui.screens.walk_view import WalkView
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.answer import control_for, options_for
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.gathered import GatheredView
from woest_tui.tui.widgets.textfield import TextField

#: How often the layout of one position is judged again (a refresh may show more) or changed.
JUDGED_AT_MOST = 6


class WalkQuestion(WalkView):
    """The walk screen's question: what it shows and in which layout."""

    layout_judged: int  # set by WalkScreen; reset for every position and size

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
        self.layout_judged = 0
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
        # (also called after a refresh: the walk may have closed, or be on an introduction)
        if question is None or not self.is_attached or not self.query("#question-text"):
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
        if not self.is_attached or not self.size.height or not self.query("#intro"):
            return
        if self.question is not None and not self.query("#note"):
            return  # the question's parts are not mounted yet
        question = self.question
        if question is None:
            place = intro_place(self)
        else:
            control = self.query_one_optional("#control")
            if not measured(control) and self.layout_judged < JUDGED_AT_MOST:
                self.layout_judged += 1
                self.call_after_refresh(self.choose_layout)
            place = question_place(self, self.boxed_texts())
        compact = not place.fits
        if compact != self.has_class("-compact"):
            # judged again after each refresh, a layout could flip back and forth between
            # two that each make the other fit: a few changes per position, then it stays
            self.layout_judged += 1
            if self.layout_judged > JUDGED_AT_MOST:
                return
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
