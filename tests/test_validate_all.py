"""Every problem of a file in one run, in line order, each named well (issue 12, point 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from woest_tui.cli.main import main

HERE = Path(__file__).parent / "fixtures" / "teamcheck"
V10 = HERE / "bank-1.0.toml"


def broken(tmp_path: Path) -> Path:
    """The team check with five defects: a missing description, a repeated option id, a
    number question with min = max, a scale on a yes/no question, a repeated question id."""
    text = V10.read_text(encoding="utf-8")
    for old, new in [
        ('\ndescription = { nl = "Hoe werkt', '\n# description = { nl = "Hoe werkt'),
        ('{ id = "online", label', '{ id = "bouw", label'),
        ("min = 0\nmax = 40", "min = 4\nmax = 4"),
        (
            'id = "steun-coach"\ntype = "yesno"\n',
            'id = "steun-coach"\ntype = "yesno"\n[themes.questions.scale]\nmin = 1\nmax = 3\n',
        ),
        ('id = "steun-oud"', 'id = "overleg-nut"'),
    ]:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "kapot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bank_with_five_defects_gets_every_line_in_line_order(tmp_path, capsys):
    path = broken(tmp_path)
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 2)[2] for line in lines] == [
        "description (regel 3): ontbreekt",  # the first top-level key's line
        "themes[0].questions[3].options[2].id (regel 67): de optie 'bouw' staat er al,"
        " bij options[1].id",
        "themes[1].questions[2].min (regel 103): min moet kleiner zijn dan max"
        " (bij min = max valt er niets te kiezen)",
        # the scale table took the keys below it: the question lost its text to it
        "themes[2].questions[1].text (regel 128): ontbreekt",
        "themes[2].questions[1].scale (regel 131): scale hoort niet bij een vraag van type yesno",
        "themes[2].questions[2].id (regel 137): het id 'overleg-nut' komt al voor,"
        " bij themes[0].questions[0].id",
    ]


def test_a_bank_of_schema_2_is_called_a_merged_result(tmp_path, capsys):
    path = tmp_path / "s2.toml"
    path.write_text(V10.read_text(encoding="utf-8").replace("schema = 1", "schema = 2"))
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert "schema 2 is een samengevoegd resultaat, geen vragenlijst" in err
    assert "nieuwer" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["summary", str(V10)],
        ["compare", str(V10), str(HERE / "votes-1.1.toml")],
        ["merge", str(V10), str(HERE / "persoon-a.toml"), "-o", "uit.toml"],
    ],
)
def test_a_bank_given_for_a_result_is_named_as_one(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 1
    assert (
        capsys.readouterr().err == f"woest: {V10}: dit is een vragenlijst, geen resultaatbestand\n"
    )
