"""The walk through a questionnaire: where the meeting is, and where it goes next; no UI."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from woest_tui.core.model import Answer, Question, Questionnaire, Theme
from woest_tui.core.session.draft import Draft, draft_from

#: Where confirming an answer led: on to the next position, back to where the meeting was
#: before a jump from the overview, or past the last question (the review opens).
Move = Literal["next", "returned", "end"]


@dataclass(frozen=True)
class Position:
    """A place in the walk: a theme's introduction (question None) or one question."""

    theme: int
    question: int | None


class Walk:
    """The walk's place in a questionnaire, the drafts kept per question, and the way back.

    Every theme has its introduction, then its questions. With a plan for today's meeting,
    moving on skips the themes not planned; going back, jumping (the overview, the review)
    and the palette still reach every one. After a jump from the overview the walk remembers
    where the meeting was: "back to where we were" goes there, and so does answering the
    question jumped to.
    """

    def __init__(
        self, bank: Questionnaire, planned: Iterable[str] | None = None, start: int | None = None
    ) -> None:
        """Place the walk at its start.

        Args:
            bank: the questionnaire.
            planned: the ids of the themes planned for today's meeting; None: every theme.
            start: the index in the bank of the question to open; None opens the
                introduction of the first planned theme.
        """
        self.bank = bank
        self.positions: list[Position] = []
        for t, theme in enumerate(bank.themes):
            self.positions.append(Position(t, None))
            self.positions += [Position(t, q) for q in range(len(theme.questions))]
        self.planned = frozenset(t.id for t in bank.themes) if planned is None else set(planned)
        self.questions: list[Question] = bank.questions()
        if start is None:
            first = next((i for i, t in enumerate(bank.themes) if t.id in self.planned), 0)
            self.index = self.positions.index(Position(first, None))
        else:
            self.index = self.position_of(start)
        #: Where the meeting was before a jump from the overview (a walk position).
        self.return_to: int | None = None
        #: The position jumped to: answering its question goes back to `return_to`.
        self.jumped: int | None = None
        #: What was typed or chosen per question id and not confirmed: never thrown away.
        self.drafts: dict[str, Draft] = {}

    # --- where we are ------------------------------------------------------------------

    @property
    def position(self) -> Position:
        """The current position."""
        return self.positions[self.index]

    @property
    def theme(self) -> Theme:
        """The current theme."""
        return self.bank.themes[self.position.theme]

    @property
    def question(self) -> Question | None:
        """The current question, or None on a theme's introduction."""
        question = self.position.question
        return None if question is None else self.theme.questions[question]

    @property
    def at_start(self) -> bool:
        """Whether there is no position before this one (going back does nothing)."""
        return self.index == 0

    @property
    def jumped_away(self) -> bool:
        """Whether a jump from the overview left a place to go back to."""
        return self.return_to is not None

    def position_of(self, question_index: int) -> int:
        """The walk position of the question with this index in the bank (the last one past it)."""
        count = -1
        for index, position in enumerate(self.positions):
            if position.question is not None:
                count += 1
                if count == question_index:
                    return index
        return len(self.positions) - 1

    def theme_position(self, theme_index: int) -> int:
        """The walk position of a theme's introduction."""
        return self.positions.index(Position(theme_index, None))

    def next_planned(self, index: int) -> int:
        """The first position from `index` on in a planned theme; past the last, the end."""
        themes = self.bank.themes
        while index < len(self.positions):
            if themes[self.positions[index].theme].id in self.planned:
                return index
            index += 1
        return index

    # --- moving ------------------------------------------------------------------------

    def go(self, index: int) -> bool:
        """Go to a position; False (and the walk stays) when `index` is past the end."""
        if index >= len(self.positions):
            return False
        self.index = index
        return True

    def next(self) -> bool:
        """On to the next position of a planned theme; False past the last (the review)."""
        return self.go(self.next_planned(self.index + 1))

    def back(self) -> bool:
        """Back to the position before this one, planned or not; False at the start."""
        if self.at_start:
            return False
        self.index -= 1
        return True

    def confirmed(self) -> Move:
        """The current question was answered (or skipped): go where the meeting goes next.

        The question jumped to from the overview, once answered, leads back to where the
        meeting was; any other goes on to the next position.
        """
        if self.jumped == self.index and self.return_to is not None:
            self.go_back()
            return "returned"
        return "next" if self.next() else "end"

    def jump(self, question_index: int, remember: bool = False) -> None:
        """Open a question by its index in the bank (from the overview or the review).

        Args:
            question_index: the question's index in the bank.
            remember: keep where the meeting was (a jump from the overview); a second jump
                keeps the first place, so "back" leads to where the meeting really was.
        """
        target = self.position_of(question_index)
        if remember and target != self.index:
            if self.return_to is None:
                self.return_to = self.index
            self.jumped = target
        self.index = target

    def jump_to_theme(self, theme_index: int) -> None:
        """Open a theme's introduction (the palette, the overview)."""
        self.index = self.theme_position(theme_index)

    def go_back(self) -> bool:
        """Back to where the meeting was before the jump; False when there was no jump."""
        if self.return_to is None:
            return False
        self.index, self.return_to, self.jumped = self.return_to, None, None
        return True

    def next_open(self, answered: Callable[[str], bool]) -> int | None:
        """The position of the first open question after this one, or from the start round.

        The place before a jump is forgotten: the meeting goes on from where it is. The
        walk does not move yet (the screen first keeps what it shows; see `go`).

        Args:
            answered: whether the question with this id is answered.

        Returns:
            The position, or None when every question is answered.
        """
        questions = self.questions
        here = sum(1 for p in self.positions[: self.index + 1] if p.question is not None)
        order = [*range(here, len(questions)), *range(here)]
        target = next((i for i in order if not answered(questions[i].id)), None)
        self.return_to = self.jumped = None
        return None if target is None else self.position_of(target)

    # --- drafts ------------------------------------------------------------------------

    def draft(self, question: Question, saved: Answer | None) -> Draft:
        """What to show for a question: its draft, else its saved answer."""
        kept = self.drafts.get(question.id)
        return kept if kept is not None else draft_from(saved)

    def keep(self, question: Question, draft: Draft) -> None:
        """Keep what is on screen for a question, confirmed or not."""
        self.drafts[question.id] = draft

    def forget(self, question: Question) -> None:
        """The draft was confirmed: the saved answer shows from now on."""
        self.drafts.pop(question.id, None)
