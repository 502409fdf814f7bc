"""Every broken bank and result in tests/corpus gives its documented message and exit 1."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from woest_tui.cli.main import main

CORPUS = Path(__file__).parent / "corpus"
EXPECTED: dict[str, list[str]] = tomllib.loads((CORPUS / "expected.toml").read_text("utf-8"))


def test_every_corpus_file_has_an_expectation() -> None:
    files = {f"{p.parent.name}/{p.name}" for p in CORPUS.glob("*/*.toml")}
    assert files == set(EXPECTED)
    assert len([f for f in files if f.startswith("banks/")]) >= 40
    assert len([f for f in files if f.startswith("results/")]) >= 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_message(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPUS / name
    code = main(["validate", "--questions", str(CORPUS / "mini_bank.toml"), str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [line.replace("FILE", str(path)) for line in EXPECTED[name]]
    assert "Traceback" not in err


def test_valid_corpus_bases(capsys: pytest.CaptureFixture[str]) -> None:
    bank, result = CORPUS / "mini_bank.toml", CORPUS / "mini_result.toml"
    assert main(["validate", "--questions", str(bank), str(bank), str(result)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"ok: {bank}: vragenlijst mini 1.0, 2 thema's, 4 vragen",
        f"ok: {result}: resultaat van Basisteam Almere, 2026-11-28, 4 van 4 beantwoord",
    ]
