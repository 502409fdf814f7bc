"""The session state: finishing and reopening a session keep it a valid result."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer
from woest_tui.core.session.new import new_result
from woest_tui.core.session.state import SessionState

ZONE = dt.timezone(dt.timedelta(hours=1))
STARTED = dt.datetime(2026, 11, 28, 19, 30, tzinfo=ZONE)


def test_a_clock_set_back_cannot_end_the_session_before_it_started(tmp_path: Path) -> None:
    bank = load_questionnaire(bundled_dir() / "quickscan.toml")
    result = new_result(bank, team="T", date=STARTED.date(), mode="consensus", started=STARTED)
    earlier = STARTED - dt.timedelta(hours=2)
    state = SessionState(bank, result, tmp_path / "s.toml", lambda: earlier)
    for question in state.required_open():  # a finished result answers them (or "weet niet")
        state.set_answer(question.id, Answer(dont_know=True))
    state.finish()
    assert state.result.session.finished == STARTED
    state.save()
    loaded = load_result(tmp_path / "s.toml")
    assert loaded.session.finished == STARTED
