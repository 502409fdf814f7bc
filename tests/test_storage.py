"""Result files: exact round trip (Hypothesis), atomic 0600 writes, failures, leftovers."""

from __future__ import annotations

import datetime as dt
import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import result_data
from woest_tui.core.check.result import check_result
from woest_tui.core.errors import WoestError
from woest_tui.core.files import storage
from woest_tui.core.files.atomic import clean_stale_temps
from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.files.storage import (
    _inline_arrays,
    _plain,
    _result_data,
    dump_result,
    load_result,
    save_result,
)
from woest_tui.core.merge.results import Individual, merge_results
from woest_tui.core.model import Question, Questionnaire, Result
from woest_tui.core.roles import role_ids

QUICK = load_questionnaire(bundled_dir() / "quickscan.toml")
WOEST = load_questionnaire(bundled_dir() / "woest.toml")

# Texts a person may type: any characters but surrogates (not encodable in UTF-8).
typed = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)
names = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=40).filter(str.strip)
ids = st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True)
zones = st.integers(-14 * 60, 14 * 60).map(lambda m: dt.timezone(dt.timedelta(minutes=m)))
moments = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=zones
)


def answer_for(
    question: Question, bank: Questionnaire, mode: str
) -> st.SearchStrategy[dict[str, Any]]:
    """Valid answers to one question."""
    value: st.SearchStrategy[dict[str, Any]]
    if question.type == "scale":
        scale = bank.scale_of(question)
        if mode == "votes":
            value = st.fixed_dictionaries(
                {
                    "votes": st.lists(
                        st.integers(0, 40), min_size=scale.points, max_size=scale.points
                    )
                },
                optional={"dont_know_votes": st.integers(0, 9)},
            )
        else:
            value = st.fixed_dictionaries({"value": st.integers(scale.min, scale.max)})
    elif question.type == "number":
        low, high = question.min or 0, question.max or 1000
        value = st.fixed_dictionaries(
            {"value": st.one_of(st.integers(int(low), int(high)), st.floats(low, high))}
        )
    elif question.type == "choice":
        value = st.fixed_dictionaries(
            {"value": st.sampled_from([o.id for o in question.options or ()])}
        )
    elif question.type == "multi":
        options = [o.id for o in question.options or ()]
        value = st.fixed_dictionaries({"value": st.lists(st.sampled_from(options), unique=True)})
    elif question.type == "yesno":
        value = st.fixed_dictionaries({"value": st.booleans()})
    else:
        value = st.fixed_dictionaries({"value": typed})
    with_note = value.flatmap(
        lambda v: st.fixed_dictionaries({}, optional={"note": typed}).map(lambda n: {**v, **n})
    )
    if question.allow_dont_know:
        return st.one_of(with_note, st.just({"dont_know": True}))
    return with_note


@st.composite
def results(draw: st.DrawFn, bank: Questionnaire = QUICK, mode: str | None = None) -> Result:
    mode = mode or draw(st.sampled_from(["consensus", "votes", "individual"]))
    answers = {}
    for question in bank.questions():
        if draw(st.booleans()):
            answers[question.id] = draw(answer_for(question, bank, mode))
    data = result_data(
        bank,
        answers,
        mode=mode,
        role=draw(st.sampled_from(role_ids(bank))) if mode == "individual" else None,
        team=draw(names),
        finished=False,
    )
    data["session"]["date"] = draw(st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1)))
    data["session"]["started"] = draw(moments)
    # the bank's own roles: another is refused when the file is written (see check/roles)
    functions = st.sampled_from(role_ids(bank))
    data["session"]["roles"] = draw(st.dictionaries(functions, st.integers(0, 50), max_size=4))
    if draw(st.booleans()):
        data["session"]["facilitator"] = draw(names)
    if draw(st.booleans()):
        later = draw(st.timedeltas(dt.timedelta(0), dt.timedelta(days=2)))
        data["session"]["finished"] = data["session"]["started"] + later
    theme_ids = [t.id for t in bank.themes]
    data["priorities"] = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "ref": st.sampled_from(theme_ids),
                    "action": names,
                    "owner": names,
                    "due": st.dates(),
                }
            ),
            max_size=3,
        )
    )
    return Result.model_validate(data)


def assert_round_trip(result: Result, bank: Questionnaire, folder: Path) -> None:
    """Written and read back, the result is the same, byte for byte, and fits its bank."""
    path = folder / "result.toml"
    save_result(result, path)
    loaded = load_result(path)
    assert loaded == result
    assert dump_result(loaded) == dump_result(result)
    # put together from kept parts, the text is tomli-w's text of the whole result, with
    # its short arrays on one line
    assert dump_result(result) == _inline_arrays(tomli_w.dumps(_plain(_result_data(result))))
    problems = [p for p in check_result(loaded, bank) if p.key != "required_open"]
    assert problems == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(result=results())
def test_round_trip_is_exact(result: Result, tmp_path_factory: pytest.TempPathFactory) -> None:
    assert_round_trip(result, QUICK, tmp_path_factory.mktemp("rt"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(result=results(WOEST))
def test_round_trip_of_the_bundled_woest_bank(
    result: Result, tmp_path_factory: pytest.TempPathFactory
) -> None:
    assert_round_trip(result, WOEST, tmp_path_factory.mktemp("rt"))


@st.composite
def merged_results(draw: st.DrawFn, bank: Questionnaire) -> Result:
    """A merge of 2 to 4 individual results of `bank` (schema 2), as `woest merge` makes it."""
    people = draw(st.lists(results(bank, mode="individual"), min_size=2, max_size=4))
    items = [Individual(Path(f"ind-{i}.toml"), r) for i, r in enumerate(people)]
    finished = draw(moments)
    return merge_results(items, bank, team=draw(names), now=finished)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip_of_merged_results(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bank = data.draw(st.sampled_from([QUICK, WOEST]))
    result = data.draw(merged_results(bank))
    assert result.schema_ == 2
    assert result.session.merged_from == sum(result.session.roles.values())
    assert_round_trip(result, bank, tmp_path_factory.mktemp("rt"))


def test_written_file_is_0600_and_readable_toml(tmp_path: Path, make_result: Any) -> None:
    path = tmp_path / "r.toml"
    save_result(
        make_result(QUICK, {"stand-oorzaak": {"value": 4, "note": "[red]niet rood[/red]"}}), path
    )
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text("utf-8")
    assert text.startswith("schema = 1\n")
    assert '[answers.stand-oorzaak]\nvalue = 4\nnote = "[red]niet rood[/red]"' in text
    assert "finished" not in text
    assert list(tmp_path.iterdir()) == [path]


def test_overwrite_keeps_0600_and_replaces(tmp_path: Path, make_result: Any) -> None:
    path = tmp_path / "r.toml"
    path.write_text("old")
    path.chmod(0o644)
    save_result(make_result(QUICK, {}), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_result(path).answers == {}


def test_full_disk_leaves_old_file_and_no_temp(
    tmp_path: Path, make_result: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.toml"
    save_result(make_result(QUICK, {"stand-oorzaak": {"value": 2}}), path)
    before = path.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(WoestError) as caught:
        save_result(make_result(QUICK, {"stand-oorzaak": {"value": 5}}), path)
    assert caught.value.problems[0].key == "write_failed"
    assert "No space left on device" in caught.value.lines("en")[0]
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_read_only_folder_is_a_clear_error(
    tmp_path: Path, make_result: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # root may write into a chmod-ed folder, so the refusal is simulated where it starts
    def read_only(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(WoestError) as caught:
        save_result(make_result(QUICK, {}), tmp_path / "r.toml")
    assert caught.value.lines("nl") == [
        f"{tmp_path / 'r.toml'}: kan niet opslaan (Read-only file system); er is niets overschreven"
    ]
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path, make_result: Any) -> None:
    with pytest.raises(WoestError) as caught:
        save_result(make_result(QUICK, {}), tmp_path / "nope" / "r.toml")
    assert caught.value.problems[0].key == "write_failed"


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    old = tmp_path / f"{storage.TEMP_PREFIX}abc"
    fresh = tmp_path / f"{storage.TEMP_PREFIX}def"
    other = tmp_path / "keep.toml"
    for item in (old, fresh, other):
        item.write_text("x")
    os.utime(old, (0, 0))
    removed = clean_stale_temps(tmp_path)
    assert removed == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name])


def test_large_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as handle:
        handle.truncate(storage.MAX_BYTES + 1)
    with pytest.raises(WoestError) as caught:
        storage.read_toml(path)
    assert caught.value.problems[0].key == "file_too_large"
