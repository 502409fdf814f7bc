"""Readable on a wall: every visible character at least 7:1 (WCAG AAA), measured on the screen.

Each screen is rendered in each theme; the contrast of every character is computed from the
colours of its rendered segment, as a true-colour terminal shows them and as a 256-colour
terminal does (Rich's downgrade). The HTML reports' colours are held to the same goal.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.color import Color, ColorSystem

from tests.tui.contrast import GOAL, Cell, cells, failures, ratio
from tests.tui.screens import SCREENS, build, settle
from woest_tui.tui.support.themes import DARK, LIGHT

SYSTEMS = [ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT]
SIZES = [(80, 24), (100, 30)]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WOEST_DATA_DIR", str(tmp_path / "sessions"))
    return tmp_path


def test_the_formula_matches_wcag() -> None:
    black, white = Color.parse("#000000").triplet, Color.parse("#ffffff").triplet
    grey = Color.parse("#767676").triplet
    assert black is not None and white is not None and grey is not None
    assert ratio(black, white) == pytest.approx(21.0)
    assert ratio(grey, white) == pytest.approx(4.54, abs=0.01)  # the well-known AA grey


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize("name", list(SCREENS))
async def test_every_character_is_readable(
    folder: Path, name: str, theme: str, size: tuple[int, int]
) -> None:
    app, steps = build(name, folder, theme)
    async with app.run_test(size=size, notifications=True) as pilot:
        await pilot.pause()
        await steps(pilot)
        await settle(pilot)
        shown = list(cells(app))
        assert len(shown) > 20, "the screen shows almost nothing: the steps went wrong"
        for system in SYSTEMS:
            below = failures(app, system)
            assert not below, f"{name} in {theme}, {system.name}:\n" + "\n".join(below)


async def test_the_measure_catches_a_faint_text(folder: Path) -> None:
    """Textual's own theme has texts below the goal: the measure must see them."""
    app, steps = build("theme_intro", folder, "textual-dark")
    async with app.run_test(size=(100, 30)) as pilot:
        await steps(pilot)
        assert failures(app, ColorSystem.TRUECOLOR)


def _option_lines(app: object, top: int, count: int) -> list[list[Cell]]:
    rows: dict[int, list[Cell]] = {}
    for cell in cells(app):
        rows.setdefault(cell.y, []).append(cell)
    return [rows[y] for y in range(top, top + count)]


@pytest.mark.parametrize("system", SYSTEMS, ids=lambda s: s.name)
@pytest.mark.parametrize("theme", [DARK, LIGHT])
async def test_the_chosen_option_is_the_most_prominent_line(
    folder: Path, theme: str, system: ColorSystem
) -> None:
    app, _ = build("scale", folder, theme)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "4", "up")  # the pointer on 3, the choice on 4
        await pilot.pause()
        options = app.screen.query_one("ChoiceList")
        top = options.content_region.y
        lines = _option_lines(app, top, 5)
        words = ["".join(c.char for c in line) for line in lines]
        assert "▶" in words[2] and "(o)" in words[3], words

        def contrast(line: list[Cell]) -> float:
            return min(ratio(c.fg, c.bg) for c in line if c.char not in "▶")

        chosen = lines[3]
        others = [line for index, line in enumerate(lines) if index != 3]
        assert all(c.bold for c in chosen)
        assert not any(c.bold for line in others for c in line if c.char != "▶")
        # a bar: its own background, unlike every other line's
        assert {c.bg for c in chosen}.isdisjoint({c.bg for line in others for c in line})
        assert contrast(chosen) > max(contrast(line) for line in others) >= GOAL


# --- the HTML reports -----------------------------------------------------------------


def _colours(html: str) -> list[str]:
    """Every text colour the page sets (not a background, not a border)."""
    return re.findall(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,6})", html)


def _rgb(value: str) -> object:
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return Color.parse(value).get_truecolor()


def test_every_colour_of_the_html_summary_is_readable() -> None:
    from woest_tui.report.common import STATUS_COLOUR
    from woest_tui.report.document import html_style

    page = html_style.STYLE + "".join(f"color:{c};" for c in STATUS_COLOUR.values())
    colours = _colours(page)
    assert len(colours) >= 6
    white = _rgb("#ffffff")
    for colour in colours:
        assert ratio(_rgb(colour), white) >= GOAL, colour  # type: ignore[arg-type]
    notice = re.search(r"\.notice \{ background: (#[0-9a-f]+)", html_style.STYLE)
    assert notice is not None
    text = re.search(r"body \{[^}]*?color: (#[0-9a-f]+)", html_style.STYLE)
    assert text is not None
    assert ratio(_rgb(text.group(1)), _rgb(notice.group(1))) >= GOAL  # type: ignore[arg-type]


def test_every_colour_of_the_html_comparison_is_readable() -> None:
    from woest_tui.report.document import html_style

    page = html_style.STYLE + "".join(f"color:{c};" for c in html_style.TONE_COLOUR.values() if c)
    white = _rgb("#ffffff")
    colours = _colours(page)
    assert len(colours) >= 4
    for colour in colours:
        assert ratio(_rgb(colour), white) >= GOAL, colour  # type: ignore[arg-type]
