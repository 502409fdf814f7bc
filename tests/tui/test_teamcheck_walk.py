"""The team check (another domain, two versions) walked end to end in the app (issue 12).

Consensus and votes, version 1.0 and 1.1, every question type: scales of their own (0-10,
a frequency scale), reverse questions, a required question without "weet niet", choice,
multi, yes/no, number, text with a note. Each walk is finished and its file must validate,
hold what was typed, and score as the README's rules say. Resuming with the other version
is refused (issue 12, point 1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import MakeApp
from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.documents import load_checked
from woest_tui.core.scoring.rules import summarize
from woest_tui.tui.screens.start import StartScreen
from woest_tui.tui.screens.summary import SummaryScreen

TEAMCHECK = Path(__file__).parent.parent / "fixtures" / "teamcheck"
BANKS = {"1.0": TEAMCHECK / "bank-1.0.toml", "1.1": TEAMCHECK / "bank-1.1.toml"}
TEXT_ID = {"1.0": "steun-oud", "1.1": "steun-wens"}

#: What the team answers by consensus: the keys, and what the file holds afterwards.
CONSENSUS: list[tuple[str, list[str], dict[str, Any]]] = [
    ("overleg-nut", ["4", "enter"], {"value": 4}),
    ("overleg-te-lang", ["2", "enter"], {"value": 2}),  # reverse: scores 4
    ("overleg-cijfer", ["6", "enter"], {"value": 6}),  # 0-10: scores 3.4
    ("overleg-vorm", ["2", "enter"], {"value": "bouw"}),
    ("werkdruk-haalbaar", ["2", "enter"], {"value": 2}),
    ("werkdruk-vaak", ["4", "enter"], {"value": 4}),  # reverse frequency: scores 2
    ("werkdruk-uren", [*"6,5", "enter"], {"value": 6.5}),
    ("werkdruk-oorzaken", ["1", "3", "enter"], {"value": ["nakijken", "administratie"]}),
    ("steun-collega", ["w", "enter"], {"dont_know": True}),
    ("steun-coach", ["1", "enter"], {"value": True}),
]

#: What the team answers by counting hands: scale questions take counts per point.
VOTES: list[tuple[str, list[str], dict[str, Any]]] = [
    (
        "overleg-nut",
        ["down", "1", "down", "2", "down", "5", "down", "2", "enter"],
        {"votes": [0, 1, 2, 5, 2]},
    ),
    (
        "overleg-te-lang",
        ["3", "down", "down", "down", "down", "7", "enter"],
        {"votes": [3, 0, 0, 0, 7]},
    ),
    (
        "overleg-cijfer",
        ["down"] * 5 + ["1", "down", "2", "down", "4", "down", "3", "enter"],
        {"votes": [0, 0, 0, 0, 0, 1, 2, 4, 3, 0, 0]},
    ),
    ("overleg-vorm", ["1", "enter"], {"value": "plenair"}),
    ("werkdruk-haalbaar", ["2", "down", "3", "enter"], {"votes": [2, 3, 0, 0, 0]}),
    (
        "werkdruk-vaak",
        ["down", "down", "1", "down", "1", "w", "8", "enter"],
        {"votes": [0, 0, 1, 1, 0], "dont_know_votes": 8},
    ),
    ("werkdruk-uren", ["5", "enter"], {"value": 5}),
    ("werkdruk-oorzaken", ["2", "enter"], {"value": ["ouders"]}),
    (
        "steun-collega",
        ["down", "down", "down", "3", "w", "7", "enter"],
        {"votes": [0, 0, 0, 3, 0], "dont_know_votes": 7},
    ),
    ("steun-coach", ["2", "enter"], {"value": False}),
]

TEXT = "Tijd om bij elkaar in de klas te kijken."
NOTE = "Vooral voor starters."


def saved(path: Path) -> dict[str, Any]:
    import tomllib

    answers: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8")).get("answers", {})
    return answers


async def walk_and_finish(make_app: MakeApp, out: Path, version: str, mode: str) -> None:
    """Answer every question by keys, checking the file after each, then finish."""
    script = CONSENSUS if mode == "consensus" else VOTES
    app = make_app(
        bank=BANKS[version],
        team="De Regenboog",
        out=out,
        mode=mode,
        present="leerkracht=8,ib=1,directie=1",
    )
    expected: dict[str, Any] = {}
    async with app.run_test(size=(110, 40)) as pilot:
        themes = {"overleg-nut", "werkdruk-haalbaar", "steun-collega"}
        for qid, keys, answer in script:
            if qid in themes:
                await pilot.press("enter")  # the theme's introduction
            await pilot.press(*keys)
            await pilot.pause()
            expected[qid] = answer
            assert saved(out) == expected, qid
        text_id = TEXT_ID[version]
        await pilot.press(*TEXT, "f3", *NOTE, "enter")
        await pilot.pause()
        expected[text_id] = {"value": TEXT, "note": NOTE}
        assert saved(out) == expected, text_id
        await pilot.press("s")  # from the review to the summary
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("enter")  # the day to measure again: the suggested one
        await pilot.pause()


@pytest.mark.parametrize("version", ["1.0", "1.1"])
async def test_consensus_walk_of_both_versions(
    make_app: MakeApp, tmp_path: Path, version: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "consensus.toml"
    await walk_and_finish(make_app, out, version, "consensus")
    checked = load_checked(out, [BANKS[version]])
    result, bank = checked.result, checked.bank
    assert result.finished and result.questionnaire.version == version
    assert result.session.roles == {"leerkracht": 8, "ib": 1, "directie": 1}
    # written in the questionnaire's order, whatever order they were given in
    assert list(result.answers) == [q.id for q in bank.questions()]
    themes = {t.id: (t.score, t.status) for t in summarize(result, bank).themes}
    # overleg: 4, 2 mirrored to 4, 6 on 0-10 -> 1 + 0.6 * 4 = 3.4: 11.4 / 3 = 3.8 strength
    assert themes["overleg"] == (3.8, "strength")
    # werkdruk: 2, 4 mirrored to 2: 2.0, at or below 2.25: development
    assert themes["werkdruk"] == (2.0, "development")
    # steun: "weet niet" only: no score
    assert themes["steun"][0] is None
    assert main(["validate", "--questions", str(BANKS[version]), str(out)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("version", ["1.0", "1.1"])
async def test_votes_walk_of_both_versions(
    make_app: MakeApp, tmp_path: Path, version: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "stemmen.toml"
    await walk_and_finish(make_app, out, version, "votes")
    checked = load_checked(out, [BANKS[version]])
    result, bank = checked.result, checked.bank
    assert result.finished and result.session.mode == "votes"
    assert list(result.answers) == [q.id for q in bank.questions()]
    if version == "1.1":
        # the same hands as the hand-checked fixture votes-1.1.toml
        fixture = load_checked(TEAMCHECK / "votes-1.1.toml", [BANKS[version]]).result
        ours = {q: a for q, a in result.answers.items() if q != "steun-wens"}
        theirs = {q: a for q, a in fixture.answers.items() if q != "steun-wens"}
        assert ours == theirs
        mine = summarize(result, bank).themes
        hand = summarize(fixture, bank).themes
        assert [(t.id, t.score, t.status) for t in mine] == [
            (t.id, t.score, t.status) for t in hand
        ]
    assert main(["validate", "--questions", str(BANKS[version]), str(out)]) == 0
    assert capsys.readouterr().err == ""


async def test_resuming_with_the_other_version_is_refused_on_the_command_line_and_the_start_screen(
    make_app: MakeApp, tmp_path: Path
) -> None:
    out = tmp_path / "sessions" / "regenboog.toml"
    out.parent.mkdir()
    app = make_app(bank=BANKS["1.0"], team="De Regenboog", out=out)
    async with app.run_test(size=(110, 40)) as pilot:
        await pilot.press("enter", "4", "enter", "2", "enter")
        await pilot.pause()
    before = out.read_bytes()
    assert saved(out) == {"overleg-nut": {"value": 4}, "overleg-te-lang": {"value": 2}}
    # woest run --questions bank-1.1.toml --out regenboog.toml: refused, the file left alone
    with pytest.raises(WoestError) as caught:
        make_app(bank=BANKS["1.1"], team="De Regenboog", out=out)
    [line] = caught.value.lines("nl")
    assert line.startswith(
        f"{out}: questionnaire: deze sessie is beantwoord met versie 1.0 van 'teamcheck', en die"
        " versie is hier niet (wel versie 1.1)"
    )
    assert out.read_bytes() == before
    # picked from the start screen's list with only 1.1 at hand: said, and nothing opens
    start = make_app(bank=BANKS["1.1"], team=None)
    async with start.run_test(size=(110, 40), notifications=True) as pilot:
        sessions = start.screen.query_one("#sessions", OptionList)
        assert sessions.option_count == 1
        sessions.focus()
        sessions.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(start.screen, StartScreen)
        said = [n.message for n in start._notifications]
        assert any("beantwoord met versie 1.0 van 'teamcheck'" in m for m in said), said
    assert out.read_bytes() == before
    # with its own version it resumes at the first open question
    again = make_app(bank=BANKS["1.0"], team="De Regenboog", out=out)
    async with again.run_test(size=(110, 40)) as pilot:
        assert again.screen.question.id == "overleg-cijfer"  # type: ignore[attr-defined]
