"""Notes of several lines keep their lines in every format, and stay literal text."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from woest_tui.core.files.documents import load_checked
from woest_tui.report import export_summary
from woest_tui.report.escape import md_escape_lines

FIXTURES = Path(__file__).parent / "fixtures" / "summary"
NOTE = (
    "Eerste punt.\n# geen kop\n- geen lijst\n1. geen nummer\n\n> geen citaat\n===\nLaatste *regel*"
)
LINES = [line for line in NOTE.splitlines() if line]


def export(fmt: str) -> str:
    checked = load_checked(FIXTURES / "consensus.toml", [FIXTURES / "bank.toml"])
    answers = dict(checked.result.answers)
    answers["doel-oorzaak"] = answers["doel-oorzaak"].model_copy(update={"note": NOTE})
    result = checked.result.model_copy(update={"answers": answers})
    return export_summary(result, checked.bank, fmt, "nl", 100)


def test_markdown_keeps_the_lines_of_a_note_as_literal_text() -> None:
    document = export("markdown")
    rendered = MarkdownIt("commonmark").render(document)
    item = rendered.split("Notitie: Eerste punt.", 1)[1].split("</li>", 1)[0]
    # every line is shown, in order, each after a hard break, and none became markup
    assert item.count("<br />") == len(LINES) - 1
    for tag in ("<h1", "<ul", "<ol", "<blockquote", "<em", "<h2", "<hr"):
        assert tag not in item
    shown = [part.strip() for part in item.split("<br />")]
    expected = ["", *LINES[1:]]
    assert [line.replace("&gt;", ">") for line in shown] == expected


def test_html_and_text_keep_the_lines_of_a_note() -> None:
    page = export("html")
    assert (
        "Eerste punt.<br># geen kop<br>- geen lijst<br>1. geen nummer<br><br>&gt; geen citaat"
        in page
    )
    text = export("text")
    assert "Notitie: Eerste punt.\n" in text
    for line in LINES[1:]:
        assert any(row.strip() == line for row in text.splitlines()), line


@pytest.mark.parametrize(
    ("line", "escaped"),
    [
        ("# kop", "\\# kop"),
        ("- lijst", "\\- lijst"),
        ("+ lijst", "\\+ lijst"),
        ("12. nummer", "12\\. nummer"),
        ("3) nummer", "3\\) nummer"),
        ("===", "\\==="),
        ("> citaat", "&gt; citaat"),
        ("```", "\\`\\`\\`"),
        ("gewoon # midden", "gewoon # midden"),
    ],
)
def test_line_starts_that_would_open_a_block_are_escaped(line: str, escaped: str) -> None:
    assert md_escape_lines(f"eerst\n{line}", "  ") == f"eerst\\\n  {escaped}"
