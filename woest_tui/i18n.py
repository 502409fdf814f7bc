"""Every user-facing string of the domain and the CLI, in Dutch and English."""

from __future__ import annotations

import os
from typing import Final

from woest_tui.messages_compare import COMPARE_MESSAGES
from woest_tui.messages_report import REPORT_MESSAGES
from woest_tui.messages_tui import TUI_MESSAGES

DEFAULT_LANG: Final = "nl"

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
    # --- our own validation messages ----------------------------------------------------
    "scale_order": ("max moet groter zijn dan min", "max must be greater than min"),
    "scale_too_long": (
        "een schaal heeft hoogstens 11 punten",
        "a scale has at most 11 points",
    ),
    "scale_labels": (
        "verwacht {expected} labels (een per punt), gevonden {found}",
        "expected {expected} labels (one per point), found {found}",
    ),
    "scale_thresholds_pair": (
        "geef strength en development allebei, of geen van beide",
        "give both strength and development, or neither",
    ),
    "scale_thresholds": (
        "moet gelden: min <= development < strength <= max",
        "must hold: min <= development < strength <= max",
    ),
    "scale_thresholds_missing": (
        "de standaardschaal heeft strength en development nodig",
        "the default scale needs strength and development",
    ),
    "options_missing": (
        "een vraag van type {type} heeft options nodig",
        "a question of type {type} needs options",
    ),
    "options_count": (
        "verwacht 2 tot 9 opties, gevonden {found}",
        "expected 2 to 9 options, found {found}",
    ),
    "options_duplicate": ("twee opties hebben hetzelfde id", "two options have the same id"),
    "not_for_type": (
        "{field} hoort niet bij een vraag van type {type}",
        "{field} does not belong to a question of type {type}",
    ),
    "number_bounds": ("min is groter dan max", "min is greater than max"),
    "schema_unknown": (
        "schema {found} bestaat niet; deze versie van woest kent schema {known}",
        "schema {found} does not exist; this version of woest knows schema {known_en}",
    ),
    "schema_newer": (
        "schema {found} is nieuwer dan deze versie van woest (die kent schema {known});"
        " werk woest bij",
        "schema {found} is newer than this version of woest (which knows schema {known_en});"
        " update woest",
    ),
    "text_language_missing": (
        "deze tekst heeft geen versie in de eigen taal van de vragenlijst ({language})",
        "this text has no version in the questionnaire's own language ({language})",
    ),
    "duplicate_id": ("het id '{id}' komt twee keer voor", "the id '{id}' occurs twice"),
    "text_too_long": (
        "tekst is te lang (hoogstens {limit} tekens)",
        "text is too long (at most {limit} characters)",
    ),
    "value_type": (
        "verwacht een getal, true/false, een tekst of een lijst van optie-ids",
        "expected a number, true/false, a text or a list of option ids",
    ),
    "number_not_finite": (
        "verwacht een gewoon getal, geen nan of inf",
        "expected an ordinary number, not nan or inf",
    ),
    "number_too_large": (
        "getal te groot (hoogstens 9223372036854775807)",
        "number too large (at most 9223372036854775807)",
    ),
    "string_blank": (
        "mag niet leeg zijn (alleen spaties telt als leeg)",
        "must not be empty (only spaces counts as empty)",
    ),
    "date_quoted": (
        "schrijf de datum zonder aanhalingstekens: 2026-11-28",
        "write the date without quotes: 2026-11-28",
    ),
    "date_has_time": (
        "verwacht een datum zonder tijd (2026-11-28)",
        "expected a date without a time (2026-11-28)",
    ),
    "moment_quoted": (
        "schrijf het tijdstip zonder aanhalingstekens: 2026-11-28T19:30:00+01:00",
        "write the time without quotes: 2026-11-28T19:30:00+01:00",
    ),
    "moment_is_date": (
        "verwacht een datum met tijd en tijdzone (2026-11-28T19:30:00+01:00)",
        "expected a date with a time and a time zone (2026-11-28T19:30:00+01:00)",
    ),
    "timezone_aware": (
        "de tijdzone ontbreekt; schrijf bijvoorbeeld 2026-11-28T19:30:00+01:00",
        "the time zone is missing; write for example 2026-11-28T19:30:00+01:00",
    ),
    "finished_before_started": (
        "afgerond voordat de sessie begon (finished ligt voor started)",
        "finished before the session started (finished is before started)",
    ),
    "gathered_type": (
        "verwacht een lijst van getallen of teksten",
        "expected a list of numbers or texts",
    ),
    "role_missing": (
        "de modus individual heeft de rol van de invuller nodig",
        "individual mode needs the respondent's role",
    ),
    "role_not_individual": (
        "een rol hoort alleen bij de modus individual",
        "a role belongs to individual mode only",
    ),
    "merged_not_votes": (
        "een samengevoegd resultaat heeft de modus votes",
        "a merged result has mode votes",
    ),
    "merged_needs_schema": (
        "een samengevoegd resultaat heeft schema = 2",
        "a merged result has schema = 2",
    ),
    "schema2_needs_merge": (
        "schema 2 is voor samengevoegde resultaten (session.merged_from ontbreekt)",
        "schema 2 is for merged results (session.merged_from is missing)",
    ),
    "merged_field": (
        "{field} hoort alleen in een samengevoegd resultaat (schema 2)",
        "{field} belongs in a merged result only (schema 2)",
    ),
    "dont_know_and_value": (
        "een antwoord is 'weet niet' of heeft een waarde, niet allebei",
        "an answer is 'don't know' or has a value, not both",
    ),
    "dont_know_and_votes": (
        "een antwoord is 'weet niet' of heeft stemmen, niet allebei",
        "an answer is 'don't know' or has votes, not both",
    ),
    "value_and_votes": (
        "een antwoord heeft een waarde of stemmen, niet allebei",
        "an answer has a value or votes, not both",
    ),
    # --- a result checked against its bank ----------------------------------------------
    "other_bank": (
        "dit resultaat hoort bij vragenlijst '{found}', niet bij '{expected}'",
        "this result belongs to questionnaire '{found}', not to '{expected}'",
    ),
    "bank_not_found": (
        "vragenlijst '{id}' niet gevonden; geef hem mee met --questions",
        "questionnaire '{id}' not found; pass it with --questions",
    ),
    "unknown_question": (
        "vraag '{id}' bestaat niet in vragenlijst {bank} {version}",
        "question '{id}' does not exist in questionnaire {bank} {version}",
    ),
    "unknown_ref": (
        "'{id}' is geen vraag en geen thema van deze vragenlijst",
        "'{id}' is neither a question nor a theme of this questionnaire",
    ),
    "unknown_option": (
        "'{value}' is geen optie van deze vraag (kies uit: {options})",
        "'{value}' is not an option of this question (choose from: {options})",
    ),
    "duplicate_option": ("optie '{value}' staat er twee keer", "option '{value}' is listed twice"),
    "wrong_value_type": (
        "een vraag van type {type} verwacht {expected}",
        "a question of type {type} expects {expected_en}",
    ),
    "out_of_scale": (
        "{value} ligt buiten de schaal {min} tot {max}",
        "{value} is outside the scale {min} to {max}",
    ),
    "below_min": ("{value} is kleiner dan het minimum {min}", "{value} is below the minimum {min}"),
    "above_max": ("{value} is groter dan het maximum {max}", "{value} is above the maximum {max}"),
    "votes_length": (
        "verwacht {expected} aantallen (een per schaalpunt), gevonden {found}",
        "expected {expected} counts (one per scale point), found {found}",
    ),
    "votes_not_scale": (
        "stemmen horen alleen bij schaalvragen",
        "votes belong to scale questions only",
    ),
    "votes_not_votes_mode": (
        "stemmen horen alleen bij de modus votes",
        "votes belong to votes mode only",
    ),
    "dont_know_not_allowed": (
        "bij deze vraag is 'weet niet' niet toegestaan",
        "'don't know' is not allowed for this question",
    ),
    "empty_answer": (
        "antwoord zonder waarde, stemmen of 'weet niet'",
        "answer without a value, votes or 'don't know'",
    ),
    "required_open": (
        "verplichte vraag '{id}' is niet beantwoord in een afgerond resultaat",
        "required question '{id}' is not answered in a finished result",
    ),
    "merged_from_roles": (
        "merged_from is {found}, maar session.roles telt samen {roles} personen",
        "merged_from is {found}, but session.roles adds up to {roles} people",
    ),
    "role_not_present": (
        "rol '{role}' staat niet in session.roles",
        "role '{role}' is not in session.roles",
    ),
    "tally_not_sum": (
        "is {found}, maar by_role telt op tot {expected}",
        "is {found}, but by_role adds up to {expected}",
    ),
    "values_not_sum": (
        "bevat niet precies de antwoorden van by_role samen",
        "does not hold exactly the answers of by_role together",
    ),
    "tally_too_many": (
        "{found} antwoorden, meer dan de {people} personen die meededen",
        "{found} answers, more than the {people} people who took part",
    ),
    "tally_too_many_role": (
        "{found} antwoorden, meer dan de {people} personen met deze rol",
        "{found} answers, more than the {people} people with this role",
    ),
    "count_keys": (
        "onbekende sleutel '{value}' (kies uit: {options})",
        "unknown key '{value}' (choose from: {options})",
    ),
    # --- pydantic's own error types, in words -------------------------------------------
    "missing": ("ontbreekt", "is missing"),
    "extra_forbidden": ("onbekend veld (tikfout?)", "unknown field (typo?)"),
    "string_type": ("verwacht een tekst", "expected a text"),
    "int_type": ("verwacht een geheel getal", "expected a whole number"),
    "float_type": ("verwacht een getal", "expected a number"),
    "bool_type": ("verwacht true of false", "expected true or false"),
    "list_type": ("verwacht een lijst", "expected a list"),
    "tuple_type": ("verwacht een lijst", "expected a list"),
    "dict_type": ("verwacht een tabel", "expected a table"),
    "model_type": ("verwacht een tabel", "expected a table"),
    "model_attributes_type": ("verwacht een tabel", "expected a table"),
    "literal_error": ("kies uit: {expected}", "choose from: {expected}"),
    "string_pattern_mismatch": (
        "alleen kleine letters, cijfers, - en _ (zonder spaties), hoogstens 64 tekens",
        "lowercase letters, digits, - and _ only (no spaces), at most 64 characters",
    ),
    "string_too_short": ("mag niet leeg zijn", "must not be empty"),
    "string_too_long": (
        "te lang (hoogstens {max_length} tekens)",
        "too long (at most {max_length} characters)",
    ),
    "too_short": (
        "te weinig elementen (minstens {min_length})",
        "too few items (at least {min_length})",
    ),
    "too_long": (
        "te veel elementen (hoogstens {max_length})",
        "too many items (at most {max_length})",
    ),
    "greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "greater_than": ("moet groter zijn dan {gt}", "must be greater than {gt}"),
    "hash_pattern": (
        "verwacht 'sha256:' gevolgd door 64 hexadecimale tekens",
        "expected 'sha256:' followed by 64 hexadecimal characters",
    ),
    "date_parsing": ("verwacht een datum (2026-11-28)", "expected a date (2026-11-28)"),
    "date_from_datetime_parsing": (
        "verwacht een datum (2026-11-28)",
        "expected a date (2026-11-28)",
    ),
    "datetime_parsing": (
        "verwacht een tijdstip (2026-11-28T19:30:00+01:00)",
        "expected a date and time (2026-11-28T19:30:00+01:00)",
    ),
    "datetime_from_date_parsing": (
        "verwacht een tijdstip (2026-11-28T19:30:00+01:00)",
        "expected a date and time (2026-11-28T19:30:00+01:00)",
    ),
    "date_type": ("verwacht een datum (2026-11-28)", "expected a date (2026-11-28)"),
    "date_from_datetime_inexact": (
        "verwacht een datum zonder tijd (2026-11-28)",
        "expected a date without a time (2026-11-28)",
    ),
    "datetime_type": (
        "verwacht een tijdstip (2026-11-28T19:30:00+01:00)",
        "expected a date and time (2026-11-28T19:30:00+01:00)",
    ),
    "datetime_naive": (
        "verwacht een tijdstip met tijdzone (2026-11-28T19:30:00+01:00)",
        "expected a date and time with a time zone (2026-11-28T19:30:00+01:00)",
    ),
    "invalid_value": ("ongeldige waarde", "invalid value"),
    # --- CLI ----------------------------------------------------------------------------
    "cli_description": (
        "woest: kijk als team naar probleemgericht werken en de rol van de WOE.",
        "woest: look as a team at problem-oriented work and the role of the WOE.",
    ),
    "cmd_run": (
        "start de vergadering in de terminal (standaard)",
        "start the meeting in the terminal (default)",
    ),
    "cmd_validate": (
        "controleer vragenlijsten en resultaatbestanden",
        "check question banks and result files",
    ),
    "cmd_summary": (
        "toon of exporteer de samenvatting van een resultaat",
        "show or export the summary of a result",
    ),
    "cmd_compare": (
        "vergelijk resultaten: team met team, nu met toen",
        "compare results: team with team, now with then",
    ),
    "cmd_merge": (
        "voeg individuele antwoorden samen tot een teamresultaat",
        "merge individual answers into one team result",
    ),
    "opt_questions_run": (
        "een eigen vragenlijst (.toml) in plaats van de meegeleverde",
        "your own questionnaire (.toml) instead of the bundled one",
    ),
    "opt_team": (
        "de naam van het team; met --out start de sessie meteen",
        "the team's name; with --out the session starts at once",
    ),
    "opt_out": (
        "het resultaatbestand; elk antwoord wordt er meteen in bewaard, opnieuw starten gaat verder",
        "the result file; every answer is saved to it at once, starting again resumes",
    ),
    "opt_mode": (
        "consensus (één antwoord), votes (handen tellen) of individual (ieder alleen)",
        "consensus (one answer), votes (count hands) or individual (each alone)",
    ),
    "opt_role": (
        "je rol bij individual, bijvoorbeeld wijkagent, woe, teamchef",
        "your role in individual mode, e.g. wijkagent, woe, teamchef",
    ),
    "opt_force_run": (
        "vervang een --out met een sessie van een ander team",
        "replace an --out that holds another team's session",
    ),
    "opt_files": (
        "vragenlijsten en resultaatbestanden (woest ziet zelf welke)",
        "question banks and result files (woest tells which)",
    ),
    "opt_results": (
        "twee of meer resultaatbestanden van dezelfde vragenlijst",
        "two or more result files of the same questionnaire",
    ),
    "opt_labels": (
        "een naam per resultaat, in dezelfde volgorde",
        "a name per result, in the same order",
    ),
    "opt_individuals": (
        "individuele antwoordbestanden (modus individual)",
        "individual answer files (mode individual)",
    ),
    "opt_merge_out": ("het teamresultaat dat woest schrijft", "the team result woest writes"),
    "opt_merge_team": (
        "de teamnaam, als de bestanden verschillende namen hebben",
        "the team's name, when the files carry different names",
    ),
    "ok_bank": (
        "ok: {file}: vragenlijst {id} {version}, {themes} thema's, {questions} vragen",
        "ok: {file}: questionnaire {id} {version}, {themes} themes, {questions} questions",
    ),
    "ok_result": (
        "ok: {file}: resultaat van {team}, {date}, {answered} van {total} beantwoord{state}",
        "ok: {file}: result of {team}, {date}, {answered} of {total} answered{state}",
    ),
    "state_unfinished": (" (nog niet afgerond)", " (not finished yet)"),
    "state_merged": (" (samengevoegd uit {count} bestanden)", " (merged from {count} files)"),
    "hash_differs": (
        "let op: {file}: beantwoord met versie {found} van '{id}', gecontroleerd tegen versie {expected}",
        "note: {file}: answered with version {found} of '{id}', checked against version {expected}",
    ),
    "more_problems": ("en {count} andere problemen", "and {count} more problems"),
    "interrupted": ("onderbroken", "interrupted"),
    "unexpected": (
        "onverwachte fout ({error}); er is niets verloren; meld dit met WOEST_DEBUG=1 erbij",
        "unexpected error ({error}); nothing was lost; report it, run with WOEST_DEBUG=1",
    ),
}

MESSAGES.update(TUI_MESSAGES)
MESSAGES.update(REPORT_MESSAGES)
MESSAGES.update(COMPARE_MESSAGES)


def current_lang(requested: str | None = None) -> str:
    """The language to speak: the one asked for, else $WOEST_LANG, else Dutch.

    Args:
        requested: a language code from a flag or a toggle, or None.

    Returns:
        "nl" or "en".
    """
    lang = requested or os.environ.get("WOEST_LANG") or DEFAULT_LANG
    return lang if lang in ("nl", "en") else DEFAULT_LANG


def message(key: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    """The text for `key` in `lang`, with `params` filled in.

    Args:
        key: a key of MESSAGES.
        lang: "nl" or "en".
        **params: values for the placeholders.

    Returns:
        The text; for an unknown key the key itself, so a gap shows instead of crashing.
    """
    pair = MESSAGES.get(key)
    if pair is None:
        return key
    template = pair[1] if lang == "en" else pair[0]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


t = message
