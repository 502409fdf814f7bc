"""Roles against the questionnaire's own `roles`: in woest run, validate and merge (issue 12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.check.roles import LIVE_OTHER
from woest_tui.core.errors import WoestError
from woest_tui.core.session.launch import prepare_launch
from woest_tui.live.tally import OTHER

HERE = Path(__file__).parent / "fixtures" / "teamcheck"
V11 = HERE / "bank-1.1.toml"
KNOWN = "(die zijn: leerkracht, ib, directie, ondersteuning)"


def clock() -> dt.datetime:
    return dt.datetime(2026, 11, 24, 15, 0, tzinfo=dt.UTC)


def _copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    text = (HERE / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("option", "kwargs"),
    [
        ("--role", {"role": "wijkagent"}),
        ("--present", {"mode": "votes", "present": "leerkracht=6,wijkagent=1"}),
    ],
)
def test_run_refuses_a_role_the_questionnaire_lacks(tmp_path, option, kwargs):
    out = tmp_path / "s.toml"
    with pytest.raises(WoestError) as caught:
        prepare_launch(questions=V11, team="T", out=out, clock=clock, **kwargs)
    assert caught.value.lines("nl") == [
        f"{option}: de rol 'wijkagent' staat niet in de rollen van vragenlijst teamcheck"
        f" ({V11}) {KNOWN}"
    ]
    assert not out.exists()


def test_run_takes_a_role_the_questionnaire_has(tmp_path):
    out = tmp_path / "s.toml"
    launch = prepare_launch(questions=V11, team="T", out=out, role="ib", clock=clock)
    assert launch.state is not None and launch.state.result.session.role == "ib"


def test_validate_warns_of_an_unknown_respondent_role(tmp_path, capsys):
    # a warning: a file written before its bank listed roles keeps working
    path = _copy(tmp_path, "persoon-a.toml", 'role = "leerkracht"', 'role = "wijkagent"')
    assert main(["validate", "--questions", str(V11), str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"let op: {path}: session.role: de rol 'wijkagent' staat niet in de rollen"
        f" van vragenlijst teamcheck {KNOWN}"
    ]


def test_validate_names_an_unknown_role_of_who_was_present(tmp_path, capsys):
    path = _copy(tmp_path, "votes-1.1.toml", "[session.roles]\n", "[session.roles]\nboa = 2\n")
    assert main(["validate", "--questions", str(V11), str(path)]) == 0
    err = capsys.readouterr().err
    assert "session.roles.boa: de rol 'boa' staat niet in de rollen" in err


def test_merge_takes_a_file_with_a_role_its_bank_lacks(tmp_path, capsys, monkeypatch):
    # the role is kept as it is (its tally under its own id) and validate warns of it
    monkeypatch.chdir(tmp_path)
    path = _copy(tmp_path, "persoon-a.toml", 'role = "leerkracht"', 'role = "wijkagent"')
    others = [str(HERE / "persoon-b.toml"), str(HERE / "persoon-c.toml")]
    code = main(["merge", str(path), *others, "-o", "uit.toml", "--questions", str(V11)])
    assert code == 0, capsys.readouterr().err
    merged = tmp_path / "uit.toml"
    assert "wijkagent = 1" in merged.read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", "--questions", str(V11), str(merged)]) == 0
    assert "session.roles.wijkagent: de rol 'wijkagent'" in capsys.readouterr().err


def test_the_live_rooms_group_is_a_role_of_every_live_result():
    assert LIVE_OTHER == OTHER


def test_a_bank_without_roles_takes_any_role_id(tmp_path, capsys):
    # a bank written before banks had roles: woest's own list, and other ids as they are
    bank = tmp_path / "bank.toml"
    text = V11.read_text(encoding="utf-8")
    start, end = text.index("roles = ["), text.index("]\n", text.index("roles = [")) + 2
    bank.write_text(text[:start] + text[end:], encoding="utf-8")
    path = _copy(tmp_path, "persoon-a.toml", 'role = "leerkracht"', 'role = "wijkagent"')
    assert main(["validate", "--questions", str(bank), str(path)]) == 0
