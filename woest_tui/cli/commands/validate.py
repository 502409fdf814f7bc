"""`woest validate FILE...`: check question banks and result files."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from woest_tui.cli.commands.output import print_line
from woest_tui.core.errors import WoestError
from woest_tui.core.files.documents import Checked, load_any
from woest_tui.core.files.fileinfo import path_error
from woest_tui.i18n import Lang, message


def validate_command(args: argparse.Namespace, lang: Lang) -> int:
    """Print `ok: FILE ...` for each valid file and one line per problem for the others.

    Args:
        args: parsed arguments (files, questions).
        lang: "nl" or "en".

    Returns:
        0 when every file is valid, else 1. A bank given with --questions that does not
        load is reported first, and then no file is checked.

    File names, team names and messages may hold any text; control characters in them
    are shown as visible characters (see `safe.visible`).
    """
    from woest_tui.core.check.present import over_present
    from woest_tui.core.check.roles import role_problems
    from woest_tui.core.files.bank import content_hash, load_questionnaire

    failed = False
    for given in args.questions or ():
        # a bank given with --questions must load: skipping it would hide why a result fails
        try:
            load_questionnaire(given)
        except WoestError as exc:
            failed = True
            _report(exc, lang)
    if failed:
        return 1
    for path in args.files:
        try:
            loaded = load_any(path, args.questions)
        except WoestError as exc:
            failed = True
            _report(exc, lang)
            continue
        except OSError as exc:  # one file the system will not show: the others are still checked
            failed = True
            _report(path_error(path, exc), lang)
            continue
        if isinstance(loaded, Checked):
            result, bank = loaded.result, loaded.bank
            state = ""
            if result.session.live:
                state = message("state_live", lang, count=result.session.people)
            elif result.session.merged_from is not None:
                state = message("state_merged", lang, count=result.session.merged_from)
            elif not result.finished:
                state = message("state_unfinished", lang)
            answered = sum(
                1 for q in bank.questions() if (a := result.answers.get(q.id)) and a.is_answered
            )
            _say(
                message(
                    "ok_result",
                    lang,
                    file=path,
                    team=result.session.team,
                    date=result.session.date,
                    answered=answered,
                    total=len(bank.questions()),
                    state=state,
                )
            )
            for problem in [*role_problems(result, bank), *over_present(result)]:
                # a warning: on stderr, and the exit code stays 0
                place = f"{problem.place}: {problem.text(lang)}"
                _say(message("warning_line", lang, file=path, text=place), sys.stderr)
            if result.questionnaire.hash != content_hash(bank):
                # a warning, not a failure: on stderr, so stdout keeps one ok line per file
                same = result.questionnaire.version == bank.version
                _say(
                    message(
                        "bank_content_changed" if same else "hash_differs",
                        lang,
                        file=path,
                        id=bank.id,
                        found=result.questionnaire.version,
                        expected=bank.version,
                    ),
                    sys.stderr,
                )
        else:
            _say(
                message(
                    "ok_bank",
                    lang,
                    file=path,
                    id=loaded.id,
                    version=loaded.version,
                    themes=message("n_themes", lang, count=len(loaded.themes)),
                    questions=message("n_questions", lang, count=len(loaded.questions())),
                )
            )
            from woest_tui.core.compare.changelog import changelog_lines

            for line in changelog_lines(loaded, lang):
                _say(line)
    return 1 if failed else 0


def _say(text: str, stream: TextIO | None = None) -> None:
    print_line(text, stream)


def _report(error: WoestError, lang: Lang) -> None:
    for line in error.lines(lang):
        print(f"woest: {line}", file=sys.stderr)
