"""woest never writes a file it refuses to read: the 2 MB limit on autosave, 50 priorities."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import result_data
from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.storage import MAX_BYTES, load_result, save_result
from woest_tui.core.model import Answer, Priority, Questionnaire, Result
from woest_tui.core.session.state import Refused, SessionState, TooLarge

#: A note as long as woest takes (10,000 characters) that tomli-w writes six bytes each.
HEAVY = "\x01" * 10_000


def test_a_note_that_would_pass_the_read_limit_is_refused(
    woest_bank: Questionnaire, tmp_path: Path
) -> None:
    out = tmp_path / "s.toml"
    state = SessionState(woest_bank, Result.model_validate(result_data(woest_bank)), out)
    refused = None
    for question in woest_bank.questions():
        try:
            state.set_answer(question.id, Answer(dont_know=True, note=HEAVY))
        except TooLarge as caught:
            refused = (question.id, caught)
            break
    assert refused is not None, "the bank is too small to reach the limit"
    qid, too_large = refused
    assert "meer dan woest kan lezen (2 MB)" in too_large.lines("nl")[0]
    assert "more than woest can read (2 MB)" in too_large.lines("en")[0]
    assert qid not in state.result.answers  # nothing changed in memory
    assert out.stat().st_size <= MAX_BYTES
    assert len(load_result(out).answers) == len(state.result.answers)  # still readable
    state.set_answer(qid, Answer(dont_know=True, note="kort"))  # a short one still fits
    assert load_result(out).answers[qid].note == "kort"


def priorities(count: int) -> list[Priority]:
    return [
        Priority(ref="doel", action=f"Actie {n}.", owner="teamchef", due=dt.date(2027, 3, 1))
        for n in range(count)
    ]


def test_more_than_50_priorities_are_refused(
    woest_bank: Questionnaire, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = SessionState(woest_bank, Result.model_validate(result_data(woest_bank)), None)
    state.set_priorities(priorities(50))
    with pytest.raises(Refused) as caught:
        state.set_priorities(priorities(51))
    assert caught.value.lines("nl") == ["51 prioriteiten; een resultaat heeft er hoogstens 50"]
    assert len(state.result.priorities) == 50
    # a file with more (made by hand or by an older woest) is refused by validate, clearly
    many = Result.model_validate(result_data(woest_bank)).model_copy(
        update={"priorities": tuple(priorities(51))}
    )
    save_result(many, tmp_path / "veel.toml")
    with pytest.raises(WoestError):
        load_result(tmp_path / "veel.toml")
    assert main(["validate", str(tmp_path / "veel.toml")]) == 1
    err = capsys.readouterr().err
    assert (
        "veel.toml: priorities (regel 2): 51 prioriteiten; een resultaat heeft er hoogstens 50"
        in err
    )
