"""The live question on the wall: who answered, then (after `r`) the tally, plus typed hands.

Longer than 300 lines on purpose: the count, the tally and the typed hands are drawn in place
from one room at paint time (no layout per vote, see bench/), and they share that drawing.
"""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Grid, Vertical
from textual.widget import Widget
from textual.widgets import Input, Static

from woest_tui.core.model import Answer, Question, Questionnaire
from woest_tui.i18n import Lang, message
from woest_tui.live.room import Room
from woest_tui.live.tally import Typed
from woest_tui.tui.support import steady
from woest_tui.tui.support.text import number, plain
from woest_tui.tui.widgets.fields import CountField
from woest_tui.tui.widgets.votes import BAR_WIDTH, decimal

DONT_KNOW = "dont_know"
NOT_APPLICABLE = "not_applicable"
#: The most rows a question can have: a scale of 11 points, "weet niet" and "n.v.t.".
MAX_ROWS = 13
#: The widest row label beside the bars.
LABEL_WIDTH = 28


def rows_of(question: Question, bank: Questionnaire, lang: Lang) -> list[tuple[str, str, str]]:
    """The countable rows of a question: (key, short name, label); number and text have none.

    The short name heads a typed-hands field and starts the row's bar: a scale point, an
    option's number, yes or no.
    """
    own = bank.language
    rows: list[tuple[str, str, str]]
    if question.type == "scale":
        scale = bank.scale_of(question)
        rows = [
            (str(scale.min + i), str(scale.min + i), label.get(lang, own))
            for i, label in enumerate(scale.labels)
        ]
    elif question.type == "yesno":
        rows = [("yes", message("yes", lang), ""), ("no", message("no", lang), "")]
    elif question.type in ("choice", "multi"):
        rows = [
            (o.id, str(i), o.label.get(lang, own))
            for i, o in enumerate(question.options or (), start=1)
        ]
    else:
        rows = []
    if question.allow_dont_know:
        rows.append((DONT_KNOW, message("live_dont_know", lang), ""))
    if question.not_applicable_allowed:
        rows.append((NOT_APPLICABLE, message("votes_not_applicable_short", lang), ""))
    return rows


class HandField(CountField):
    """Hands typed for one row (people without a phone)."""


class LiveStatus(Widget):
    """The room's count and what happens next, drawn from the room when the screen paints.

    Two lines, always (see walk.tcss): a vote changes a number in them, so it asks for a
    repaint of this widget only, never a layout of the screen; and the room is read when
    the frame is drawn, so the votes of one frame cost one drawing, however many came in.
    """

    def __init__(self, room: Room, lang: Lang, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.room = room
        self.lang = lang
        #: Whether a repaint is asked for already (it reads the room when it draws).
        self.asked = False
        #: Done once the room as it is now is drawn (see `drawn`); None: nothing waits.
        self.waiting: asyncio.Future[None] | None = None

    def changed(self) -> None:
        """Something in the room changed: one repaint in the next frame, however many came."""
        if not self.asked:
            self.asked = True
            self.refresh()

    def drawn(self) -> asyncio.Future[None] | None:
        """Done once the next frame has drawn the count as the room holds it now.

        None when nothing waits for a frame: the count on the wall is the room's. The
        votes of one frame share one future (the server times it out).
        """
        if not self.asked:
            return None
        if self.waiting is None or self.waiting.done():
            self.waiting = asyncio.get_running_loop().create_future()
        return self.waiting

    def render(self) -> Text:
        """The count of answers, then whether the tally is hidden or Enter saves it."""
        self.asked = False
        if self.waiting is not None:
            # the frame being drawn holds the count: its waiters go on once it is painted
            if not self.waiting.done():
                self.waiting.set_result(None)
            self.waiting = None
        room, lang = self.room, self.lang
        status = plain(
            message("live_answered", lang, answered=room.answered, joined=room.joined),
            style="bold",
        )
        status.append("\n")
        if room.revealed:
            status.append(plain(message("live_enter_saves", lang), style="italic"))
        else:
            hint = "live_auto_reveal" if room.auto_reveal else "live_hidden"
            status.append(plain(message(hint, lang), style="italic"))
        return status


class LivePanel(Vertical):
    """The live control of the walk: the count of answers, the tally once revealed.

    Made once per walk and reset for each question, and its parts keep their size: the
    Enter that saves a question and opens the next changes texts in place, and lays the
    screen out anew only when the new question has another number of rows.
    """

    def __init__(
        self, room: Room, question: Question, lang: Lang, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.room = room
        self.question = question
        self.lang = lang
        self.rows = rows_of(question, room.bank, lang)
        self.status = LiveStatus(room, lang, id="live-status")
        #: What the tally shows: (question, language, revealed, typed hands); None: nothing.
        self.drawn: tuple[object, ...] | None = None
        self.labels: list[str] = [""] * MAX_ROWS

    def compose(self) -> ComposeResult:
        """The status lines, the tally, and a field per row for typed hands."""
        yield self.status
        yield Static(id="live-result")
        yield Static(plain(message("live_typed_heading", self.lang)), id="live-typed-head")
        with Grid(id="live-typed"):
            for index in range(MAX_ROWS):
                with Vertical(classes="hand", id=f"hand-cell-{index}"):
                    yield Static(classes="hand-label", id=f"hand-label-{index}")
                    yield HandField(
                        "",
                        placeholder="0",
                        restrict=r"\d{0,4}",
                        compact=True,
                        id=f"hand-{index}",
                    )

    def on_mount(self) -> None:
        self.room.listeners.append(self.room_changed)
        self.show_rows()
        self.show_tally()

    def reset(self, question: Question, lang: Lang) -> None:
        """Show another question (or the same in another language); typed hands are cleared."""
        language_changed = lang != self.lang
        self.question = question
        self.lang = lang
        self.status.lang = lang
        self.rows = rows_of(question, self.room.bank, lang)
        if language_changed:
            steady.update(
                self.query_one("#live-typed-head", Static),
                plain(message("live_typed_heading", lang)),
            )
        self.show_rows()
        self.status.changed()
        self.show_tally()

    def show_rows(self) -> None:
        """One typed-hands field per row of the question; the others hidden and empty.

        Only what differs from the question before is touched: a label is one line (see
        walk.tcss), so new text in it needs no layout; showing or hiding a cell does.
        """
        used = bool(self.rows)
        for widget_id in ("#live-typed-head", "#live-typed"):
            widget = self.query_one(widget_id)
            if widget.display != used:
                widget.display = used
        for index in range(MAX_ROWS):
            shown = index < len(self.rows)
            cell = self.query_one(f"#hand-cell-{index}")
            if cell.display != shown:
                cell.display = shown
            field = self.query_one(f"#hand-{index}", Input)
            if field.value:
                with field.prevent(Input.Changed):
                    field.value = ""
            label = self.rows[index][1] if shown else ""
            if shown and label != self.labels[index]:
                self.labels[index] = label
                self.query_one(f"#hand-label-{index}", Static).update(plain(label), layout=False)

    def on_unmount(self) -> None:
        if self.room_changed in self.room.listeners:
            self.room.listeners.remove(self.room_changed)

    def room_changed(self) -> None:
        """The room changed: the count is redrawn in the next frame; the tally if it must be.

        Called for every vote, in the server's handler: it only marks what to redraw.
        """
        self.status.changed()
        room = self.room
        was_revealed = self.drawn is not None and bool(self.drawn[2])
        if room.question is self.question and (room.revealed or was_revealed):
            # the reveal, or hands typed after it: rare; a vote before it changes no tally
            # on screen (a new question comes through `reset`)
            self.show_tally()

    def typed(self) -> Typed:
        """The hands typed in the fields."""
        typed = Typed()
        for index, (key, _, _) in enumerate(self.rows):
            text = self.query_one(f"#hand-{index}", Input).value
            hands = int(text) if text.isdigit() else 0
            if key == DONT_KNOW:
                typed.dont_know = hands
            elif key == NOT_APPLICABLE:
                typed.not_applicable = hands
            elif hands:
                typed.counts[key] = hands
        return typed

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.room.set_typed(self.typed())

    def refresh_view(self) -> None:
        """Show the state of the room now: the count, and the tally or its place."""
        self.status.changed()
        self.show_tally()

    def show_tally(self) -> None:
        """The tally after the reveal; before it, the rows the bars will take, without them.

        The rows stand there from the start, so the reveal and the next question change
        the text of lines that are there already, not the layout of the screen.
        """
        if not self.is_attached:
            return
        room = self.room
        drawn = (self.question, self.lang, room.revealed, room.typed if room.revealed else None)
        if drawn == self.drawn:
            return
        self.drawn = drawn
        result = self.query_one("#live-result", Static)
        result.set_class(room.revealed, "-revealed")
        if room.revealed:
            steady.update(result, self.tally_text(room.answer()))
        else:
            steady.update(result, self.hidden_text())

    def hidden_text(self) -> Text:
        """Before the reveal: each row's name where its bar will be, and a line for the mean."""
        text = Text()
        for label in self.row_names():
            text.append(plain(label, style="dim"))
            text.append("\n")
        text.append(" ")  # where the mean and the spread will stand
        return text

    def row_names(self) -> list[str]:
        """The rows' names as the tally shows them, of one width."""
        # a scale's label often starts with its point already ("0 - helemaal niet")
        names = [
            label if label.startswith(short) else f"{short}  {label}".rstrip()
            for _, short, label in self.rows
        ]
        # a long label is cut: the bars stay in reach of the eye on a wall
        names = [
            name if len(name) <= LABEL_WIDTH else name[: LABEL_WIDTH - 1] + "…" for name in names
        ]
        width = max([1, *(len(name) for name in names)])
        return [name.ljust(width) for name in names]

    def tally_text(self, answer: Answer | None) -> Text:
        """Bars per row with the typed hands marked, then the mean and spread or the texts."""
        lang = self.lang
        if answer is None:
            return plain(message("live_nothing", lang), style="italic")
        typed = self.room.typed
        counts: dict[str, int] = {}
        if answer.votes is not None:
            scale = self.room.bank.scale_of(self.question)
            counts = {str(scale.min + i): n for i, n in enumerate(answer.votes)}
        elif answer.counts is not None:
            counts = dict(answer.counts)
        counts[DONT_KNOW] = answer.dont_know_votes or 0
        counts[NOT_APPLICABLE] = answer.not_applicable_votes or 0
        text = Text()
        top = max([1, *counts.values()])
        names = self.row_names()
        for (key, _, _), label in zip(self.rows, names, strict=True):
            count = counts.get(key, 0)
            bar = "█" * max(1, round(BAR_WIDTH * count / top)) if count else ""
            text.append(plain(label))
            text.append(f"  {bar} {count}", style="bold")
            special = {DONT_KNOW: typed.dont_know, NOT_APPLICABLE: typed.not_applicable}
            hands = special.get(key, typed.counts.get(key, 0))
            if hands:
                text.append(plain(f"  ({message('live_typed_mark', lang, count=hands)})"))
            text.append("\n")
        text.append_text(self.stats(answer))
        return text

    def stats(self, answer: Answer) -> Text:
        """The mean, spread and "sterk verdeeld" (scale), mean and range (number), or texts."""
        lang = self.lang
        if answer.votes is not None and any(answer.votes):
            from woest_tui.core.scoring.rules import score_question
            from woest_tui.core.scoring.votes import spread_of

            scale = self.room.bank.scale_of(self.question)
            total = sum(answer.votes)
            mean = sum((scale.min + i) * c for i, c in enumerate(answer.votes)) / total
            score = score_question(self.question, answer, self.room.bank)
            # as in votes mode: the mean and the spread on the question's own scale, said so
            spread = decimal(spread_of(answer.votes, scale, scale) or 0.0, lang)
            line = plain(
                message(
                    "votes_stats",
                    lang,
                    total=total,
                    mean=decimal(mean, lang),
                    spread=spread,
                    min=scale.min,
                    max=scale.max,
                )
            )
            if score.disagreement:
                line.append("   ")
                line.append(plain(message("votes_disagree", lang), style="bold reverse"))
            return line
        values = list(answer.values or ())
        if self.question.type == "number" and values:
            mean = sum(values) / len(values)
            return plain(
                message(
                    "live_number_stats",
                    lang,
                    count=len(values),
                    mean=decimal(mean, lang),
                    low=number(min(values), lang),
                    high=number(max(values), lang),
                )
            )
        if self.question.type == "text" and values:
            text = plain(message("live_texts", lang, count=len(values)), style="bold")
            for value in values:
                text.append("\n• ")
                text.append(plain(str(value)))
            return text
        return Text()
