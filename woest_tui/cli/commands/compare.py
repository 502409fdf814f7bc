"""`woest compare A B [C ...]`: results side by side, in the terminal or exported."""

from __future__ import annotations

import argparse
import sys

from woest_tui.cli.commands.output import (
    check_target,
    plain_wanted,
    report_width,
    usage_line,
    write_stdout,
)
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message

EXIT_USAGE = 2


def _usage(key: str, lang: Lang, **params: object) -> int:
    """A usage error in the same one-line form as argparse's (see `cli.Parser.error`)."""
    print(usage_line("woest compare", message(key, lang, **params), lang), file=sys.stderr)
    return EXIT_USAGE


def compare_command(args: argparse.Namespace, lang: Lang) -> int:
    """Compare the results and show the comparison, or write it to a file.

    Fewer than two results, a number of --labels that does not match the results, or an
    empty label or two alike, is a usage error (exit 2), found before any file is read.

    Args:
        args: parsed arguments (results, labels, order, format, output, questions, force,
            width).
        lang: "nl" or "en".

    Returns:
        0 when shown or written, 2 for a usage error.

    Raises:
        WoestError: a broken or mismatched result, or an existing output without --force.
    """
    if len(args.results) < 2:
        return _usage("compare_too_few", lang, found=len(args.results))
    if args.labels is not None and len(args.labels) != len(args.results):
        return _usage(
            "compare_labels_count", lang, labels=len(args.labels), results=len(args.results)
        )
    from woest_tui.core.compare.load import label_problem

    problem = label_problem(args.labels or ())
    if problem is not None:
        return _usage(problem[0], lang, **problem[1])
    if args.output is not None:
        check_target(args.output, args.force, [*args.results, *(args.questions or [])])

    from woest_tui.core.compare.load import Wanted, load_for_compare
    from woest_tui.core.compare.results import build_comparison
    from woest_tui.core.files.atomic import write_atomic
    from woest_tui.core.files.bank import load_given
    from woest_tui.report.compare_export import TEXT_WIDTH, comparison_text, export_comparison

    load_given(args.questions)  # every bank given must load, also one that is not needed
    checked = load_for_compare(args.results, args.questions)
    order = getattr(args, "order", None)
    wanted: Wanted = "trend" if order == "trend" else "side" if order == "side" else "auto"
    comparison = build_comparison(checked, args.labels, wanted)
    width = report_width(args.width, TEXT_WIDTH)
    if args.output is not None:
        write_atomic(args.output, export_comparison(comparison, args.format, lang, width))
        print(
            visible(message("compare_written", lang, file=args.output), one_line=True),
            file=sys.stderr,
        )
        return 0
    if args.format != "text":
        write_stdout(export_comparison(comparison, args.format, lang, width))
        return 0
    from rich.console import Console

    console = Console(highlight=False, emoji=False)
    if console.is_terminal:
        width = args.width or min(console.width, TEXT_WIDTH)
    if plain_wanted(console.is_terminal):
        write_stdout(comparison_text(comparison, lang, width))
    else:
        from woest_tui.report.compare import render_comparison

        console.print(render_comparison(comparison, lang, width))
    return 0
