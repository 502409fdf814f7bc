"""The live result file: a votes result whose tallies are kept as a merge keeps them."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from woest_tui.cli.main import main
from woest_tui.core.check.result import check_result, check_writable
from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.storage import dump_result, load_result
from woest_tui.core.model import Answer, Question, Questionnaire, Result
from woest_tui.core.session.state import new_result
from woest_tui.live.tally import OTHER, Vote, groups_of, live_answer, live_result

MOMENT = dt.datetime(2026, 12, 3, 19, 30, tzinfo=dt.UTC)
#: Who was in the room: 3 wijkagenten, 3 OE's, and a teamchef and two who would rather not
#: say, who count together under overig.
ROOM: list[str | None] = [*["wijkagent"] * 3, *["oe"] * 3, "teamchef", None, None]
GROUPS = {"wijkagent": 3, "oe": 3, OTHER: 3}

Capture = pytest.CaptureFixture[str]


def vote_of(question: Question, bank: Questionnaire, index: int) -> Vote:
    """Phone `index`'s answer: varied over the options."""
    options = [o.id for o in question.options or ()]
    if question.type == "scale":
        scale = bank.scale_of(question)
        return Vote(scale.min + index % scale.points)
    if question.type == "choice":
        return Vote(options[index % len(options)])
    if question.type == "multi":
        return Vote((options[index % len(options)],))
    if question.type == "yesno":
        return Vote(index % 2 == 0)
    if question.type == "number":
        return Vote(index)
    return Vote(f"tekst {index}")


def room_result(bank: Questionnaire) -> Result:
    """A live session of ROOM through the whole bank, as the room saves it."""
    result = new_result(
        bank, team="Basisteam Live", date=MOMENT.date(), mode="votes", started=MOMENT
    )
    groups = groups_of(ROOM)
    assert groups["teamchef"] == groups[None] == OTHER
    answers = {}
    for question in bank.questions():
        ballots = [(groups[role], vote_of(question, bank, i)) for i, role in enumerate(ROOM)]
        answer = live_answer(question, bank, ballots)
        assert answer is not None
        answers[question.id] = answer
    return live_result(result.model_copy(update={"answers": answers}), bank, GROUPS)


def run(capsys: Capture, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_live_result_is_a_votes_result_with_tallies_as_a_merge_keeps_them(
    quickscan: Questionnaire, tmp_path: Path
) -> None:
    result = room_result(quickscan)
    path = tmp_path / "live.toml"
    path.write_text(dump_result(result), encoding="utf-8")
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    # a session's own file in votes mode, marked live; no merge count
    assert raw["schema"] == 1
    assert raw["session"]["mode"] == "votes" and raw["session"]["live"] is True
    assert "merged_from" not in raw["session"]
    assert raw["session"]["roles"] == GROUPS
    for question in quickscan.questions():
        answer = raw["answers"][question.id]
        # a scale's tally exactly as votes mode stores it; the others as a merge does
        field = {"scale": "votes", "number": "values", "text": "values"}.get(
            question.type, "counts"
        )
        assert field in answer and "value" not in answer
        assert set(answer["by_role"]) == set(GROUPS)
    again = load_result(path)
    assert again == result
    assert check_result(again, quickscan) == []
    assert again.session.people == 9


def test_the_save_guard_checks_that_a_live_result_adds_up(quickscan: Questionnaire) -> None:
    result = room_result(quickscan)
    question = next(q for q in quickscan.questions() if q.type == "scale")
    answer = result.answers[question.id]
    assert answer.by_role is not None and answer.votes is not None
    # one vote moved to another point in the total, not in its groups: it does not add up
    assert answer.votes[0] > 0
    votes = (answer.votes[0] - 1, answer.votes[1] + 1, *answer.votes[2:])
    wrong = result.model_copy(
        update={
            "answers": {**result.answers, question.id: answer.model_copy(update={"votes": votes})}
        }
    )
    problems = check_writable(wrong, quickscan, content_hash(quickscan), fits={})
    assert [p.key for p in problems] == ["tally_not_sum"]
    assert problems[0].place == f"answers.{question.id}.votes"
    assert check_writable(result, quickscan, content_hash(quickscan), fits={}) == []


def test_only_a_live_session_file_may_hold_tallies_and_never_a_merges_notes(
    quickscan: Questionnaire,
) -> None:
    data: dict[str, Any] = room_result(quickscan).model_dump(by_alias=True, exclude_none=True)
    data["session"]["live"] = False
    with pytest.raises(ValueError, match="merged_field"):
        Result.model_validate(data)
    data["session"]["live"] = True
    first = next(iter(data["answers"]))
    data["answers"][first]["notes"] = [{"role": "oe", "text": "van een los bestand"}]
    with pytest.raises(ValueError, match="merged_field"):
        Result.model_validate(data)


def test_a_live_file_of_the_earlier_format_is_read_and_saved_anew_as_a_votes_result(
    quickscan: Questionnaire, tmp_path: Path, capsys: Capture
) -> None:
    data: dict[str, Any] = room_result(quickscan).model_dump(by_alias=True, exclude_none=True)
    # as last session's woest wrote it: a merged result marked live
    data["schema"] = 2
    data["session"]["merged_from"] = 9
    old = Result.model_validate(data)
    path = tmp_path / "old-live.toml"
    path.write_text(dump_result(old), encoding="utf-8")
    assert check_result(load_result(path), quickscan) == []
    code, out, _ = run(capsys, "validate", path)
    assert code == 0 and "live" in out and "9" in out
    code, out, _ = run(capsys, "summary", path, "--format", "json")
    assert code == 0 and json.loads(out)["live"] is True
    # the next save of the live session writes the votes result
    saved = live_result(old, quickscan, {})
    assert saved.schema_ == 1 and saved.session.merged_from is None
    assert saved.session.roles == GROUPS and saved.answers == old.answers


def test_summary_and_compare_read_a_live_result_per_function_never_below_three(
    quickscan: Questionnaire, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "live.toml"
    path.write_text(dump_result(room_result(quickscan)), encoding="utf-8")
    code, out, _ = run(capsys, "summary", path, "--format", "json")
    assert code == 0
    summary = json.loads(out)
    assert summary["mode"] == "votes" and summary["live"] is True
    assert summary["merged_from"] is None and summary["roles_present"] == GROUPS
    # each function of three or more apart; the teamchef alone only inside overig
    assert set(summary["by_role"]) == set(GROUPS)
    code, out, _ = run(capsys, "summary", path, "--lang", "en")
    assert code == 0 and "teamchef" not in out.lower()
    other = tmp_path / "again.toml"
    other.write_text(dump_result(room_result(quickscan)), encoding="utf-8")
    code, out, _ = run(capsys, "compare", path, other, "--format", "json")
    assert code == 0
    assert [side["mode"] for side in json.loads(out)["results"]] == ["live", "live"]


def test_merge_refuses_a_live_result_and_says_what_to_do(
    quickscan: Questionnaire, tmp_path: Path, capsys: Capture
) -> None:
    live = tmp_path / "live.toml"
    live.write_text(dump_result(room_result(quickscan)), encoding="utf-8")
    alone = new_result(
        quickscan,
        team="Basisteam Live",
        date=MOMENT.date(),
        mode="individual",
        role="wijkagent",
        started=MOMENT,
    )
    question = next(q for q in quickscan.questions() if q.type == "scale")
    value = Answer(value=quickscan.scale_of(question).min)
    alone = alone.model_copy(update={"answers": {question.id: value}})
    individual = tmp_path / "wijkagent.toml"
    individual.write_text(dump_result(alone), encoding="utf-8")
    out = tmp_path / "team.toml"
    for files in ((individual, live), (live, individual)):
        code, _, err = run(capsys, "merge", *files, "-o", out)
        assert code == 1 and not out.exists()
        assert str(live) in err and "live-sessie" in err and "woest summary" in err
        assert "Traceback" not in err
    code, _, err = run(capsys, "merge", individual, live, "-o", out, "--lang", "en")
    assert code == 1 and "live session" in err and "woest compare" in err
