"""What a bank or result file breaks, in words: our own rules and pydantic's, Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
VALIDATION_MESSAGES: dict[str, tuple[str, str]] = {
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
    "options_duplicate": (
        "de optie '{id}' staat er al, bij {first}",
        "the option '{id}' is there already, at {first}",
    ),
    "not_for_type": (
        "{field} hoort niet bij een vraag van type {type}",
        "{field} does not belong to a question of type {type}",
    ),
    "number_bounds": (
        "min moet kleiner zijn dan max (bij min = max valt er niets te kiezen)",
        "min must be less than max (with min = max there is nothing to choose)",
    ),
    "bank_schema_merged": (
        "schema {found} is een samengevoegd resultaat, geen vragenlijst; een vragenlijst heeft"
        " schema {known}",
        "schema {found} is a merged result, not a question bank; a question bank has schema"
        " {known_en}",
    ),
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
    "duplicate_id_first": (
        "het id '{id}' komt al voor, bij {first}",
        "the id '{id}' occurs before, at {first}",
    ),
    "priorities_too_many": (
        "{found} prioriteiten; een resultaat heeft er hoogstens {limit}",
        "{found} priorities; a result holds at most {limit}",
    ),
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
    "not_applicable_and_other": (
        "een antwoord is 'n.v.t.' of heeft {field}, niet allebei",
        "an answer is 'n/a' or has {field}, not both",
    ),
    "changelog_twice": (
        "versie {version} staat twee keer in de changelog",
        "version {version} is in the changelog twice",
    ),
    "changelog_missing": (
        "'{id}' staat in de changelog van versie {version}, maar is geen thema of vraag van deze versie",
        "'{id}' is in the changelog of version {version}, but is no theme or question of this version",
    ),
    "changelog_still_there": (
        "'{id}' heet verdwenen in versie {version}, maar staat er nog in",
        "'{id}' is listed as gone in version {version}, but is still there",
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
    "text_type": (
        'verwacht een tekst, of een tabel met een tekst per taal ({{ nl = "...", en = "..." }})',
        'expected a text, or a table with a text per language ({{ nl = "...", en = "..." }})',
    ),
    "model_type": ("verwacht een tabel", "expected a table"),
    "model_attributes_type": ("verwacht een tabel", "expected a table"),
    "literal_error": ("kies uit: {expected}", "choose from: {expected}"),
    "string_pattern_mismatch": (
        "alleen kleine letters, cijfers, - en _ (zonder spaties), hoogstens 64 tekens",
        "lowercase letters, digits, - and _ only (no spaces), at most 64 characters",
    ),
    "string_too_short": ("mag niet leeg zijn", "must not be empty"),
    "string_unicode": (
        "geen geldige tekst: er staan tekens in die geen UTF-8 zijn",
        "not a valid text: it holds characters that are not UTF-8",
    ),
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
    "live_not_votes": (
        "een live sessie telt stemmen: mode moet votes zijn",
        "a live session counts votes: mode must be votes",
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
}
