"""The walk's top bar: where the meeting is, the progress bar, the clock and the count."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from woest_tui.core.session.plan import Clock
from woest_tui.i18n import Lang, message
from woest_tui.tui.support import steady
from woest_tui.tui.support.text import plain

#: The progress bar's length from 120 columns, from 100, and below 100 (none): the
#: theme's whole name comes first, the count beside it says how far the session is.
BAR, SHORT_BAR = 20, 10
FULL_BAR_FROM, NO_BAR_BELOW = 120, 100


class TopBar(Horizontal):
    """One line: the place (numbers first), the bar, the meeting's time and the count.

    Each part is put again only when its text changed: most answers leave the place and
    the clock as they were (see `steady`).
    """

    def __init__(self, lang: Lang, total: int, *, id: str = "top") -> None:
        super().__init__(id=id)
        self.lang = lang
        self.total = total
        self.bar_width = BAR
        #: Whether the count is short (a window under 100 columns).
        self.narrow = False
        self.shown: dict[str, Text] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="where")
        yield Static(id="overall")
        yield Static(id="clock")
        yield Static(id="count")

    def put(self, widget_id: str, content: Text) -> None:
        """Show `content` in one part, unless it shows exactly that already."""
        if self.shown.get(widget_id) != content:
            self.shown[widget_id] = content
            steady.update(self.query_one(f"#{widget_id}", Static), content, 1)

    def fit(self, width: int) -> None:
        """The bar's length for a window this wide, and a short count below 100 columns."""
        self.bar_width = (
            BAR if width >= FULL_BAR_FROM else SHORT_BAR if width >= NO_BAR_BELOW else 0
        )
        narrow = width < NO_BAR_BELOW
        if narrow != self.narrow:
            self.narrow = narrow
            if self.is_mounted:
                self.fit_count()

    def fit_count(self) -> None:
        """The count's width: its longest text in this language, so it never moves."""
        longest = self._count(self.total)
        self.query_one("#count").styles.width = len(longest) + 2

    def set_language(self, lang: Lang) -> None:
        """Count in `lang` from now on (the place is put again by the walk)."""
        self.lang = lang
        self.fit_count()

    def show_place(self, where: str) -> None:
        """The place in the walk."""
        self.put("where", plain(where))

    def show_progress(self, answered: int) -> None:
        """The overall bar and count."""
        # a drawn bar, not a ProgressBar: that one animates, and every answer would wait for it
        width = self.bar_width
        filled = round(width * answered / max(1, self.total))
        bar = plain("█" * filled, style="bold")
        bar.append("░" * (width - filled))
        self.put("overall", bar)
        self.put("count", plain(self._count(answered)))

    def show_clock(self, clock: Clock | None) -> None:
        """The meeting's time used and left, when a time was set.

        Calm on purpose: it changes at most once a minute, never blinks, and passing the
        plan only changes its words and colour; nothing is stopped.
        """
        widget = self.query_one("#clock", Static)
        widget.display = clock is not None
        if clock is None:
            return
        key = "clock_over" if clock.over else "clock_left"
        text = message(key, self.lang, used=clock.used, planned=clock.planned, left=abs(clock.left))
        widget.set_class(clock.over, "-over")
        self.put("clock", plain(text))

    def _count(self, answered: int) -> str:
        key = "count_answered_short" if self.narrow else "count_answered"
        return message(key, self.lang, answered=answered, total=self.total)
