"""`woest merge FILE... -o TEAM.toml`: individual answer files into one team result."""

from __future__ import annotations

import argparse

from woest_tui.cli.commands.output import check_target, print_line
from woest_tui.core.check.result import check_result
from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files.atomic import write_atomic
from woest_tui.core.files.bank import load_given
from woest_tui.core.files.storage import MAX_BYTES, dump_result
from woest_tui.core.files.tomlfile import megabytes
from woest_tui.core.merge.results import merge_results, read_individuals, refuse_output_among
from woest_tui.i18n import Lang, message


def merge_command(args: argparse.Namespace, lang: Lang) -> int:
    """Merge the files, write the team result atomically and say what was merged.

    Args:
        args: parsed arguments (files, output, team, questions, force).
        lang: "nl" or "en".

    Returns:
        0 when the merged result was written.

    Raises:
        WoestError: a refused input, an output that is one of the inputs, is not a regular
            file or exists without --force, or a merged result too large to read back.
    """
    if args.team is not None and not args.team.strip():
        raise WoestError(None, [Problem("string_too_short", "--team")])
    # refuse one of the inputs, or an existing output, before reading thousands of files
    refuse_output_among(args.output, args.files)
    check_target(args.output, args.force)
    load_given(args.questions)  # every bank given must load, also one that is not needed
    items, bank = read_individuals(args.files, args.questions)
    team = None if args.team is None else args.team.strip()
    merged = merge_results(items, bank, team=team)
    problems = check_result(merged, bank)
    if problems:  # a file woest writes must pass `woest validate`
        raise WoestError(args.output, problems)
    text = dump_result(merged)
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:  # a file woest writes must be one it can read back
        params: dict[str, object] = {"size": megabytes(size), "limit": megabytes(MAX_BYTES)}
        raise WoestError(args.output, [Problem("merge_too_large", "", params)])
    check_target(args.output, args.force)  # it may have appeared while the files were read
    write_atomic(args.output, text)
    roles = ", ".join(f"{role} {count}" for role, count in merged.session.roles.items())
    done = message(
        "merge_done",
        lang,
        count=len(items),
        roles=roles,
        team=merged.session.team,
        file=args.output,
    )
    print_line(done)  # the team name and the file name may hold any text
    return 0
