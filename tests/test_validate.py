"""`woest validate`: ok lines on stdout, warnings about the bank on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from woest_tui.cli.main import main

CORPUS = Path(__file__).parent / "corpus"
MINI_BANK = CORPUS / "mini_bank.toml"
MINI_RESULT = CORPUS / "mini_result.toml"
OK = f"ok: {MINI_RESULT}: resultaat van Basisteam Almere, 2026-11-28, 4 van 4 beantwoord"

Capture = pytest.CaptureFixture[str]


def bank_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = MINI_BANK.read_text("utf-8")
    assert old in text
    path = tmp_path / "mini.toml"
    path.write_text(text.replace(old, new), "utf-8")
    return path


def test_changed_content_of_the_same_version(tmp_path: Path, capsys: Capture) -> None:
    bank = bank_copy(tmp_path, 'text = "Hoe vaak?"', 'text = "Hoe vaak precies?"')
    assert main(["validate", "--questions", str(bank), str(MINI_RESULT)]) == 0
    out, err = capsys.readouterr()
    assert out == OK + "\n"
    assert err == (
        f"let op: {MINI_RESULT}: de inhoud van 'mini' versie 1.0 is veranderd sinds deze sessie;"
        " gecontroleerd tegen de inhoud van nu\n"
    )


def test_another_version(tmp_path: Path, capsys: Capture) -> None:
    bank = bank_copy(tmp_path, 'version = "1.0"', 'version = "1.1"')
    assert main(["validate", "--lang", "en", "--questions", str(bank), str(MINI_RESULT)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"ok: {MINI_RESULT}: result of Basisteam Almere")
    assert err == (
        f"note: {MINI_RESULT}: answered with version 1.0 of 'mini', checked against version 1.1\n"
    )


def test_the_same_bank_gives_no_warning(capsys: Capture) -> None:
    assert main(["validate", "--questions", str(MINI_BANK), str(MINI_RESULT)]) == 0
    assert capsys.readouterr() == (OK + "\n", "")


def test_an_invalid_file_among_valid_ones(tmp_path: Path, capsys: Capture) -> None:
    missing = tmp_path / "weg.toml"
    args = ["validate", "--questions", str(MINI_BANK), str(MINI_BANK), str(missing)]
    assert main([*args, str(MINI_RESULT)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"ok: {MINI_BANK}: vragenlijst mini 1.0, 2 thema's, 4 vragen",
        OK,
    ]
    assert err == f"woest: {missing}: bestand bestaat niet\n"


def test_a_merged_result_says_so(capsys: Capture) -> None:
    merged = CORPUS / "mini_merged.toml"
    assert main(["validate", "--questions", str(MINI_BANK), str(merged)]) == 0
    assert capsys.readouterr().out == (
        f"ok: {merged}: resultaat van Basisteam Almere, 2026-11-28, 3 van 4 beantwoord"
        " (samengevoegd uit 3 bestanden)\n"
    )
