"""Writing: only regular files are replaced, own symlinks followed, a merge spares its inputs."""

from __future__ import annotations

import os
import socket
import stat
from pathlib import Path

import pytest

from woest_tui.cli.commands import merge as merge_command
from woest_tui.cli.main import main
from woest_tui.core.errors import WoestError
from woest_tui.core.files.atomic import writable_target, write_atomic
from woest_tui.core.files.storage import load_result
from woest_tui.core.merge import individuals
from woest_tui.core.session.launch import prepare_launch

FIX = Path(__file__).parent / "fixtures" / "compare"
V2 = FIX / "bank-v2.toml"
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]
A26 = FIX / "amersfoort-2026.toml"
NOT_REGULAR = (
    "is geen gewoon bestand (maar een apparaat, pipe of socket); woest schrijft er niet"
    " overheen, ook niet met --force"
)
LOOP = "is een symbolische link die in een kring naar zichzelf wijst; kies een andere naam"

Capture = pytest.CaptureFixture[str]


def merge(capsys: Capture, out: Path, *files: Path, force: bool = True) -> tuple[int, str]:
    args = ["merge", *map(str, files or INDIVIDUAL), "-o", str(out), "--questions", str(V2)]
    code = main([*args, *(["--force"] if force else [])])
    return code, capsys.readouterr().err


# --- what may be replaced --------------------------------------------------------------------


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "echt.toml"
    real.write_text("oud", "utf-8")
    link = tmp_path / "link.toml"
    link.symlink_to(real.name)
    write_atomic(link, "nieuw\n")
    assert link.is_symlink() and os.readlink(link) == real.name
    assert real.read_text("utf-8") == "nieuw\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_a_dangling_symlink_is_not_followed(tmp_path: Path) -> None:
    # it would create a file where it points: in a shared folder, wherever someone wants
    link = tmp_path / "link.toml"
    link.symlink_to("nog-niet.toml")
    with pytest.raises(WoestError) as caught:
        write_atomic(link, "nieuw\n")
    assert caught.value.problems[0].key == "write_symlink_dangling"
    assert link.is_symlink() and not (tmp_path / "nog-niet.toml").exists()


def test_merge_through_a_symlink_keeps_the_link(tmp_path: Path, capsys: Capture) -> None:
    real = tmp_path / "team-echt.toml"
    real.write_text("oud", "utf-8")
    link = tmp_path / "team.toml"
    link.symlink_to(real)
    assert merge(capsys, link)[0] == 0
    assert link.is_symlink()
    assert load_result(real).session.merged_from == 4


def test_a_symlink_loop_is_a_clear_message(tmp_path: Path, capsys: Capture) -> None:
    loop = tmp_path / "lus.toml"
    loop.symlink_to("andere.toml")
    (tmp_path / "andere.toml").symlink_to("lus.toml")
    assert merge(capsys, loop) == (1, f"woest: {loop}: {LOOP}\n")
    with pytest.raises(WoestError) as caught:
        write_atomic(loop, "x")
    assert caught.value.lines("nl") == [f"{loop}: {LOOP}"]
    assert loop.is_symlink() and (tmp_path / "andere.toml").is_symlink()


@pytest.mark.parametrize("kind", ["fifo", "socket", "link-to-fifo"])
def test_what_is_not_a_regular_file_is_never_replaced(
    tmp_path: Path, capsys: Capture, kind: str
) -> None:
    special = tmp_path / "speciaal"
    if kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(special))
        server.close()
    else:
        os.mkfifo(special)
    out = special if kind != "link-to-fifo" else tmp_path / "link.toml"
    if kind == "link-to-fifo":
        out.symlink_to(special)
    assert merge(capsys, out) == (1, f"woest: {out}: {NOT_REGULAR}\n")
    with pytest.raises(WoestError):
        write_atomic(out, "x")
    assert not stat.S_ISREG(special.stat().st_mode)
    assert main(["summary", str(A26), "--questions", str(V2), "-o", str(out), "--force"]) == 1
    assert capsys.readouterr().err == f"woest: {out}: {NOT_REGULAR}\n"


def test_a_device_is_refused_before_anything_is_written() -> None:
    # only asked, never written: the refusal comes before any temporary file
    with pytest.raises(WoestError) as caught:
        writable_target(Path("/dev/null"))
    assert caught.value.problems[0].key == "write_not_regular"


def test_a_folder_is_refused(tmp_path: Path, capsys: Capture) -> None:
    assert merge(capsys, tmp_path) == (1, f"woest: {tmp_path}: dit is een map, geen bestand\n")


# --- a merge and its inputs -------------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "dotted", "symlink", "hardlink"])
def test_the_output_may_not_be_an_input(tmp_path: Path, capsys: Capture, how: str) -> None:
    inputs = []
    for path in INDIVIDUAL:
        inputs.append(tmp_path / path.name)
        inputs[-1].write_bytes(path.read_bytes())
    before = inputs[1].read_bytes()
    out = {
        "same": inputs[1],
        "dotted": tmp_path / "." / inputs[1].name,
        "symlink": tmp_path / "link.toml",
        "hardlink": tmp_path / "hard.toml",
    }[how]
    if how == "symlink":
        out.symlink_to(inputs[1])
    if how == "hardlink":
        os.link(inputs[1], out)
    code, err = merge(capsys, out, *inputs)
    assert code == 1
    assert err == (
        f"woest: {out}: is ook een van de bestanden om samen te voegen ({inputs[1]});"
        " kies een andere naam voor -o\n"
    )
    assert inputs[1].read_bytes() == before


def test_a_copy_with_a_comment_counts_once(tmp_path: Path, capsys: Capture) -> None:
    copy = tmp_path / "kopie.toml"
    text = INDIVIDUAL[2].read_text("utf-8")
    copy.write_text("# een kopie, met een regel erbij\n" + text.replace(" = ", "   =   "), "utf-8")
    code, err = merge(capsys, tmp_path / "team.toml", *INDIVIDUAL, copy)
    assert code == 1
    assert err == (
        f"woest: {copy}: zelfde inhoud als {INDIVIDUAL[2]}; elk antwoordbestand telt maar een keer\n"
    )


def test_more_files_than_a_merge_holds(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(individuals, "MAX_COUNT", 3)
    code, err = merge(capsys, tmp_path / "team.toml")
    assert code == 1
    assert err == "woest: 4 bestanden; woest voegt er hoogstens 3 samen\n"


def test_a_merged_result_too_large_to_read_back_is_not_written(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge_command, "MAX_BYTES", 1024)
    out = tmp_path / "team.toml"
    code, err = merge(capsys, out)
    assert code == 1
    assert err.startswith(f"woest: {out}: het samengevoegde resultaat wordt ")
    assert err.endswith("MB, meer dan woest kan lezen (0.1 MB); voeg minder bestanden samen\n")
    assert not out.exists()


def test_run_out_on_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "lus.toml"
    loop.symlink_to("andere.toml")
    (tmp_path / "andere.toml").symlink_to("lus.toml")
    with pytest.raises(WoestError) as caught:
        prepare_launch(team="Basisteam Almere", out=loop, force=True, sessions=tmp_path)
    assert caught.value.lines("nl") == [f"{loop}: {LOOP}"]
    assert loop.is_symlink()
