"""`woest compare` and `woest merge` through the command line: exit codes, files, output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from woest_tui.cli.main import main

FIX = Path(__file__).parent / "fixtures" / "compare"
V1, V2 = FIX / "bank-v1.toml", FIX / "bank-v2.toml"
Q = ["--questions", str(V1), "--questions", str(V2)]
A25, A26, ALMERE = (
    FIX / n for n in ("amersfoort-2025.toml", "amersfoort-2026.toml", "almere-2026.toml")
)
INDIVIDUAL = [str(FIX / f"ind-{n}.toml") for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# --- merge --------------------------------------------------------------------------------


def test_merge_writes_a_valid_team_result(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "team.toml"
    code, stdout, _ = run(capsys, "merge", *INDIVIDUAL, "-o", out, "--questions", V2)
    assert code == 0
    assert "4" in stdout and str(out) in stdout
    assert out.stat().st_mode & 0o777 == 0o600
    assert "merged_from = 4" in out.read_text(encoding="utf-8")
    code, stdout, _ = run(capsys, "validate", out, "--questions", V2, "--lang", "en")
    assert code == 0 and "merged from 4 files" in stdout


def test_merge_never_writes_over_a_file_without_force(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "team.toml"
    out.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "merge", *INDIVIDUAL, "-o", out, "--questions", V2)
    assert code == 1
    assert str(out) in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(capsys, "merge", *INDIVIDUAL, "-o", out, "--questions", V2, "--force")
    assert code == 0 and "merged_from" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("files", "named", "words"),
    [
        ([INDIVIDUAL[0]], None, "minstens twee"),
        ([INDIVIDUAL[0], INDIVIDUAL[1], INDIVIDUAL[0]], INDIVIDUAL[0], "al gegeven"),
        ([INDIVIDUAL[0], str(A26)], str(A26), "geen individueel"),
        (
            [INDIVIDUAL[0], str(FIX / "ind-v1-wijkagent.toml")],
            str(FIX / "ind-v1-wijkagent.toml"),
            "versie 1.0",
        ),
    ],
)
def test_merge_refusals_exit_1_naming_the_file(
    tmp_path: Path, capsys: Capture, files: list[str], named: str | None, words: str
) -> None:
    out = tmp_path / "team.toml"
    code, _, err = run(capsys, "merge", *files, "-o", out, *Q)
    assert code == 1
    assert err.startswith("woest: ")
    assert words in err
    if named is not None:
        assert f"woest: {named}: " in err
    assert not out.exists()


def test_merge_takes_a_team_name(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "team.toml"
    code, stdout, _ = run(
        capsys, "merge", *INDIVIDUAL[:2], "-o", out, "--team", "Team Oost", *Q, "--lang", "en"
    )
    assert code == 0 and "Team Oost" in stdout and "merged" in stdout
    assert 'team = "Team Oost"' in out.read_text(encoding="utf-8")


# --- compare ------------------------------------------------------------------------------


def test_compare_prints_plain_text_to_a_pipe(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    code, out, _ = run(capsys, "compare", A25, A26, *Q)
    assert code == 0
    assert "\x1b" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "Vergelijking" in out and "beter" in out


def test_compare_takes_width_then_columns(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = run(capsys, "compare", A25, A26, *Q, "--width", "120")
    assert 80 < max(len(line) for line in out.splitlines()) <= 120
    monkeypatch.setenv("COLUMNS", "110")
    target = tmp_path / "vergelijking.txt"
    assert run(capsys, "compare", A25, A26, *Q, "-o", target)[0] == 0
    assert 80 < max(len(line) for line in target.read_text("utf-8").splitlines()) <= 110
    with pytest.raises(SystemExit) as exc:
        main(["compare", str(A25), str(A26), "--width", "20", "--lang", "en"])
    assert exc.value.code == 2 and "80 to 400" in capsys.readouterr().err


def test_compare_colours_a_terminal_unless_no_color(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(capsys, "compare", A25, A26, *Q)
    assert code == 0 and "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = run(capsys, "compare", A25, A26, *Q, "--lang", "en")
    assert code == 0 and "\x1b" not in out and "better" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg", "json"])
def test_compare_writes_every_format(tmp_path: Path, capsys: Capture, fmt: str) -> None:
    out = tmp_path / f"vergelijking.{fmt}"
    code, stdout, err = run(capsys, "compare", A25, A26, ALMERE, "--format", fmt, "-o", out, *Q)
    assert code == 0 and str(out) in err and stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "Almere" in text  # SVG writes its spaces as &#160;
    assert out.stat().st_mode & 0o777 == 0o600
    if fmt == "json":
        assert len(json.loads(text)["results"]) == 3


def test_compare_json_to_stdout(capsys: Capture) -> None:
    code, out, _ = run(
        capsys, "compare", A26, A25, "--format", "json", "--labels", "nu", "toen", *Q
    )
    assert code == 0
    data = json.loads(out)
    assert [r["label"] for r in data["results"]] == ["toen", "nu"]
    assert data["order"] == "trend"


def test_compare_never_writes_over_a_file_without_force(tmp_path: Path, capsys: Capture) -> None:
    out = tmp_path / "vergelijking.md"
    out.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "compare", A25, A26, "--format", "markdown", "-o", out, *Q)
    assert code == 1 and "--force" in err and out.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(capsys, "compare", A25, A26, "--format", "markdown", "-o", out, *Q, "--force")
    assert code == 0 and out.read_text(encoding="utf-8").startswith("# Vergelijking")


def test_compare_usage_errors_exit_2(capsys: Capture) -> None:
    code, _, err = run(capsys, "compare", A25, A26, "--labels", "een", *Q)
    assert code == 2 and "--labels" in err
    code, _, err = run(capsys, "compare", A25, *Q, "--lang", "en")
    assert code == 2 and "at least two" in err
    # one line, in the form of every usage error, with a pointer to the command's help
    assert err.startswith("woest: compare: ") and err.count("\n") == 1
    assert err.rstrip().endswith("woest compare --help)")


@pytest.mark.parametrize(
    ("labels", "words"),
    [(["", ""], "label 1 is leeg"), (["nu", "Nu"], "label 1 en 2 zijn gelijk ('Nu')")],
)
def test_compare_refuses_empty_or_equal_labels(
    capsys: Capture, tmp_path: Path, labels: list[str], words: str
) -> None:
    target = tmp_path / "niet.txt"
    code, out, err = run(capsys, "compare", A25, A26, "--labels", *labels, "-o", target, *Q)
    assert code == 2 and out == "" and words in err
    assert not target.exists()


def test_compare_refuses_another_questionnaire(capsys: Capture) -> None:
    quick = FIX / "quickscan-2026.toml"
    code, _, err = run(capsys, "compare", A25, quick, *Q)
    assert code == 1
    assert err.startswith(f"woest: {quick}: questionnaire.id: ")
    assert "quickscan" in err and "testlijst" in err


def test_compare_through_the_real_program() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"COLUMNS": "120"}
    out = subprocess.run(
        [sys.executable, "-m", "woest_tui", "compare", str(A25), str(A26), str(ALMERE), *Q],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "\x1b" not in out.stdout
    # a pipe takes $COLUMNS
    assert 80 < max(len(line) for line in out.stdout.splitlines()) <= 120


def test_merge_refuses_an_empty_team_name(tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(
        capsys, "merge", *INDIVIDUAL[:2], "-o", tmp_path / "t.toml", "--team", " ", *Q
    )
    assert code == 1 and err.startswith("woest: --team: ")


@pytest.mark.parametrize("how", ["same name", "symlink", "hard link"])
def test_an_export_never_replaces_one_of_its_own_inputs(
    capsys: Capture, tmp_path: Path, how: str
) -> None:
    """`-o` naming the result (or a bank) it is made from is refused, even with --force."""
    result = tmp_path / "a25.toml"
    result.write_bytes(Path(A25).read_bytes())
    target = {"same name": result, "symlink": tmp_path / "link.toml", "hard link": tmp_path / "h"}
    out = target[how]
    if how == "symlink":
        out.symlink_to(result)
    elif how == "hard link":
        os.link(result, out)
    before = result.read_bytes()
    for command in (["summary", str(result)], ["compare", str(result), A26]):
        code, _, err = run(capsys, *command, "-o", str(out), "--force", *Q)
        assert code == 1
        assert err == (
            f"woest: {out}: is ook een van de bestanden waaruit het gemaakt wordt ({result});"
            " kies een andere naam voor -o\n"
        )
        assert result.read_bytes() == before
    code, _, err = run(capsys, "summary", str(result), "-o", Q[1], "--force", *Q)
    assert code == 1 and "is ook een van de bestanden" in err
