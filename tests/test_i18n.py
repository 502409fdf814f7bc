"""The catalogues: every key in both languages with the same placeholders, plural forms by
ngettext, compiled .mo files that match their .po, and a loud gap for an unknown key."""

from __future__ import annotations

import io
import string
import subprocess
import sys
import warnings
import zipfile
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from woest_tui.i18n import (
    COUNTS,
    DOMAIN,
    LANGS,
    Lang,
    MissingMessageWarning,
    argparse_words,
    known,
    message,
)
from woest_tui.i18n import (
    LOCALE_DIR as LOCALE_FOLDER,
)

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = Path(LOCALE_FOLDER)


#: Every compiled catalogue: woest's texts per language, argparse's words in Dutch.
COMPILED: list[tuple[Lang, str]] = [("nl", DOMAIN), ("en", DOMAIN), ("nl", "argparse")]


def _file(lang: Lang, suffix: str, domain: str = DOMAIN) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.{suffix}"


@cache
def catalogue(lang: Lang, domain: str = DOMAIN) -> Catalog:
    """The .po file of `lang`, as Babel reads it."""
    with _file(lang, "po", domain).open("rb") as file:
        return read_po(file, locale=lang, domain=domain)


def entries(lang: Lang) -> dict[str, Message]:
    """Every message of `lang` by its key (the msgid, or the singular msgid of a plural)."""
    return {str(m.id[0] if m.pluralizable else m.id): m for m in catalogue(lang) if m.id}


def forms(entry: Message) -> tuple[str, ...]:
    """The texts of an entry: one, or the singular and the plural."""
    texts = entry.string
    return (texts,) if isinstance(texts, str) else tuple(texts or ())


def _fields(template: str) -> set[str]:
    """The placeholders; a value given in each language (`{known}` and `{known_en}`, `{nl}`
    and `{en}`) counts as one."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {"words" if n in ("nl", "en") else n.removesuffix("_en") for n in names}


KEYS = sorted(entries("nl"))
PLURALS = sorted(key for key, entry in entries("nl").items() if entry.pluralizable)


def test_both_catalogues_hold_the_same_keys() -> None:
    dutch, english = entries("nl"), entries("en")
    assert sorted(set(dutch) - set(english)) == [], "keys only in nl.po"
    assert sorted(set(english) - set(dutch)) == [], "keys only in en.po"
    assert [k for k in dutch if dutch[k].pluralizable != english[k].pluralizable] == []


@pytest.mark.parametrize("lang", LANGS)
def test_a_catalogue_is_clean(lang: Lang) -> None:
    """One language each, Dutch and English plural rules, nothing fuzzy, obsolete or doubled."""
    po = catalogue(lang)
    assert str(po.locale) == lang
    assert po.plural_forms == "nplurals=2; plural=(n != 1);"
    assert [m.id for m in po if m.id and m.fuzzy] == []
    assert list(po.obsolete) == []
    ids = [m.id for m in po if m.id]
    assert len(ids) == len(set(ids)) == len(entries(lang))
    # a plural's msgid_plural repeats its key: the key is the singular msgid
    assert [m.id for m in po if m.pluralizable and m.id[0] != m.id[1]] == []


@pytest.mark.parametrize("key", KEYS)
def test_both_languages_take_the_same_placeholders(key: str) -> None:
    dutch, english = forms(entries("nl")[key]), forms(entries("en")[key])
    assert len(dutch) == len(english)
    for nl_text, en_text in zip(dutch, english, strict=True):
        assert nl_text.strip() and en_text.strip()
        assert _fields(nl_text) == _fields(en_text)


@pytest.mark.parametrize("key", PLURALS)
def test_a_plural_message_counts_a_placeholder(key: str) -> None:
    """ngettext picks the form by `count` (else `total`): the plural text must show it."""
    for lang in LANGS:
        plural = forms(entries(lang)[key])[1]
        assert _fields(plural) & set(COUNTS), f"{key} ({lang}) has no {{count}} or {{total}}"


@pytest.mark.parametrize(("lang", "domain"), COMPILED)
def test_the_committed_mo_is_the_compiled_po(lang: Lang, domain: str) -> None:
    """woest reads the .mo: it must be what `make catalogues` makes of today's .po."""
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(lang, domain))
    mo = _file(lang, "mo", domain)
    assert mo.read_bytes() == compiled.getvalue(), (
        f"{mo.relative_to(ROOT)} is stale: run `make catalogues` and commit it"
    )


def test_every_catalogue_is_compiled() -> None:
    found = sorted(p.relative_to(LOCALE_DIR) for p in LOCALE_DIR.rglob("*.po"))
    assert found == sorted(_file(lang, "po", d).relative_to(LOCALE_DIR) for lang, d in COMPILED)


def test_argparse_speaks_dutch_from_its_catalogue() -> None:
    words = argparse_words("nl")
    assert words.gettext("usage: ") == "gebruik: "
    assert words.ngettext("expected %s argument", "expected %s arguments", 1) == (
        "verwacht %s waarde"
    )
    assert words.ngettext("expected %s argument", "expected %s arguments", 2) == (
        "verwacht %s waarden"
    )
    assert words.gettext("a text argparse may add later") == "a text argparse may add later"
    assert argparse_words("en").gettext("usage: ") == "usage: "


@pytest.mark.parametrize("lang", LANGS)
def test_message_gives_the_text_of_the_po(lang: Lang) -> None:
    """The standard library reads back exactly what the .po says, every form of every key."""
    for key, entry in entries(lang).items():
        names = {n for text in forms(entry) for _, n, _, _ in string.Formatter().parse(text) if n}
        params: dict[str, object] = {name: f"<{name}>" for name in names}
        if entry.pluralizable:
            counted = next(name for name in COUNTS if name in names)
            for number, text in zip((1, 7), forms(entry), strict=True):
                params[counted] = number
                assert message(key, lang, **params) == text.format(**params), key
        else:
            assert message(key, lang, **params) == forms(entry)[0].format(**params), key


VOTES = {"total": 2, "mean": "4", "spread": "0", "min": 1, "max": 5}
PLAN = {"count": 1, "time": "5 min", "mode": "m", "per": "5"}
NUMBERS = {"count": 1, "mean": "4", "low": "4", "high": "4"}


@pytest.mark.parametrize(
    ("key", "params", "dutch", "english"),
    [
        ("review_open", {"count": 1}, "Nog 1 open vraag.", "1 question still open."),
        ("review_open", {"count": 2}, "Nog 2 open vragen.", "2 questions still open."),
        ("review_open", {"count": 0}, "Nog 0 open vragen.", "0 questions still open."),
        ("theme_count", {"count": 1}, "1 vraag ·", "1 question ·"),
        ("more_problems", {"count": 1}, "en 1 ander probleem", "and 1 more problem"),
        ("votes_stats", {"total": 1, "mean": "4", "spread": "0"}, "1 stem ·", "1 vote ·"),
        ("votes_stats", VOTES, "2 stemmen ·", "2 votes ·"),
        ("live_joined", {"count": 1}, "1 telefoon doet mee", "1 phone has joined"),
        ("finish_open_confirm", {"count": 1, "total": 10}, "Nog 1 van de 10 vragen staat", "1 of"),
        ("finish_open_confirm", {"count": 3, "total": 1}, "Nog 3 van de 1 vragen staan", "3 of"),
        # these said "1 mensen", "1 vragen", "1 antwoorden" before they were plural entries
        (
            "rep_mode_live",
            {"count": 1},
            "live, op telefoons (1 persoon)",
            "live, on phones (1 person)",
        ),
        ("state_live", {"count": 1}, " (live, 1 persoon)", " (live, 1 person)"),
        ("state_live", {"count": 4}, " (live, 4 mensen)", " (live, 4 people)"),
        (
            "plan_estimate",
            PLAN,
            "Geschat: 5 min voor 1 vraag in m (5 min per vraag,",
            "Estimate: 5 min for 1 question in m (5 min per question,",
        ),
        (
            "plan_estimate_guess",
            PLAN,
            "Geschat: 5 min voor 1 vraag in m (5 min per vraag:",
            "Estimate: 5 min for 1 question in m (5 min per question:",
        ),
        (
            "plan_quick",
            {"count": 1, "time": "5 min"},
            "Weinig tijd? De quickscan heeft 1 vraag: 5 min.",
            "Short of time? The quick scan has 1 question: 5 min.",
        ),
        (
            "rep_progress_value",
            {"answered": 0, "total": 1, "percent": 0},
            "0 van 1 vraag beantwoord (0%)",
            "0 of 1 question answered (0%)",
        ),
        (
            "rep_progress_value",
            {"answered": 1, "total": 2, "percent": 50},
            "1 van 2 vragen beantwoord (50%)",
            "1 of 2 questions answered (50%)",
        ),
        (
            "live_number_stats",
            NUMBERS,
            "1 antwoord · gemiddeld 4 · van 4 tot 4",
            "1 answer · mean 4 · from 4 to 4",
        ),
        (
            "live_texts",
            {"count": 1},
            "1 antwoord, in willekeurige volgorde:",
            "1 answer, in random order:",
        ),
    ],
)
def test_one_is_singular(key: str, params: dict[str, object], dutch: str, english: str) -> None:
    assert message(key, "nl", **params).startswith(dutch)
    assert message(key, "en", **params).startswith(english)


def test_a_count_that_is_no_number_reads_as_many() -> None:
    assert message("live_joined", "en", count="several") == "several phones have joined"


def test_an_unknown_key_warns_and_shows_itself() -> None:
    """A mistyped key is an error under the tests; a user sees the key, never a crash."""
    with pytest.warns(MissingMessageWarning, match="'no_such_key' \\(en\\)"):
        assert message("no_such_key", "en", count=2) == "no_such_key"
    with warnings.catch_warnings():
        warnings.simplefilter("error", MissingMessageWarning)
        with pytest.raises(MissingMessageWarning):
            message("no_such_key", "nl")


def test_known_says_which_keys_have_a_text() -> None:
    assert known("file_missing") and known("review_open") and known("missing")
    assert not known("no_such_key") and not known("")


def test_a_missing_placeholder_leaves_the_text_as_it_is() -> None:
    assert message("file_unreadable", "nl") == "kan het bestand niet lezen ({reason})"


def test_woest_reads_its_catalogues_without_babel() -> None:
    """Babel compiles the catalogues at development time; woest itself needs only Python."""
    code = (
        "import sys, woest_tui.i18n as i;"
        "print(i.message('more_problems', 'nl', count=1), i.message('more_problems', 'en', count=3));"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.splitlines() == ["en 1 ander probleem and 3 more problems", "[]"]


PIP_WHEEL = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q"]


@pytest.mark.slow
def test_the_wheel_carries_the_compiled_catalogues(tmp_path: Path) -> None:
    built = subprocess.run(
        [*PIP_WHEEL, "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    unpacked = tmp_path / "site"
    with zipfile.ZipFile(next(tmp_path.glob("woest-*.whl"))) as archive:
        names = archive.namelist()
        archive.extractall(unpacked)
    for lang in LANGS:
        assert f"woest_tui/i18n/locale/{lang}/LC_MESSAGES/woest.mo" in names
    code = "from woest_tui.i18n import message; print(message('file_missing', 'en'))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin", "PYTHONSAFEPATH": "1"},
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "file does not exist"
