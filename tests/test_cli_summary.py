"""`woest summary`: output on stdout, files with -o, exit codes and messages."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from woest_tui.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures" / "summary"
BANK = str(FIXTURES / "bank.toml")
CONSENSUS = str(FIXTURES / "consensus.toml")


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "WOEST_LANG", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["summary", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_to_a_pipe_is_plain(capsys):
    code, out, err = run(capsys, CONSENSUS, "--questions", BANK)
    assert code == 0 and err == ""
    assert "\x1b" not in out
    assert "Samenvatting: Proefvragenlijst" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_columns_widen_the_plain_text(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    _, out, _ = run(capsys, CONSENSUS, "--questions", BANK)
    assert max(len(line) for line in out.splitlines()) == 120


def widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def test_a_text_file_takes_width_then_columns_then_100(capsys, monkeypatch, tmp_path):
    target = tmp_path / "samenvatting.txt"
    monkeypatch.setenv("COLUMNS", "120")
    assert run(capsys, CONSENSUS, "--questions", BANK, "-o", str(target))[0] == 0
    assert widest(target.read_text(encoding="utf-8")) == 120
    args = (CONSENSUS, "--questions", BANK, "-o", str(target), "--force")
    assert run(capsys, *args, "--width", "90")[0] == 0
    assert widest(target.read_text(encoding="utf-8")) == 90
    monkeypatch.delenv("COLUMNS")
    assert run(capsys, *args)[0] == 0
    assert widest(target.read_text(encoding="utf-8")) == 100


def test_width_on_stdout_and_never_below_80(capsys, monkeypatch):
    _, out, _ = run(capsys, CONSENSUS, "--questions", BANK, "--width", "132")
    assert widest(out) == 132
    monkeypatch.setenv("COLUMNS", "60")  # too narrow for the tables: 80 is the least
    _, out, _ = run(capsys, CONSENSUS, "--questions", BANK)
    assert widest(out) == 80


@pytest.mark.parametrize("value", ["79", "401", "breed", "-5", ""])
def test_a_width_out_of_range_is_a_usage_error(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["summary", CONSENSUS, "--questions", BANK, "--width", value])
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert "--width" in err and "80 tot 400" in err


def test_colour_on_a_terminal_and_none_with_no_color(capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich then treats stdout as a terminal
    _, out, _ = run(capsys, CONSENSUS, "--questions", BANK)
    assert "\x1b[" in out
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, CONSENSUS, "--questions", BANK)
    assert "\x1b" not in out
    assert "sterk" in out


def test_english(capsys):
    code, out, _ = run(capsys, CONSENSUS, "--questions", BANK, "--lang", "en")
    assert code == 0
    assert "Summary: Trial questionnaire" in out and "Strengths" in out


@pytest.mark.parametrize(
    ("fmt", "start"),
    [("markdown", "# Samenvatting"), ("html", "<!DOCTYPE html>"), ("svg", "<svg"), ("json", "{")],
)
def test_formats_on_stdout(capsys, fmt, start):
    code, out, _ = run(capsys, CONSENSUS, "--questions", BANK, "--format", fmt)
    assert code == 0
    assert out.startswith(start)
    if fmt == "json":
        assert json.loads(out)["themes"][0]["id"] == "doel"


def test_output_file_is_written_and_not_overwritten(capsys, tmp_path):
    target = tmp_path / "rapport.html"
    code, out, err = run(
        capsys, CONSENSUS, "--questions", BANK, "--format", "html", "-o", str(target)
    )
    assert code == 0 and out == ""
    assert str(target) in err
    first = target.read_text(encoding="utf-8")
    assert first.startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".woest-tmp-*"))

    code, out, err = run(capsys, CONSENSUS, "--questions", BANK, "-o", str(target))
    assert code == 1
    assert err == f"woest: {target}: bestaat al; kies een andere naam of gebruik --force\n"
    assert target.read_text(encoding="utf-8") == first

    code, _, _ = run(capsys, CONSENSUS, "--questions", BANK, "-o", str(target), "--force")
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("Samenvatting: ")


def test_refusal_in_english(capsys, tmp_path):
    target = tmp_path / "x.md"
    target.write_text("eerder werk", encoding="utf-8")
    code, _, err = run(capsys, CONSENSUS, "--questions", BANK, "-o", str(target), "--lang", "en")
    assert code == 1
    assert err == f"woest: {target}: already exists; choose another name or use --force\n"
    assert target.read_text(encoding="utf-8") == "eerder werk"


def test_output_into_a_folder_is_refused(capsys, tmp_path):
    code, _, err = run(capsys, CONSENSUS, "--questions", BANK, "-o", str(tmp_path), "--force")
    assert code == 1
    assert err == f"woest: {tmp_path}: dit is een map, geen bestand\n"


def test_output_into_a_missing_folder(capsys, tmp_path):
    target = tmp_path / "bestaat-niet" / "r.md"
    code, _, err = run(capsys, CONSENSUS, "--questions", BANK, "-o", str(target))
    assert code == 1
    assert err.startswith(f"woest: {target}: kan niet opslaan")


def test_missing_result(capsys, tmp_path):
    missing = tmp_path / "weg.toml"
    code, out, err = run(capsys, str(missing), "--questions", BANK)
    assert (code, out) == (1, "")
    assert err == f"woest: {missing}: bestand bestaat niet\n"


def test_bank_not_found(capsys, tmp_path):
    copy = tmp_path / "r.toml"
    shutil.copy(CONSENSUS, copy)
    code, _, err = run(capsys, str(copy))
    assert code == 1
    assert "vragenlijst 'proef' niet gevonden; geef hem mee met --questions" in err


def test_a_bank_is_not_a_result(capsys):
    code, _, err = run(capsys, BANK, "--questions", BANK)
    assert code == 1
    assert err == f"woest: {BANK}: dit is een vragenlijst, geen resultaatbestand\n"


def test_result_that_does_not_fit_its_bank(capsys, tmp_path):
    broken = tmp_path / "r.toml"
    text = Path(CONSENSUS).read_text(encoding="utf-8").replace("value = 4\n", "value = 9\n", 1)
    broken.write_text(text, encoding="utf-8")
    code, _, err = run(capsys, str(broken), "--questions", BANK)
    assert code == 1
    assert "answers.doel-oorzaak.value" in err and "9 ligt buiten de schaal 1 tot 5" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["summary", CONSENSUS, "--format", "pdf"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["summary"])
    assert exc.value.code == 2


@pytest.mark.slow
def test_the_real_program(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["COLUMNS"] = "80"
    command = [sys.executable, "-m", "woest_tui", "summary", CONSENSUS, "--questions", BANK]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0 and "\x1b" not in done.stdout
    assert "Sterke punten" in done.stdout
    done = subprocess.run(
        [*command, "--format", "nope"], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 2
    target = tmp_path / "s.json"
    target.write_text("{}", encoding="utf-8")
    done = subprocess.run(
        [*command, "--format", "json", "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1 and str(target) in done.stderr
