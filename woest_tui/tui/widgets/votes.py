"""Votes mode: the count of raised hands per scale point, with bars, mean and spread."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Static

from woest_tui.core.model import Question, Questionnaire, Tally
from woest_tui.i18n import Lang, message
from woest_tui.report.common import number
from woest_tui.tui.support.text import plain
from woest_tui.tui.widgets.fields import CountField

BAR_WIDTH = 24


def decimal(value: float, lang: Lang) -> str:
    """One decimal, half up (as every report rounds), with a decimal comma in Dutch."""
    return number(value, lang)


def _count(text: str) -> int | None:
    text = text.strip()
    if not text:
        return 0
    return int(text) if text.isdigit() else None


class VoteInput(CountField):
    """A count field: digits only; up and down move to the neighbouring row."""

    # priority: the focus moves as the key is read, so the digits typed after it (in the
    # same read from the terminal) go to the next row, not into this one
    BINDINGS = [
        Binding("up", "app.focus_previous", show=False, priority=True),
        Binding("down", "app.focus_next", show=False, priority=True),
    ]


class VotesControl(Vertical):
    """One row per scale point, one for "weet niet" (`w` goes there) and one for "n.v.t." (`v`).

    Each row has a label, a count and a bar; the rows of the two marks are there only
    when the question allows them.
    """

    class Changed(Message):
        """The counts changed."""

        def __init__(self, control: VotesControl) -> None:
            super().__init__()
            self.votes_control = control

        @property
        def control(self) -> VotesControl:
            """The control that changed."""
            return self.votes_control

    def __init__(
        self,
        question: Question,
        bank: Questionnaire,
        lang: Lang,
        *,
        votes: Sequence[int] | None = None,
        dont_know_votes: int | None = None,
        not_applicable_votes: int | None = None,
        allow_dont_know: bool = True,
        allow_not_applicable: bool = True,
        present: int = 0,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.question = question
        self.bank = bank
        self.lang = lang
        self.scale = bank.scale_of(question)
        self.initial = list(votes) if votes is not None else [0] * self.scale.points
        self.initial_dont_know = dont_know_votes or 0
        self.initial_not_applicable = not_applicable_votes or 0
        points = self.scale.points
        #: The index of the "weet niet" row and of the "n.v.t." row, None when left out.
        self.dont_know_row = points if allow_dont_know else None
        self.not_applicable_row = (points + int(allow_dont_know)) if allow_not_applicable else None
        #: How many people are present; more hands than this is worth a look (0: unknown).
        self.present = present

    def compose(self) -> ComposeResult:
        """Rows of label, count field and bar, then a line with the mean and spread."""
        lang = self.lang
        # the points right-aligned, so "9" and "10" of a 0-10 scale start their labels alike
        width = len(str(self.scale.max))
        rows = [
            (
                f"{self.scale.min + i:>{width}}  {label.get(lang, self.bank.language)}",
                self.initial[i],
            )
            for i, label in enumerate(self.scale.labels)
        ]
        if self.dont_know_row is not None:
            rows.append((message("votes_dont_know", lang), self.initial_dont_know))
        if self.not_applicable_row is not None:
            rows.append((message("votes_not_applicable", lang), self.initial_not_applicable))
        for index, (label, count) in enumerate(rows):
            with Horizontal(classes="vote-row"):
                yield Static(plain(label), classes="vote-label")
                yield VoteInput(
                    str(count) if count else "",
                    placeholder="0",
                    restrict=r"\d{0,4}",
                    select_on_focus=True,
                    id=f"vote-{index}",
                    classes="vote-count",
                )
                yield Static("", classes="vote-bar", id=f"bar-{index}")
        yield Static("", id="vote-stats")

    def on_mount(self) -> None:
        self._update()

    def set_present(self, present: int) -> None:
        """Who is present changed: the warning about more hands follows it."""
        self.present = present
        self._update()

    def counts(self) -> tuple[list[int], int, int] | None:
        """The votes per point, "weet niet" and "n.v.t."; None while a field is invalid."""
        values = [_count(field.value) for field in self.query(VoteInput)]
        if any(v is None for v in values):
            return None
        clean = [v or 0 for v in values]
        dont_know = clean[self.dont_know_row] if self.dont_know_row is not None else 0
        na = clean[self.not_applicable_row] if self.not_applicable_row is not None else 0
        return clean[: self.scale.points], dont_know, na

    def tally(self) -> Tally | None:
        """The counts as a tally (None while a field is invalid)."""
        counts = self.counts()
        if counts is None:
            return None
        votes, dont_know, not_applicable = counts
        return Tally(
            votes=tuple(votes),
            dont_know_votes=dont_know or None,
            not_applicable_votes=not_applicable or None,
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._update()
        self.post_message(self.Changed(self))

    def _update(self) -> None:
        counts = self.counts()
        if counts is None:
            return
        votes, dont_know, not_applicable = counts
        every = list(votes)
        if self.dont_know_row is not None:
            every.append(dont_know)
        if self.not_applicable_row is not None:
            every.append(not_applicable)
        top = max(every) or 1
        for index, count in enumerate(every):
            # every count that is not zero shows, one vote against a hundred too
            bar = "█" * max(1, round(BAR_WIDTH * count / top)) if count else ""
            self.query_one(f"#bar-{index}", Static).update(plain(f"{bar} {count}" if count else ""))
        from woest_tui.core.scoring.rules import score_question, spread_of  # only votes mode scores

        stats = self.query_one("#vote-stats", Static)
        tally = self.tally()
        score = score_question(self.question, tally, self.bank) if tally else None
        hands = sum(votes) + dont_know + not_applicable
        if score is None or score.score is None:
            line = plain(message("votes_none", self.lang), style="italic")
        else:
            # the mean and the spread as the room voted them: on the question's own scale,
            # not mirrored, both on that one scale (the line says which)
            total = sum(votes)
            mean = sum((self.scale.min + i) * c for i, c in enumerate(votes)) / total
            line = plain(
                message(
                    "votes_stats",
                    self.lang,
                    total=total,
                    mean=decimal(mean, self.lang),
                    spread=decimal(spread_of(votes, self.scale, self.scale) or 0.0, self.lang),
                    min=self.scale.min,
                    max=self.scale.max,
                )
            )
            if score.disagreement:
                line.append("   ")
                line.append(plain(message("votes_disagree", self.lang), style="bold reverse"))
        if self.present and hands > self.present:
            # it may be right (someone walked in), so a warning and not a refusal
            warning = message("votes_over_present", self.lang, hands=hands, present=self.present)
            line.append("\n")
            line.append(plain(warning, style="bold"))
        stats.update(line)
