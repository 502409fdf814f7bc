"""The report document and its renderers: every node in every format, escaped, written once."""

from __future__ import annotations

import dataclasses
import io
import re
from html.parser import HTMLParser

from rich.console import Console

from woest_tui.core.model import Scale
from woest_tui.core.safe import visible
from woest_tui.report.common import visible_view
from woest_tui.report.document import (
    Document,
    html_document,
    markdown_document,
    render_document,
    svg_document,
    text_document,
)
from woest_tui.report.document.formats import DOCUMENT_FORMATS, write_document
from woest_tui.report.document.html_style import CSP
from woest_tui.report.document.model import (
    Answer,
    Answers,
    BarCell,
    Block,
    Bullets,
    Cell,
    Column,
    Fields,
    Footer,
    Gap,
    Heading,
    Item,
    Items,
    Paragraph,
    RoleGrid,
    ScoreCell,
    StatusCell,
    Table,
    Title,
)

SCALE = Scale.model_validate({"min": 1, "max": 5, "labels": ["1", "2", "3", "4", "5"]})
#: What a team could type: markup, HTML, markdown, an escape code.
HOSTILE = "[red]rood[/red] <b>vet</b> **ster** \x1b[31m"


def small_document(text: str = "Tekst") -> Document:
    """One of every node, `text` in every place the team's or the bank's text can go."""
    blocks: tuple[Block, ...] = (
        Heading(f"Titel {text}", 1, "bold"),
        Title(f"Kop {text}", (f"Team {text}", "2026-12-03")),
        Paragraph((f"Regel {text}", "tweede regel")),
        Paragraph((f"Zacht {text}",), "quiet"),
        Paragraph((f"Let op {text}",), "notice"),
        Paragraph(("2027-03-01",), lead=f"Nameten {text}"),
        Heading(f"Sectie {text}", 2),
        Gap(),
        Heading(f"Vet {text}", 2, "bold"),
        Bullets((f"Punt {text}",)),
        Items((Item(f"Ding {text}", f"in thema {text}", strong=True, status="strength"),)),
        Items(
            (
                Item(f"Eerst {text}", "waarom", extra=("Wat goed is", f"Hulp {text}")),
                Item("Tweede", "ook", status="development"),
            ),
            numbered=True,
        ),
        Table(
            (
                Column("Nr", "right", wrap=False),
                Column("Wat", ratio=3),
                Column("Over", under=1),
                Column("Balk", ratio=2, min_width=6, cut=True),
                Column("Score", "right", wrap=False),
                Column("Status", wrap=False),
                Column("Verschil", "right"),
            ),
            (
                (
                    Cell("1"),
                    Cell(f"Actie {text}", strong=True, sub=f"Waarover {text}"),
                    Cell(f"Onder {text}"),
                    BarCell(4.0, SCALE, "strength", "4,0"),
                    ScoreCell("4,0", "strength"),
                    StatusCell("neutral"),
                    Cell("↑ +1,00 beter", tone="better"),
                ),
            ),
        ),
        Fields(f"Over {text}", ((f"Team {text}", f"Waarde {text}"),)),
        RoleGrid(
            "Rol",
            (f"Thema {text}",),
            ((f"wijkagent {text}", (ScoreCell("2,0", "development"),)),),
            "Kolommen",
        ),
        Answers(
            (
                Answer(
                    f"Vraag {text}",
                    ScoreCell("3,0", "neutral"),
                    ("Antwoord", f"drie {text}"),
                    (("Notitie", f"eerste {text}\n- tweede"),),
                ),
                Answer("Open vraag", None, None, ()),
            )
        ),
        Footer(f"Gemaakt met woest {text}"),
    )
    return visible_view(Document("nl", f"Pagina {text}", blocks))


def plain(document: Document, width: int = 80) -> str:
    return text_document(document, width)


def test_rich_draws_every_node_in_its_colours() -> None:
    console = Console(file=io.StringIO(), width=80, color_system="truecolor", force_terminal=True)
    console.print(render_document(small_document()))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[1;32m" in out  # a strength in bold green
    assert "\x1b[1;31m" in out  # a development point in bold red
    assert "\x1b[7m" in out or "\x1b[1;7m" in out  # the notice reversed


def test_plain_text_shows_every_node() -> None:
    text = plain(small_document())
    assert "\x1b" not in text
    lines = text.splitlines()
    assert lines[0] == "Titel Tekst"
    assert lines[1] == "Kop Tekst · Team Tekst · 2026-12-03"
    assert lines[2:7] == [
        "Regel Tekst",
        "tweede regel",
        "Zacht Tekst",
        "Let op Tekst",
        "Nameten Tekst: 2027-03-01",
    ]
    assert lines[7] == "" and lines[8].startswith("Sectie Tekst ─")
    for fragment in (
        " - Punt Tekst",
        "• Ding Tekst",
        "  in thema Tekst · ▲ sterk",
        "1. Eerst Tekst",
        "   Wat goed is: Hulp Tekst",
        "2. Tweede",
        "Actie Tekst",
        "Waarover Tekst",
        "Onder Tekst",  # an `under` column: under its cell, not a column of its own
        "█",
        "4,0 ▲",
        "● neutraal",
        "↑ +1,00 beter",
        "╭─ Over Tekst",
        "Team Tekst  Waarde Tekst",
        "wijkagent Tekst",
        "2,0 ▼",
        "1 Thema Tekst",
        " 3,0 ● neutraal      Vraag Tekst",  # every list of answers lines its scores up
        "Antwoord: drie Tekst",
        "Notitie: eerste Tekst",
        "Open vraag",
        "Gemaakt met woest Tekst",
    ):
        assert any(fragment in line for line in lines), fragment
    assert not any("Over " in line and "Wat" in line for line in lines)  # no "Over" column
    assert max(len(line) for line in lines) <= 80


def test_markdown_writes_every_node() -> None:
    md = markdown_document(small_document())
    blocks = md.split("\n\n")
    assert blocks[:6] == [
        "# Titel Tekst",
        "# Kop Tekst · Team Tekst · 2026-12-03",
        "Regel Tekst\ntweede regel",
        "_Zacht Tekst_",
        "> **Let op Tekst**",
        "**Nameten Tekst:** 2027-03-01",
    ]
    for fragment in (
        "## Sectie Tekst\n\n## Vet Tekst\n\n- Punt Tekst",  # a gap is the terminal's alone
        "- **Ding Tekst** (in thema Tekst · sterk)",
        "1. Eerst Tekst (waarom)\n   - _Wat goed is:_ Hulp Tekst\n2. Tweede (ook · ontwikkelpunt)",
        "| Nr | Wat | Over | Balk | Score | Status | Verschil |\n"
        "| --: | --- | --- | --- | --: | --- | --: |\n"
        "| 1 | **Actie Tekst**<br>_Waarover Tekst_ | Onder Tekst | `████████░░` | 4,0 sterk | neutraal | ↑ +1,00 beter |",
        "## Over Tekst\n\n|  |  |\n| --- | --- |\n| **Team Tekst** | Waarde Tekst |",
        "| Rol | 1 |\n| --- | --: |\n| wijkagent Tekst | 2,0 ontwikkelpunt |\n\nKolommen\n\n"
        "1. Thema Tekst",
        "- **3,0 neutraal**: Vraag Tekst\n  - Antwoord: _drie Tekst_\n"
        "  - Notitie: eerste Tekst\\\n    \\- tweede\n- Open vraag",
    ):
        assert fragment in md, fragment
    assert md.endswith("---\n\n_Gemaakt met woest Tekst_\n")


class Parsed(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_writes_every_node_on_one_safe_page() -> None:
    page = html_document(small_document())
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert page.count("Content-Security-Policy") == 1 and CSP in page
    assert "<title>Pagina Tekst</title>" in page
    parsed = Parsed()
    parsed.feed(page)
    for tag in ("h1", "h2", "p", "ul", "ol", "li", "table", "th", "td", "div", "footer", "em"):
        assert tag in parsed.tags, tag
    text = "".join(parsed.text)
    for fragment in ("Onder Tekst", "▲ sterk", "● neutraal", "Hulp Tekst", "Waarde Tekst"):
        assert fragment in text, fragment
    assert '<p class="notice">Let op Tekst</p>' in page
    assert "<p><strong>Nameten Tekst:</strong> 2027-03-01</p>" in page
    assert "<strong>Actie Tekst</strong><br><em>Waarover Tekst</em>" in page
    assert '<td class="num" style="color:#1b5e20">↑ +1,00 beter</td>' in page
    assert 'aria-label="4,0"><span style="width:75%' in page
    assert "eerste Tekst<br>- tweede" in page
    assert page.endswith("<footer>Gemaakt met woest Tekst</footer>\n</body>\n</html>\n")


def test_svg_pictures_the_terminal_with_a_stable_title() -> None:
    picture = svg_document(small_document(), 80)
    assert picture.lstrip().startswith("<svg")
    assert "Pagina&#160;Tekst" in picture and 'url("http' not in picture
    assert picture == svg_document(small_document(), 80)  # the same document, the same file
    assert "Eigen&#160;titel" in svg_document(small_document(), 80, "Eigen titel")


def test_untrusted_text_is_never_markup_in_any_format() -> None:
    document = small_document(HOSTILE)
    shown = visible(HOSTILE)
    assert "\x1b" not in shown
    text = plain(document, 132)
    assert "\x1b" not in text and "[red]rood[/red] <b>vet</b> **ster**" in text
    md = markdown_document(document)
    assert "<b>" not in md and "\\[red\\]" in md and "\\*\\*ster\\*\\*" in md
    page = html_document(document)
    assert "<b>" not in page and "&lt;b&gt;vet&lt;/b&gt;" in page
    assert "\x1b" not in md + page
    assert "<b>" not in svg_document(document, 100)


def new_section(name: str) -> list[Block]:
    """A section a developer adds: written once, as nodes, and no renderer changed."""
    return [
        Heading(f"Nieuw: {name}", 2),
        Table((Column("Wat"), Column("Hoeveel", "right")), ((Cell(name), Cell("42")),)),
    ]


def test_a_section_written_once_shows_in_every_format() -> None:
    from tests.test_report_summary import load
    from woest_tui.core.scoring.rules import summarize
    from woest_tui.report.summary import summary_document

    checked = load("consensus")
    document = summary_document(
        checked.result, checked.bank, summarize(checked.result, checked.bank), "nl"
    )
    added = dataclasses.replace(document, blocks=(*document.blocks, *new_section("Proef")))
    for fmt in DOCUMENT_FORMATS:
        # the svg draws each space as a non-breaking one
        before = write_document(document, fmt, 100).replace("&#160;", " ")
        after = write_document(added, fmt, 100).replace("&#160;", " ")
        assert "Nieuw: Proef" not in before and "Nieuw: Proef" in after, fmt
        assert re.search(r"Proef\W.*42", after, re.DOTALL), fmt
