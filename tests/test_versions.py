"""A session, a result and a bank of another version: never a file that does not validate.

Issue 12, points 1 and 2, with the team check of tests/fixtures/teamcheck: version 1.1
removes the text question `steun-oud` and adds `steun-wens`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import load_checked
from woest_tui.core.model import Answer
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.state import SessionState

TEAMCHECK = Path(__file__).parent / "fixtures" / "teamcheck"
V10 = TEAMCHECK / "bank-1.0.toml"
V11 = TEAMCHECK / "bank-1.1.toml"


def clock() -> dt.datetime:
    return dt.datetime(2026, 12, 3, 15, 0, tzinfo=dt.UTC)


def started_with_10(tmp_path: Path) -> Path:
    out = tmp_path / "schoolteam.toml"
    launch = prepare_launch(
        questions=V10, team="De Regenboog", out=out, sessions=tmp_path, clock=clock
    )
    assert launch.state is not None
    launch.state.set_answer("overleg-nut", Answer(value=4))
    launch.state.set_answer("steun-oud", Answer(value="Een maatje in het eerste jaar."))
    return out


def test_resuming_with_another_version_is_refused_and_the_file_is_left_alone(tmp_path):
    out = started_with_10(tmp_path)
    before = out.read_bytes()
    with pytest.raises(WoestError) as caught:
        prepare_launch(questions=V11, team="De Regenboog", out=out, sessions=tmp_path, clock=clock)
    (line,) = caught.value.lines("nl")
    assert "beantwoord met versie 1.0 van 'teamcheck'" in line
    assert "--questions" in line
    assert out.read_bytes() == before
    # with its own version it resumes, at the first open question
    launch = prepare_launch(
        questions=V10, team="De Regenboog", out=out, sessions=tmp_path, clock=clock
    )
    assert launch.state is not None and launch.state.answered == 2


def test_a_session_never_writes_an_answer_its_bank_version_lacks(tmp_path):
    out = started_with_10(tmp_path)
    before = out.read_bytes()
    checked = load_checked(out, [V11])  # the fallback: checked against 1.1, for reading
    state = SessionState(load_questionnaire(V11), checked.result, out, clock)
    with pytest.raises(WoestError) as caught:
        state.set_answer("steun-wens", Answer(value="Tijd om bij elkaar te kijken."))
    assert "versie 1.0" in caught.value.lines("nl")[0]
    assert out.read_bytes() == before
    assert "steun-wens" in state.result.answers  # kept in memory: nothing typed is lost
    copy = tmp_path / "kopie.toml"
    with pytest.raises(WoestError):
        state.save_copy(copy)
    assert not copy.exists()
    with pytest.raises(WoestError):
        state.finish()
    assert out.read_bytes() == before
