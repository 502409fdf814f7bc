"""Find, load and validate question banks; the content hash results refer to."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from woest_tui.core.check.bank import changelog_fits, duplicate_ids
from woest_tui.core.errors import Problem, WoestError, problems_from, with_lines
from woest_tui.core.files.storage import read_toml
from woest_tui.core.model import LANGS, BankRef, Questionnaire

DEFAULT_BANK = "woest"
#: The folder beside the bundled banks that keeps their earlier versions.
EARLIER = "earlier"


def bundled_dir() -> Path:
    """The folder with the bundled banks: inside the installed package, or in a checkout.

    Returns:
        The folder (`woest_tui/questions` in a wheel, `questions/` beside the package in a
        source checkout or an editable install).
    """
    packaged = Path(str(resources.files("woest_tui"))) / "questions"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[3] / "questions"


def bundled_banks() -> list[Path]:
    """The bundled bank files in their current versions, the default one first.

    Returns:
        Their paths.
    """
    files = sorted(bundled_dir().glob("*.toml"))
    return sorted(files, key=lambda p: p.stem != DEFAULT_BANK)


def earlier_banks() -> list[Path]:
    """The earlier versions of the bundled banks (`questions/earlier/ID-VERSION.toml`).

    They are never offered for a new session; they are there so that a result answered
    with an earlier version is checked, summarised and compared against its own questions.

    Returns:
        Their paths, by name.
    """
    return sorted((bundled_dir() / EARLIER).glob("*.toml"))


def questionnaire_from(
    data: dict[str, Any], path: Path | str | None, source: str | None = None
) -> Questionnaire:
    """Validate a parsed document as a Questionnaire.

    Args:
        data: the parsed TOML.
        path: the file, for messages.
        source: the file's text, for line numbers.

    Returns:
        The questionnaire.

    Raises:
        WoestError: with a problem per invalid place.
    """
    language = data.get("language") if data.get("language") in LANGS else "nl"
    try:
        return Questionnaire.model_validate(data, context={"language": language})
    except ValidationError as exc:
        problems = problems_from(exc)
        # the bank's own rules wait for valid fields in pydantic: said here, all at once
        known = {problem.place for problem in problems}
        problems += [p for p in duplicate_ids(data) + changelog_fits(data) if p.place not in known]
        raise WoestError(path, with_lines(problems, source)) from None


def _parse(path: Path) -> Questionnaire:
    data, text = read_toml(path)
    if "themes" not in data and ("session" in data or "answers" in data):
        raise WoestError(path, [Problem("not_a_bank")])
    return questionnaire_from(data, path, text)


@lru_cache(maxsize=16)
def _load_cached(path: str, _mtime: float, _size: int) -> Questionnaire:
    return _parse(Path(path))


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate a bank file; a file read before and unchanged is not parsed again.

    Args:
        path: the file.

    Returns:
        The questionnaire.

    Raises:
        WoestError: the file is broken or invalid, or it is a result file.
    """
    try:
        stat = path.stat()
    except OSError:
        return _parse(path)  # raises the right message for a missing file
    return _load_cached(str(path), stat.st_mtime, stat.st_size)


def load_given(paths: Sequence[Path] | None) -> list[Questionnaire]:
    """Load every bank given with --questions: a broken one is an error, never skipped.

    Args:
        paths: the files given, or None.

    Returns:
        The banks, in the order given.

    Raises:
        WoestError: the first file that is missing, broken or not a bank.
    """
    return [load_questionnaire(path) for path in paths or ()]


def _candidates(extra: Sequence[Path] | None) -> list[tuple[Path, bool]]:
    """The files to look in, each with whether the user gave it (then it must load).

    Given files first, then the current bundled banks, then their earlier versions: a
    lookup by id alone finds the current version.
    """
    bundled = [*bundled_banks(), *earlier_banks()]
    return [*((path, True) for path in extra or ()), *((p, False) for p in bundled)]


def find_bank(bank_id: str, extra: list[Path] | None = None) -> Path | None:
    """The bank file with this id among `extra` files and the bundled banks.

    Args:
        bank_id: the questionnaire id a result names.
        extra: banks given by the user, looked at first.

    Returns:
        Its path, or None.

    Raises:
        WoestError: a file in `extra` is missing, broken or not a bank (a broken bundled
            bank is passed over).
    """
    for path, given in _candidates(extra):
        key = _key_of(path, given)
        if key is not None and key[0] == bank_id:
            return path
    return None


def content_hash(questionnaire: Questionnaire) -> str:
    """sha256 of the bank's content: its validated data as canonical JSON.

    Whitespace, comments, key order and line ends in the file do not change it; any
    change of a text, an id, an option or a threshold does; `roles` and `source` do not.
    The changelog is left out (it tells about versions, it asks nothing), and so is an
    `allow_not_applicable` that is not set: a bank written before that field existed keeps
    the hash its results name.

    Args:
        questionnaire: the bank.

    Returns:
        "sha256:" and 64 hex digits.
    """
    # roles and source say who sits in the room and where the list comes from, not what an
    # answer means: adding them to a bank keeps its results' hash (and so their bank)
    data = questionnaire.model_dump(mode="json", by_alias=True, exclude={"roles", "source"})
    data.pop("changelog", None)
    for theme in data["themes"]:
        for question in theme["questions"]:
            if question.get("allow_not_applicable") is None:
                question.pop("allow_not_applicable", None)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@lru_cache(maxsize=64)
def _bank_key(path: str, _mtime: float, _size: int) -> tuple[str, str, str]:
    """(id, version, hash) of a bank file."""
    bank = load_questionnaire(Path(path))
    return bank.id, bank.version, content_hash(bank)


def _key_of(path: Path, given: bool) -> tuple[str, str, str] | None:
    """(id, version, hash) of a bank file; None for a bundled file that does not load."""
    try:
        stat = path.stat()
    except OSError:
        if given:
            load_questionnaire(path)  # raises the file's own message: missing, unreadable
        return None
    try:
        return _bank_key(str(path), stat.st_mtime, stat.st_size)
    except WoestError:
        if given:
            raise
        return None


def bank_for(ref: BankRef, extra: Sequence[Path] | None = None) -> Path | None:
    """The bank file a result was answered with: same hash, else same version, else same id.

    Args:
        ref: the result's `questionnaire` table.
        extra: bank files given with --questions, looked at before the bundled ones.

    Returns:
        The best matching bank file, or None when no bank has this id.

    Raises:
        WoestError: a file in `extra` is missing, broken or not a bank.
    """
    same_version: Path | None = None
    same_id: Path | None = None
    for path, given in _candidates(extra):
        key = _key_of(path, given)
        if key is None or key[0] != ref.id:
            continue
        if key[2] == ref.hash:
            return path
        if key[1] == ref.version and same_version is None:
            same_version = path
        same_id = same_id or path
    return same_version or same_id
