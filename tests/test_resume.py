"""open_or_resume: one rule for `woest run --out` and the start screen: resume, refuse, replace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer, Mode, Result
from woest_tui.core.session.new import new_result
from woest_tui.core.session.resume import (
    Asked,
    Opened,
    OpenFailed,
    OtherSession,
    open_or_resume,
    resume,
)

NOW = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
QUICK = bundled_dir() / "earlier" / "quickscan-1.0.0.toml"
BANK = load_questionnaire(QUICK)


def clock() -> dt.datetime:
    return NOW


def later() -> dt.datetime:
    return NOW + dt.timedelta(days=7)


@pytest.fixture
def opened() -> Iterator[list[Opened]]:
    """Sessions opened by a test; their locks are given back afterwards."""
    sessions: list[Opened] = []
    yield sessions
    for each in sessions:
        each.state.release()


def asked(team: str = "Basisteam Test", mode: Mode = "votes", role: str | None = None) -> Asked:
    return Asked(BANK, team, mode, role)


def new_for(wanted: Asked, made: list[Result]) -> Callable[[], Result]:
    """Makes the new session asked for, and records that it was made."""

    def new() -> Result:
        role = wanted.role if wanted.mode == "individual" else None
        result = new_result(
            BANK, team=wanted.team, date=NOW.date(), mode=wanted.mode, started=NOW, role=role
        )
        made.append(result)
        return result

    return new


def open_(
    path: Path, wanted: Asked, sessions: list[Opened], *, replace: bool = False, **kw: object
) -> tuple[Opened, list[Result]]:
    made: list[Result] = []
    kw.setdefault("clock", clock)
    result = open_or_resume(
        path,
        wanted,
        new_for(wanted, made),
        banks=[QUICK],
        replace=replace,
        **kw,  # type: ignore[arg-type]
    )
    sessions.append(result)
    return result, made


def saved(path: Path, sessions: list[Opened], wanted: Asked | None = None) -> bytes:
    """A session with one answer in `path`, its lock given back; returns the file's bytes."""
    first, _ = open_(path, wanted or asked(), sessions)
    first.state.set_answer("stand-cijfer", Answer(value=7))
    first.state.release()
    return path.read_bytes()


def test_a_missing_file_gets_the_new_session_claimed_and_saved(
    tmp_path: Path, opened: list[Opened]
) -> None:
    out = tmp_path / "sessie.toml"
    first, made = open_(out, asked(), opened)
    assert len(made) == 1 and not first.resumed and first.start is None
    assert load_result(out) == made[0] and not first.state.unsaved
    assert first.state.lock is not None and first.state.lock.held
    assert first.state.clock is clock  # the injected clock, for finishing and the top bar


def test_the_same_session_is_resumed_and_nothing_new_is_made(
    tmp_path: Path, opened: list[Opened]
) -> None:
    out = tmp_path / "sessie.toml"
    saved(out, opened)
    again, made = open_(out, asked(), opened, replace=True, clock=later)
    assert made == [] and again.resumed
    assert again.state.answer("stand-cijfer") == Answer(value=7)
    assert again.start == 1  # the first open question
    assert again.state.clock is later


@pytest.mark.parametrize(
    ("other", "key"),
    [
        (asked(team="Basisteam Anders"), "exists_other_session"),
        (asked(mode="consensus"), "exists_other_kind"),
    ],
)
def test_another_session_is_refused_and_left_alone(
    tmp_path: Path, opened: list[Opened], other: Asked, key: str
) -> None:
    out = tmp_path / "sessie.toml"
    before = saved(out, opened)
    with pytest.raises(OtherSession) as caught:
        open_(out, other, opened)
    refused = caught.value
    assert [p.key for p in refused.problems] == [key]
    assert refused.answered == 1 and refused.result.session.team == "Basisteam Test"
    assert out.read_bytes() == before


def test_another_role_is_refused_in_its_own_words(tmp_path: Path, opened: list[Opened]) -> None:
    out = tmp_path / "sessie.toml"
    saved(out, opened, asked(mode="individual", role="wijkagent"))
    with pytest.raises(OtherSession) as caught:
        open_(out, asked(mode="individual", role="teamchef"), opened)
    assert [p.key for p in caught.value.problems] == ["exists_other_role"]


def test_another_session_is_replaced_when_asked(tmp_path: Path, opened: list[Opened]) -> None:
    out = tmp_path / "sessie.toml"
    saved(out, opened)
    replaced, made = open_(out, asked(team="Basisteam Anders"), opened, replace=True)
    assert not replaced.resumed and load_result(out) == made[0]
    assert load_result(out).session.team == "Basisteam Anders"


@pytest.mark.parametrize("replace", [False, True])
def test_a_file_that_is_no_session_is_never_replaced(
    tmp_path: Path, opened: list[Opened], replace: bool
) -> None:
    out = tmp_path / "notities.toml"
    out.write_text('titel = "geen sessie"\n', "utf-8")
    with pytest.raises(OpenFailed) as caught:
        open_(out, asked(), opened, replace=replace)
    assert caught.value.step == "read"
    assert out.read_text("utf-8") == 'titel = "geen sessie"\n'


def test_a_file_another_woest_has_open_is_refused(tmp_path: Path, opened: list[Opened]) -> None:
    out = tmp_path / "sessie.toml"
    first, _ = open_(out, asked(), opened)
    with pytest.raises(OpenFailed) as caught:
        open_(out, asked(), opened)
    assert caught.value.step == "in_use"
    assert [p.key for p in caught.value.problems] == ["session_in_use"]
    first.state.release()


def test_another_version_of_the_bank_is_refused(tmp_path: Path, opened: list[Opened]) -> None:
    out = tmp_path / "sessie.toml"
    saved(out, opened)
    result = load_result(out)
    other = BANK.model_copy(update={"version": "1.0.1"})  # same id, other content
    with pytest.raises(OpenFailed) as caught:
        resume(other, result, out, clock)
    assert caught.value.step == "version"


def test_resuming_records_who_is_present_now(tmp_path: Path, opened: list[Opened]) -> None:
    out = tmp_path / "sessie.toml"
    saved(out, opened)
    again, _ = open_(out, asked(), opened, roles={"wijkagent": 5})
    assert again.resumed and load_result(out).session.roles == {"wijkagent": 5}


def test_a_folder_that_is_missing_is_a_failed_save(tmp_path: Path, opened: list[Opened]) -> None:
    with pytest.raises(OpenFailed) as caught:
        open_(tmp_path / "weg" / "sessie.toml", asked(), opened)
    assert caught.value.step == "save"
