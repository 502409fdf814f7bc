"""A merged result (schema 2) in the meeting app: shown as it is, never erased by Enter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.conftest import result_data
from tests.tui.conftest import QUICK, MakeApp
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.storage import load_result, save_result
from woest_tui.core.merge.results import Individual, merge_results
from woest_tui.core.model import Result
from woest_tui.tui.screens.review import ReviewScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.textfield import TextField

TEAM = "Basisteam Amersfoort"

#: Two people's own answers: every type of question, notes, and one "weet niet".
ANSWERS: list[tuple[str, dict[str, dict[str, Any]]]] = [
    (
        "wijkagent",
        {
            "stand-cijfer": {"value": 6, "note": "We blussen vooral brandjes."},
            "woe-taken-helder": {"value": 2},
            "woe-rol": {"value": "regisseur"},
            "woe-uren-per-week": {"value": 8},
            "stap-plan-van-aanpak": {"value": True},
            "stap-samenwerken-met": {"value": ["gemeente", "bewoners"]},
            "stap-eerste-actie": {"value": "Een gebiedsscan maken."},
        },
    ),
    (
        "teamchef",
        {
            "stand-cijfer": {"value": 8},
            "woe-taken-helder": {"dont_know": True},
            "woe-rol": {"value": "adviseur", "note": "Dat verschilt per wijk."},
            "woe-uren-per-week": {"value": 12.5},
            "stap-plan-van-aanpak": {"value": False},
            "stap-samenwerken-met": {"value": ["gemeente"]},
            "stap-eerste-actie": {"note": "Nog geen idee."},
        },
    ),
]


def merged_file(folder: Path) -> Path:
    """Two unfinished individual files of the quickscan merged, as `woest merge` writes it."""
    bank = load_questionnaire(QUICK)
    items = [
        Individual(
            folder / f"{role}.toml",
            Result.model_validate(result_data(bank, answers, mode="individual", role=role)),
        )
        for role, answers in ANSWERS
    ]
    merged = merge_results(items, bank)
    out = folder / "team.toml"
    save_result(merged, out)
    return out


async def test_enter_through_a_merged_result_changes_nothing(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = merged_file(tmp_path)
    before = out.read_bytes()
    app = make_app(team=TEAM, out=out, mode="votes")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await walk.jump_to_theme(0)
        for _ in range(len(walk.walk.positions)):
            if not isinstance(app.screen, WalkScreen):
                break
            await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await app.run_action("quit")
    assert out.read_bytes() == before


async def test_a_merged_answer_shows_what_it_holds(make_app: MakeApp, tmp_path: Path) -> None:
    out = merged_file(tmp_path)
    app = make_app(team=TEAM, out=out, mode="votes")
    async with app.run_test(size=(100, 40)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await walk.jump_to_question(5)  # woe-rol: one chose regisseur, one adviseur
        await pilot.pause()
        shown = str(walk.query_one("#control").render())
        assert "regisseur" in shown and "adviseur" in shown
        assert "teamchef" in shown and "Dat verschilt per wijk." in shown
        await walk.jump_to_question(6)  # woe-uren-per-week: 8 and 12,5
        await pilot.pause()
        shown = str(walk.query_one("#control").render())
        assert "8" in shown and "12,5" in shown


async def test_a_team_note_on_a_merged_answer_keeps_the_tallies(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = merged_file(tmp_path)
    before = load_result(out)
    app = make_app(team=TEAM, out=out, mode="votes")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await walk.jump_to_question(0)
        await pilot.press("n", *"Samen besproken", "enter")
        await walk.jump_to_question(0)
        assert walk.query_one("#note", TextField).text == "Samen besproken"
        await app.run_action("quit")
    after = load_result(out)
    old, new = before.answers["stand-cijfer"], after.answers["stand-cijfer"]
    assert new.note == "Samen besproken"
    assert new.model_copy(update={"note": None}) == old
    assert {k: v for k, v in after.answers.items() if k != "stand-cijfer"} == {
        k: v for k, v in before.answers.items() if k != "stand-cijfer"
    }


async def test_an_open_question_of_a_merge_takes_no_more_hands_than_people(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = merged_file(tmp_path)
    app = make_app(team=TEAM, out=out, mode="votes")
    async with app.run_test(size=(100, 30)) as pilot:
        walk = app.screen
        assert isinstance(walk, WalkScreen)
        await walk.jump_to_question(1)  # stand-oorzaak: nobody answered it
        await pilot.pause()
        await pilot.press("3", "enter")
        await pilot.pause()
        assert walk.question is not None and walk.question.id == "stand-oorzaak"
        shown = str(walk.query_one("#error").render())
        assert "Dat zijn 3 stemmen, maar er deden 2 mensen mee" in shown
        await pilot.press("backspace", "2", "enter")
        await pilot.pause()
        await app.run_action("quit")
    checked = load_checked(out, [QUICK])  # still a merged result that adds up
    assert checked.result.answers["stand-oorzaak"].votes == (2, 0, 0, 0, 0)
