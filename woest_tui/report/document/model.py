"""The report document: what a summary or a comparison says, as plain nodes every format renders.

A section (the themes, the priorities, the differences between two results) builds these
nodes once; each renderer (Rich, markdown, HTML, plain text, SVG) knows the nodes and never
the sections. Texts are kept raw: each renderer escapes them for its own format.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from woest_tui.core.model import Scale
from woest_tui.core.scoring.records import Status
from woest_tui.i18n import Lang

#: What colours a cell: a score's status, a comparison's change, or faint (not yet known).
Tone = Literal["strength", "neutral", "development", "unscored", "better", "worse", "same", "faint"]


def status_tone(status: Status | None) -> Tone:
    """The tone of a status; "unscored" for None."""
    return "unscored" if status is None else status


@dataclass(frozen=True)
class Cell:
    """A table cell of text: the team's, the bank's or a number in words."""

    text: str
    tone: Tone | None = None
    """Its colour, where a format has colour; None is the text's own."""
    strong: bool = False
    """Bold: what the reader should see first (a blind spot's count)."""
    sub: str = ""
    """A second line in the same cell, in italics: what the first line is about."""


@dataclass(frozen=True)
class StatusCell:
    """A status in full: symbol and word in the terminal and HTML, the word in markdown."""

    status: Status | None


@dataclass(frozen=True)
class ScoreCell:
    """A score with its status beside it: a symbol in the terminal, the word elsewhere."""

    shown: str
    """The score as shown (see `common.score_text`)."""
    status: Status | None


@dataclass(frozen=True)
class BarCell:
    """A score as a bar on its scale."""

    score: float | None
    scale: Scale
    status: Status | None
    shown: str
    """The score in words, for a reader that cannot see the bar."""


AnyCell = Cell | StatusCell | ScoreCell | BarCell


@dataclass(frozen=True)
class Column:
    """A table column: its header and how it is laid out."""

    header: str
    align: Literal["left", "right"] = "left"
    ratio: int | None = None
    """Its share of the spare width in the terminal; None takes what its cells need."""
    wrap: bool = True
    """Whether a long cell folds over more lines (numbers and dates never do)."""
    min_width: int | None = None
    cut: bool = False
    """In the terminal, a word wider than the column ends in "…" instead of folding."""
    under: int | None = None
    """In the terminal, shown as a faint second line under this column's cell instead."""


@dataclass(frozen=True)
class Heading:
    """A heading; `level` 1 is the document's title."""

    text: str
    level: int
    look: Literal["rule", "bold", "underline"] = "rule"
    """How the terminal draws it: a rule across the width (with a blank line before it),
    bold text, or bold underlined text."""


@dataclass(frozen=True)
class Paragraph:
    """Lines of text that belong together."""

    lines: tuple[str, ...]
    look: Literal["plain", "quiet", "notice"] = "plain"
    """quiet: said in passing (a legend, "none"); notice: a warning that must be seen."""
    lead: str = ""
    """A label in bold before the first line ("Nameten: 2027-03-01")."""


@dataclass(frozen=True)
class Title:
    """The document's title with its context (team, date) on one line, joined by " · "."""

    text: str
    context: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    """A blank line in the terminal; the other formats space their blocks themselves."""


@dataclass(frozen=True)
class Bullets:
    """A list of one-line entries."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Item:
    """An entry of a list: a title, a detail line, a status, perhaps one more labelled line."""

    title: str
    detail: str
    strong: bool = False
    status: Status | None = None
    extra: tuple[str, str] | None = None
    """(label, text): e.g. what good looks like."""


@dataclass(frozen=True)
class Items:
    """Entries of two lines; numbered ones are spaced apart in the terminal."""

    items: tuple[Item, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Table:
    """A table; a cell of an `under` column is drawn under another cell in the terminal."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[AnyCell, ...], ...]
    stretch: bool = True
    """Whether it takes the whole width in the terminal."""
    compact: bool = False
    """One space between columns in the terminal (a narrow table of many columns)."""


@dataclass(frozen=True)
class Fields:
    """Labelled values under a title: a framed panel in the terminal, a table elsewhere."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RoleGrid:
    """Scores per role (rows) and per theme (numbered columns, their titles listed below)."""

    corner: str
    """The header of the roles' column."""
    themes: tuple[str, ...]
    rows: tuple[tuple[str, tuple[ScoreCell, ...]], ...]
    note: str
    """What the numbers of the columns are."""


@dataclass(frozen=True)
class Answer:
    """An answered question: its score and status (if scored), text, answer and notes."""

    text: str
    score: ScoreCell | None
    answer: tuple[str, str] | None
    """(label, the answer in words)."""
    notes: tuple[tuple[str, str], ...]
    """(label, the team's note, perhaps of several lines)."""


@dataclass(frozen=True)
class Answers:
    """A theme's answers; all of them in one document line their scores up in the terminal."""

    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Footer:
    """The last line: made with woest, and the questionnaire's source."""

    text: str


Block = (
    Heading
    | Paragraph
    | Title
    | Gap
    | Bullets
    | Items
    | Table
    | Fields
    | RoleGrid
    | Answers
    | Footer
)


@dataclass(frozen=True)
class Document:
    """A whole report in one language."""

    lang: Lang
    title: str
    """The page's title (HTML's title, the SVG's window)."""
    blocks: tuple[Block, ...]
