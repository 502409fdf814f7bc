"""A team's own questionnaire in the app: its roles, its source, no police words (issue 12)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, Static

from tests.tui.conftest import WOEST, MakeApp
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.storage import load_result
from woest_tui.core.scoring.rules import summarize
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.summary import SummaryScreen

TEAMCHECK = Path(__file__).parent.parent / "fixtures" / "teamcheck"
V11 = TEAMCHECK / "bank-1.1.toml"


def counts(app) -> list[str]:
    return [(f.id or "").removeprefix("count-") for f in app.screen.query(".role-count")]


async def test_the_start_screen_shows_the_questionnaires_own_roles_and_source(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "regenboog.toml"
    app = make_app(bank=V11, team=None, out=out)
    async with app.run_test(size=(100, 40)) as pilot:
        assert isinstance(app.screen, StartScreen)
        banner = str(app.screen.query_one("#start-banner", Static).render())
        assert "Geschreven door het team van De Regenboog" in banner
        assert "WOE" not in banner and "HU" not in banner
        assert counts(app) == ["leerkracht", "ib", "directie", "ondersteuning"]
        await pilot.press(*"De Regenboog")
        app.screen.query_one("#count-leerkracht", Input).value = "7"
        app.screen.query_one("#count-directie", Input).value = "1"
        # the bundled questionnaire: today's functions and those teams asked for
        app.screen.query_one("#bank", Select).value = str(WOEST)
        await pilot.pause()
        await pilot.pause()
        roles = counts(app)
        for role in ("wijkagent", "ploegchef", "boa", "jeugdagent", "intake", "anders"):
            assert role in roles
        assert "HU" in str(app.screen.query_one("#start-banner", Static).render())
        assert app.screen.query_one("#team", Input).value == "De Regenboog"
        app.screen.query_one("#bank", Select).value = str(V11)
        await pilot.pause()
        await pilot.pause()
        app.screen.query_one("#count-leerkracht", Input).value = "7"
        await pilot.press("ctrl+s")
        await pilot.pause()
    result = load_result(out)
    assert result.session.roles == {"leerkracht": 7}
    assert result.questionnaire.id == "teamcheck"


async def test_one_person_fills_in_the_team_check_alone(make_app: MakeApp, tmp_path: Path) -> None:
    out = tmp_path / "persoon.toml"
    app = make_app(bank=V11, team="De Regenboog", out=out, role="directie")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")  # the first theme's introduction
        await pilot.press("5", "enter", "4", "enter", "8", "enter", "1", "enter")
        await pilot.press("enter")  # werkdruk
        await pilot.press("3", "enter", "2", "enter", "4", "enter", "3", "enter")
        await pilot.press("enter")  # steun
        await pilot.press("5", "enter", "1", "enter", *"Een coach voor starters.", "enter")
        await pilot.pause()
        await pilot.press("s")  # from the review to the summary
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again: the suggested one
        await pilot.pause()
    checked = load_checked(out, [V11])
    result = checked.result
    assert result.finished and result.session.role == "directie"
    values = {qid: answer.value for qid, answer in result.answers.items()}
    assert values == {
        "overleg-nut": 5,
        "overleg-te-lang": 4,
        "overleg-cijfer": 8,
        "overleg-vorm": "plenair",
        "werkdruk-haalbaar": 3,
        "werkdruk-vaak": 2,
        "werkdruk-uren": 4,
        "werkdruk-oorzaken": ("administratie",),
        "steun-collega": 5,
        "steun-coach": True,
        "steun-wens": "Een coach voor starters.",
    }
    assert list(result.answers) == [q.id for q in checked.bank.questions()]
    themes = {t.id: (t.score, t.status) for t in summarize(result, checked.bank).themes}
    # 5; 4 mirrored to 2; 8 on 0-10 is 4.2 -> 11.2 / 3 = 3.733 -> 3.73, below 3.75
    assert themes["overleg"] == (3.73, "neutral")
    # 3; "vaak"... 2 ("soms") mirrored to 4 -> 3.5
    assert themes["werkdruk"] == (3.5, "neutral")
    assert themes["steun"] == (5.0, "strength")
