"""The floor: woest's walk screen, as it looks, in a bare Textual app that only sets texts.

A top bar, a question in its box, three lines of help, five options and the note field,
styled by woest's own walk.tcss (compact at 100x30, as woest is there). Enter puts new
texts in the same widgets, without a layout, as woest does from one agreement statement
to the next: no answer is read, checked or saved, no control is reset. What this costs is
what Textual itself needs to paint the next question of that screen; woest cannot be
faster than it. The label after the K-th Enter says "bare question K." like the bare app's.
"""

from __future__ import annotations

import sys

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Input, Static

from bench.bare_app import INTRO, question_text
from bench.common import ROOT

WALK_CSS = ROOT / "woest_tui" / "tui" / "screens" / "walk.tcss"
HELP = (
    "Eens past als je voorbeelden kunt noemen van een probleem dat kleiner werd of verdween."
    " Oneens past als probleemgericht werken vooral voelt als extra werk zonder resultaat."
)
LABELS = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")


class FloorApp(App[None]):
    """The walk screen's widgets and styles; Enter changes their texts."""

    CSS = (
        WALK_CSS.read_text(encoding="utf-8").replace("WalkScreen", "Screen")
        + "\nScreen { background: $background; }\nFooter { background: $panel; }\n"
    )
    BINDINGS = [
        Binding("enter", "next", "bevestig", priority=True),
        Binding("escape", "nothing", "vorige", priority=True),
        Binding("w", "nothing", "weet niet", priority=True),
        Binding("n", "nothing", "notitie", priority=True),
        Binding("o", "nothing", "overzicht", priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.step = 0

    def compose(self) -> ComposeResult:
        """woest's walk screen at a question."""
        with Horizontal(id="top"):
            yield Static(id="where")
            yield Static(id="overall")
            yield Static(id="count")
        with VerticalScroll(id="body"), Vertical(id="question"):
            yield Static(INTRO, id="question-text")
            yield Static(id="question-help")
            with Vertical(id="control-slot"):
                yield Static(id="control")
            yield Static(" [ ] weet niet / n.v.t.  (w)", id="dont-know")
            yield Input(placeholder="Notitie bij deze vraag (n)", id="note")
        yield Footer()

    def on_mount(self) -> None:
        self.screen.set_class(self.size.height < 32, "-compact")
        self.query_one("#count").styles.width = 21
        self.show()

    def show(self) -> None:
        """The texts of step K, each put without a layout."""
        step = self.step

        def put(widget_id: str, text: str) -> None:
            self.query_one(f"#{widget_id}", Static).update(Text(text), layout=False)

        put("where", f"vraag {step % 6 + 1} van 6 · thema 1 van 8 · Gedeeld doel")
        put("overall", "█" * (step * 20 // 52) + "░" * (20 - step * 20 // 52))
        put("count", f"{step} van 52 beantwoord")
        if step:
            put("question-text", f"{question_text(step)} In ons team zoeken we de oorzaak.")
        put("question-help", f"{step}. {HELP}\n")
        put(
            "control",
            "\n".join(
                f"{'▶ ' if i == 0 else '  '}{i + 1:>2}  {'(o)' if i == step % 5 else '( )'} {label}"
                for i, label in enumerate(LABELS)
            ),
        )

    def action_next(self) -> None:
        """The next question's texts."""
        self.step += 1
        self.show()

    def action_nothing(self) -> None:
        """The other keys of the footer."""


def main() -> int:
    """Run the app.

    Returns:
        The exit code.
    """
    FloorApp().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
