"""Who is present: --present on `woest run`, and `validate` warns of more hands (issue 12, point 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.storage import load_result
from woest_tui.core.session.launch import prepare_launch
from woest_tui.core.session.present import parse_present

HERE = Path(__file__).parent / "fixtures" / "teamcheck"
V11 = HERE / "bank-1.1.toml"


def clock() -> dt.datetime:
    return dt.datetime(2026, 12, 3, 15, tzinfo=dt.UTC)


def test_present_is_recorded_when_the_start_screen_is_skipped(tmp_path):
    out = tmp_path / "s.toml"
    prepare_launch(
        questions=V11, team="T", out=out, mode="votes", present="leerkracht=6, directie=1, ib=0"
    )
    assert load_result(out).session.roles == {"leerkracht": 6, "directie": 1}
    # given again on resuming: it replaces what was recorded
    launch = prepare_launch(questions=V11, team="T", out=out, mode="votes", present="leerkracht=7")
    assert launch.state is not None
    assert load_result(out).session.roles == {"leerkracht": 7}


@pytest.mark.parametrize(
    ("given", "line"),
    [
        ("wijkagent", "--present: 'wijkagent' is geen ROL=AANTAL"),
        ("wijkagent=zes", "--present: 'wijkagent=zes' is geen ROL=AANTAL"),
        ("wijkagent=1,wijkagent=2", "--present: de rol 'wijkagent' staat er twee keer"),
        ("Wijk Agent=1", '--present."Wijk Agent": alleen kleine letters'),
        ("wijkagent=20000", "--present.wijkagent: mag hoogstens 10000 zijn"),
    ],
)
def test_a_wrong_present_names_the_option(given, line):
    with pytest.raises(WoestError) as caught:
        parse_present(given)
    assert caught.value.lines("nl")[0].startswith(line)


def test_a_wrong_role_or_team_names_the_option(tmp_path):
    out = tmp_path / "s.toml"
    with pytest.raises(WoestError) as caught:
        prepare_launch(questions=V11, team="T", out=out, role="Wijk Agent", clock=clock)
    assert caught.value.lines("nl")[0].startswith("--role: alleen kleine letters")
    with pytest.raises(WoestError) as caught:
        prepare_launch(questions=V11, team="  ", out=out, clock=clock)
    assert caught.value.lines("nl")[0].startswith("--team: mag niet leeg zijn")
    assert not out.exists()


def test_validate_warns_of_more_hands_than_present(tmp_path, capsys):
    text = (HERE / "votes-1.1.toml").read_text(encoding="utf-8")
    path = tmp_path / "te-veel.toml"
    path.write_text(text.replace("votes = [0, 1, 2, 5, 2]", "votes = [0, 10, 20, 5, 1]"))
    assert main(["validate", str(path), "--questions", str(V11)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("ok: ")
    assert err.splitlines() == [
        f"let op: {path}: answers.overleg-nut: 36 handen geteld, meer dan de 10 aanwezigen"
        " (klopt dat? wie kwam er later bij?)"
    ]
    assert main(["validate", str(HERE / "votes-1.1.toml"), "--questions", str(V11)]) == 0
    assert capsys.readouterr().err == ""
