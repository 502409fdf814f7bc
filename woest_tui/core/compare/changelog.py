"""A bank's changelog read for people and for compare: versions in order, what changed since."""

from __future__ import annotations

import re
from collections.abc import Iterable

from woest_tui.core.model import Questionnaire
from woest_tui.i18n import Lang, message

#: The kinds of change in the order they are told, with their message keys.
KINDS = ("added", "removed", "replaced", "reworded", "moved")


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """A sort key for version texts: numbers as numbers, so 1.10.0 comes after 1.9.0.

    Args:
        version: a bank's version, e.g. "1.1.0" (any text is allowed there).

    Returns:
        The key; parts that are not numbers sort as text after the numbers.
    """
    return tuple(
        (int(part), "") if part.isdigit() else (1 << 62, part)
        for part in re.split(r"[.\-+]", version)
    )


def reworded_since(bank: Questionnaire, question_id: str, versions: Iterable[str]) -> str | None:
    """The oldest of `versions` after which the bank's changelog says a question was reworded.

    A comparison of a result answered with 1.0.0 and one answered with 1.1.0 shows the
    question as "anders gesteld sinds 1.0.0" when the 1.1.0 changelog lists it as reworded.

    Args:
        bank: the newest bank of the comparison (its changelog tells about the older ones).
        question_id: the question.
        versions: the versions the compared results were answered with.

    Returns:
        That version, or None when the question reads the same in all of them.
    """
    changed = [
        change.version
        for change in bank.changelog
        if question_id in change.reworded
        and version_key(change.version) <= version_key(bank.version)
    ]
    older = [
        version
        for version in set(versions)
        if any(version_key(version) < version_key(later) for later in changed)
    ]
    return min(older, key=version_key) if older else None


def replaced_by(bank: Questionnaire, question_id: str) -> str | None:
    """The id that took over from a question whose meaning or scale changed, if any.

    Args:
        bank: the newest bank.
        question_id: an id that bank no longer has.

    Returns:
        The newest successor that the bank still has, or None.
    """
    current: str | None = question_id
    found: str | None = None
    for change in sorted(bank.changelog, key=lambda c: version_key(c.version)):
        if current is not None and current in change.replaced:
            current = change.replaced[current]
            found = current
    return found if found is not None and bank.question(found) is not None else None


def changelog_lines(bank: Questionnaire, lang: Lang) -> list[str]:
    """The changelog as `woest validate` shows it: per version, a line per kind of change.

    Args:
        bank: the bank.
        lang: "nl" or "en".

    Returns:
        The lines, newest version first; a version without ids shows its note's first line.
    """
    lines: list[str] = []
    for change in sorted(bank.changelog, key=lambda c: version_key(c.version), reverse=True):
        ids = change.ids()
        told = False
        for kind in KINDS:
            listed = ids[kind]
            if not listed:
                continue
            if kind == "replaced":
                shown = ", ".join(f"{old} → {new}" for old, new in change.replaced.items())
            else:
                shown = ", ".join(listed)
            key = f"changelog_{kind}"
            lines.append(message(key, lang, version=change.version, ids=shown, count=len(listed)))
            told = True
        if not told and change.note is not None:
            first = change.note.get(lang, bank.language).strip().splitlines()[0]
            lines.append(message("changelog_note", lang, version=change.version, note=first))
    return lines
