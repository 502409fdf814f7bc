"""Every user-facing string of the domain and the CLI, in Dutch and English."""

from __future__ import annotations

import os
from typing import Final, Literal

from woest_tui.i18n.messages.check import CHECK_MESSAGES
from woest_tui.i18n.messages.cli import CLI_MESSAGES
from woest_tui.i18n.messages.compare import COMPARE_MESSAGES
from woest_tui.i18n.messages.cycle import CYCLE_MESSAGES
from woest_tui.i18n.messages.live import LIVE_MESSAGES
from woest_tui.i18n.messages.report import REPORT_MESSAGES
from woest_tui.i18n.messages.room import ROOM_MESSAGES
from woest_tui.i18n.messages.tui import TUI_MESSAGES
from woest_tui.i18n.messages.validation import VALIDATION_MESSAGES

#: A language of woest's texts and of a questionnaire: Dutch first, English available.
Lang = Literal["nl", "en"]
#: Every language, Dutch first.
LANGS: tuple[Lang, ...] = ("nl", "en")

DEFAULT_LANG: Final[Lang] = "nl"

#: key -> (Dutch, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- files ------------------------------------------------------------------------
    "file_missing": ("bestand bestaat niet", "file does not exist"),
    "file_is_dir": ("dit is een map, geen bestand", "this is a folder, not a file"),
    "file_unreadable": ("kan het bestand niet lezen ({reason})", "cannot read the file ({reason})"),
    "file_not_regular": (
        "dit is geen gewoon bestand (maar een pipe, apparaat of socket)",
        "this is not a regular file (but a pipe, a device or a socket)",
    ),
    "file_empty": ("het bestand is leeg", "the file is empty"),
    "file_too_large": (
        "het bestand is te groot ({size} MB; hoogstens {limit} MB)",
        "the file is too large ({size} MB; at most {limit} MB)",
    ),
    "file_binary": (
        "dit is geen tekstbestand (het bevat binaire gegevens)",
        "this is not a text file (it holds binary data)",
    ),
    "file_not_utf8": (
        "het bestand is geen UTF-8 (onleesbaar teken op regel {line})",
        "the file is not UTF-8 (unreadable byte on line {line})",
    ),
    "file_bom": (
        "het bestand begint met een BOM-teken; sla het op als UTF-8 zonder BOM",
        "the file starts with a byte order mark; save it as UTF-8 without BOM",
    ),
    "file_not_toml": ("geen geldige TOML: {reason}", "not valid TOML: {reason}"),
    "file_lone_cr": (
        "losse CR-regeleinden (oude Mac-stijl); sla het bestand op met gewone regeleinden",
        "lone CR line ends (old Mac style); save the file with ordinary line ends",
    ),
    "file_key_too_deep": (
        "een sleutel of tabelnaam heeft meer dan {limit} delen",
        "a key or table name has more than {limit} parts",
    ),
    "file_not_toml_words": ("geen geldige TOML: {nl}", "not valid TOML: {en}"),
    "pydantic_other": ("{detail}", "{detail}"),
    "file_too_deep": (
        "de TOML is te diep genest om te lezen",
        "the TOML is nested too deeply to read",
    ),
    "not_a_result": (
        "dit is een vragenlijst, geen resultaatbestand",
        "this is a question bank, not a result file",
    ),
    "not_a_bank": (
        "dit is een resultaatbestand, geen vragenlijst",
        "this is a result file, not a question bank",
    ),
    "file_kind_unknown": (
        "geen vragenlijst en geen resultaat (verwacht [[themes]] of [session])",
        "neither a question bank nor a result (expected [[themes]] or [session])",
    ),
    "write_failed": (
        "kan niet opslaan ({reason}); er is niets overschreven",
        "cannot save ({reason}); nothing was overwritten",
    ),
    "session_in_use": (
        "deze sessie is al open in een andere woest (proces {pid} op {host}); sluit die eerst"
        " af, of ga daar verder",
        "this session is already open in another woest (process {pid} on {host}); quit that"
        " one first, or go on there",
    ),
    "file_changed": (
        "het bestand is buiten woest gewijzigd sinds woest het opsloeg (met de hand, een"
        " git pull of een andere woest); woest slaat er niet meer in op tot je kiest wat er"
        " moet gebeuren",
        "the file was changed outside woest since woest saved it (by hand, a git pull or"
        " another woest); woest does not save to it until you choose what to do",
    ),
    "result_too_large": (
        "dan wordt het bestand {size} MB, meer dan woest kan lezen ({limit} MB); maak de"
        " tekst korter. Er is niets veranderd",
        "the file would then be {size} MB, more than woest can read ({limit} MB); make the"
        " text shorter. Nothing was changed",
    ),
    "write_not_regular": (
        "is geen gewoon bestand (maar een apparaat, pipe of socket); woest schrijft er niet"
        " overheen, ook niet met --force",
        "is not a regular file (but a device, a pipe or a socket); woest does not write over"
        " it, not even with --force",
    ),
    "write_symlink_loop": (
        "is een symbolische link die in een kring naar zichzelf wijst; kies een andere naam",
        "is a symbolic link that points back to itself in a loop; choose another name",
    ),
    "write_symlink_foreign": (
        "is een symbolische link van iemand anders; woest schrijft er niet doorheen, ook niet"
        " met --force (kies een andere naam)",
        "is a symbolic link owned by someone else; woest does not write through it, not even"
        " with --force (choose another name)",
    ),
    "write_symlink_dangling": (
        "is een symbolische link naar iets dat niet bestaat; woest maakt daar geen bestand aan,"
        " ook niet met --force (kies een andere naam)",
        "is a symbolic link to something that does not exist; woest does not create a file"
        " there, not even with --force (choose another name)",
    ),
    "write_symlink_folder": (
        "is een symbolische link naar een map die niet van jou is ({folder}); woest schrijft er"
        " niet doorheen, ook niet met --force",
        "is a symbolic link into a folder you do not own ({folder}); woest does not write"
        " through it, not even with --force",
    ),
    "merge_too_many": (
        "{found} bestanden; woest voegt er hoogstens {limit} samen",
        "{found} files; woest merges at most {limit}",
    ),
    "merge_too_large": (
        "het samengevoegde resultaat wordt {size} MB, meer dan woest kan lezen ({limit} MB);"
        " voeg minder bestanden samen",
        "the merged result would be {size} MB, more than woest can read ({limit} MB);"
        " merge fewer files",
    ),
    "output_is_input": (
        "is ook een van de bestanden waaruit het gemaakt wordt ({first}); kies een andere naam voor -o",
        "is also one of the files it is made from ({first}); choose another name for -o",
    ),
    "merge_output_is_input": (
        "is ook een van de bestanden om samen te voegen ({first}); kies een andere naam voor -o",
        "is also one of the files to merge ({first}); choose another name for -o",
    ),
    "exists_no_force": (
        "bestaat al; kies een andere naam of gebruik --force",
        "already exists; choose another name or use --force",
    ),
    "exists_finished": (
        "bevat een afgeronde sessie van een ander team of een andere vragenlijst;"
        " gebruik --force om te overschrijven",
        "holds a finished session of another team or questionnaire; use --force to overwrite it",
    ),
}

MESSAGES.update(VALIDATION_MESSAGES)
MESSAGES.update(CHECK_MESSAGES)
MESSAGES.update(CLI_MESSAGES)
MESSAGES.update(TUI_MESSAGES)
MESSAGES.update(REPORT_MESSAGES)
MESSAGES.update(ROOM_MESSAGES)
MESSAGES.update(COMPARE_MESSAGES)
MESSAGES.update(LIVE_MESSAGES)
MESSAGES.update(CYCLE_MESSAGES)


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

    Args:
        key: a key of MESSAGES.
        lang: "nl" or "en".
        **params: values for the placeholders.

    Returns:
        The text; for an unknown key the key itself, so a gap shows instead of crashing.
        With a `count` of 1 (without a count: a `total` of 1) it takes the key's singular
        form, `<key>_one`, where the table has one.
    """
    if params.get("count", params.get("total")) == 1:
        # a singular form where the table has one ("1 open vraag", not "1 open vragen")
        key = key + "_one" if key + "_one" in MESSAGES else key
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


t = message
