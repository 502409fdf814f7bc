"""Hostile text in a bank and in results reaches every CLI surface shown literally or made visible.

Markup, ANSI and OSC escape sequences, other control characters, a very long word,
right-to-left text and emoji go into the team, facilitator, notes, actions, owners, a
bank's texts and option labels, labels and file names; `woest summary` and `woest compare`
in all five formats, `woest merge` and `woest validate` must never let one of them steer a
terminal or a browser.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from markdown_it import MarkdownIt

from woest_tui.cli.main import main
from woest_tui.core.files.bank import content_hash, load_questionnaire
from woest_tui.core.safe import BIDI_CONTROLS, json_escaped, visible

Capture = pytest.CaptureFixture[str]

MARKUP = "[red]x[/red]"
LINK = "[link=https://x]y[/link]"
ANSI = "\x1b[31mrood\x1b[0m"
OSC_LINK = "\x1b]8;;http://x\x07klik\x1b]8;;\x07"
OSC_TITLE = "\x1b]0;title\x07"
CONTROLS = "a\x00b\x08c\rd\x7fe\x9b31mf\x85g\u202eh\u2066i"
LONG_WORD = "W" * 5000
RTL = "שלום עולם مرحبا بالعالم"
EMOJI = "👮‍♀️🚓 🇳🇱"
HTML = "<script>alert(1)</script><img src=x onerror=alert(2)><a href='javascript:alert(3)'>z</a>"
HOSTILE = f"{MARKUP} {LINK} {ANSI} {OSC_LINK} {OSC_TITLE} {CONTROLS} {RTL} {EMOJI} {HTML}"
#: Short enough for a team name (200 characters at most).
SHORT = f"{MARKUP} {ANSI} {OSC_TITLE} \x07\x9b {RTL[:4]} {EMOJI}"

DATE = dt.date(2026, 11, 28)
STARTED = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))

#: What must never reach output: C0 controls but newline and tab, DEL, C1, bidi controls.
_RAW = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + "".join(chr(c) for c in sorted(BIDI_CONTROLS)) + "]"
)
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def assert_clean(text: str) -> None:
    """No raw control character: ESC, BEL, CR, DEL, C1 (e.g. U+009B) or a bidi control."""
    found = _RAW.search(text)
    assert found is None, f"raw control character {found.group()!r} at {found.start()}"


def label(option: str, text: str) -> dict[str, str]:
    return {"id": option, "label": text}


def bank_data() -> dict[str, Any]:
    """A bank whose every text is hostile (within the bank's limits)."""
    return {
        "schema": 1,
        "id": "vijandig",
        "version": f"1.0 {OSC_TITLE}",
        "language": "nl",
        "title": {"nl": f"Titel {MARKUP} {ANSI}", "en": f"Title {LINK} {OSC_LINK}"},
        "description": HOSTILE,
        "scale": {
            "min": 1,
            "max": 5,
            "strength": 4.0,
            "development": 2.5,
            "labels": [f"{MARKUP} een", f"{ANSI} twee", f"{CONTROLS} drie", RTL, EMOJI],
        },
        "themes": [
            {
                "id": "thema-a",
                "title": f"Thema {OSC_LINK} {MARKUP}",
                "intro": HOSTILE,
                "metaphor": f"{RTL} {EMOJI}",
                "questions": [
                    {"id": "a-schaal", "type": "scale", "text": HOSTILE, "help": HOSTILE},
                    {"id": "a-lang", "type": "scale", "text": LONG_WORD},
                    {
                        "id": "a-keuze",
                        "type": "choice",
                        "text": f"Keuze {ANSI}",
                        "options": [label("een", f"{LINK} {OSC_TITLE}"), label("twee", HTML)],
                    },
                ],
            },
            {
                "id": "thema-b",
                "title": f"Thema {RTL} {CONTROLS}",
                "intro": "Intro",
                "metaphor": "Beeld",
                "questions": [
                    {"id": "b-schaal", "type": "scale", "text": f"B {OSC_TITLE} {EMOJI}"},
                    {
                        "id": "b-meer",
                        "type": "multi",
                        "text": f"Meer {HTML}",
                        "options": [label("x", CONTROLS), label("y", f"{EMOJI} {RTL}")],
                    },
                    {"id": "b-uren", "type": "number", "text": "Uren", "unit": f"{ANSI}uur"},
                    {"id": "b-tekst", "type": "text", "text": f"Tekst {MARKUP}"},
                ],
            },
        ],
    }


def result_data(
    bank_path: Path, *, team: str = SHORT, low: bool = False, role: str | None = None
) -> dict[str, Any]:
    bank = load_questionnaire(bank_path)
    session: dict[str, Any] = {
        "team": team,
        "date": DATE,
        "facilitator": f"{OSC_LINK} {RTL[:5]}",
        "mode": "individual" if role else "consensus",
        "started": STARTED,
        "finished": STARTED + dt.timedelta(hours=1),
    }
    if role:
        session["role"] = role
    else:
        session["roles"] = {"wijkagent": 3, "woe": 1}
    answers = {
        "a-schaal": {"value": 2 if low else 5, "note": HOSTILE},
        "a-lang": {"value": 4, "note": LONG_WORD},
        "a-keuze": {"value": "een", "note": f"{OSC_TITLE}{ANSI}"},
        "b-schaal": {"value": 1 if low else 4},
        "b-meer": {"value": ["x", "y"], "note": CONTROLS},
        "b-uren": {"value": 12},
        "b-tekst": {"value": HOSTILE},
    }
    return {
        "schema": 1,
        "questionnaire": {"id": bank.id, "version": bank.version, "hash": content_hash(bank)},
        "session": session,
        "answers": answers,
        "priorities": [
            {
                "ref": "a-schaal",
                "action": f"{HTML} {ANSI} {LONG_WORD[:1500]}",
                "owner": f"{OSC_TITLE} {MARKUP} {EMOJI}",
                "due": dt.date(2027, 3, 1),
            }
        ],
    }


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    bank = tmp_path / "vijandig.toml"
    bank.write_text(tomli_w.dumps(bank_data()), "utf-8")
    made = {"bank": bank}
    for name, kw in {
        "high": {},
        "low": {"low": True, "team": f"Ander {ANSI}"},
        "ind-1": {"role": "wijkagent"},
        "ind-2": {"role": "woe", "low": True},
    }.items():
        path = tmp_path / f"{name}.toml"
        path.write_text(tomli_w.dumps(result_data(bank, **kw)), "utf-8")  # type: ignore[arg-type]
        made[name] = path
    return made


def run(capsys: Capture, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "WOEST_LANG", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")


# --- the function itself ------------------------------------------------------------------


def test_visible_replaces_controls_and_keeps_the_rest() -> None:
    assert visible("\x1b[31m") == "\u241b[31m"
    assert visible("\x1b]0;title\x07") == "\u241b]0;title\u2407"
    assert visible("a\x00b\rc\x7fd") == "a\u2400b\u240dc\u2421d"
    assert visible("\x9b\x85\u202e\u2066\u2069") == "\ufffd" * 5
    kept = f"regel 1\n\tregel 2 {RTL} {EMOJI} é ß \u200f\u200e\u200d {MARKUP}"
    assert visible(kept) is kept
    once = visible(HOSTILE)
    assert visible(once) == once
    assert_clean(once)


def test_visible_on_one_line() -> None:
    assert visible("a\nb\u2028c\u2029d\te", one_line=True) == "a\u240ab\ufffdc\ufffdd\te"
    assert visible("a\nb") == "a\nb"
    assert visible(HOSTILE, one_line=True).splitlines() == [visible(HOSTILE, one_line=True)]


def test_json_escaped_is_lossless() -> None:
    document = json.dumps({"t": HOSTILE}, ensure_ascii=False)
    escaped = json_escaped(document)
    assert_clean(escaped)
    assert json.loads(escaped) == {"t": HOSTILE}


# --- woest summary ------------------------------------------------------------------------


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_inert_html(page: str) -> str:
    """No active content: no scripts, frames, objects, handlers or script URLs."""
    parser = PageParser()
    parser.feed(page)
    parser.close()
    assert not parser.tags & {"script", "iframe", "object", "embed", "img", "a", "form", "link"}
    assert not [name for name, _ in parser.attributes if name.startswith("on")]
    assert not [v for _, v in parser.attributes if "javascript:" in v.lower()]
    assert not [name for name, _ in parser.attributes if name in ("href", "src")]
    return "".join(parser.text)


def assert_inert_svg(picture: str) -> None:
    """Well-formed XML (no control character slipped in), no script, no link, no handler."""
    root = ET.fromstring(picture)
    for element in root.iter():
        assert not element.tag.endswith(("script", "foreignObject", "}a", "iframe"))
        for name, value in element.attrib.items():
            assert not name.startswith("on")
            assert "javascript:" not in value.lower()
            assert not name.endswith("href")


def assert_literal_markdown(document: str) -> str:
    """A markdown renderer shows the text literally: no link, no raw HTML, no script."""
    page = MarkdownIt("commonmark", {"html": True}).enable("table").render(document)
    shown = assert_inert_html(page)
    assert "<a " not in page and "<script" not in page
    return shown


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg", "json"])
def test_summary_on_stdout(capsys: Capture, files: dict[str, Path], fmt: str) -> None:
    code, out, err = run(
        capsys, "summary", files["high"], "--questions", files["bank"], "--format", fmt
    )
    assert (code, err) == (0, "")
    assert_clean(out)
    assert "\x1b" not in out
    if fmt == "text":
        assert MARKUP in out and "[link=https://x]" in out
        assert RTL in out and EMOJI in out
        assert "\u241b]0;title\u2407" in out  # OSC shown as harmless characters
    elif fmt == "markdown":
        shown = assert_literal_markdown(out)
        assert MARKUP in shown and LINK in shown
        assert "<script>alert(1)</script>" in shown  # as text, escaped
    elif fmt == "html":
        shown = assert_inert_html(out)
        assert MARKUP in shown and RTL in shown and EMOJI in shown
        assert "Content-Security-Policy" in out
        assert "<script>alert(1)</script>" in shown
    elif fmt == "svg":
        assert_inert_svg(out)
    else:
        data = json.loads(out)
        assert data["team"] == SHORT  # raw, exactly as typed: JSON escapes it
        assert data["priorities"][0]["owner"] == f"{OSC_TITLE} {MARKUP} {EMOJI}"
        notes = [n["text"] for q in data["questions"] for n in q["notes"]]
        assert HOSTILE in notes and LONG_WORD in notes


def test_summary_on_a_colour_terminal(
    capsys: Capture, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich treats stdout as a terminal
    code, out, _ = run(capsys, "summary", files["high"], "--questions", files["bank"])
    assert code == 0
    assert "\x1b[" in out  # Rich's own colours
    assert "\x1b]" not in out  # no hyperlink, no title
    assert_clean(_SGR.sub("", out))
    assert MARKUP in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg", "json"])
def test_summary_files(capsys: Capture, files: dict[str, Path], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"rapport\x1b[31m.{fmt}"
    code, _out, err = run(
        capsys,
        "summary",
        files["high"],
        "--questions",
        files["bank"],
        "--format",
        fmt,
        "-o",
        target,
    )
    assert code == 0
    assert_clean(err)
    assert "rapport\u241b[31m" in err  # the file name as written, made visible
    assert_clean(target.read_text("utf-8"))


# --- woest compare ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg", "json"])
def test_compare(capsys: Capture, files: dict[str, Path], fmt: str) -> None:
    labels = [f"voor {ANSI}", f"na {OSC_TITLE} {MARKUP}"]
    code, out, err = run(
        capsys,
        "compare",
        files["high"],
        files["low"],
        "--questions",
        files["bank"],
        "--labels",
        *labels,
        "--format",
        fmt,
    )
    assert (code, err) == (0, "")
    assert_clean(out)
    if fmt == "text":
        assert MARKUP in out and "na \u241b]0;title\u2407" in out
    elif fmt == "markdown":
        shown = assert_literal_markdown(out)
        assert MARKUP in shown
    elif fmt == "html":
        shown = assert_inert_html(out)
        assert MARKUP in shown and RTL in shown
        assert "Content-Security-Policy" in out
    elif fmt == "svg":
        assert_inert_svg(out)
    else:
        data = json.loads(out)
        assert [r["label"] for r in data["results"]] == labels
        assert data["results"][1]["team"] == f"Ander {ANSI}"


def test_compare_on_a_colour_terminal(
    capsys: Capture, files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    code, out, _ = run(capsys, "compare", files["high"], files["low"], "--questions", files["bank"])
    assert code == 0
    assert "\x1b]" not in out
    assert_clean(_SGR.sub("", out))


# --- woest merge, then its summary --------------------------------------------------------


def test_merge_then_summary(capsys: Capture, files: dict[str, Path], tmp_path: Path) -> None:
    merged = tmp_path / f"team {OSC_TITLE}.toml"
    code, out, err = run(
        capsys,
        "merge",
        files["ind-1"],
        files["ind-2"],
        "-o",
        merged,
        "--questions",
        files["bank"],
        "--team",
        f"Team {ANSI} {EMOJI}",
    )
    assert (code, err) == (0, "")
    assert_clean(out)
    assert f"Team \u241b[31mrood\u241b[0m {EMOJI}" in out
    for fmt in ("text", "markdown", "html", "json"):
        code, out, err = run(
            capsys, "summary", merged, "--questions", files["bank"], "--format", fmt
        )
        assert (code, err) == (0, "")
        assert_clean(out)
    assert json.loads(out)["team"] == f"Team {ANSI} {EMOJI}"


# --- woest validate -----------------------------------------------------------------------


def test_validate_ok_lines(capsys: Capture, files: dict[str, Path], tmp_path: Path) -> None:
    odd = tmp_path / "naam \x1b]0;x\x07 \u202e.toml"
    odd.write_bytes(files["high"].read_bytes())
    code, out, err = run(capsys, "validate", "--questions", files["bank"], files["bank"], odd)
    assert (code, err) == (0, "")
    assert_clean(out)
    assert "naam \u241b]0;x\u2407 \ufffd.toml" in out
    assert "\u241b[31m" in out  # the team's escape code, made visible


def test_validate_and_merge_lines_stay_one_line(
    capsys: Capture, files: dict[str, Path], tmp_path: Path
) -> None:
    data = result_data(files["bank"], team="Team\nok: nep.toml")
    path = tmp_path / "twee\nregels.toml"
    path.write_text(tomli_w.dumps(data), "utf-8")
    code, out, err = run(capsys, "validate", "--questions", files["bank"], path)
    assert (code, err) == (0, "")
    assert out.splitlines() == [visible(out.rstrip("\n"), one_line=True)]
    assert "twee\u240aregels.toml: " in out and "Team\u240aok: nep.toml" in out
    merged = tmp_path / "samen\n.toml"
    code, out, err = run(
        capsys,
        "merge",
        files["ind-1"],
        files["ind-2"],
        "-o",
        merged,
        "--team",
        "A\nB",
        "--questions",
        files["bank"],
    )
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 1 and "A\u240aB" in out and "samen\u240a.toml" in out


def hostile_result(files: dict[str, Path], tmp_path: Path, change: dict[str, Any]) -> Path:
    data = result_data(files["bank"])
    for dotted, value in change.items():
        *parents, last = dotted.split(".")
        here = data
        for key in parents:
            here = here.setdefault(key, {})
        here[last] = value
    path = tmp_path / f"kapot {ANSI}.toml"
    path.write_text(tomli_w.dumps(data), "utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"answers.a-keuze.value": f"{OSC_TITLE}{ANSI}"}, "'\u241b]0;title\u2407\u241b[31mrood"),
        ({"session.team": "x" * 150 + ANSI * 10}, "te lang"),
        ({"session.roles": {f"wijk{ANSI}": 2}}, 'session.roles."wijk\\u001b[31mrood'),
        ({"answers.a-schaal.note": 5}, "verwacht een tekst"),
        ({f"answers.b-uren{OSC_TITLE}": {"value": 1}}, "answers."),
        ({"session.extra\x1b[2J": "x"}, "onbekend veld"),
        (
            {"answers.a-keuze.value": "een\nwoest: nep\u2028regel"},
            "'een\u240awoest: nep\ufffdregel'",
        ),
        ({"answers.b-tekst.value": 12}, "b-tekst.value"),
    ],
)
def test_validate_messages(
    capsys: Capture,
    files: dict[str, Path],
    tmp_path: Path,
    change: dict[str, Any],
    expected: str,
) -> None:
    path = hostile_result(files, tmp_path, change)
    code, out, err = run(capsys, "validate", "--questions", files["bank"], path)
    assert (code, out) == (1, "")
    assert_clean(err)
    lines = err.splitlines()
    assert lines and all(line.startswith(f"woest: {visible(str(path))}: ") for line in lines)
    assert "kapot \u241b[31mrood\u241b[0m.toml" in err
    assert expected in err
    assert "Traceback" not in err


def test_missing_file_with_a_hostile_name(capsys: Capture, tmp_path: Path) -> None:
    code, out, err = run(capsys, "validate", tmp_path / f"weg{OSC_LINK}.toml")
    assert (code, out) == (1, "")
    assert_clean(err)
    assert "weg\u241b]8;;http:/x\u2407klik" in err  # the path joins the two slashes


# --- the last net in cli.py (not owned here: failing tests for its owner) -----------------


def test_usage_errors_show_arguments_visibly(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as done:
        main(["validate", "x.toml", "--bog\x1b]0;TITLE\x07"])
    assert done.value.code == 2
    assert_clean(capsys.readouterr().err)


def test_an_unexpected_error_is_one_visible_line(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    import woest_tui.cli.commands.validate as command

    def broken(args: object, lang: str) -> int:
        raise RuntimeError("kapot \x1b]0;titel\x07\nwoest: nep")

    monkeypatch.setattr(command, "validate_command", broken)
    monkeypatch.delenv("WOEST_DEBUG", raising=False)
    assert main(["validate", "x.toml"]) == 1
    err = capsys.readouterr().err
    assert_clean(err)
    assert len(err.splitlines()) == 1
