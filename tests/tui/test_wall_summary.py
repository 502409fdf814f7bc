"""The summary as the room sees and steers it: the theme table in view, focus that is never hidden."""

from __future__ import annotations

from pathlib import Path

from rich.color import Color
from rich.color_triplet import ColorTriplet
from textual.containers import VerticalScroll
from textual.widgets import Input, OptionList, Static

from tests.tui.conftest import WOEST, MakeApp
from tests.tui.contrast import cells, lines
from tests.tui.test_summary import add, to_summary
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.tui.app import WoestApp
from woest_tui.tui.dialogs.modals import ConfirmScreen
from woest_tui.tui.screens.priority import PriorityScreen
from woest_tui.tui.screens.summary import SummaryScreen
from woest_tui.tui.widgets.wrapping import WrappingField


async def test_at_80x24_the_theme_table_is_on_screen_with_a_folded_header(
    make_app: MakeApp,
) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_summary(app, {})
        await pilot.pause()
        shown = lines(app)
        table = next(i for i, line in enumerate(shown) if line.strip() == "Thema's")
        assert table <= 4  # the state line, at most two of title, team and date, a blank
        assert app.state is not None
        titles = [theme.title.get("nl", "nl") for theme in app.state.bank.themes]
        assert all(any(title[:12] in line for line in shown) for title in titles), shown
        assert not any("Vragenlijst" in line for line in shown[:table])


async def test_the_report_scrolls_with_arrows_and_page_keys_from_the_start(
    make_app: MakeApp,
) -> None:
    app = make_app(bank=WOEST)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await to_summary(app, {})
        await pilot.pause()
        report = summary.query_one("#summary-report", VerticalScroll)
        assert summary.focused is report
        await pilot.press("down")
        assert report.scroll_y == 1
        await pilot.press("pagedown")
        assert report.scroll_y > 2
        await pilot.press("tab", "down")  # Tab leads nowhere else: ↓ still scrolls
        assert summary.focused is report


def _bar_line(app: WoestApp) -> str:
    """The text of the line drawn in the accent bar in the priorities panel."""
    panel = app.screen.query_one("#priorities").region
    theme_accent = app.current_theme.accent
    assert theme_accent is not None
    accent = Color.parse(theme_accent).get_truecolor()

    def near(one: ColorTriplet, two: ColorTriplet) -> bool:  # Textual rounds a step
        return all(abs(a - b) <= 2 for a, b in zip(one, two, strict=True))

    rows: dict[int, list[str]] = {}
    for cell in cells(app):
        if panel.y <= cell.y < panel.bottom and near(cell.bg, accent):
            rows.setdefault(cell.y, []).append(cell.char)
    assert len(rows) == 1, rows
    return "".join(next(iter(rows.values())))


async def test_priorities_are_picked_by_number_and_shown_in_a_bar(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        await add(app, pilot, "eerste")
        await add(app, pilot, "tweede")
        assert "tweede" in _bar_line(app)
        await pilot.press("1")
        assert app.screen.query_one("#priorities", OptionList).highlighted == 0
        assert "eerste" in _bar_line(app)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Prioriteit 1 verwijderen" in app.screen.question
        await pilot.press("n")  # kept
        await pilot.pause()
        assert len(load_result(tmp_path / "sessie.toml").priorities) == 2
        await pilot.press("x", "j")
        await pilot.pause()
        assert [p.action for p in load_result(tmp_path / "sessie.toml").priorities] == ["tweede"]
        await pilot.press("u")  # back in its place
        await pilot.pause()
        saved = load_result(tmp_path / "sessie.toml").priorities
        assert [p.action for p in saved] == ["eerste", "tweede"]


async def test_a_finished_summary_is_read_only_and_says_so(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.state is not None
        for question in app.state.questions:
            app.state.set_answer(question.id, Answer(dont_know=True))
        summary = await to_summary(app, {})
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again
        await pilot.pause()
        assert app.state.finished
        keys = {key.key for key in app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        assert keys.isdisjoint({"a", "e", "x", "u"}) and "r" in keys
        assert "alleen lezen" in str(summary.query_one("#summary-state", Static).render())
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_an_individual_summary_offers_no_priorities_but_says_what_comes_next(
    make_app: MakeApp,
) -> None:
    app = make_app(mode="individual", role="wijkagent")
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await to_summary(app)
        await pilot.pause()
        assert not summary.query_one("#priorities-panel").display
        said = str(summary.query_one("#individual-next", Static).render())
        assert "alleen" in said and "wijkagent" in said and "merge" in said
        keys = {key.key for key in app.screen.query("FooterKey")}  # type: ignore[attr-defined]
        assert "a" not in keys
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_the_priority_error_goes_once_it_is_fixed(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await to_summary(app)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, PriorityScreen)
        await pilot.press("enter")
        error = dialog.query_one("#priority-error", Static)
        assert str(error.render()) == "Beschrijf de actie."
        await pilot.press(*"overleg")
        await pilot.pause()
        assert str(error.render()) == ""
        # the marker of a development point is not the drop-down's arrow
        label = str(dialog.query(".field-label").first(Static).render())
        assert "★" in label and "▼" not in label


async def test_a_long_action_wraps_and_enter_saves_it(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    action = "Elke week op de briefing een wijkprobleem bespreken met noodhulp en opsporing erbij"
    async with app.run_test(size=(80, 24)) as pilot:
        await to_summary(app)
        await pilot.press("a")
        dialog = app.screen
        assert isinstance(dialog, PriorityScreen)
        await pilot.press(*action)
        field = dialog.query_one("#action", WrappingField)
        assert field.wrapped_document.height >= 2  # wrapped, not scrolled sideways
        assert field.region.height >= 2 + field.wrapped_document.height - 1
        dialog.query_one("#owner", Input).value = "OE"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
    assert load_result(tmp_path / "sessie.toml").priorities[0].action == action
