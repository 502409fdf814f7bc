"""Every key the code uses has a text in every language, and every text is used.

The code is read statically (tests/i18n_usage.py): a mistyped key fails here, naming the key
and file:line, instead of showing itself on a user's screen.
"""

from __future__ import annotations

import textwrap
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
from pydantic_core.core_schema import ErrorType

from tests.i18n_usage import Usage, read_usage
from tests.test_i18n import entries
from woest_tui.core.compare.changelog import KINDS
from woest_tui.core.compare.rows import Change, Order
from woest_tui.core.model.common import Mode
from woest_tui.core.model.cycle import FollowUpStatus
from woest_tui.core.scoring.records import Status
from woest_tui.i18n import LANGS

#: Keys the code builds from a value, f"prefix{value}suffix": every value the value can take.
FAMILIES: dict[tuple[str, str], tuple[str, ...]] = {
    # a session's mode, and the two a result can show besides (a merged file, a live room)
    ("mode_", ""): (*get_args(Mode), "live"),
    ("cmp_mode_", ""): (*get_args(Mode), "live", "merged"),
    ("rep_mode_", ""): (*get_args(Mode), "live", "merged"),
    # last time's actions: a status, or none yet ("open")
    ("follow_status_", ""): (*get_args(FollowUpStatus), "open"),
    ("follow_explain_", ""): get_args(FollowUpStatus),
    ("rep_status_", ""): (*get_args(Status), "none"),
    ("cmp_change_", ""): get_args(Change),
    ("cmp_kind_", ""): ("theme", "question"),
    ("cmp_order_", ""): get_args(Order),
    ("cmp_moved_", ""): get_args(Order),
    ("cmp_moved_none_", ""): get_args(Order),
    ("cmp_appeared_", ""): get_args(Order),
    ("cmp_disappeared_", ""): get_args(Order),
    ("changelog_", ""): KINDS,
}

#: Places that pass a key this reading cannot follow, each checked another way.
UNFOLLOWED: dict[tuple[str, str], str] = {
    ("woest_tui/core/errors.py", "item['type']"): (
        "pydantic's error type is the key; errors.py asks known() first and says"
        " pydantic_other for a type without a text"
    ),
    ("woest_tui/core/check/bank.py", "error.type"): (
        "a PydanticCustomError made by invalid(key, ...) in core/model, whose type is the key;"
        " the key is checked where invalid() is called"
    ),
    ("woest_tui/core/check/partial.py", "error.type"): "as core/check/bank.py",
    ("woest_tui/tui/screens/compare.py", "error"): (
        "a caught WoestError kept in self.problem; show_problem shows it by its lines(),"
        " never as a key (the isinstance test before the call)"
    ),
}

#: Keys no code names: pydantic reports them as its error types (see core/errors.py).
PYDANTIC_TYPES = frozenset(get_args(ErrorType))


@cache
def usage() -> Usage:
    return read_usage()


def _catalogue_keys() -> set[str]:
    return set(entries("nl")) | set(entries("en"))


def test_every_key_the_code_uses_is_in_every_language() -> None:
    missing = [
        f"{place}: {key!r} has no text in {lang}/LC_MESSAGES/woest.po"
        for key, places in sorted(usage().keys.items())
        for lang in LANGS
        if key not in entries(lang)
        for place in places
    ]
    assert missing == []


def test_every_family_of_keys_is_known() -> None:
    """A key built from a value (f"cmp_mode_{mode}") needs its values listed in FAMILIES."""
    unknown = [
        f"{place}: keys built as {prefix!r} + value + {suffix!r}: list the values in FAMILIES"
        for (prefix, suffix), places in sorted(usage().families.items())
        if (prefix, suffix) not in FAMILIES
        for place in places
    ]
    assert unknown == []


@pytest.mark.parametrize(("prefix", "suffix"), sorted(FAMILIES))
def test_every_value_of_a_family_has_a_text(prefix: str, suffix: str) -> None:
    keys = [f"{prefix}{value}{suffix}" for value in FAMILIES[prefix, suffix]]
    assert [(k, lang) for k in keys for lang in LANGS if k not in entries(lang)] == []
    assert (prefix, suffix) in usage().families, "a family no code builds any more"


def test_every_key_passed_is_followed_back_to_its_text() -> None:
    """A new way of passing keys must be followed by tests/i18n_usage.py or listed here."""
    seen = {(str(place).split(":")[0], text) for place, text in usage().unresolved}
    assert sorted(seen - set(UNFOLLOWED)) == []
    assert sorted(set(UNFOLLOWED) - seen) == [], "listed but no longer in the code"


def test_every_text_in_a_catalogue_is_used() -> None:
    built = {f"{p}{value}{s}" for (p, s), values in FAMILIES.items() for value in values}
    unused = _catalogue_keys() - usage().constants - built - PYDANTIC_TYPES
    assert sorted(unused) == [], "keys no code uses: remove them from both .po files"


def test_a_mistyped_key_is_found_with_its_place(tmp_path: Path) -> None:
    """The reading itself, on a small package that passes keys the ways woest does."""
    package = tmp_path / "woest_tui"
    package.mkdir()
    (package / "rules.py").write_text(
        'def odd(x):\n    return "number_too_lage" if x else None\n', encoding="utf-8"
    )
    (package / "screen.py").write_text(
        textwrap.dedent(
            """
            from woest_tui.i18n import message
            from woest_tui.rules import odd

            FIELDS = {"session.team": ("team", "start_tem")}

            def fail(path, key, **params):
                return Problem(key, "", params)

            class Screen:
                def t(self, key, **params):
                    return message(key, self.lang, **params)

                def label(self, key):
                    return Static(self.t(key))

                def refuse(self, key, field):
                    self.problem = key

                def show(self, done, place):
                    key = "file_mising" if done else "file_empty"
                    for name in ("yes", "maybe_not"):
                        message(name, self.lang)
                    message(f"cmp_mode_{self.mode}", self.lang)
                    self.label("review_opne")
                    raise fail(None, "merge_to_few")
                    self.t(key)
                    field, label = FIELDS.get(place, ("team", "start_team"))
                    message(label, self.lang)
                    pair = ("priority_need_acton", "action")
                    self.refuse(*pair)
                    self.t(self.problem)
                    Problem(odd(3), "")
            """
        ),
        encoding="utf-8",
    )
    found = read_usage(package)
    assert {k: sorted({str(p) for p in v}) for k, v in found.keys.items()} == {
        "file_mising": ["woest_tui/screen.py:21"],
        "file_empty": ["woest_tui/screen.py:21"],
        "yes": ["woest_tui/screen.py:22"],
        "maybe_not": ["woest_tui/screen.py:22"],
        "review_opne": ["woest_tui/screen.py:25"],
        "merge_to_few": ["woest_tui/screen.py:26"],
        "start_tem": ["woest_tui/screen.py:5"],
        "start_team": ["woest_tui/screen.py:28"],
        "priority_need_acton": ["woest_tui/screen.py:30"],
        "number_too_lage": ["woest_tui/rules.py:2"],
    }
    assert list(found.families) == [("cmp_mode_", "")]
    assert found.unresolved == []
