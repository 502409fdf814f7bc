"""Finding the line of a place: read only as far as needed, the same answer as reading it all."""

from __future__ import annotations

from pathlib import Path

import pytest

from woest_tui.core.files.locate import LineIndex

CORPUS = Path(__file__).parent / "corpus"


def _utf8(path: Path) -> bool:
    try:
        path.read_text("utf-8")
    except UnicodeDecodeError:
        return False  # the line index only ever sees text that decoded
    return True


FILES = sorted(p for p in [*CORPUS.glob("*.toml"), *CORPUS.glob("*/*.toml")] if _utf8(p))
PLACES = [
    "schema",
    "title.nl",
    "scale.labels[2]",
    "themes[1].questions[1].scale.labels",
    "themes[0].questions[1].options[1].label",
    "themes[5].id",
    "session.date",
    "session.roles.woe",
    "answers.doel-oorzaak.value",
    "answers.doel-oorzaak.by_role.woe.votes",
    "answers.tijd-uren",
    "answers.weg",
    "priorities[0].due",
    "nergens.ook.niet",
]


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_reading_as_far_as_needed_gives_the_same_lines(path: Path) -> None:
    text = path.read_text("utf-8")
    whole = LineIndex(text)
    whole.find("nergens.ook.niet")  # a place that is nowhere reads every line
    lazy = LineIndex(text)
    assert [lazy.find(p) for p in PLACES] == [whole.find(p) for p in PLACES]


def test_a_place_near_the_top_of_a_huge_file_reads_little() -> None:
    text = "[answers]\n" + "".join(f"q{i}.value = 1\n" for i in range(100_000))
    index = LineIndex(text)
    assert index.find("answers.q3") == 5
    assert index.find("answers.q99") == 101
    assert index._read < 200
    assert index.find("answers.weg") == 1  # not there: the table, after reading it all
    assert index._read == 100_001
