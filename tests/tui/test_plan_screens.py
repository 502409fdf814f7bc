"""The plan on the start screen, the clock in the top bar and the time per theme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, SelectionList, Static

from tests.tui.conftest import NOW, WOEST, MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.core.session.launch import prepare_launch
from woest_tui.tui.app import WoestApp
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.wrapping import WrappingField


def text_of(app: WoestApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_the_start_screen_plans_themes_and_time_and_shows_the_estimate(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(team=None, bank=WOEST)
    async with app.run_test(size=(120, 40)) as pilot:
        estimate = text_of(app, "#estimate")
        assert "2 uur 15 min voor 52 vragen in consensus" in estimate
        assert "gemeten" in estimate and "quickscan heeft 10 vragen: 25 min" in estimate
        themes = app.screen.query_one("#themes", SelectionList)
        for theme_id in ("sturing", "capaciteit", "analyse", "samenwerking", "partners", "leren"):
            themes.deselect(theme_id)
        app.screen.query_one("#minutes", Input).value = "25"
        await pilot.pause()
        estimate = text_of(app, "#estimate")
        # version 1.1.0: doel 5 and rol-woe 6 questions: 11 x 2.6 = 28.6, to the nearest 5
        assert "30 min voor 11 vragen" in estimate
        assert "andere 41 vragen blijven open" in estimate
        assert "meer dan 25 min" in estimate
        app.screen.query_one("#team", Input).value = "Basisteam Eem"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, WalkScreen)
        files = list((tmp_path / "sessions").glob("*.toml"))
        saved = load_result(files[0])
        assert [(m.themes, m.minutes, m.started) for m in saved.meetings] == [
            (("doel", "rol-woe"), 25, NOW)
        ]
        assert "0 van 25 min · nog 25" in text_of(app, "#clock")


async def test_the_clock_counts_with_the_injected_time_and_the_intro_gives_the_theme_its_time(
    tmp_path: Path,
) -> None:
    now = [NOW]
    out = tmp_path / "s.toml"
    launch = prepare_launch(
        questions=WOEST,
        team="T",
        out=out,
        themes=["doel", "rol-woe"],
        minutes=60,
        sessions=tmp_path / "none",
        clock=lambda: now[0],
    )
    app = WoestApp(launch, "nl", theme="woest-dark")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        assert "0 van 60 min · nog 60" in text_of(app, "#clock")
        # 13 open questions in the plan, 6 of them in doel: 60 x 6 / 13 = 27
        assert "ongeveer 27 min" in text_of(app, "#theme-count")
        now[0] = NOW + dt.timedelta(minutes=75)
        walk.update_clock()
        await pilot.pause()
        assert "75 van 60 min · 15 over de tijd" in text_of(app, "#clock")
        assert app.screen.query_one("#clock").has_class("-over")


async def test_moving_on_skips_the_themes_not_planned_today(tmp_path: Path) -> None:
    launch = prepare_launch(
        questions=WOEST,
        team="T",
        out=tmp_path / "s.toml",
        themes=["rol-woe"],
        sessions=tmp_path / "none",
        clock=lambda: NOW,
    )
    app = WoestApp(launch, "nl", theme="woest-dark")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        assert walk.theme.id == "rol-woe"  # opens at the planned theme's introduction
        assert walk.query_one("#clock").display is False  # no time set: no clock
        count = len(walk.theme.questions)
        await walk.jump_to_question(6 + count - 1)  # rol-woe's last question (doel has 6)
        await pilot.pause()
        await pilot.press("w", "enter")
        await pilot.pause()
        from woest_tui.tui.screens.review import ReviewScreen

        # the next theme is not planned today: the review opens instead
        assert isinstance(app.screen, ReviewScreen)


async def test_finishing_asks_the_day_to_measure_again_and_refuses_one_in_the_past(
    make_app: MakeApp, tmp_path: Path
) -> None:
    from woest_tui.core.model import Answer
    from woest_tui.tui.dialogs.remeasure import RemeasureScreen

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.state is not None
        for question in app.state.questions:
            app.state.set_answer(question.id, Answer(dont_know=True))
        await app.run_action("summary")
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, RemeasureScreen)
        field = app.screen.query_one("#remeasure", Input)
        assert field.value == "2027-02-28"  # three months after 2026-11-28
        field.value = "1-1-2026"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RemeasureScreen)  # before today: said, not taken
        assert "2026-11-28" in text_of(app, "#remeasure-error")
        field.value = "1-6-2027"
        await pilot.press("enter")
        await pilot.pause()
    saved = load_result(tmp_path / "sessie.toml")
    assert saved.finished and saved.session.remeasure == dt.date(2027, 6, 1)


async def test_the_teams_own_first_development_point_is_offered_first(
    make_app: MakeApp, tmp_path: Path
) -> None:
    from woest_tui.core.model import Answer

    # version 1.0.0 of the bundled questionnaire asks for the first development point
    app = make_app(bank=WOEST.parent / "earlier" / "woest-1.0.0.toml")
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.state is not None
        answer = "Elke week   een wijkprobleem op de briefing"
        app.state.set_answer("leren-eerste-ontwikkelpunt", Answer(value=answer))
        await app.run_action("summary")
        await pilot.press("a")
        await pilot.pause()
        action = app.screen.query_one("#action", WrappingField)
        assert action.value == "Elke week een wijkprobleem op de briefing"
        app.screen.query_one("#owner", Input).value = "teamchef"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        # chosen already: the next priority starts empty
        assert app.screen.query_one("#action", WrappingField).value == ""


async def test_another_questionnaire_lists_its_own_themes(make_app: MakeApp) -> None:
    from textual.widgets import Select

    app = make_app(team=None, bank=WOEST)
    async with app.run_test(size=(120, 40)) as pilot:
        themes = app.screen.query_one("#themes", SelectionList)
        assert themes.option_count == 8
        select = app.screen.query_one("#bank", Select)
        quick = next(v for _, v in select._options if isinstance(v, str) and "quickscan" in v)
        select.value = quick
        await pilot.pause()
        await pilot.pause()
        themes = app.screen.query_one("#themes", SelectionList)
        assert themes.option_count == 3
        assert "10 vragen" in text_of(app, "#estimate")
        assert "quickscan heeft" not in text_of(app, "#estimate")  # it is the one chosen


def test_the_estimate_says_which_figures_were_measured() -> None:
    from woest_tui.core.files.bank import load_questionnaire
    from woest_tui.tui.screens.start_plan import estimate_text

    bank = load_questionnaire(WOEST)
    ids = [t.id for t in bank.themes]
    votes = estimate_text(bank, ids, "votes", minutes=None, quick=None, lang="nl")
    assert "1 uur 45 min voor 52 vragen" in votes and "gemeten" in votes
    alone = estimate_text(bank, ids, "individual", minutes=None, quick=None, lang="en")
    assert "25 min for 52 questions" in alone and "was not timed" in alone
