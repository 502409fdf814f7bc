"""Huge, deep and long inputs: each gives its one-line messages, exit 1, in bounded time.

The bounds are generous (a slow CI machine with two cores) but far below what a
quadratic algorithm needs on these sizes, so a blow-up fails here instead of hanging a
meeting. The scaling tests compare a small input with one 16 times larger, so a linear
algorithm passes and a quadratic one fails quickly without costing the suite much time.
"""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.documents import load_any, load_checked
from woest_tui.core.files.storage import MAX_BYTES, load_result
from woest_tui.core.model import Questionnaire

CORPUS = Path(__file__).parent / "corpus"
MINI_BANK = CORPUS / "mini_bank.toml"
BANK_TEXT = MINI_BANK.read_text("utf-8")
RESULT_TEXT = (CORPUS / "mini_result.toml").read_text("utf-8")

Capture = pytest.CaptureFixture[str]
Loader = Callable[[Path], object]

LOADERS: dict[str, Loader] = {
    "load_questionnaire": load_questionnaire,
    "load_result": load_result,
    "load_any": lambda path: load_any(path, [MINI_BANK]),
    "load_checked": lambda path: load_checked(path, [MINI_BANK]),
}


def elapsed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def validate(capsys: Capture, path: Path) -> tuple[int, list[str], float]:
    """`woest validate` in this process: exit code, stderr lines, seconds."""
    start = time.perf_counter()
    code = main(["validate", "--questions", str(MINI_BANK), str(path)])
    seconds = time.perf_counter() - start
    out, err = capsys.readouterr()
    assert out == "" or code == 0
    assert "Traceback" not in err
    return code, err.splitlines(), seconds


def assert_refused(capsys: Capture, path: Path, *expected: str, within: float) -> list[str]:
    """Exit 1, one `woest: FILE: ...` line per problem, each expected text shown."""
    code, lines, seconds = validate(capsys, path)
    assert code == 1
    assert lines and all(line.startswith(f"woest: {path}: ") for line in lines)
    for text in expected:
        assert any(text in line for line in lines), (text, lines)
    assert seconds < within, f"{seconds:.1f} s"
    return lines


def with_value(value: str) -> str:
    """The valid mini result with the value of its `tijd-vaak` answer replaced."""
    assert "[answers.tijd-vaak]\nvalue = 2\n" in RESULT_TEXT
    return RESULT_TEXT.replace(
        "[answers.tijd-vaak]\nvalue = 2\n", f"[answers.tijd-vaak]\nvalue = {value}\n"
    )


def write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


# --- too large: refused before it is read ---------------------------------------------------


@pytest.fixture(scope="module")
def fifty_mb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB file that starts like a valid result and goes on with comment lines."""
    path = tmp_path_factory.mktemp("big") / "groot.toml"
    line = "# " + "opvulling " * 9 + "\n"
    block = line * (2**20 // len(line))
    with path.open("w", encoding="utf-8") as handle:
        handle.write(RESULT_TEXT)
        while handle.tell() < 50 * 2**20:
            handle.write(block)
    return path


TOO_LARGE = "het bestand is te groot (50.1 MB; hoogstens 2 MB)"


@pytest.mark.parametrize("loader", sorted(LOADERS))
def test_fifty_mb_is_refused_by_every_loader(fifty_mb: Path, loader: str) -> None:
    start = time.perf_counter()
    with pytest.raises(WoestError) as caught:
        LOADERS[loader](fifty_mb)
    assert time.perf_counter() - start < 2.0
    assert caught.value.lines("nl") == [f"{fifty_mb}: {TOO_LARGE}"]


@pytest.mark.parametrize(
    "command",
    [["validate"], ["summary"], ["compare", "{file}"], ["merge", "{file}", "-o", "{out}"]],
    ids=["validate", "summary", "compare", "merge"],
)
def test_fifty_mb_through_the_cli(
    fifty_mb: Path, tmp_path: Path, capsys: Capture, command: list[str]
) -> None:
    args = [a.format(file=fifty_mb, out=tmp_path / "team.toml") for a in command]
    start = time.perf_counter()
    code = main([args[0], str(fifty_mb), *args[1:], "--questions", str(MINI_BANK)])
    seconds = time.perf_counter() - start
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == f"woest: {fifty_mb}: {TOO_LARGE}"
    assert seconds < 2.0
    assert not (tmp_path / "team.toml").exists()


def test_the_limit_itself(tmp_path: Path, capsys: Capture) -> None:
    # one byte over is refused; at the limit the file is read (and here found not UTF-8)
    over = tmp_path / "over.toml"
    over.write_bytes(b"#" * (MAX_BYTES + 1))
    assert_refused(capsys, over, "te groot (2.1 MB; hoogstens 2 MB)", within=2.0)
    at = tmp_path / "at.toml"
    at.write_bytes(b"# \xff" + b"#" * (MAX_BYTES - 3))
    assert_refused(capsys, at, "geen UTF-8", within=10.0)


# --- large but allowed: parsed in bounded time -------------------------------------------------

#: A little under the limit, with room for the rest of the file.
NEAR_LIMIT = MAX_BYTES - 2**16


def test_near_limit_note_on_one_line(tmp_path: Path, capsys: Capture) -> None:
    text = RESULT_TEXT.replace('note = "Bij', 'note = "' + "x" * NEAR_LIMIT + " Bij")
    path = write(tmp_path / "lange-notitie.toml", text)
    lines = assert_refused(
        capsys, path, "note (regel 23): te lang (hoogstens 10000 tekens)", within=20
    )
    assert len(lines) == 1


def test_near_limit_multi_line_note(tmp_path: Path, capsys: Capture) -> None:
    body = ("woord " * 16 + "\n") * (NEAR_LIMIT // 97)
    text = RESULT_TEXT.replace('note = "Bij', f'note = """{body}"""\ncomment = "Bij')
    path = write(tmp_path / "regels.toml", text)
    assert_refused(capsys, path, "te lang (hoogstens 10000 tekens)", "onbekend veld", within=20)


def test_near_limit_of_comments_is_a_valid_result(tmp_path: Path, capsys: Capture) -> None:
    path = write(
        tmp_path / "commentaar.toml", ("# " + "c" * 97 + "\n") * (NEAR_LIMIT // 100) + RESULT_TEXT
    )
    code, _, seconds = validate(capsys, path)
    assert code == 0
    assert seconds < 20


def test_near_limit_line_that_is_not_toml(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "rommel.toml", "x = " + "1 " * (NEAR_LIMIT // 2))
    assert_refused(capsys, path, "regel 1: geen geldige TOML", within=20)


# --- deep --------------------------------------------------------------------------------------


@pytest.mark.parametrize("depth", [50, 300, 1_000, 20_000])
@pytest.mark.parametrize("kind", ["array", "inline-table"])
def test_deep_value_in_a_result(tmp_path: Path, capsys: Capture, depth: int, kind: str) -> None:
    value = "[" * depth + "]" * depth if kind == "array" else "{a = " * depth + "1" + "}" * depth
    path = write(tmp_path / "diep.toml", with_value(value))
    lines = assert_refused(capsys, path, within=5)
    assert len(lines) == 1
    assert re.search(r"answers\.tijd-vaak\.value \(regel 32\): verwacht|te diep genest", lines[0])


@pytest.mark.parametrize("depth", [50, 1_000, 20_000])
def test_deep_array_in_a_bank(tmp_path: Path, capsys: Capture, depth: int) -> None:
    nested = "[" * depth + '"x"' + "]" * depth
    path = write(
        tmp_path / "diep.toml", BANK_TEXT.replace('text = "Hoe vaak?"', f"text = {nested}")
    )
    lines = assert_refused(capsys, path, within=5)
    assert len(lines) == 1


@pytest.mark.parametrize("parts", [2, 64, 300])
def test_deep_table_header(tmp_path: Path, capsys: Capture, parts: int) -> None:
    header = ".".join(["diep"] * parts)
    path = write(tmp_path / "kop.toml", RESULT_TEXT + f"\n[{header}]\nx = 1\n")
    if parts > 64:  # refused before parsing: tomllib's time grows with the square of the parts
        assert_refused(
            capsys, path, "regel 40: een sleutel of tabelnaam heeft meer dan 64 delen", within=5
        )
    else:
        assert_refused(capsys, path, "diep (regel 40): onbekend veld (tikfout?)", within=5)


@pytest.mark.parametrize("parts", [2, 64, 300])
def test_deep_dotted_key(tmp_path: Path, capsys: Capture, parts: int) -> None:
    key = ".".join(["diep"] * parts)
    path = write(
        tmp_path / "sleutel.toml", RESULT_TEXT.replace("[session]\n", f"[session]\n{key} = 1\n")
    )
    if parts > 64:  # refused before parsing
        assert_refused(
            capsys, path, "regel 10: een sleutel of tabelnaam heeft meer dan 64 delen", within=5
        )
    else:
        assert_refused(capsys, path, "session.diep (regel 10): onbekend veld (tikfout?)", within=5)


# --- long texts --------------------------------------------------------------------------------

HUNDRED_KB = "lang " * 20_480


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'text = "Hoe vaak?"',
            f'text = "{HUNDRED_KB}"',
            "themes[1].questions[1].text.nl (regel 59): te lang (hoogstens 5000 tekens)",
        ),
        (
            'label = "de OE"',
            f'label = "{HUNDRED_KB}"',
            "themes[0].questions[1].options[1].label.nl (regel 40): te lang",
        ),
        (
            'title = "Tijd"',
            f'title = """{HUNDRED_KB}\n"""',
            "themes[1].title.nl (regel 45): te lang",
        ),
        (
            'version = "1.0"',
            f'version = "{HUNDRED_KB}"',
            "version (regel 4): te lang (hoogstens 200 tekens)",
        ),
    ],
    ids=["question", "option", "theme-title", "version"],
)
def test_hundred_kb_text_in_a_bank(
    tmp_path: Path, capsys: Capture, old: str, new: str, expected: str
) -> None:
    assert old in BANK_TEXT
    path = write(tmp_path / "lang.toml", BANK_TEXT.replace(old, new, 1))
    lines = assert_refused(capsys, path, expected, within=5)
    assert len(lines) == 1
    assert max(len(line) for line in lines) < 500  # the text itself is not echoed


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'team = "Basisteam Almere"',
            f'team = "{HUNDRED_KB}"',
            "session.team (regel 10): te lang (hoogstens 200 tekens)",
        ),
        (
            'note = "Bij de derde melding vragen we door."',
            f'note = "{HUNDRED_KB}"',
            "note (regel 23): te lang",
        ),
        ('value = "oe"', f'value = "{HUNDRED_KB}"', "doel-wie.value (regel 26): tekst is te lang"),
        (
            'owner = "teamchef"',
            f'owner = "{HUNDRED_KB}"',
            "priorities[0].owner (regel 37): te lang",
        ),
    ],
    ids=["team", "note", "choice-value", "owner"],
)
def test_hundred_kb_text_in_a_result(
    tmp_path: Path, capsys: Capture, old: str, new: str, expected: str
) -> None:
    assert old in RESULT_TEXT
    path = write(tmp_path / "lang.toml", RESULT_TEXT.replace(old, new, 1))
    lines = assert_refused(capsys, path, expected, within=5)
    assert len(lines) == 1
    assert max(len(line) for line in lines) < 500


# --- many problems -----------------------------------------------------------------------------


def bad_answers(count: int) -> str:
    return RESULT_TEXT + "".join(f"\n[answers.q{i}]\nvalue = {{a = 1}}\n" for i in range(count))


def test_a_hundred_problems_are_each_named(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path / "fouten.toml", bad_answers(100))
    lines = assert_refused(capsys, path, within=10)
    assert len(lines) == 100
    assert lines[99].endswith(
        "answers.q99.value (regel 338): verwacht een getal, true/false, een tekst of een lijst van optie-ids"
    )


def assert_scales_linearly(run: Callable[[int], object], small: int, factor: int = 16) -> None:
    """`run(small * factor)` takes at most about `factor` times `run(small)`, not its square."""
    run(small)  # warm caches and imports
    base = elapsed(lambda: run(small))
    large = elapsed(lambda: run(small * factor))
    assert large < 2 * factor * base + 0.3, f"{base:.3f} s -> {large:.3f} s"


def test_many_problems_scale_linearly(tmp_path: Path) -> None:
    def run(count: int) -> None:
        path = write(tmp_path / f"fouten-{count}.toml", bad_answers(count))
        with pytest.raises(WoestError):
            load_result(path)

    assert_scales_linearly(run, 16)


@pytest.mark.parametrize(("where", "small"), [("key", 250), ("header", 625)])
def test_long_keys_scale_linearly(tmp_path: Path, where: str, small: int) -> None:
    def run(parts: int) -> None:
        key = ".".join(["d"] * parts)
        if where == "key":
            text = RESULT_TEXT.replace("[session]\n", f"[session]\n{key} = 1\n")
        else:
            text = RESULT_TEXT + f"\n[{key}]\nx = 1\n"
        path = write(tmp_path / f"{where}-{parts}.toml", text)
        with pytest.raises(WoestError):
            load_result(path)

    assert_scales_linearly(run, small)


def bank_with(questions: int) -> Questionnaire:
    themes: list[dict[str, Any]] = []
    for t in range(10):
        themes.append(
            {
                "id": f"t{t}",
                "title": "T",
                "intro": "I",
                "metaphor": "M",
                "questions": [
                    {"id": f"q{t}-{q}", "type": "scale", "text": "x"}
                    for q in range(questions // 10)
                ],
            }
        )
    data = load_questionnaire(MINI_BANK).model_dump(by_alias=True) | {"themes": themes}
    return Questionnaire.model_validate(data)


def test_theme_lookup_scales_linearly() -> None:
    banks = {count: bank_with(count) for count in (200, 3_200)}

    def run(count: int) -> None:
        bank = banks[count]
        for question in bank.questions():
            bank.theme_of(question.id)

    assert_scales_linearly(run, 200)


# --- CRLF line ends: allowed by TOML ------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
EXPECTED: dict[str, list[str]] = tomllib.loads((CORPUS / "expected.toml").read_text("utf-8"))


def crlf(path: Path, target: Path) -> Path:
    data = path.read_bytes()
    assert b"\r" not in data
    target.write_bytes(data.replace(b"\n", b"\r\n"))
    return target


VALID = sorted(
    [MINI_BANK, CORPUS / "mini_result.toml", *(ROOT / "questions").glob("*.toml")]
    + [p for p in (ROOT / "tests" / "fixtures").glob("*/*.toml")]
)


@pytest.mark.parametrize("path", VALID, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_crlf_copy_of_a_valid_file_is_the_same(tmp_path: Path, path: Path, capsys: Capture) -> None:
    copy = crlf(path, tmp_path / path.name)
    banks = [MINI_BANK, *(ROOT / "tests" / "fixtures").glob("*/bank*.toml")]
    args = [a for b in banks for a in ("--questions", str(b))]
    code = main(["validate", *args, str(path), str(copy)])
    out, err = capsys.readouterr()
    assert code == 0
    # a bank's ok line may be followed by its changelog: the copy says the same
    lines = out.splitlines()
    original, copied = lines[: len(lines) // 2], lines[len(lines) // 2 :]
    assert copied == [line.replace(str(path), str(copy)) for line in original]
    # notes (more hands than present) are the same for both
    notes = err.splitlines()
    half = len(notes) // 2
    assert notes[half:] == [line.replace(str(path), str(copy)) for line in notes[:half]]
    assert all(line.startswith("let op: ") for line in notes)


@pytest.mark.parametrize(
    "name", sorted(n for n in EXPECTED if b"\r" not in (CORPUS / n).read_bytes())
)
def test_crlf_copy_of_a_broken_file_gives_the_same_message(
    tmp_path: Path, name: str, capsys: Capture
) -> None:
    copy = crlf(CORPUS / name, tmp_path / Path(name).name)
    code, lines, _ = validate(capsys, copy)
    assert code == 1
    assert lines == [line.replace("FILE", str(copy)) for line in EXPECTED[name]]


# --- found here, fixed in the code since ------------------------------------------------------


def test_a_row_of_dots_in_a_multi_line_note_is_not_a_key(tmp_path: Path, capsys: Capture) -> None:
    note = 'note = """Inhoud\n' + "." * 70 + ' = pagina 3\n"""'
    old = 'note = "Bij de derde melding vragen we door."'
    path = write(tmp_path / "punten.toml", RESULT_TEXT.replace(old, note))
    code, lines, _ = validate(capsys, path)
    assert (code, lines) == (0, [])


@pytest.mark.parametrize(
    "text",
    [
        "[[a]\n",
        "a = 1 b = 2\n",
        "a = {b = 1\n",
        'a = "\\uD800"\n',
        "a = {b = 1, b = 2}\n",
        'a = "x\\q"\n',
    ],
    ids=["array-header", "two-statements", "inline-table", "surrogate", "inline-key", "escape"],
)
def test_every_toml_error_is_in_dutch(tmp_path: Path, capsys: Capture, text: str) -> None:
    path = write(tmp_path / "kapot.toml", text)
    lines = assert_refused(capsys, path, "geen geldige TOML: ", within=5)
    assert not re.search(r"\b(Expected|Unclosed|Escaped|Duplicate|Unescaped)\b", lines[0])
