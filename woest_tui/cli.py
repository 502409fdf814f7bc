"""The command line: parse arguments, then call into the domain or start the TUI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from woest_tui import __version__
from woest_tui.i18n import current_lang, message
from woest_tui.safe import visible

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _prescan_lang(argv: Sequence[str]) -> str:
    """The --lang value, read before parsing so that --help speaks it too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return current_lang(argv[index + 1])
        if arg.startswith("--lang="):
            return current_lang(arg.split("=", 1)[1])
    return current_lang()


class Parser(argparse.ArgumentParser):
    """argparse, with its error lines made safe: they repeat what was typed."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error (control characters made visible), exit 2."""
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, visible(f"{self.prog}: error: {message}", one_line=True) + "\n")


def build_parser(lang: str) -> argparse.ArgumentParser:
    """The argument parser, with its help texts in `lang`.

    Args:
        lang: "nl" or "en".

    Returns:
        The parser.
    """
    from woest_tui.commands.output import width_type  # light: no Rich, no Textual

    def t(key: str) -> str:
        return message(key, lang)

    common = Parser(add_help=False)
    # SUPPRESS: a subcommand's own --lang must not reset the one given before it
    common.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS, help="nl | en")
    parser = Parser(prog="woest", description=t("cli_description"), parents=[common])
    parser.add_argument("--version", action="version", version=f"woest {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    formats = ["text", "markdown", "html", "svg", "json"]

    run = sub.add_parser("run", parents=[common], help=t("cmd_run"), description=t("cmd_run"))
    run.add_argument("--questions", type=Path, metavar="FILE", help=t("opt_questions_run"))
    run.add_argument("--team", help=t("opt_team"))
    run.add_argument("--out", type=Path, metavar="FILE", help=t("opt_out"))
    run.add_argument("--mode", choices=["consensus", "votes", "individual"], help=t("opt_mode"))
    run.add_argument("--role", help=t("opt_role"))
    run.add_argument("--force", action="store_true", help=t("opt_force_run"))

    validate = sub.add_parser(
        "validate", parents=[common], help=t("cmd_validate"), description=t("cmd_validate")
    )
    validate.add_argument("files", nargs="+", type=Path, metavar="FILE", help=t("opt_files"))
    validate.add_argument(
        "--questions", type=Path, action="append", metavar="FILE", help=t("rep_help_questions")
    )

    summary = sub.add_parser(
        "summary", parents=[common], help=t("cmd_summary"), description=t("cmd_summary")
    )
    summary.add_argument("result", type=Path, metavar="RESULT", help=t("rep_help_result"))
    summary.add_argument("--format", choices=formats, default="text", help=t("rep_help_format"))
    summary.add_argument("-o", "--output", type=Path, metavar="FILE", help=t("rep_help_output"))
    summary.add_argument(
        "--questions", type=Path, action="append", metavar="FILE", help=t("rep_help_questions")
    )
    summary.add_argument("--force", action="store_true", help=t("rep_help_force"))
    summary.add_argument("--width", type=width_type(lang), metavar="N", help=t("rep_help_width"))

    compare = sub.add_parser(
        "compare", parents=[common], help=t("cmd_compare"), description=t("cmd_compare")
    )
    compare.add_argument("results", nargs="+", type=Path, metavar="RESULT", help=t("opt_results"))
    compare.add_argument("--labels", nargs="+", metavar="LABEL", help=t("opt_labels"))
    compare.add_argument("--format", choices=formats, default="text", help=t("rep_help_format"))
    compare.add_argument("-o", "--output", type=Path, metavar="FILE", help=t("rep_help_output"))
    compare.add_argument(
        "--questions", type=Path, action="append", metavar="FILE", help=t("rep_help_questions")
    )
    compare.add_argument("--force", action="store_true", help=t("rep_help_force"))
    compare.add_argument("--width", type=width_type(lang), metavar="N", help=t("rep_help_width"))

    merge = sub.add_parser(
        "merge", parents=[common], help=t("cmd_merge"), description=t("cmd_merge")
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help=t("opt_individuals"))
    merge.add_argument(
        "-o", "--output", type=Path, metavar="TEAM.toml", required=True, help=t("opt_merge_out")
    )
    merge.add_argument("--team", help=t("opt_merge_team"))
    merge.add_argument(
        "--questions", type=Path, action="append", metavar="FILE", help=t("rep_help_questions")
    )
    merge.add_argument("--force", action="store_true", help=t("rep_help_force"))
    return parser


def _command(name: str) -> Callable[[argparse.Namespace, str], int]:
    """Import a command's module only when it runs, so `--help` and `validate` stay light."""
    if name == "run":
        from woest_tui.commands.run import run_command

        return run_command
    if name == "validate":
        from woest_tui.commands.validate import validate_command

        return validate_command
    if name == "summary":
        from woest_tui.commands.summary import summary_command

        return summary_command
    if name == "compare":
        from woest_tui.commands.compare import compare_command

        return compare_command
    from woest_tui.commands.merge import merge_command

    return merge_command


def main(argv: Sequence[str] | None = None) -> int:
    """Run woest; the return value is the exit code (0 ok, 1 invalid input, 2 usage).

    Args:
        argv: the arguments, without the program name.

    Returns:
        The exit code.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _prescan_lang(args_list)
    parser = build_parser(lang)
    args = parser.parse_args(args_list)
    lang = current_lang(getattr(args, "lang", None))
    if args.command is None:
        args = parser.parse_args(["run", *args_list])
    try:
        return _command(args.command)(args, lang)
    except KeyboardInterrupt:
        print(f"woest: {message('interrupted', lang)}", file=sys.stderr)
        return 130
    except Exception as exc:  # the last net: one line, never a traceback
        from woest_tui.errors import WoestError

        if isinstance(exc, WoestError):
            for line in exc.lines(lang):
                print(f"woest: {line}", file=sys.stderr)
            return EXIT_INVALID
        if os.environ.get("WOEST_DEBUG"):
            raise
        print(
            visible(
                f"woest: {message('unexpected', lang, error=f'{type(exc).__name__}: {exc}')}",
                one_line=True,
            ),
            file=sys.stderr,
        )
        return EXIT_INVALID
