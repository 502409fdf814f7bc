"""The bare Textual baseline: a header, a label, a footer; Enter changes the label.

At start it validates one small pydantic model, as woest validates its bank. Run it as
`python bench/bare_app.py`; the label says "bare intro" first, then "bare question K."
after the K-th Enter.
"""

from __future__ import annotations

import sys

from pydantic import BaseModel, Field
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Label

INTRO = "bare intro, press Enter"


def question_text(step: int) -> str:
    """The label after the `step`-th Enter."""
    return f"bare question {step}."


class Item(BaseModel):
    """One small model, validated at start."""

    name: str = Field(min_length=1)
    """A name."""
    value: int = Field(ge=0)
    """A number."""


class BareApp(App[None]):
    """Header, label, footer; Enter moves the label on."""

    BINDINGS = [Binding("enter", "next", "Next", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.step = 0
        self.item = Item.model_validate({"name": "bare", "value": 1})

    def compose(self) -> ComposeResult:
        """The three widgets."""
        yield Header()
        yield Label(INTRO, id="label")
        yield Footer()

    def action_next(self) -> None:
        """Show the next step's text."""
        self.step += 1
        self.query_one("#label", Label).update(question_text(self.step))


def main() -> int:
    """Run the app.

    Returns:
        The exit code.
    """
    BareApp().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
