"""One theme, one question: singular forms (issue 12, point 10)."""

from __future__ import annotations

from pathlib import Path

from woest_tui.cli.main import main
from woest_tui.i18n import message

ONE = """schema = 1
id = "een"
version = "1"
language = "nl"
title = "Eén"
description = "Eén thema, één vraag."

[scale]
min = 1
max = 5
strength = 4.0
development = 2.5
labels = ["a", "b", "c", "d", "e"]

[[themes]]
id = "t"
title = "T"
intro = "Over T."

[[themes.questions]]
id = "q"
type = "scale"
text = "Q?"
"""


def test_validate_says_one_theme_and_one_question(tmp_path: Path, capsys) -> None:
    path = tmp_path / "een.toml"
    path.write_text(ONE, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == f"ok: {path}: vragenlijst een 1, 1 thema, 1 vraag\n"
    assert main(["validate", str(path), "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith("1 theme, 1 question\n")


def test_a_blind_theme_of_one_answered_question_is_singular() -> None:
    text = message("rep_blind_theme_detail", "nl", dont_know=1, count=1)
    assert text == "1 van 1 beantwoorde vraag vooral 'weet niet'"


def test_numbers_in_answers_use_the_decimal_comma(capsys) -> None:
    here = Path(__file__).parent / "fixtures" / "teamcheck"
    bank = str(here / "bank-1.0.toml")
    assert main(["summary", str(here / "consensus-1.0.toml"), "--questions", bank]) == 0
    out = capsys.readouterr().out
    assert "6,5 uur per week" in out and "6.5" not in out
    assert (
        main(["summary", str(here / "consensus-1.0.toml"), "--questions", bank, "--lang", "en"])
        == 0
    )
    assert "6.5 hours per week" in capsys.readouterr().out
