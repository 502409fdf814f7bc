"""Read the individual answer files to merge: each checked, each counted once."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from woest_tui.core.errors import Problem, WoestError
from woest_tui.core.files import atomic
from woest_tui.core.files.bank import bank_for, load_questionnaire
from woest_tui.core.files.documents import fits, kind_of
from woest_tui.core.files.storage import read_toml, result_from
from woest_tui.core.model import MAX_COUNT, Questionnaire, Result


@dataclass(frozen=True)
class Individual:
    """One individual answer file, read and checked."""

    path: Path
    """Where it was read from."""
    result: Result
    """Its content."""


def fail(path: Path | None, key: str, place: str = "", **params: object) -> WoestError:
    """A refusal of the merge with one problem.

    Args:
        path: the file it is about, or None.
        key: the message key.
        place: the place in the file.
        **params: values for the message.

    Returns:
        The error to raise.
    """
    return WoestError(path, [Problem(key, place, params)])


def refuse_mixed(items: Sequence[Individual]) -> None:
    """Refuse a file that is not individual (a live result says why), or of another bank.

    Args:
        items: the files, the first one the reference.

    Raises:
        WoestError: naming the file, its place and the first file.
    """
    first = items[0]
    ref = first.result.questionnaire
    checks = (("id", "merge_other_bank"), ("version", "merge_other_version"))
    for item in items:
        session = item.result.session
        if session.live:
            # a room's tally in groups: its people cannot be told apart again, and adding
            # files by role beside its groups would undo the fewer-than-3 rule
            raise fail(item.path, "merge_live", "session.live")
        if session.mode != "individual" or session.role is None:
            raise fail(item.path, "merge_not_individual", "session.mode", mode=session.mode)
        other = item.result.questionnaire
        for name, key in (*checks, ("hash", "merge_other_hash")):
            found, expected = getattr(other, name), getattr(ref, name)
            if found != expected:
                params = {"id": ref.id, "version": ref.version, "first": first.path}
                raise fail(
                    item.path,
                    key,
                    f"questionnaire.{name}",
                    found=found,
                    expected=expected,
                    **params,
                )


def canonical_digest(result: Result) -> str:
    """sha256 of a result's validated content: layout, comments and key order do not count.

    Args:
        result: a result.

    Returns:
        The hex digest.
    """
    data = result.model_dump(mode="json", by_alias=True)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def refuse_output_among(output: Path, paths: Sequence[Path]) -> None:
    """Refuse to write the merged result over one of the files being merged.

    Args:
        output: the file to write.
        paths: the files to merge.

    Raises:
        WoestError: the output is one of the inputs (see `atomic.refuse_output_among`).
    """
    atomic.refuse_output_among(output, paths, "merge_output_is_input")


def read_individuals(
    paths: Sequence[Path], extra: Sequence[Path] | None = None
) -> tuple[list[Individual], Questionnaire]:
    """Read and check the files to merge, refusing doubles before anything else.

    The bank is looked up once, for the first file; every other file must name the same
    bank id, version and content, and is checked against it (linear in the files).

    Args:
        paths: the files, in the order given.
        extra: bank files given with --questions.

    Returns:
        The checked individual results and their bank.

    Raises:
        WoestError: fewer than two or more than MAX_COUNT files, the same file twice (by
            path, or by content after validation), an invalid file, or a file that does
            not fit (see `merge_results`).
    """
    if len(paths) < 2:
        raise fail(None, "merge_too_few", found=len(paths))
    if len(paths) > MAX_COUNT:
        raise fail(None, "merge_too_many", found=len(paths), limit=MAX_COUNT)
    seen_paths: dict[Path, Path] = {}
    seen_content: dict[str, Path] = {}
    items: list[Individual] = []
    bank: Questionnaire | None = None
    for path in paths:
        resolved = path.resolve()
        if resolved in seen_paths:
            raise fail(path, "merge_same_path", first=seen_paths[resolved])
        seen_paths[resolved] = path
        data, text = read_toml(path)
        if kind_of(data) == "bank":
            raise fail(path, "not_a_result")
        result = result_from(data, path, text)
        # the validated content, so a copy with a comment or other spacing is the same
        digest = canonical_digest(result)
        if digest in seen_content:
            raise fail(path, "merge_same_content", first=seen_content[digest])
        seen_content[digest] = path
        item = Individual(path, result)
        refuse_mixed([items[0], item] if items else [item])
        if bank is None:
            bank_path = bank_for(result.questionnaire, extra)
            if bank_path is None:
                raise fail(path, "bank_not_found", "questionnaire.id", id=result.questionnaire.id)
            bank = load_questionnaire(bank_path)
        fits(result, bank, path, text)
        items.append(item)
    assert bank is not None
    return items, bank
