"""`woest run` (and plain `woest`): start the meeting app."""

from __future__ import annotations

import argparse
import os

from woest_tui.launch import prepare_launch


def run_command(args: argparse.Namespace, lang: str) -> int:
    """Prepare the session (files are checked before the screen opens), then run the app.

    Args:
        args: parsed arguments (questions, team, out, mode, role, force, themes, minutes,
            previous).
        lang: "nl" or "en".

    Returns:
        0 when the app was closed normally.
    """
    launch = prepare_launch(
        questions=getattr(args, "questions", None),
        team=getattr(args, "team", None),
        out=getattr(args, "out", None),
        mode=getattr(args, "mode", None),
        role=getattr(args, "role", None),
        present=getattr(args, "present", None),
        force=getattr(args, "force", False),
        themes=getattr(args, "themes", None),
        minutes=getattr(args, "minutes", None),
        previous=getattr(args, "previous", None),
    )
    from woest_tui.tui.app import WoestApp

    theme = "textual-light" if os.environ.get("WOEST_LIGHT") else "textual-dark"
    app = WoestApp(launch, lang, theme=theme)
    app.run()
    return app.return_code or 0
