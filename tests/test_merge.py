"""Merging individual answer files into one team result (schema 2)."""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
from pathlib import Path

import pytest

from woest_tui.cli.commands.validate import validate_command
from woest_tui.core.errors import WoestError
from woest_tui.core.files.documents import load_checked
from woest_tui.core.files.storage import dump_result, load_result, save_result
from woest_tui.core.merge.results import Individual, merge_results, read_individuals
from woest_tui.core.model import Result
from woest_tui.core.scoring.rules import summarize

FIX = Path(__file__).parent / "fixtures" / "compare"
V1, V2 = FIX / "bank-v1.toml", FIX / "bank-v2.toml"
BANKS = [V2, V1]
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]
NOW = dt.datetime(2026, 3, 7, 12, 0, 0, 123, tzinfo=dt.UTC)


def merged(paths: list[Path] = INDIVIDUAL, team: str | None = None) -> Result:
    items, bank = read_individuals(paths, BANKS)
    return merge_results(items, bank, team=team, now=NOW)


def refusal(paths: list[Path], team: str | None = None) -> WoestError:
    with pytest.raises(WoestError) as caught:
        merged(paths, team)
    return caught.value


def test_session_of_merged_result() -> None:
    result = merged()
    session = result.session
    assert result.schema_ == 2
    assert session.mode == "votes"
    assert session.merged_from == 4
    # the first file's spelling; " basisteam  amersfoort" counts as the same team
    assert session.team == "Basisteam Amersfoort"
    assert session.date == dt.date(2026, 3, 6)  # the latest
    assert session.started == dt.datetime(
        2026, 3, 4, 19, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert session.roles == {"teamchef": 1, "wijkagent": 2, "woe": 1}
    assert session.finished is None  # the WOE's file is not finished
    assert session.facilitator is None
    assert session.role is None
    assert result.priorities == ()


def test_finished_when_every_input_is() -> None:
    result = merged(INDIVIDUAL[:3])
    assert result.session.finished == NOW.replace(microsecond=0)
    assert result.session.merged_from == 3


def test_a_clock_behind_the_inputs_does_not_end_the_merge_before_them() -> None:
    items, bank = read_individuals(INDIVIDUAL[:3], BANKS)
    last = max(i.result.session.finished for i in items if i.result.session.finished)
    result = merge_results(items, bank, now=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    assert result.session.finished == last


def test_scale_votes_overall_and_per_role() -> None:
    answers = merged().answers
    begrip = answers["doel-begrip"]
    assert begrip.votes == (0, 0, 1, 2, 1)
    assert begrip.dont_know_votes is None
    assert begrip.by_role is not None
    assert begrip.by_role["wijkagent"].votes == (0, 0, 0, 1, 1)
    assert begrip.by_role["teamchef"].votes == (0, 0, 0, 1, 0)
    assert begrip.by_role["woe"].votes == (0, 0, 1, 0, 0)


def test_dont_know_is_counted_not_scored() -> None:
    answers = merged().answers
    tijd = answers["woe-tijd"]
    assert tijd.votes == (1, 1, 0, 1, 0)
    assert tijd.dont_know_votes == 1
    assert tijd.by_role is not None
    assert tijd.by_role["wijkagent"].votes == (1, 0, 0, 0, 0)
    assert tijd.by_role["wijkagent"].dont_know_votes == 1
    # only "weet niet": zero votes, so the question still counts as answered
    effect = answers["leren-effect"]
    assert effect.votes == (0, 0, 0, 0, 0)
    assert effect.dont_know_votes == 1
    assert effect.is_answered


def test_counts_of_choice_multi_and_yesno() -> None:
    answers = merged().answers
    assert answers["doel-keuze"].counts == {"weinig": 0, "deels": 1, "veel": 1}
    assert answers["samen-plan"].counts == {"yes": 2, "no": 1}
    assert answers["samen-met"].counts == {"gemeente": 3, "corporatie": 1, "bewoners": 1}
    by_role = answers["samen-plan"].by_role
    assert by_role is not None
    assert by_role["wijkagent"].counts == {"yes": 1, "no": 1}


def test_values_of_number_and_text_are_gathered() -> None:
    answers = merged().answers
    assert answers["woe-uren"].values == (6, 8.5, 16, 12)
    assert answers["samen-notitie"].values == ("De buurtapp werkt goed.", "Meer tijd nodig.")
    by_role = answers["woe-uren"].by_role
    assert by_role is not None
    assert by_role["woe"].values == (12,)


def test_notes_keep_their_role_and_no_names() -> None:
    result = merged()
    notes = result.answers["woe-taken"].notes
    assert notes is not None
    assert [(n.role, n.text) for n in notes] == [
        ("wijkagent", "Ik weet vaak niet wat de WOE doet.")
    ]
    partners = result.answers["samen-partners"].notes
    assert partners is not None and partners[0].role == "teamchef"
    text = dump_result(result)
    # the facilitator of one file and the owner of a priority in another are names
    assert "Jan de Vries" not in text
    assert "Piet Bakker" not in text


def test_open_questions_stay_absent() -> None:
    # nobody answered woe-uren in these two files
    result = merged([INDIVIDUAL[1], INDIVIDUAL[3]])
    assert "doel-keuze" in result.answers
    assert "samen-met" in result.answers
    assert "leren-effect" not in result.answers


def test_written_file_passes_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "team.toml"
    save_result(merged(), out)
    assert out.stat().st_mode & 0o777 == 0o600
    args = argparse.Namespace(files=[out], questions=[V2])
    assert validate_command(args, "en") == 0
    assert "merged from 4 files" in capsys.readouterr().out
    assert load_result(out) == merged()
    # and it reads back against its own bank version
    assert load_checked(out, BANKS).bank.version == "2.0"


def test_summary_shows_each_role() -> None:
    checked = load_checked(INDIVIDUAL[0], BANKS)
    summary = summarize(merged(), checked.bank)
    assert set(summary.roles) == {"teamchef", "wijkagent", "woe"}
    woe_theme = {t.id: t for t in summary.roles["teamchef"]}["woe"]
    assert woe_theme.score == pytest.approx(4.5)  # woe-taken 5, woe-tijd 4


def test_many_files_merge_in_one_pass(tmp_path: Path) -> None:
    template = load_result(INDIVIDUAL[0])
    paths = []
    for index in range(300):
        started = template.session.started + dt.timedelta(seconds=index)
        role = ("wijkagent", "noodhulp", "opsporing")[index % 3]
        session = template.session.model_copy(update={"started": started, "role": role})
        path = tmp_path / f"p{index}.toml"
        save_result(template.model_copy(update={"session": session}), path)
        paths.append(path)
    result = merged(paths)
    assert result.session.merged_from == 300
    assert result.session.roles == {"noodhulp": 100, "opsporing": 100, "wijkagent": 100}
    assert result.answers["doel-begrip"].votes == (0, 0, 0, 300, 0)
    values = result.answers["woe-uren"].values
    assert values is not None and len(values) == 300


# --- refusals ----------------------------------------------------------------------------


def test_refuses_fewer_than_two_files() -> None:
    error = refusal(INDIVIDUAL[:1])
    assert error.problems[0].key == "merge_too_few"
    with pytest.raises(WoestError):
        merge_results([], load_checked(INDIVIDUAL[0], BANKS).bank)


def test_refuses_the_same_path_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIX)
    error = refusal([Path("ind-woe.toml"), Path("ind-teamchef.toml"), Path("./ind-woe.toml")])
    assert error.problems[0].key == "merge_same_path"
    assert error.path == "ind-woe.toml"


def test_refuses_identical_content(tmp_path: Path) -> None:
    copy = tmp_path / "copy.toml"
    shutil.copy(INDIVIDUAL[2], copy)
    error = refusal([INDIVIDUAL[2], INDIVIDUAL[0], copy])
    assert error.problems[0].key == "merge_same_content"
    assert error.path == str(copy)
    assert error.problems[0].params["first"] == INDIVIDUAL[2]


def test_refuses_a_file_that_is_not_individual() -> None:
    error = refusal([INDIVIDUAL[0], FIX / "amersfoort-2026.toml"])
    assert error.problems[0].key == "merge_not_individual"
    assert error.path == str(FIX / "amersfoort-2026.toml")
    assert "votes" in error.lines("en")[0]


def test_refuses_another_questionnaire(tmp_path: Path) -> None:
    quick = load_result(FIX / "quickscan-2026.toml")
    session = quick.session.model_copy(update={"mode": "individual", "role": "wijkagent"})
    path = tmp_path / "quick.toml"
    save_result(quick.model_copy(update={"session": session}), path)
    error = refusal([INDIVIDUAL[0], path])
    assert error.problems[0].key == "merge_other_bank"
    assert error.path == str(path)


def test_refuses_another_version_of_the_bank() -> None:
    error = refusal([INDIVIDUAL[0], FIX / "ind-v1-wijkagent.toml"])
    assert error.problems[0].key == "merge_other_version"
    line = error.lines("nl")[0]
    assert "versie 1.0" in line and "versie 2.0" in line


def test_refuses_other_content_under_the_same_version() -> None:
    first = Individual(INDIVIDUAL[0], load_result(INDIVIDUAL[0]))
    other = load_result(INDIVIDUAL[1])
    ref = other.questionnaire.model_copy(update={"hash": "sha256:" + "0" * 64})
    second = Individual(INDIVIDUAL[1], other.model_copy(update={"questionnaire": ref}))
    with pytest.raises(WoestError) as caught:
        merge_results([first, second], load_checked(INDIVIDUAL[0], BANKS).bank)
    assert caught.value.problems[0].key == "merge_other_hash"


def test_refuses_different_teams_without_team(tmp_path: Path) -> None:
    other = load_result(INDIVIDUAL[1])
    session = other.session.model_copy(update={"team": "Basisteam Almere"})
    path = tmp_path / "almere.toml"
    save_result(other.model_copy(update={"session": session}), path)
    error = refusal([INDIVIDUAL[0], path])
    assert error.problems[0].key == "merge_teams_differ"
    assert "--team" in error.lines("en")[0]
    assert merged([INDIVIDUAL[0], path], team="Eenheid Midden").session.team == "Eenheid Midden"


def test_refuses_a_file_that_does_not_fit_its_bank(tmp_path: Path) -> None:
    text = INDIVIDUAL[1].read_text(encoding="utf-8").replace("value = 5", "value = 9")
    path = tmp_path / "broken.toml"
    path.write_text(text, encoding="utf-8")
    error = refusal([INDIVIDUAL[0], path])
    assert error.problems[0].key == "out_of_scale"
    assert error.problems[0].line is not None


def test_refuses_a_bank_given_as_answers() -> None:
    error = refusal([INDIVIDUAL[0], V2])
    assert error.problems[0].key == "not_a_result"
