"""The summary's renderings: golden text and markdown, escaping, the JSON shape, widths."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from woest_tui.core.files.bank import content_hash
from woest_tui.core.files.documents import Checked, load_checked
from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.roles import role_label
from woest_tui.core.scoring.rules import summarize
from woest_tui.i18n import Lang, message
from woest_tui.report import FORMATS, export_summary, render_summary
from woest_tui.report.common import text_bar
from woest_tui.report.escape import md_escape

FIXTURES = Path(__file__).parent / "fixtures" / "summary"
BANK = FIXTURES / "bank.toml"
HOSTILE = ("<script", "<img", "<iframe", "[red]", "&")


def load(name: str) -> Checked:
    return load_checked(FIXTURES / f"{name}.toml", [BANK])


def export(name: str, fmt: str, lang: Lang = "nl", width: int = 80) -> str:
    checked = load(name)
    return export_summary(checked.result, checked.bank, fmt, lang, width)


class Golden(SingleFileSnapshotExtension):
    """A golden report: one text file per case, under `__snapshots__/test_report_summary/`."""

    _write_mode = WriteMode.TEXT


#: One extension per format, so that each golden file opens as what it is.
GOLDEN_EXTENSIONS: dict[str, type[Golden]] = {
    fmt: type(f"Golden{suffix.title()}", (Golden,), {"_file_extension": suffix})
    for fmt, suffix in (("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json"))
}
GOLDEN_CASES = [
    pytest.param("consensus", "text", "nl", id="consensus.nl-text"),
    pytest.param("consensus", "markdown", "nl", id="consensus.nl-markdown"),
    pytest.param("votes", "text", "en", id="votes.en-text"),
    pytest.param("merged", "text", "nl", id="merged.nl-text"),
    pytest.param("merged", "markdown", "en", id="merged.en-markdown"),
    pytest.param("unfinished", "text", "nl", id="unfinished.nl-text"),
    pytest.param("nvt-consensus", "text", "nl", id="nvt-consensus.nl-text"),
    pytest.param("nvt-consensus", "markdown", "nl", id="nvt-consensus.nl-markdown"),
    pytest.param("nvt-consensus", "html", "nl", id="nvt-consensus.nl-html"),
    pytest.param("nvt-votes", "text", "en", id="nvt-votes.en-text"),
    pytest.param("nvt-votes", "json", "nl", id="nvt-votes.nl-json"),
    pytest.param("nvt-merged", "text", "nl", id="nvt-merged.nl-text"),
    pytest.param("nvt-merged", "markdown", "en", id="nvt-merged.en-markdown"),
]


@pytest.mark.parametrize(("name", "fmt", "lang"), GOLDEN_CASES)
def test_golden(name: str, fmt: str, lang: Lang, snapshot: SnapshotAssertion) -> None:
    """Regenerate with `pytest tests/test_report_summary.py --snapshot-update`; read the diff."""
    assert export(name, fmt, lang, width=80) == snapshot(extension_class=GOLDEN_EXTENSIONS[fmt])


@pytest.mark.parametrize("name", ["consensus", "votes", "merged", "unfinished", "hostile"])
@pytest.mark.parametrize("width", [80, 100, 132])
def test_text_fits_the_width_without_escape_codes(name, width):
    text = export(name, "text", width=width)
    assert "\x1b" not in text
    lines = text.splitlines()
    assert max(cell_len(line) for line in lines) <= width
    # the theme table stretches to the width it is given
    assert any(cell_len(line) == width for line in lines)


def test_text_reads_without_colour():
    text = export("consensus", "text")
    for word in ("sterk", "ontwikkelpunt", "neutraal", "geen score"):
        assert word in text
    assert "Basisteam Eemland-Noord" in text and "Sanne de Vries" in text
    assert "proef 0.1.0" in text and "consensus" in text and "wijkagent 3" in text
    assert "Notitie: Noodhulp slokt de meeste uren op." in text
    assert "Twee dagdelen probleemtijd" in text and "2027-02-01" in text


def test_unfinished_is_marked_with_progress():
    for fmt in ("text", "markdown", "html"):
        out = export("unfinished", fmt)
        assert "NOG NIET AFGEROND" in out
        assert "3 van 12 vragen beantwoord (25%)" in out
    assert "NOT FINISHED YET" in export("unfinished", "text", "en")
    assert json.loads(export("unfinished", "json"))["finished"] is False
    assert "NOG NIET AFGEROND" not in export("consensus", "text")


def test_merged_shows_every_role():
    text = export("merged", "text", width=100)
    assert "Per rol" in text
    for role in ("wijkagent", "WOE", "teamchef"):
        assert role in text
    assert "Notitie (WOE): De evaluatie schiet er steeds bij in." in text
    data = json.loads(export("merged", "json"))
    assert list(data["by_role"]) == ["wijkagent", "woe", "teamchef"]
    assert data["by_role"]["woe"][0]["score"] == 5.0
    assert data["by_role"]["wijkagent"][1]["status"] == "development"


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_all_user_text():
    page = export("hostile", "html")
    parser = TagCollector()
    parser.feed(page)
    allowed = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "table"}
    allowed |= {"tr", "th", "td", "div", "span", "p", "ul", "ol", "li", "strong", "em", "br"}
    allowed |= {"footer"}
    assert parser.tags <= allowed
    assert not any(name.startswith("on") for name in parser.attributes)
    assert not {"src", "href"} & parser.attributes
    lowered = page.lower()
    for bad in ("<script", "<img", "<iframe", "javascript:", "<b>"):
        assert bad not in lowered
    # the team's own words survive, shown literally
    shown = "".join(parser.text)
    assert "<script>alert('team')</script> & [red]Rood[/red] Team" in shown
    assert "[red]notitie[/red] & <img src=x onerror=alert(1)>" in shown
    assert "<script>alert('action')</script> [red]actie[/red] & meer" in shown
    assert "&lt;script&gt;alert(&#x27;note&#x27;)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page


def test_markdown_escapes_user_text():
    md = export("hostile", "markdown")
    for bad in ("<script", "<img", "<iframe", "<b>", "[red]", "[link=https://example.org]klik"):
        assert bad not in md
    assert "&lt;script&gt;alert('team')&lt;/script&gt; &amp; \\[red\\]Rood\\[/red\\] Team" in md
    assert md_escape("a | b *c* _d_ `e` ~f~") == "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\~f\\~"
    assert md_escape("twee\nregels") == "twee regels"


def test_rich_rendering_never_reads_markup():
    text = export("hostile", "text", width=100)
    assert "[red]Rood[/red]" in text
    assert "[bold]Baas[/bold]" in text
    assert "[red]actie[/red]" in text
    assert "[link=https://example.org]klik[/link]" in text


def test_svg_is_the_rich_rendering_escaped_and_offline():
    picture = export("hostile", "svg", width=100)
    assert picture.startswith("<svg")
    assert "<script" not in picture.lower()
    assert "&lt;script&gt;" in picture
    assert 'url("http' not in picture and "cdnjs" not in picture


THEME_KEYS = {
    "id": str,
    "title": str,
    "answered": int,
    "dont_know": int,
    "dont_know_answers": int,
    "total": int,
    "blind_spot": bool,
}
QUESTION_KEYS = {"id": str, "theme": str}
STATUSES = {None, "strength", "neutral", "development"}


def check_shape(data: dict[str, Any]) -> None:
    """The documented JSON shape (README, section "JSON")."""
    for key in ("strengths", "development_points", "blind_spots", "disagreements"):
        assert isinstance(data[key], list) and all(isinstance(x, str) for x in data[key])
    assert isinstance(data["priorities"], list)
    for item in data["priorities"]:
        assert set(item) >= {"rank", "ref", "about", "action", "owner", "due"}
    for row in data["themes"]:
        for key, kind in THEME_KEYS.items():
            assert isinstance(row[key], kind), key
        assert row["score"] is None or isinstance(row["score"], float)
        assert row["status"] in STATUSES
        assert (row["score"] is None) == (row["status"] is None)
    for row in data["questions"]:
        for key, kind in QUESTION_KEYS.items():
            assert isinstance(row[key], kind), key
        assert row["score"] is None or isinstance(row["score"], float)
        assert row["status"] in STATUSES
        assert row["own_score"] is None or isinstance(row["own_score"], float)
        assert row["own_scale"] is None or set(row["own_scale"]) == set(data["scale"])
        assert (row["own_scale"] is None) <= (row["own_score"] is None)
    assert isinstance(data["by_role"], dict)
    assert isinstance(data["finished"], bool)
    assert data["format"] == "woest-summary" and data["format_version"] == 1


@pytest.mark.parametrize("name", ["consensus", "votes", "merged", "unfinished", "hostile"])
def test_json_shape(name):
    data = json.loads(export(name, "json"))
    check_shape(data)


def test_dont_know_column_counts_questions_and_every_answer():
    votes = " ".join(export("votes", "text").split())
    # partners: 1 question where at least half said weet niet, 6 weet niet in all
    assert "1 (6)" in votes
    assert "tussen haakjes alle keren 'weet niet'" in votes
    consensus = export("consensus", "text")
    assert "Weet niet: de vragen die met 'weet niet' beantwoord zijn." in consensus
    assert "(" not in consensus.split("Thema's")[1].split("Sterke punten")[0]
    for fmt in ("markdown", "html"):
        assert "tussen haakjes" in export("votes", fmt)
    themes = {t["id"]: t for t in json.loads(export("votes", "json"))["themes"]}
    assert (themes["partners"]["dont_know"], themes["partners"]["dont_know_answers"]) == (1, 6)
    assert (themes["doel"]["dont_know"], themes["doel"]["dont_know_answers"]) == (0, 1)


def test_json_values_of_the_consensus_fixture():
    data = json.loads(export("consensus", "json", "en"))
    themes = {t["id"]: t for t in data["themes"]}
    assert themes["doel"] | {"title": ""} == {
        "id": "doel",
        "title": "",
        "score": 4.0,
        "status": "strength",
        "answered": 3,
        "dont_know": 0,
        "dont_know_answers": 0,
        "not_applicable": 0,
        "not_applicable_answers": 0,
        "total": 3,
        "blind_spot": False,
    }
    assert themes["leren"]["score"] is None and themes["leren"]["status"] is None
    assert themes["tijd"]["title"] == "Capacity and time"
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["doel-verdeling"]["score"] is None
    assert questions["tijd-cijfer"]["score"] == 3.0
    assert questions["tijd-cijfer"]["status"] == "development"
    assert questions["doel-oorzaak"]["notes"][0]["role"] is None
    assert data["strengths"] == ["doel", "doel-oorzaak", "doel-alleen-wijk"]
    assert data["development_points"] == ["tijd", "tijd-gepland", "tijd-cijfer"]
    assert data["blind_spots"] == ["leren", "partners-eigenaar", "leren-evaluatie"]
    assert data["disagreements"] == []
    assert data["not_applicable"] == []
    assert [p["ref"] for p in data["priorities"]] == ["tijd", "partners-eigenaar"]


def test_every_format_and_an_unknown_one():
    for fmt in FORMATS:
        assert export("votes", fmt)
    with pytest.raises(ValueError, match="unknown format"):
        export("votes", "pdf")


def test_render_adapts_to_the_width_it_is_given():
    checked = load("consensus")
    summary = summarize(checked.result, checked.bank)
    renderable = render_summary(checked.result, checked.bank, summary, "nl")
    for width in (80, 120):
        console = Console(width=width, record=True, color_system=None)
        console.print(renderable)
        assert max(cell_len(line) for line in console.export_text().splitlines()) <= width
    narrow = render_summary(checked.result, checked.bank, summary, "nl", width=90)
    console = Console(width=140, record=True, color_system=None)
    console.print(narrow)
    assert max(cell_len(line) for line in console.export_text().splitlines()) <= 90


def test_render_inside_a_textual_static():
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    checked = load("merged")
    summary = summarize(checked.result, checked.bank)

    class Show(App[None]):
        def compose(self) -> ComposeResult:
            yield Static(render_summary(checked.result, checked.bank, summary, "nl"), id="sum")

    async def run() -> str:
        app = Show()
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            return str(app.query_one("#sum", Static).render())

    assert asyncio.run(run())


def test_text_bar():
    checked = load("consensus")
    scale = checked.bank.scale
    assert text_bar(None, scale) == "░" * 10
    assert text_bar(1.0, scale) == "░" * 10
    assert text_bar(5.0, scale) == "█" * 10
    assert text_bar(3.0, scale, 4) == "██░░"


STATUS_WORDS = (
    "rep_status_strength",
    "rep_status_neutral",
    "rep_status_development",
    "rep_status_none",
)
EIGHT_ROLES = (
    "teamchef",
    "oe",
    "woe",
    "wijkagent",
    "noodhulp",
    "opsporing",
    "intake",
    "informatie",
)


def eight_roles(bank: Questionnaire) -> Result:
    """A merged result of the bundled questionnaire with a voter in each of eight roles."""
    answers: dict[str, Any] = {}
    for index, question in enumerate(q for q in bank.questions() if q.type == "scale"):
        scale = bank.scale_of(question)
        by_role = {}
        for number, role in enumerate(EIGHT_ROLES):
            votes = [0] * scale.points
            votes[(index + number) % scale.points] = 1
            by_role[role] = {"votes": votes}
        total = [sum(tally["votes"][i] for tally in by_role.values()) for i in range(scale.points)]
        answers[question.id] = {"votes": total, "by_role": by_role}
    started = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    return Result.model_validate(
        {
            "schema": 2,
            "questionnaire": {"id": bank.id, "version": bank.version, "hash": content_hash(bank)},
            "session": {
                "team": "Basisteam Rand",
                "date": dt.date(2026, 12, 1),
                "mode": "votes",
                "merged_from": 8,
                "roles": dict.fromkeys(EIGHT_ROLES, 1),
                "started": started,
                "finished": started + dt.timedelta(hours=8),
            },
            "answers": answers,
        }
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width", [80, 60])
def test_per_role_table_breaks_no_word_with_eight_roles(woest_bank, lang, width):
    result = eight_roles(woest_bank)
    text = export_summary(result, woest_bank, "text", lang, width)
    heading, after = ("Per rol", "╭─") if lang == "nl" else ("By role", "╭─")
    section = text.split(heading, 1)[1].split(after, 1)[0]
    assert max(cell_len(line) for line in text.splitlines()) <= width
    allowed = {role_label(role, lang, short=True) for role in EIGHT_ROLES}
    allowed |= {t.title.get(lang) for t in woest_bank.themes}
    allowed |= {message(k, lang) for k in ("rep_col_role", "rep_roles_columns")}
    allowed |= {word for key in STATUS_WORDS for word in message(key, lang).split()}
    words = {word for phrase in allowed for word in phrase.split()}
    for token in section.split():
        if re.fullmatch(r"[─▲▼●–·]+|\d+|\d+[.,]\d+", token):
            continue
        assert token in words, f"broken or unknown word {token!r}"
    starts = {line.split()[0] for line in section.splitlines() if line.strip()}
    for role in EIGHT_ROLES:
        assert role_label(role, lang, short=True).split()[0] in starts, role


def test_other_content_of_the_same_version_is_named():
    checked = load("consensus")
    ref = checked.result.questionnaire.model_copy(update={"hash": "sha256:" + "0" * 64})
    result = checked.result.model_copy(update={"questionnaire": ref})
    text = export_summary(result, checked.bank, "text", "nl", 100)
    assert "beantwoord met een andere inhoud van deze versie" in text
    data = json.loads(export_summary(result, checked.bank, "json", "en", 100))
    assert data["questionnaire"]["same_content"] is False
    assert json.loads(export("consensus", "json"))["questionnaire"]["same_content"] is True
    assert "andere inhoud" not in export("consensus", "text")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_votes_and_spread_are_explained_once(fmt: str) -> None:
    text = export("votes", fmt, "nl", width=100)
    assert text.count("Stemmen 1·3·4·2·0: het aantal handen per schaalpunt") == 1
    assert "vanaf 1,2 is het team verdeeld" in text
    assert "Stemmen 1·3·4·2·0" not in export("consensus", fmt, "nl", width=100)


def test_not_applicable_is_shown_apart_in_every_format() -> None:
    """The n.v.t. fixtures: a column, a list of its own, the answer in words; no blind spot."""
    data = json.loads(export("nvt-consensus", "json", "nl"))
    questions = {q["id"]: q for q in data["questions"]}
    owner = questions["partners-eigenaar"]
    assert (owner["not_applicable"], owner["dont_know"], owner["blind_spot"]) == (1, 0, False)
    assert owner["answer"] == "n.v.t."
    assert data["not_applicable"] == ["partners-eigenaar", "leren-evaluatie"]
    assert data["blind_spots"] == ["tijd-rooster"]
    themes = {t["id"]: t for t in data["themes"]}
    assert (themes["leren"]["not_applicable"], themes["leren"]["blind_spot"]) == (1, False)
    svg_text = export("nvt-consensus", "svg", "nl")
    html_text = export("nvt-consensus", "html", "nl")
    for document in (svg_text.replace("&#160;", " "), html_text):
        assert "N.v.t." in document and "Niet van toepassing" in document
    # a result without any n.v.t. keeps its table as it was: no empty column
    assert "N.v.t.</th>" not in export("consensus", "html", "nl")
    votes = json.loads(export("nvt-votes", "json", "en"))
    owner = {q["id"]: q for q in votes["questions"]}["partners-eigenaar"]
    assert (owner["not_applicable"], owner["dont_know"], owner["dont_know_share"]) == (5, 2, 0.29)
    assert owner["answer"] == "votes 0·0·0·0·0; don't know 2; n/a 5"
