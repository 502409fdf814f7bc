"""Walking a session by keys: answers, going back, weet niet, notes, validation, resume."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from tests.tui.conftest import QUICK, WOEST, MakeApp
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.tui.screens.review import ReviewScreen
from woest_tui.tui.screens.walk import WalkScreen
from woest_tui.tui.widgets.choices import ChoiceList
from woest_tui.tui.widgets.textfield import TextField


def saved(path: Path) -> dict[str, Any]:
    answers: dict[str, Any] = tomllib.loads(path.read_text("utf-8")).get("answers", {})
    return answers


def walk(app: Any) -> WalkScreen:
    screen = app.screen
    assert isinstance(screen, WalkScreen)
    return screen


async def test_answers_are_saved_at_each_confirm(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        assert walk(app).question is None  # the first theme's introduction
        await pilot.press("enter")  # into the first question (0-10 scale)
        assert walk(app).question is not None
        assert walk(app).question.id == "stand-cijfer"  # type: ignore[union-attr]
        await pilot.press("7", "enter")
        assert saved(out) == {"stand-cijfer": {"value": 7}}
        await pilot.press("4", "enter")
        assert saved(out)["stand-oorzaak"] == {"value": 4}
        # back, change the answer, confirm: the file follows
        await pilot.press("escape")
        assert walk(app).question.id == "stand-oorzaak"  # type: ignore[union-attr]
        assert walk(app).query_one("#control", ChoiceList).selected == {3}
        await pilot.press("2", "enter")
        assert saved(out)["stand-oorzaak"] == {"value": 2}
        assert load_result(out).session.finished is None


async def test_dont_know_and_note_with_markup(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "5", "enter")
        await pilot.press("w")
        await pilot.press("n")
        await pilot.press(*"[red]niet rood[/red]")
        await pilot.press("enter")
        assert saved(out)["stand-oorzaak"] == {"dont_know": True, "note": "[red]niet rood[/red]"}
        await pilot.press("escape")
        note = walk(app).query_one("#note", TextField)
        assert note.text == "[red]niet rood[/red]"
        line = walk(app).query_one("#dont-know", Static)
        assert "[x]" in str(line.render())
        # choosing a value clears "weet niet"; the note stays
        await pilot.press("3")
        assert "[ ]" in str(line.render()) and not line.has_class("marked")
        await pilot.press("enter")
        assert saved(out)["stand-oorzaak"] == {"value": 3, "note": "[red]niet rood[/red]"}


async def test_typed_note_is_never_thrown_away(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "n", *"eerst overleggen", "escape")
        # the first Esc only leaves the note: the question stays on screen, the note typed
        focused = walk(app).focused
        assert walk(app).question is not None and focused is not None
        assert focused.id == "control"
        assert walk(app).query_one("#note", TextField).text == "eerst overleggen"
        await pilot.press("escape")
        # left without confirming: the note alone is saved, the question stays open
        assert saved(out)["stand-cijfer"] == {"note": "eerst overleggen"}
        assert load_result(out).answers["stand-cijfer"].is_answered is False
        await pilot.press("enter")
        assert walk(app).query_one("#note", TextField).text == "eerst overleggen"
        # with a value chosen but not confirmed, the note is saved all the same
        await pilot.press("enter", "3", "n", *"niet vergeten", "escape", "escape")
        assert saved(out)["stand-oorzaak"] == {"note": "niet vergeten"}
        await pilot.press("enter")
        assert walk(app).query_one("#control", ChoiceList).selected == {2}  # still a draft


async def test_typing_in_a_note_goes_after_what_is_there(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "n", *"eerst", "enter", "4", "enter")
        await pilot.press("escape", "escape")  # back to the first question, note and all
        await pilot.press("n", *" en dan", "enter")
        assert saved(out)["stand-cijfer"] == {"value": 7, "note": "eerst en dan"}


async def test_number_out_of_range_shows_inline_and_keeps_the_digits(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        screen = walk(app)
        await screen.jump_to_question(6)  # woe-uren-per-week, 0 to 40
        await pilot.pause()
        await pilot.press("9", "9", "enter")
        error = str(screen.query_one("#error", Static).render())
        assert error == "99 is groter dan het maximum 40"
        assert screen.question.id == "woe-uren-per-week"  # type: ignore[union-attr]
        assert screen.query_one("#control", Input).value == "99"
        assert "woe-uren-per-week" not in saved(out)
        await pilot.press("backspace", "backspace", "1", "2", ",", "5", "enter")
        assert saved(out)["woe-uren-per-week"] == {"value": 12.5}


@pytest.mark.parametrize(
    ("lang", "placeholder", "error"),
    [
        ("nl", "Typ een getal (0–40 uur per week)", "-3,5 is kleiner dan het minimum 0"),
        ("en", "Type a number (0–40 hours per week)", "-3.5 is below the minimum 0"),
    ],
)
async def test_a_number_field_names_its_range_and_writes_numbers_as_the_team_does(
    make_app: MakeApp, lang: str, placeholder: str, error: str
) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = walk(app)
        await screen.jump_to_question(6)  # woe-uren-per-week, 0 to 40
        await pilot.pause()
        assert screen.query_one("#control", Input).placeholder == placeholder
        await pilot.press(*"-3,5", "enter")
        assert str(screen.query_one("#error", Static).render()) == error


async def test_every_type_by_keys(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.press("down", "down", "space", "enter")  # 0-10 scale by arrows: 2
        await pilot.press("5", "enter", "1", "enter", "3", "enter")
        await pilot.press("enter")  # theme 2 introduction
        await pilot.press("4", "enter", "2", "enter", "8", "enter")
        await pilot.press("enter")  # theme 3 introduction
        await pilot.press("1", "enter")  # yes/no: ja
        await pilot.press("1", "3", "3", "4", "enter")  # multi: 1 and 4 (3 toggled twice)
        await pilot.press(*"Wekelijks overleg", "enter")
        answers = saved(out)
        assert isinstance(app.screen, ReviewScreen)
    assert answers == {
        "stand-cijfer": {"value": 2},
        "stand-oorzaak": {"value": 5},
        "stand-brandjes-blussen": {"value": 1},
        "stand-voortgang-besproken": {"value": 3},
        "woe-taken-helder": {"value": 4},
        "woe-rol": {"value": answers["woe-rol"]["value"]},
        "woe-uren-per-week": {"value": 8},
        "stap-plan-van-aanpak": {"value": True},
        "stap-samenwerken-met": {"value": answers["stap-samenwerken-met"]["value"]},
        "stap-eerste-actie": {"value": "Wekelijks overleg"},
    }
    assert len(answers["stap-samenwerken-met"]["value"]) == 2


async def test_resume_opens_the_first_open_question(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "7", "enter", "4", "enter")
    again = make_app()
    async with again.run_test(size=(100, 30)):
        screen = walk(again)
        assert screen.question.id == "stand-brandjes-blussen"  # type: ignore[union-attr]
        assert screen.state.answer("stand-cijfer") == Answer(value=7)


async def test_votes_mode_counts_hands(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(mode="votes")
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter")
        screen = walk(app)
        await screen.jump_to_question(1)  # stand-oorzaak, 1 to 5
        await pilot.pause()
        # the first count field has the focus; down moves to the next point
        await pilot.press("3", "down", "down", "down", "down", "3", "down", "1", "enter")
        assert saved(out)["stand-oorzaak"] == {"votes": [3, 0, 0, 0, 3], "dont_know_votes": 1}
        await pilot.press("escape")
        stats = str(screen.query_one("#vote-stats", Static).render())
        assert "6 stemmen" in stats and "gemiddelde 3,0" in stats
        assert "STERK VERDEELD" in stats


async def test_individual_mode_records_the_role(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(mode="individual", role="wijkagent")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "6", "enter")
    result = load_result(tmp_path / "sessie.toml")
    assert (result.session.mode, result.session.role) == ("individual", "wijkagent")
    assert result.answers["stand-cijfer"].value == 6


async def test_whole_bundled_questionnaire_by_keys(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(bank=WOEST)
    out = tmp_path / "sessie.toml"
    expected: dict[str, Any] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = walk(app)
        while not isinstance(app.screen, ReviewScreen):
            question = screen.question
            if question is None:
                await pilot.press("enter")
                assert saved(out) == expected  # an introduction saves nothing
                continue
            value: object
            if question.type == "number":
                keys, value = ["1", "0", "enter"], 10
            elif question.type == "text":
                keys, value = [*"Meer tijd", "enter"], "Meer tijd"
            elif question.type == "scale":
                keys, value = ["2", "enter"], 2  # the key is the point's number
            elif question.type == "yesno":
                keys, value = ["2", "enter"], False
            else:
                second = (question.options or ())[1].id
                keys, value = ["2", "enter"], [second] if question.type == "multi" else second
            await pilot.press(*keys)
            # the file follows every answer at once, and holds nothing else
            expected[question.id] = {"value": value}
            assert saved(out) == expected, question.id
        assert screen.state.answered == 52
    assert len(expected) == 52


async def test_w_marks_dont_know_also_from_a_number_or_count_field(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(mode="votes")
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 40)) as pilot:
        # the focus is in the first count field; w goes to the "weet niet" hands
        await pilot.press("enter", "2", "w", "3", "enter")
        votes = {"votes": [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "dont_know_votes": 3}
        assert saved(out)["stand-cijfer"] == votes
        screen = walk(app)
        await screen.jump_to_question(6)  # a number question
        await pilot.pause()
        await pilot.press("1", "w", "enter")
        assert saved(out)["woe-uren-per-week"] == {"dont_know": True}


async def test_votes_mode_has_one_row_per_mark_and_every_count_shows(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(mode="votes")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("enter")
        screen = walk(app)
        assert not screen.query_one("#dont-know").display  # only the row of hands
        labels = [str(label.render()) for label in screen.query(".vote-label").results(Static)]
        marks = [label for label in labels if "weet niet" in label or "n.v.t." in label]
        assert marks == ["weet niet (w)", "n.v.t. (v)"]
        await pilot.press(*"99", "down", "1")
        bars = [str(bar.render()) for bar in screen.query(".vote-bar").results(Static)]
        assert bars[:3] == ["█" * 24 + " 99", "█ 1", ""]


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_the_top_bar_always_shows_both_places(
    make_app: MakeApp, width: int, lang: str
) -> None:
    app = make_app(bank=WOEST, lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        screen = walk(app)
        await screen.jump_to_question(9)  # the 5th question of a theme with a long title
        await pilot.pause()
        where = str(screen.query_one("#where", Static).render())
        place = "vraag 5/6 · thema 2/8" if lang == "nl" else "question 5/6 · theme 2/8"
        assert where.startswith(place + " · ")
        assert screen.query_one("#where").content_region.width >= len(place)
        count = str(screen.query_one("#count", Static).render())
        assert screen.query_one("#count").content_region.width >= len(count)
        # below 100 columns no bar: the theme's name comes first, the count says how far
        assert screen.query_one("#overall").display == (width >= 100)


async def test_enter_picks_the_option_the_arrows_went_to(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "enter")  # not moved, nothing chosen: left open
        assert "stand-cijfer" not in saved(out)
        await pilot.press("down", "down", "enter")  # 1 to 5: the third point
        assert saved(out)["stand-oorzaak"] == {"value": 3}
        await pilot.press("4", "up", "enter")  # a choice made by key wins over the pointer
        assert saved(out)["stand-brandjes-blussen"] == {"value": 4}
        await pilot.press("down", "w", "enter")  # weet niet: no option taken
        assert saved(out)["stand-voortgang-besproken"] == {"dont_know": True}


async def test_the_pointer_does_not_look_chosen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "3", "down", "down")
        control = walk(app).query_one("#control", ChoiceList)
        lines = control.render().split()
        assert lines[5].plain.startswith("▶  5  ( )")  # the pointer on 5, not chosen
        assert lines[3].plain.startswith("   3  (o)")  # 3 chosen, no pointer
        chosen_style = control.get_component_rich_style("choice-list--chosen")
        assert not any(span.style == "reverse" for line in lines for span in line.spans)
        assert [span.style for span in lines[3].spans][-1] == chosen_style
        assert chosen_style not in [span.style for span in lines[5].spans]


async def test_two_digits_in_a_moment_pick_ten(
    make_app: MakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter", "1", "0", "enter")  # the 0-10 scale
        assert saved(out)["stand-cijfer"] == {"value": 10}
        await pilot.press("escape", "1")
        assert walk(app).query_one("#control", ChoiceList).selected == {1}
        # a second digit after the moment is a number of its own
        monkeypatch.setattr(ChoiceList, "DIGIT_WINDOW", 0.0)
        await pilot.press("0", "enter")
        assert saved(out)["stand-cijfer"] == {"value": 0}


async def test_a_scale_from_90_to_100_is_picked_by_its_digits(
    make_app: MakeApp, tmp_path: Path
) -> None:
    bank = tmp_path / "honderd.toml"
    bank.write_text(
        QUICK.read_text("utf-8").replace(
            "min = 1\nmax = 5\nstrength = 4.0\ndevelopment = 2.5",
            "min = 90\nmax = 94\nstrength = 93.0\ndevelopment = 91.5",
            1,
        ),
        "utf-8",
    )
    app = make_app(bank=bank)
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await walk(app).jump_to_question(1)  # on the default scale, now 90 to 94
        await pilot.pause()
        await pilot.press("9")  # the start of every number: nothing chosen yet
        assert walk(app).query_one("#control", ChoiceList).selected == set()
        await pilot.press("3", "enter")
        assert saved(out)["stand-oorzaak"] == {"value": 93}


async def test_votes_mode_can_unmark_a_question_marked_weet_niet_before(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(mode="votes")
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 40)) as pilot:
        screen = walk(app)
        screen.state.set_answer("stand-oorzaak", Answer(dont_know=True))
        await screen.jump_to_question(1)
        await pilot.pause()
        line = screen.query_one("#dont-know", Static)
        assert line.display and "[x]" in str(line.render())
        await pilot.press("w", "2", "enter")  # unmarked; then 2 hands for the first point
        assert saved(out)["stand-oorzaak"] == {"votes": [2, 0, 0, 0, 0]}


def test_number_placeholders_for_every_kind_of_bound() -> None:
    from woest_tui.core.files.bank import load_questionnaire
    from woest_tui.tui.widgets.answer import number_placeholder

    bank = load_questionnaire(QUICK)
    hours = next(q for q in bank.questions() if q.type == "number")

    def shown(**update: object) -> str:
        return number_placeholder(hours.model_copy(update=update), bank, "nl")

    assert shown() == "Typ een getal (0–40 uur per week)"
    assert shown(min=0.5, max=None) == "Typ een getal (minstens 0,5 uur per week)"
    assert shown(min=None, unit=None) == "Typ een getal (hoogstens 40)"
    assert shown(min=None, max=None, unit=None) == "Typ een getal"


async def test_the_mouse_picks_an_option_and_marks_weet_niet(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app()
    out = tmp_path / "sessie.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await walk(app).jump_to_question(1)  # 1 to 5
        await pilot.pause()
        control = walk(app).query_one("#control", ChoiceList)
        region = control.content_region
        assert await pilot.click(offset=(region.x + 8, region.y + 3))  # the fourth line
        assert control.selected == {3}
        assert await pilot.click("#dont-know")
        assert control.selected == set() and walk(app).dont_know
        await pilot.press("enter")
        assert saved(out) == {"stand-oorzaak": {"dont_know": True}}
        assert await pilot.click(offset=(region.x + 8, region.y + 1))  # the next question's 2
        await pilot.press("enter")
        assert saved(out)["stand-brandjes-blussen"] == {"value": 2}
