"""The command line's parser: argparse speaking the user's language, every usage error one line."""

from __future__ import annotations

import argparse
import contextlib
import sys
from argparse import SUPPRESS
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from woest_tui import __version__
from woest_tui.i18n import Lang, argparse_words, current_lang, message

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

#: Exit codes: done, a file or input was invalid, the command line was wrong.
EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _prescan_lang(argv: Sequence[str]) -> Lang:
    """The --lang value, read before parsing so that --help speaks it too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return current_lang(argv[index + 1])
        if arg.startswith("--lang="):
            return current_lang(arg.split("=", 1)[1])
    return current_lang()


class Parser(argparse.ArgumentParser):
    """argparse, speaking `lang`, with every usage error as one safe `woest: ` line.

    The line repeats what was typed, so control characters are made visible; it ends
    with a pointer to the command's --help instead of argparse's usage block.
    """

    def __init__(self, *args: Any, lang: Lang = "nl", **kwargs: Any) -> None:
        self.lang = lang
        super().__init__(*args, **kwargs)

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        # argparse ignores a failed write: its help into a full disk would exit 0, unseen
        if message:
            (file or sys.stdout).write(message)

    def error(self, message_text: str) -> NoReturn:
        """Print `woest: [COMMAND: ]PROBLEM (zie woest [COMMAND] --help)` and exit 2."""
        from woest_tui.cli.commands.output import usage_line

        self.exit(EXIT_USAGE, usage_line(self.prog, message_text, self.lang) + "\n")


@contextlib.contextmanager
def argparse_speaks(lang: Lang) -> Iterator[None]:
    """Let argparse's own words (usage, options, its errors) be in `lang` for a while.

    argparse looks its texts up through gettext; this swaps its lookup for ours while
    the parser is built and used, and puts the original back after.

    Args:
        lang: "nl" or "en".

    Yields:
        Nothing; argparse speaks `lang` inside the block.
    """
    namespace = vars(argparse)
    saved = namespace["_"], namespace["ngettext"]
    words = argparse_words(lang)
    namespace["_"], namespace["ngettext"] = words.gettext, words.ngettext
    try:
        yield
    finally:
        namespace["_"], namespace["ngettext"] = saved


def _file_type(lang: Lang) -> Callable[[str], Path]:
    """The type of a file argument: an empty name is a usage error, not the folder "."."""

    def parse(text: str) -> Path:
        if not text:
            raise argparse.ArgumentTypeError(message("empty_path", lang))
        return Path(text)

    return parse


def _text_type(lang: Lang) -> Callable[[str], str]:
    """The type of a text argument (a team, a role, a label): it must be UTF-8.

    Python hands bytes it could not decode on (a terminal that is not UTF-8) as lone
    surrogates; they would reach the model and its raw English message.
    """

    def parse(text: str) -> str:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise argparse.ArgumentTypeError(message("arg_not_utf8", lang)) from None
        return text

    return parse


def _themes_type(lang: Lang) -> Callable[[str], list[str]]:
    """The type of --themes: theme ids separated by commas, none empty."""

    def parse(text: str) -> list[str]:
        ids = [part.strip() for part in text.split(",")]
        if not text.strip() or any(not part for part in ids):
            raise argparse.ArgumentTypeError(message("opt_themes_invalid", lang, value=text))
        return ids

    return parse


def _minutes_type(lang: Lang) -> Callable[[str], int]:
    """The type of --minutes: a whole number of minutes, 1 to a day."""

    def parse(text: str) -> int:
        try:
            minutes = int(text)
        except ValueError:
            minutes = 0
        if not 1 <= minutes <= 24 * 60:
            raise argparse.ArgumentTypeError(message("opt_minutes_invalid", lang, value=text))
        return minutes

    return parse


def build_parser(lang: Lang) -> argparse.ArgumentParser:
    """The argument parser, with its help texts in `lang`.

    Args:
        lang: "nl" or "en".

    Returns:
        The parser.
    """
    from woest_tui.cli.commands.output import width_type  # light: no Rich, no Textual

    def t(key: str) -> str:
        return message(key, lang)

    file_arg = _file_type(lang)
    text_arg = _text_type(lang)
    common = Parser(add_help=False, lang=lang)
    # SUPPRESS: a subcommand's own --lang must not reset the one given before it
    common.add_argument("--lang", choices=["nl", "en"], default=SUPPRESS, help=t("opt_lang"))
    parser = Parser(prog="woest", description=t("cli_description"), parents=[common], lang=lang)
    parser.add_argument(
        "--version", action="version", version=f"woest {__version__}", help=t("opt_version")
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    formats = ["text", "markdown", "html", "svg", "json"]

    run = sub.add_parser(
        "run", parents=[common], lang=lang, help=t("cmd_run"), description=t("cmd_run")
    )
    run.add_argument("--questions", type=file_arg, metavar="FILE", help=t("opt_questions_run"))
    run.add_argument("--team", type=text_arg, help=t("opt_team"))
    run.add_argument("--out", type=file_arg, metavar="FILE", help=t("opt_out"))
    modes = ["consensus", "votes", "individual", "live"]
    run.add_argument("--mode", choices=modes, help=t("opt_mode"))
    run.add_argument("--role", type=text_arg, help=t("opt_role"))
    run.add_argument("--present", metavar="ROL=N,...", help=t("opt_present"))
    run.add_argument("--force", action="store_true", help=t("opt_force_run"))
    run.add_argument("--live-bind", metavar="HOST:PORT", help=t("opt_live_bind"))
    run.add_argument("--auto-reveal", action="store_true", help=t("opt_auto_reveal"))
    run.add_argument("--themes", type=_themes_type(lang), metavar="ID,ID,...", help=t("opt_themes"))
    run.add_argument("--minutes", type=_minutes_type(lang), metavar="N", help=t("opt_minutes"))
    run.add_argument("--previous", type=file_arg, metavar="FILE", help=t("opt_previous"))

    validate = sub.add_parser(
        "validate",
        parents=[common],
        lang=lang,
        help=t("cmd_validate"),
        description=t("cmd_validate"),
    )
    validate.add_argument("files", nargs="+", type=file_arg, metavar="FILE", help=t("opt_files"))
    validate.add_argument(
        "--questions", type=file_arg, action="append", metavar="FILE", help=t("rep_help_questions")
    )

    def report_output(report: argparse.ArgumentParser) -> None:
        """The options summary and compare share: where the report goes, which banks, width."""
        report.add_argument(
            "-o", "--output", type=file_arg, metavar="FILE", help=t("rep_help_output")
        )
        report.add_argument(
            "--questions",
            type=file_arg,
            action="append",
            metavar="FILE",
            help=t("rep_help_questions"),
        )
        report.add_argument("--force", action="store_true", help=t("rep_help_force"))
        report.add_argument("--width", type=width_type(lang), metavar="N", help=t("rep_help_width"))

    summary = sub.add_parser(
        "summary", parents=[common], lang=lang, help=t("cmd_summary"), description=t("cmd_summary")
    )
    summary.add_argument("result", type=file_arg, metavar="RESULT", help=t("rep_help_result"))
    summary.add_argument(
        "--format",
        choices=[*formats, "actions", "ics"],
        default="text",
        help=t("rep_help_format_actions"),
    )
    report_output(summary)

    compare = sub.add_parser(
        "compare", parents=[common], lang=lang, help=t("cmd_compare"), description=t("cmd_compare")
    )
    compare.add_argument(
        "results", nargs="+", type=file_arg, metavar="RESULT", help=t("opt_results")
    )
    compare.add_argument(
        "--labels", nargs="+", type=text_arg, metavar="LABEL", help=t("opt_labels")
    )
    order = compare.add_mutually_exclusive_group()
    order.add_argument(
        "--trend", dest="order", action="store_const", const="trend", help=t("opt_trend")
    )
    order.add_argument(
        "--side-by-side", dest="order", action="store_const", const="side", help=t("opt_side")
    )
    compare.add_argument("--format", choices=formats, default="text", help=t("rep_help_format"))
    report_output(compare)

    merge = sub.add_parser(
        "merge", parents=[common], lang=lang, help=t("cmd_merge"), description=t("cmd_merge")
    )
    merge.add_argument("files", nargs="+", type=file_arg, metavar="FILE", help=t("opt_individuals"))
    merge.add_argument(
        "-o", "--output", type=file_arg, metavar="TEAM.toml", required=True, help=t("opt_merge_out")
    )
    merge.add_argument("--team", type=text_arg, help=t("opt_merge_team"))
    merge.add_argument(
        "--questions", type=file_arg, action="append", metavar="FILE", help=t("rep_help_questions")
    )
    merge.add_argument("--force", action="store_true", help=t("rep_help_force"))
    return parser
