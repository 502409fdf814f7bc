"""`woest summary RESULT`: show the summary, or export it as text, markdown, html, svg or json."""

from __future__ import annotations

import argparse
import sys

from woest_tui.cli.commands.output import check_target, plain_wanted, report_width, write_stdout
from woest_tui.core.files.atomic import write_atomic
from woest_tui.core.files.bank import load_given
from woest_tui.core.files.documents import load_checked
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message

#: Columns of a report written to a file (text and svg) without --width or $COLUMNS.
FILE_WIDTH = 100


def summary_command(args: argparse.Namespace, lang: Lang) -> int:
    """Summarise a result on stdout, or write the report to `--output`.

    Args:
        args: parsed arguments (result, format, output, questions, force, width).
        lang: "nl" or "en".

    Returns:
        0 when shown or written; invalid input raises a WoestError (exit 1).
    """
    from rich.console import Console

    from woest_tui.core.scoring.rules import summarize
    from woest_tui.report import export_summary, render_summary

    load_given(args.questions)  # every bank given must load, also one that is not needed
    checked = load_checked(args.result, args.questions)
    result, bank = checked.result, checked.bank
    summary = summarize(result, bank)
    fmt: str = args.format
    if args.output is not None:
        target = args.output
        check_target(target, args.force, [args.result, *(args.questions or [])])
        width = report_width(args.width, FILE_WIDTH)
        text = export_summary(result, bank, fmt, lang, width, summary=summary)
        write_atomic(target, text)
        print(visible(message("rep_written", lang, file=target), one_line=True), file=sys.stderr)
        return 0
    console = Console(highlight=False, emoji=False)
    if fmt == "text" and not plain_wanted(console.is_terminal):
        console.print(render_summary(result, bank, summary, lang, args.width))
        return 0
    # plain text takes the width it is given (--width, $COLUMNS or the terminal)
    width = report_width(args.width, console.width if fmt == "text" else FILE_WIDTH)
    text = export_summary(result, bank, fmt, lang, width, summary=summary)
    write_stdout(text)
    return 0
