"""Messages: both languages for every key, the same placeholders, singular forms for one."""

from __future__ import annotations

import string

import pytest

from woest_tui.i18n import MESSAGES, message


def _fields(template: str) -> set[str]:
    """The placeholders; a value given in each language (`{known}` and `{known_en}`, `{nl}`
    and `{en}`) counts as one."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {"words" if n in ("nl", "en") else n.removesuffix("_en") for n in names}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_both_languages_take_the_same_placeholders(key: str) -> None:
    dutch, english = MESSAGES[key]
    assert dutch.strip() and english.strip()
    assert _fields(dutch) == _fields(english)


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if k.endswith("_one")))
def test_a_singular_form_belongs_to_a_plural_one(key: str) -> None:
    assert key.removesuffix("_one") in MESSAGES


@pytest.mark.parametrize(
    ("key", "params", "dutch", "english"),
    [
        ("review_open", {"count": 1}, "Nog 1 open vraag.", "1 question still open."),
        ("review_open", {"count": 2}, "Nog 2 open vragen.", "2 questions still open."),
        ("theme_count", {"count": 1}, "1 vraag ·", "1 question ·"),
        ("more_problems", {"count": 1}, "en 1 ander probleem", "and 1 more problem"),
        ("votes_stats", {"total": 1, "mean": "4", "spread": "0"}, "1 stem ·", "1 vote ·"),
        ("finish_open_confirm", {"count": 1, "total": 10}, "Nog 1 van de 10 vragen staat", "1 of"),
        ("finish_open_confirm", {"count": 3, "total": 1}, "Nog 3 van de 1 vragen staan", "3 of"),
    ],
)
def test_one_is_singular(key: str, params: dict[str, object], dutch: str, english: str) -> None:
    assert message(key, "nl", **params).startswith(dutch)
    assert message(key, "en", **params).startswith(english)
