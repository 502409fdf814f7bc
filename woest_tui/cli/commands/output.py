"""What the exporting commands share: where output may go and how plain text is written."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.atomic import refuse_output_among, writable_target
from woest_tui.core.files.fileinfo import exists
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message

#: Reports are laid out for at least this many columns; narrower, words would break.
MIN_WIDTH = 80
#: And at most this many.
MAX_WIDTH = 400


def width_type(lang: Lang) -> Callable[[str], int]:
    """The argparse type of --width: a whole number from `MIN_WIDTH` to `MAX_WIDTH`.

    Args:
        lang: the language of the refusal.

    Returns:
        A function that turns the text into the width, or raises ArgumentTypeError
        (argparse then exits with a usage error, 2).
    """

    def parse(text: str) -> int:
        try:
            width = int(text)
        except ValueError:
            width = 0
        if not MIN_WIDTH <= width <= MAX_WIDTH:
            raise argparse.ArgumentTypeError(
                message("rep_width_invalid", lang, value=text, min=MIN_WIDTH, max=MAX_WIDTH)
            )
        return width

    return parse


def report_width(given: int | None, default: int) -> int:
    """The width of text and svg: --width, else $COLUMNS, else `default`; at least 80.

    Args:
        given: the --width value, or None.
        default: the width when neither is set.

    Returns:
        The columns to lay the report out in.
    """
    if given is not None:
        return given
    columns = os.environ.get("COLUMNS", "").strip()
    width = int(columns) if columns.isdigit() else default
    return max(MIN_WIDTH, min(MAX_WIDTH, width))


def usage_line(prog: str, problem: str, lang: Lang) -> str:
    """A usage error as one safe line: `woest: [COMMAND: ]PROBLEM (zie PROG --help)`.

    Args:
        prog: "woest" or "woest COMMAND".
        problem: what is wrong, in `lang`.
        lang: "nl" or "en".

    Returns:
        The line, control characters made visible, without a line end.
    """
    command = prog.removeprefix("woest").strip()
    text = f"{command}: {problem}" if command else problem
    line = message("usage_error", lang, message=text, prog=prog)
    return visible(f"woest: {line}", one_line=True)


def check_target(path: Path, force: bool, inputs: Sequence[Path] = ()) -> None:
    """Refuse an output that exists while --force was not given, or that is no file at all.

    A folder, a device, a pipe, a socket, a symlink loop, someone else's symlink, a dangling
    one, or one of the command's own input files is refused even with --force; the user's
    own symlink to a file is written through (see `atomic.writable_target`).

    Args:
        path: the file to write.
        force: whether an existing file may be replaced.
        inputs: the files the output is made from.

    Raises:
        WoestError: the refusal, naming the file.
    """
    writable_target(path)
    refuse_output_among(path, inputs)
    if exists(path, "write_failed") and not force:
        raise WoestError(path, [Problem("exists_no_force")])


def plain_wanted(is_terminal: bool) -> bool:
    """No colour and no escape codes: not a terminal, NO_COLOR set, or a dumb terminal."""
    return not is_terminal or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"


class OutputFailed(Exception):
    """Standard output took nothing: a full disk, a closed terminal (`> /dev/full`)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error
        """What the system said."""


def write_stdout(text: str) -> None:
    """Write to stdout; a terminal that cannot show a character gets a replacement, not a crash.

    Raises:
        OutputFailed: stdout refused the text (a reader that stopped early is a
            BrokenPipeError, which the CLI takes as the reader's choice).
    """
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:
            encoding = sys.stdout.encoding or "ascii"
            sys.stdout.write(text.encode(encoding, errors="replace").decode(encoding))
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputFailed(exc) from None


def print_line(text: str, stream: TextIO | None = None) -> None:
    """Print one line of text made visible (see `safe.visible`) on stdout or `stream`.

    Raises:
        OutputFailed: the stream refused the line.
    """
    try:
        print(visible(text, one_line=True), file=stream or sys.stdout)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputFailed(exc) from None
