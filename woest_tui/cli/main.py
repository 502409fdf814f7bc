"""The command line: parse arguments, then call into the domain or start the TUI."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from woest_tui.cli.parser import (
    EXIT_INVALID,
    EXIT_OK,
    _prescan_lang,
    argparse_speaks,
    build_parser,
)
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, current_lang, message

if TYPE_CHECKING:
    pass


# woest uses no pydantic plugins; without this, pydantic reads the entry points of every
# installed package when the first model is built, a cost the program pays at each start
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _command(name: str) -> Callable[[argparse.Namespace, Lang], int]:
    """Import a command's module only when it runs, so `--help` and `validate` stay light."""
    if name == "run":
        from woest_tui.cli.commands.run import run_command

        return run_command
    if name == "validate":
        from woest_tui.cli.commands.validate import validate_command

        return validate_command
    if name == "summary":
        from woest_tui.cli.commands.summary import summary_command

        return summary_command
    if name == "compare":
        from woest_tui.cli.commands.compare import compare_command

        return compare_command
    from woest_tui.cli.commands.merge import merge_command

    return merge_command


def main(argv: Sequence[str] | None = None) -> int:
    """Run woest; the return value is the exit code (0 ok, 1 invalid input, 2 usage).

    Args:
        argv: the arguments, without the program name.

    Returns:
        The exit code.
    """
    # Starting the app makes a few hundred thousand objects that live as long as it does;
    # the garbage collector's passes over them cost some 30 ms of every start. It stays
    # off until the app has painted its first screen (WoestApp), or until the command is
    # known to be another one.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _prescan_lang(args_list)
    with argparse_speaks(lang):
        parser = build_parser(lang)
        try:
            args = parser.parse_args(args_list)
            if args.command is None:
                args = parser.parse_args(["run", *args_list])
        except SystemExit:  # --help, --version, or a usage error said on stderr
            if _flushed(lang, EXIT_OK) != EXIT_OK:
                return EXIT_INVALID
            raise
        except OSError as exc:  # the help or the version could not be written
            return _stdout_failed(lang, exc)
    if args.command != "run" and collecting:
        gc.enable()  # other commands may read thousands of files
    lang = current_lang(getattr(args, "lang", None))
    try:
        return _flushed(lang, _command(args.command)(args, lang))
    except KeyboardInterrupt:
        print(f"woest: {message('interrupted', lang)}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader stopped early (`woest summary R | head`): that is its choice, not an
        # error; point stdout at nothing so that Python's own flush at exit stays quiet
        _silence_stdout()
        return 0
    except Exception as exc:  # the last net: one line, never a traceback
        from woest_tui.cli.commands.output import OutputFailed

        if isinstance(exc, OutputFailed):
            return _stdout_failed(lang, exc.error)
        from woest_tui.core.errors import WoestError

        if isinstance(exc, WoestError):
            for line in exc.lines(lang):
                print(f"woest: {line}", file=sys.stderr)
            return EXIT_INVALID
        return _unexpected(exc, lang)


def _unexpected(exc: Exception, lang: Lang) -> int:
    """Say an error nobody foresaw in one line (or raise it with WOEST_DEBUG); exit 1."""
    if os.environ.get("WOEST_DEBUG"):
        raise exc
    error = f"{type(exc).__name__}: {exc}"
    print(
        visible(f"woest: {message('unexpected', lang, error=error)}", one_line=True),
        file=sys.stderr,
    )
    return EXIT_INVALID


def _flushed(lang: Lang, code: int) -> int:
    """`code`, once everything written to stdout is out; 1 with a message when it cannot be.

    A full disk or a closed terminal behind stdout (`woest summary R > /dev/full`) shows
    only when the buffered text is flushed: without this the report would be lost silently
    and the command would exit 0.
    """
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        return _stdout_failed(lang, exc)
    return code


def _stdout_failed(lang: Lang, exc: OSError) -> int:
    """Say that stdout took nothing, in one line on stderr; exit 1."""
    reason = exc.strerror or type(exc).__name__
    print(f"woest: {message('stdout_failed', lang, reason=reason)}", file=sys.stderr)
    _silence_stdout()
    return EXIT_INVALID


def _silence_stdout() -> None:
    """Point stdout at nothing, so that Python's own flush at exit does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
