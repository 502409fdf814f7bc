"""Planning a meeting: the themes chosen and continued later, the estimate, the clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from tests.conftest import STARTED, MakeResult, result_data
from woest_tui.core.errors import WoestError, problems_from
from woest_tui.core.files.storage import dump_result, load_result
from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.plan import (
    MINUTES_PER_QUESTION,
    begin_meeting,
    clock_of,
    estimate,
    open_themes,
    plan_meeting,
    theme_budget,
)

DAY1 = dt.datetime(2026, 12, 1, 19, 0, tzinfo=STARTED.tzinfo)
DAY2 = dt.datetime(2026, 12, 8, 19, 0, tzinfo=STARTED.tzinfo)


def test_the_figures_come_from_the_measured_full_runs() -> None:
    # 2 h 15 in consensus and 1 h 45 with votes for the 52 questions of the bundled bank
    assert round(52 * MINUTES_PER_QUESTION["consensus"]) == 135
    assert round(52 * MINUTES_PER_QUESTION["votes"]) == 105
    assert estimate(52, "consensus") == 135
    assert estimate(52, "votes") == 105
    assert estimate(10, "consensus") == 25
    assert estimate(10, "votes") == 20
    assert estimate(10, "individual") == 5
    assert estimate(0, "votes") == 0


def test_themes_chosen_now_and_continued_later_in_the_same_file(
    tmp_path: Path, woest_bank: Questionnaire
) -> None:
    out = tmp_path / "s.toml"
    themes = ["doel", "rol-woe"]
    launch = prepare_launch(
        team="T", out=out, themes=themes, minutes=75, sessions=tmp_path / "none", clock=lambda: DAY1
    )
    assert launch.state is not None
    saved = load_result(out)
    assert [(m.date, m.themes, m.minutes) for m in saved.meetings] == [
        (DAY1.date(), ("doel", "rol-woe"), 75)
    ]
    assert saved.meetings[0].started == DAY1
    text = out.read_text("utf-8")
    assert "[[meetings]]" in text or "meetings = [" in text
    # answer the two themes of the first meeting
    state = launch.state
    from woest_tui.core.model import Answer

    for theme in woest_bank.themes[:2]:
        for question in theme.questions:
            state.set_answer(question.id, Answer(dont_know=True))
    state.release()  # the first meeting's woest has quit
    # a week later the same command without --themes continues with what is open
    again = prepare_launch(team="T", out=out, sessions=tmp_path / "none", clock=lambda: DAY2)
    assert again.state is not None
    saved = load_result(out)
    assert len(saved.meetings) == 2
    assert saved.meetings[1].date == DAY2.date()
    assert saved.meetings[1].themes == tuple(t.id for t in woest_bank.themes[2:])
    assert saved.meetings[1].minutes is None
    # it opens at the first question of the first open theme
    first_open = len(woest_bank.themes[0].questions) + len(woest_bank.themes[1].questions)
    assert again.start is None or again.start == first_open


def test_a_restart_on_the_same_day_keeps_the_meeting_and_its_clock(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank)
    once = plan_meeting(result, ["doel"], date=DAY1.date(), started=DAY1, minutes=60)
    later = DAY1 + dt.timedelta(minutes=20)
    twice = plan_meeting(once, ["doel", "leren"], date=DAY1.date(), started=later)
    assert len(twice.meetings) == 1
    assert twice.meetings[0].started == DAY1
    assert twice.meetings[0].minutes == 60
    assert twice.meetings[0].themes == ("doel", "leren")


def test_an_unplanned_session_stays_unplanned(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank)
    assert begin_meeting(result, woest_bank, DAY2) is result
    assert open_themes(woest_bank, result) == tuple(t.id for t in woest_bank.themes)


def test_an_unknown_theme_is_refused_with_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(WoestError) as caught:
        prepare_launch(team="T", out=tmp_path / "s.toml", themes=["doel", "geen"])
    line = " ".join(caught.value.lines("nl"))
    assert "'geen'" in line and "rol-woe" in line
    assert not (tmp_path / "s.toml").exists()


def test_the_clock_counts_minutes_used_and_left_with_an_injected_time(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = plan_meeting(
        make_result(woest_bank), ["doel", "rol-woe"], date=DAY1.date(), started=DAY1, minutes=60
    )
    meeting = result.meetings[0]
    clock = clock_of(meeting, DAY1 + dt.timedelta(minutes=25, seconds=59))
    assert clock is not None and (clock.used, clock.left, clock.over) == (25, 35, False)
    late = clock_of(meeting, DAY1 + dt.timedelta(minutes=70))
    assert late is not None and (late.left, late.over) == (-10, True)
    # the time left is shared by open questions: doel has 6, rol-woe 7
    assert theme_budget(woest_bank, result, "doel", DAY1) == int(60 * 6 / 13)
    assert theme_budget(woest_bank, result, "rol-woe", DAY1 + dt.timedelta(minutes=30)) == 30
    assert theme_budget(woest_bank, result, "doel", DAY1 + dt.timedelta(minutes=61)) == 0
    unplanned = make_result(woest_bank)
    assert theme_budget(woest_bank, unplanned, "doel", DAY1) is None


def _with(data: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**data, **extra}


@pytest.mark.parametrize(
    ("extra", "place"),
    [
        ({"meetings": [{"date": dt.date(2026, 11, 1), "themes": ["doel"]}]}, "meetings"),
        ({"meetings": [{"date": dt.date(2026, 12, 1), "themes": []}]}, "themes"),
        ({"meetings": [{"date": dt.date(2026, 12, 1), "themes": ["doel", "doel"]}]}, "themes"),
        (
            {
                "meetings": [
                    {"date": dt.date(2026, 12, 8), "themes": ["doel"]},
                    {"date": dt.date(2026, 12, 1), "themes": ["leren"]},
                ]
            },
            "meetings",
        ),
        ({"meetings": [{"date": dt.date(2026, 12, 1), "themes": ["doel"], "minutes": 0}]}, "min"),
        ({"follow_up": {"date": dt.date(2026, 6, 1), "items": [{"ref": "doel"}]}}, "items"),
        (
            {
                "follow_up": {
                    "date": dt.date(2026, 6, 1),
                    "items": [
                        {
                            "ref": "doel",
                            "action": "a",
                            "owner": "b",
                            "due": dt.date(2026, 7, 1),
                            "status": "klaar",
                        }
                    ],
                }
            },
            "status",
        ),
    ],
)
def test_the_new_fields_are_validated(
    woest_bank: Questionnaire, extra: dict[str, Any], place: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Result.model_validate(_with(result_data(woest_bank), **extra))
    places = [problem.place for problem in problems_from(caught.value)]
    assert any(place in where for where in places), places


def test_remeasure_before_the_session_is_refused(woest_bank: Questionnaire) -> None:
    data = result_data(woest_bank)
    data["session"]["remeasure"] = dt.date(2026, 1, 1)
    with pytest.raises(ValidationError, match="remeasure"):
        Result.model_validate(data)


def test_a_file_without_the_new_fields_reads_and_writes_unchanged(
    woest_bank: Questionnaire,
) -> None:
    result = Result.model_validate(result_data(woest_bank, {"doel-zelfde-betekenis": {"value": 3}}))
    text = dump_result(result)
    assert "meetings" not in text and "follow_up" not in text and "remeasure" not in text


def test_the_new_fields_round_trip(tmp_path: Path, woest_bank: Questionnaire) -> None:
    data = result_data(woest_bank, {"doel-zelfde-betekenis": {"value": 3}}, finished=True)
    data["session"]["remeasure"] = dt.date(2027, 3, 1)
    data["meetings"] = [
        {"date": dt.date(2026, 11, 28), "themes": ["doel"], "started": STARTED, "minutes": 60}
    ]
    data["follow_up"] = {
        "date": dt.date(2026, 6, 1),
        "file": "oud.toml",
        "items": [
            {
                "ref": "doel",
                "action": "Elke week een wijkprobleem",
                "owner": "teamchef",
                "due": dt.date(2026, 9, 1),
                "status": "deels",
                "note": "twee keer gelukt",
            }
        ],
    }
    result = Result.model_validate(data)
    path = tmp_path / "r.toml"
    path.write_text(dump_result(result), "utf-8")
    assert load_result(path) == result
    import tomli_w

    from woest_tui.core.files.storage import _inline_arrays, _plain, _result_data

    # tomli-w's text of the whole result, with its short arrays on one line
    assert dump_result(result) == _inline_arrays(tomli_w.dumps(_plain(_result_data(result))))


def test_the_cli_refuses_bad_themes_and_minutes_as_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from woest_tui.cli.main import main

    for args in (["--themes", "doel,,leren"], ["--minutes", "0"], ["--minutes", "twee"]):
        with pytest.raises(SystemExit) as caught:
            main(["run", "--team", "T", "--out", "x.toml", *args])
        assert caught.value.code == 2
        err = capsys.readouterr().err
        assert err.startswith("woest: run:") and "\\n" not in err.rstrip("\\n")


def test_an_unfinished_previous_result_is_refused_with_its_name(
    tmp_path: Path, woest_bank: Questionnaire
) -> None:
    earlier = tmp_path / "eerder.toml"
    earlier.write_text(dump_result(Result.model_validate(result_data(woest_bank))), "utf-8")
    with pytest.raises(WoestError) as caught:
        prepare_launch(team="T", out=tmp_path / "nu.toml", previous=earlier)
    line = caught.value.lines("nl")[0]
    assert "eerder.toml" in line and "niet afgerond" in line
    assert not (tmp_path / "nu.toml").exists()


def test_a_meeting_theme_not_in_the_bank_is_named_by_validate(
    tmp_path: Path, woest_bank: Questionnaire, capsys: pytest.CaptureFixture[str]
) -> None:
    from woest_tui.cli.main import main

    data = result_data(woest_bank)
    data["meetings"] = [{"date": dt.date(2026, 11, 28), "themes": ["doel", "geen-thema"]}]
    path = tmp_path / "r.toml"
    path.write_text(dump_result(Result.model_validate(data)), "utf-8")
    assert main(["validate", str(path)]) == 1
    assert "meetings[0].themes[1]" in capsys.readouterr().err


def test_a_symlink_loop_in_the_sessions_folder_is_passed_over(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "lus.toml").symlink_to(folder / "lus.toml")
    launch = prepare_launch(team="T", out=tmp_path / "nu.toml", sessions=folder)
    assert launch.state is not None and launch.state.result.follow_up is None


def test_a_reload_keeps_todays_plan_and_follow_up_made_here(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    from woest_tui.core.model import Answer
    from woest_tui.core.session.file import reapply

    base = make_result(woest_bank)
    mine = plan_meeting(base, ["doel"], date=DAY1.date(), started=DAY1, minutes=45)
    mine = mine.model_copy(
        update={"session": mine.session.model_copy(update={"remeasure": dt.date(2027, 3, 1)})}
    )
    theirs = base.model_copy(update={"answers": {"doel-zelfde-betekenis": Answer(value=2)}})
    merged = reapply(base, mine, theirs)
    assert merged.meetings == mine.meetings
    assert merged.session.remeasure == dt.date(2027, 3, 1)
    assert "doel-zelfde-betekenis" in merged.answers
