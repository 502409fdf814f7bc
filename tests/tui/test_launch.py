"""`woest run --out`: a file is resumed only when it holds the session asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.conftest import QUICK, fixed_clock
from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.storage import load_result
from woest_tui.core.model import Answer, Mode
from woest_tui.core.session.launch import prepare_launch

Capture = pytest.CaptureFixture[str]


def started(out: Path, tmp_path: Path, mode: Mode | None = None, role: str | None = None) -> Path:
    """A session of Team A in `out` with one answer."""
    launch = prepare_launch(
        questions=QUICK,
        team="Team A",
        out=out,
        mode=mode,
        role=role,
        sessions=tmp_path / "s",
        clock=fixed_clock,
    )
    assert launch.state is not None
    launch.state.set_answer("stand-cijfer", Answer(value=7))
    return out


def reopen(out: Path, tmp_path: Path, **kw: object) -> None:
    prepare_launch(
        questions=QUICK,
        team="Team A",
        out=out,
        sessions=tmp_path / "s",
        clock=fixed_clock,
        **kw,  # type: ignore[arg-type]
    )


def test_another_role_does_not_open_an_individual_session(tmp_path: Path) -> None:
    out = started(tmp_path / "ind.toml", tmp_path, "individual", "wijkagent")
    before = out.read_bytes()
    with pytest.raises(WoestError) as caught:
        reopen(out, tmp_path, mode="individual", role="woe")
    assert caught.value.problems[0].key == "exists_other_role"
    assert "--role wijkagent" in caught.value.lines("nl")[0]
    assert out.read_bytes() == before
    # with --force it is replaced by the woe's own new session
    reopen(out, tmp_path, mode="individual", role="woe", force=True)
    result = load_result(out)
    assert (result.session.role, result.answers) == ("woe", {})


@pytest.mark.parametrize("mode", ["votes", "consensus", None])
def test_another_mode_does_not_resume_an_individual_session(
    tmp_path: Path, mode: Mode | None
) -> None:
    out = started(tmp_path / "ind.toml", tmp_path, "individual", "wijkagent")
    before = out.read_bytes()
    with pytest.raises(WoestError) as caught:
        reopen(out, tmp_path, mode=mode)
    assert caught.value.problems[0].key == "exists_other_role"
    assert out.read_bytes() == before


def test_a_consensus_run_does_not_resume_a_votes_session(tmp_path: Path) -> None:
    out = started(tmp_path / "votes.toml", tmp_path, "votes")
    before = out.read_bytes()
    with pytest.raises(WoestError) as caught:
        reopen(out, tmp_path)
    assert caught.value.problems[0].key == "exists_other_kind"
    assert "--mode votes" in caught.value.lines("en")[0]
    assert out.read_bytes() == before


def test_the_same_mode_and_role_resume(tmp_path: Path) -> None:
    out = started(tmp_path / "ind.toml", tmp_path, "individual", "wijkagent")
    launch = prepare_launch(
        questions=QUICK,
        team="Team A",
        out=out,
        mode="individual",
        role="wijkagent",
        sessions=tmp_path / "s",
    )
    assert launch.state is not None
    assert launch.state.answer("stand-cijfer") == Answer(value=7)
    assert launch.start == 1  # the first open question


def test_role_alone_means_individual(tmp_path: Path) -> None:
    out = tmp_path / "ind.toml"
    launch = prepare_launch(
        questions=QUICK, team="Team A", out=out, role="woe", sessions=tmp_path / "s"
    )
    assert launch.mode == "individual"
    session = load_result(out).session
    assert (session.mode, session.role) == ("individual", "woe")
    # and the start screen gets the same preselection
    assert prepare_launch(questions=QUICK, role="woe", sessions=tmp_path / "s").mode == (
        "individual"
    )


def test_role_with_another_mode_is_refused(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from woest_tui.tui.app import WoestApp

    monkeypatch.setattr(WoestApp, "run", lambda self, *a, **k: pytest.fail("the app started"))
    out = tmp_path / "x.toml"
    args = ["run", "--team", "T", "--out", str(out), "--mode", "votes", "--role", "woe"]
    assert main([*args, "--questions", str(QUICK)]) == 1
    assert capsys.readouterr().err == (
        "woest: --role hoort bij --mode individual, niet bij --mode votes; "
        "laat --mode weg of kies individual\n"
    )
    assert not out.exists()
