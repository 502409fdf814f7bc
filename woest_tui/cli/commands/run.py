"""`woest run` (and plain `woest`): start the meeting app."""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from typing import IO

from woest_tui.cli.parser import EXIT_USAGE
from woest_tui.core.session.launch import prepare_launch
from woest_tui.i18n import Lang, message


def is_terminal(stream: IO[str] | None) -> bool:
    """Whether a standard stream is a terminal (a stream without a file is not)."""
    try:
        return stream is not None and os.isatty(stream.fileno())
    except (AttributeError, OSError, ValueError):  # closed, or no file under it
        return False


def terminal_problem(lang: Lang) -> str | None:
    """Why the app cannot be drawn here, or None when it can.

    The app reads keys from stdin and draws on stderr; stdout must be the terminal too,
    else a cron job or a CI step waits forever for keys that never come. A terminal that
    does not speak UTF-8 would show every line, bar and letter with an accent as escapes:
    woest refuses it rather than draw a screen nobody can read. (In the plain C or POSIX
    locale Python itself speaks UTF-8, see PEP 538 and 540; that works.)

    Args:
        lang: "nl" or "en".

    Returns:
        The message, or None.
    """
    streams = (sys.stdin, sys.stdout, sys.stderr)
    if not all(is_terminal(stream) for stream in streams):
        return message("run_no_terminal", lang)
    for stream in streams[1:]:
        encoding = codecs.lookup(getattr(stream, "encoding", None) or "ascii").name
        if encoding != "utf-8":
            return message("run_not_utf8", lang, encoding=encoding)
    return None


def run_command(args: argparse.Namespace, lang: Lang) -> int:
    """Prepare the session (files are checked before the screen opens), then run the app.

    Args:
        args: parsed arguments (questions, team, out, mode, role, force, themes, minutes,
            previous).
        lang: "nl" or "en".

    Returns:
        0 when the app was closed normally; 2 without a terminal (nothing is started);
        128 + N after signal N.
    """
    problem = terminal_problem(lang)
    if problem is not None:
        print(f"woest: run: {problem}", file=sys.stderr)
        return EXIT_USAGE
    mode = getattr(args, "mode", None)
    live = mode == "live"
    launch = prepare_launch(
        questions=getattr(args, "questions", None),
        team=getattr(args, "team", None),
        out=getattr(args, "out", None),
        mode="votes" if live else mode,
        role=getattr(args, "role", None),
        present=getattr(args, "present", None),
        force=getattr(args, "force", False),
        live=live,
        live_bind=getattr(args, "live_bind", None),
        auto_reveal=getattr(args, "auto_reveal", False),
        themes=getattr(args, "themes", None),
        minutes=getattr(args, "minutes", None),
        previous=getattr(args, "previous", None),
    )
    from woest_tui.tui.app import WoestApp
    from woest_tui.tui.support.themes import DARK, LIGHT

    theme = LIGHT if os.environ.get("WOEST_LIGHT") else DARK
    app = WoestApp(launch, lang, theme=theme)
    app.run()
    return app.return_code or 0
