"""Banks: finding, loading and caching them, their hash, and every --questions file loaded."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files import bank as bank_module
from woest_tui.core.files.bank import (
    DEFAULT_BANK,
    bank_for,
    bundled_banks,
    content_hash,
    find_bank,
    load_given,
    load_questionnaire,
)
from woest_tui.core.model import BankRef

CORPUS = Path(__file__).parent / "corpus"
MINI_BANK = CORPUS / "mini_bank.toml"
MINI_RESULT = CORPUS / "mini_result.toml"
BROKEN_BANK = CORPUS / "banks" / "unknown-field.toml"
FIX = Path(__file__).parent / "fixtures" / "compare"
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]

Capture = pytest.CaptureFixture[str]


def copy(source: Path, target: Path, old: str = "", new: str = "") -> Path:
    target.write_text(source.read_text("utf-8").replace(old, new), "utf-8")
    return target


def ref_of(path: Path, **changes: str) -> BankRef:
    bank = load_questionnaire(path)
    data = {"id": bank.id, "version": bank.version, "hash": content_hash(bank)} | changes
    return BankRef.model_validate(data)


# --- bundled banks and loading ---------------------------------------------------------------


def test_the_default_bank_comes_first() -> None:
    banks = bundled_banks()
    assert banks[0].stem == DEFAULT_BANK
    assert {p.stem for p in banks} >= {"woest", "quickscan"}


def test_an_unchanged_file_is_parsed_once(tmp_path: Path) -> None:
    path = copy(MINI_BANK, tmp_path / "bank.toml")
    first = load_questionnaire(path)
    assert load_questionnaire(path) is first
    copy(MINI_BANK, path, 'version = "1.0"', 'version = "1.1"')
    os.utime(path, (1, 1))  # a new mtime even on a coarse clock
    assert load_questionnaire(path).version == "1.1"


def test_a_result_given_as_a_bank_says_so() -> None:
    with pytest.raises(WoestError) as caught:
        load_questionnaire(MINI_RESULT)
    assert caught.value.lines("nl") == [
        f"{MINI_RESULT}: dit is een resultaatbestand, geen vragenlijst"
    ]


def test_the_hash_ignores_layout_and_sees_content(tmp_path: Path) -> None:
    base = content_hash(load_questionnaire(MINI_BANK))
    layout = tmp_path / "layout.toml"
    layout.write_text(
        "# een opmerking\n" + MINI_BANK.read_text("utf-8").replace("\n", "\r\n"), "utf-8"
    )
    assert content_hash(load_questionnaire(layout)) == base
    text = copy(MINI_BANK, tmp_path / "text.toml", "Hoe vaak?", "Hoe vaak wel?")
    assert content_hash(load_questionnaire(text)) != base
    assert base.startswith("sha256:") and len(base) == 7 + 64


# --- finding a bank --------------------------------------------------------------------------


def test_find_bank_by_id() -> None:
    assert find_bank("mini", [MINI_BANK]) == MINI_BANK
    assert find_bank(DEFAULT_BANK) == bundled_banks()[0]
    assert find_bank("bestaat-niet", [MINI_BANK]) is None


def test_bank_for_prefers_the_hash_then_the_version_then_the_id(tmp_path: Path) -> None:
    other_text = copy(MINI_BANK, tmp_path / "a.toml", "Hoe vaak?", "Hoe vaak wel?")
    other_version = copy(MINI_BANK, tmp_path / "b.toml", 'version = "1.0"', 'version = "2.0"')
    banks = [other_version, other_text, MINI_BANK]
    unknown = "sha256:" + "0" * 64
    assert bank_for(ref_of(MINI_BANK), banks) == MINI_BANK
    assert bank_for(ref_of(MINI_BANK, hash=unknown), banks) == other_text  # 1.0, first
    assert bank_for(ref_of(MINI_BANK, hash=unknown, version="2.0"), banks) == other_version
    assert bank_for(ref_of(MINI_BANK, hash=unknown, version="9.9"), banks) == other_version
    assert bank_for(ref_of(MINI_BANK, id="onbekend"), banks) is None


@pytest.mark.parametrize("given", ["missing", "broken", "result"])
def test_a_given_bank_that_does_not_load_is_an_error(tmp_path: Path, given: str) -> None:
    path = {"missing": tmp_path / "weg.toml", "broken": BROKEN_BANK, "result": MINI_RESULT}[given]
    for look in (
        lambda: find_bank("mini", [path, MINI_BANK]),
        lambda: bank_for(ref_of(MINI_BANK, id="x"), [MINI_BANK, path]),
        lambda: load_given([MINI_BANK, path]),
    ):
        with pytest.raises(WoestError) as caught:
            look()
        assert caught.value.path == str(path)


def test_a_broken_bundled_bank_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = copy(BROKEN_BANK, tmp_path / "kapot.toml")
    real = bundled_banks()
    monkeypatch.setattr(bank_module, "bundled_banks", lambda: [broken, *real])
    assert find_bank(DEFAULT_BANK) == real[0]
    assert bank_for(ref_of(real[0])) == real[0]


# --- every command loads every --questions file ------------------------------------------------


def commands(tmp_path: Path) -> dict[str, list[str]]:
    a26 = FIX / "amersfoort-2026.toml"
    return {
        "validate": ["validate", str(MINI_RESULT)],
        "summary": ["summary", str(MINI_RESULT)],
        "compare": ["compare", str(MINI_RESULT), str(a26)],
        "merge": ["merge", *map(str, INDIVIDUAL), "-o", str(tmp_path / "team.toml")],
    }


@pytest.mark.parametrize("command", ["validate", "summary", "compare", "merge"])
@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("missing.toml", "bestand bestaat niet"),
        (str(BROKEN_BANK), "author (regel 5): onbekend veld (tikfout?)"),
        (str(MINI_RESULT), "dit is een resultaatbestand, geen vragenlijst"),
    ],
    ids=["missing", "unknown-field", "a-result"],
)
def test_every_questions_file_is_loaded(
    tmp_path: Path, capsys: Capture, command: str, given: str, message: str
) -> None:
    args = commands(tmp_path)[command]
    banks = ["--questions", str(MINI_BANK), "--questions", str(FIX / "bank-v2.toml")]
    code = main([*args, *banks, "--questions", given])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines() == [f"woest: {given}: {message}"]
    assert not (tmp_path / "team.toml").exists()


def test_validate_names_every_broken_questions_file(capsys: Capture) -> None:
    code = main(
        ["validate", "--questions", "a.toml", "--questions", str(BROKEN_BANK), str(MINI_BANK)]
    )
    assert code == 1
    assert capsys.readouterr().err.splitlines() == [
        "woest: a.toml: bestand bestaat niet",
        f"woest: {BROKEN_BANK}: author (regel 5): onbekend veld (tikfout?)",
    ]
