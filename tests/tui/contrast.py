"""WCAG contrast of every visible character on the screen, measured from the rendered segments."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rich.color import Color, ColorSystem
from rich.color_triplet import ColorTriplet
from rich.console import Console
from rich.segment import Segment

#: WCAG 2 level AAA for normal text.
GOAL = 7.0

# Box drawing, block elements: borders, bars and scrollbars carry no words
DECORATION = range(0x2500, 0x25A0)


def luminance(rgb: ColorTriplet) -> float:
    """The relative luminance of an sRGB colour (WCAG 2)."""
    lin = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def ratio(one: ColorTriplet, two: ColorTriplet) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True)
class Cell:
    """One visible character as the terminal shows it."""

    x: int
    y: int
    char: str
    fg: ColorTriplet
    bg: ColorTriplet
    bold: bool

    @property
    def contrast(self) -> float:
        """Its contrast against its own background."""
        return ratio(self.fg, self.bg)


def _shown(color: Color | None, system: ColorSystem, fallback: ColorTriplet) -> ColorTriplet:
    """The colour a terminal of this colour system shows for `color`."""
    if color is None or color.is_default:
        return fallback
    return color.downgrade(system).get_truecolor()


def cells(app: Any, system: ColorSystem = ColorSystem.TRUECOLOR) -> Iterator[Cell]:
    """Every visible character of the app's screen (spaces and border glyphs left out).

    Args:
        app: a running Textual app (in `run_test`).
        system: the terminal's colours: TRUECOLOR, or EIGHT_BIT for a 256-colour terminal.
    """
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        legacy_windows=False,
    )
    update = app.screen._compositor.render_update(
        full=True, screen_stack=app._background_screens, simplify=False
    )
    black, white = ColorTriplet(0, 0, 0), ColorTriplet(255, 255, 255)
    x = y = 0
    for segment in console.render(update, console.options):
        if segment.control:
            continue
        text, style = segment.text, segment.style
        if text == "\n":
            x, y = 0, y + 1
            continue
        for char in text:
            if char.strip() and ord(char) not in DECORATION and style is not None:
                fg = _shown(style.color, system, white)
                bg = _shown(style.bgcolor, system, black)
                if style.reverse:
                    fg, bg = bg, fg
                if style.dim:  # a terminal shows dim text at about half its strength
                    fg = ColorTriplet(*((f + b) // 2 for f, b in zip(fg, bg, strict=True)))
                yield Cell(x, y, char, fg, bg, bool(style.bold))
            x += Segment(char).cell_length


def lines(app: Any) -> list[str]:
    """The screen's text, line by line (for messages)."""
    out: dict[int, dict[int, str]] = {}
    for cell in cells(app):
        out.setdefault(cell.y, {})[cell.x] = cell.char
    rows = []
    for y in range(app.size.height):
        row = out.get(y, {})
        rows.append("".join(row.get(x, " ") for x in range(app.size.width)).rstrip())
    return rows


def failures(app: Any, system: ColorSystem, goal: float = GOAL) -> list[str]:
    """Each run of characters below the goal: where, what, which colours, how much."""
    found: dict[tuple[int, ColorTriplet, ColorTriplet], list[Cell]] = {}
    for cell in cells(app, system):
        if cell.contrast < goal:
            found.setdefault((cell.y, cell.fg, cell.bg), []).append(cell)
    return [
        f"line {y}: {''.join(c.char for c in run)!r} {fg.hex} on {bg.hex} = {run[0].contrast:.2f}"
        for (y, fg, bg), run in sorted(found.items(), key=lambda item: item[0][0])
    ]
