"""Every user-facing string of woest, one gettext catalogue per language.

The catalogues are `locale/<lang>/LC_MESSAGES/woest.po` (Dutch is the source language),
compiled to the `woest.mo` beside each and read here with the standard library's gettext:
woest needs no package of its own to speak. A msgid is a symbolic key ("file_missing");
the README's developer section says why, and how to add a string.
"""

from __future__ import annotations

import gettext
import os
import warnings
from functools import cache
from typing import Final, Literal

#: A language of woest's texts and of a questionnaire: Dutch first, English available.
Lang = Literal["nl", "en"]
#: Every language, Dutch first.
LANGS: tuple[Lang, ...] = ("nl", "en")

DEFAULT_LANG: Final[Lang] = "nl"

#: The folder of the catalogues, in gettext's layout (`<lang>/LC_MESSAGES/woest.mo`); a str,
#: as pathlib would cost `woest validate` several milliseconds of imports for one join.
LOCALE_DIR: Final = os.path.join(os.path.dirname(__file__), "locale")
#: gettext's name for woest's catalogues.
DOMAIN: Final = "woest"
#: The placeholders that carry the number a plural message counts, in the order tried.
COUNTS: Final = ("count", "total")


class MissingMessageWarning(UserWarning):
    """A message key with no text in a catalogue: a mistyped key or a string not yet added.

    The user then sees the key itself instead of a crash; the tests turn this warning into
    an error (pyproject.toml, `filterwarnings`), so a missing key never reaches a release.
    """


class _Missing(LookupError):
    """A key the catalogue does not hold (raised by `_Gap`, caught in `message`)."""


class _Gap(gettext.NullTranslations):
    """The last fallback of a catalogue: says that a key is missing instead of echoing it."""

    def gettext(self, message: str) -> str:
        raise _Missing(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise _Missing(msgid1)


def _read(lang: Lang, domain: str) -> gettext.GNUTranslations:
    """The compiled catalogue `domain` of `lang` (`<lang>/LC_MESSAGES/<domain>.mo`)."""
    with open(os.path.join(LOCALE_DIR, lang, "LC_MESSAGES", f"{domain}.mo"), "rb") as file:
        return gettext.GNUTranslations(file)


@cache
def catalogue(lang: Lang) -> gettext.GNUTranslations:
    """The texts of woest in `lang`, read once, on first use.

    Args:
        lang: "nl" or "en".

    Returns:
        The translations; a key they lack raises `_Missing` (their fallback is a `_Gap`).
    """
    translations = _read(lang, DOMAIN)
    translations.add_fallback(_Gap())
    return translations


@cache
def argparse_words(lang: Lang) -> gettext.NullTranslations:
    """The own words of argparse (usage, options, its errors) in `lang`, for the command line.

    argparse looks them up through gettext by their English text (its domain "argparse");
    English needs no catalogue, Dutch has `nl/LC_MESSAGES/argparse.po`.

    Args:
        lang: "nl" or "en".

    Returns:
        Translations whose gettext and ngettext give argparse's text in `lang` (a text the
        catalogue lacks stays English).
    """
    return gettext.NullTranslations() if lang == "en" else _read(lang, "argparse")


def _count(params: dict[str, object]) -> int | None:
    """The number a plural message counts: its `count`, else its `total`.

    A value that is no whole number reads as many (the plural), as woest always did; without
    either placeholder there is nothing to count (None).
    """
    for name in COUNTS:
        if name in params:
            value = params[name]
            return value if isinstance(value, int) else 2
    return None


def _template(key: str, lang: Lang, params: dict[str, object]) -> str:
    """The text of `key` in `lang`, in the plural form its count asks for; raises `_Missing`."""
    if not key:
        raise _Missing(key)  # gettext's "" is the catalogue's header, not a text
    translations = catalogue(lang)
    n = _count(params)
    if n is not None:
        try:
            return translations.ngettext(key, key, n)
        except _Missing:
            pass  # not a plural message: its one text below
    return translations.gettext(key)


def known(key: str) -> bool:
    """Whether `key` has a text (the Dutch catalogue, the source, holds every key).

    Args:
        key: a message key, e.g. an error type pydantic reports.

    Returns:
        True when `message(key, ...)` has a text for it.
    """
    try:
        _template(key, DEFAULT_LANG, {})
    except _Missing:
        return False
    return True


def as_lang(text: object) -> Lang | None:
    """`text` as a language of woest, or None when it is none of them.

    Args:
        text: a code from a flag, a cookie, a query or the environment.

    Returns:
        "nl", "en" or None.
    """
    return "nl" if text == "nl" else "en" if text == "en" else None


def current_lang(requested: str | None = None) -> Lang:
    """The language to speak: the one asked for, else $WOEST_LANG, else Dutch.

    Args:
        requested: a language code from a flag or a toggle, or None.

    Returns:
        "nl" or "en".
    """
    return as_lang(requested or os.environ.get("WOEST_LANG")) or DEFAULT_LANG


def message(key: str, lang: Lang = DEFAULT_LANG, **params: object) -> str:
    """The text for `key` in `lang`, with `params` filled in.

    A plural message (msgid_plural in the catalogue) takes the form for its `count`
    placeholder, else its `total` ("1 open vraag", "2 open vragen"), by gettext's ngettext.

    Args:
        key: a msgid of the catalogues.
        lang: "nl" or "en".
        **params: values for the placeholders (str.format names).

    Returns:
        The text. For a key no catalogue holds: the key itself, so the screen shows a gap
        instead of crashing, with a `MissingMessageWarning` (an error under the tests).
    """
    try:
        template = _template(key, lang, params)
    except _Missing:
        warnings.warn(f"no text for message key {key!r} ({lang})", MissingMessageWarning, 2)
        return key
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


t = message
