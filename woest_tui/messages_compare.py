"""The comparison's and the merge's user-facing strings, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
COMPARE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- merge ----------------------------------------------------------------------------
    "merge_too_few": (
        "geef minstens twee individuele bestanden om samen te voegen (gekregen: {found})",
        "give at least two individual files to merge (given: {found})",
    ),
    "merge_same_path": (
        "dit bestand is al gegeven (als {first}); elk bestand telt maar een keer",
        "this file was already given (as {first}); each file counts once",
    ),
    "merge_same_content": (
        "zelfde inhoud als {first}; elk antwoordbestand telt maar een keer",
        "same content as {first}; each answer file counts once",
    ),
    "merge_not_individual": (
        "geen individueel antwoordbestand (modus {mode}); alleen bestanden met modus individual en een rol kunnen samengevoegd worden",
        "not an individual answer file (mode {mode}); only files in individual mode with a role can be merged",
    ),
    "merge_other_bank": (
        "hoort bij vragenlijst '{found}', {first} bij '{expected}'; voeg alleen antwoorden op dezelfde vragenlijst samen",
        "belongs to questionnaire '{found}', {first} to '{expected}'; merge only answers to the same questionnaire",
    ),
    "merge_other_version": (
        "beantwoord met versie {found} van '{id}', {first} met versie {expected}; voeg alleen antwoorden op dezelfde versie samen (vergelijk verschillende versies met woest compare)",
        "answered with version {found} of '{id}', {first} with version {expected}; merge only answers to the same version (compare different versions with woest compare)",
    ),
    "merge_other_hash": (
        "beantwoord met een andere inhoud van '{id}' versie {version} dan {first}; voeg alleen antwoorden op precies dezelfde vragenlijst samen",
        "answered with other content of '{id}' version {version} than {first}; merge only answers to exactly the same questionnaire",
    ),
    "merge_teams_differ": (
        "team '{found}' wijkt af van '{expected}' in {first}; geef de teamnaam met --team",
        "team '{found}' differs from '{expected}' in {first}; give the team name with --team",
    ),
    "merge_done": (
        "samengevoegd: {count} bestanden ({roles}) van {team} -> {file}",
        "merged: {count} files ({roles}) of {team} -> {file}",
    ),
    # --- compare: refusals and usage --------------------------------------------------------
    "compare_too_few": (
        "geef minstens twee resultaatbestanden om te vergelijken (gekregen: {found})",
        "give at least two result files to compare (given: {found})",
    ),
    "compare_labels_count": (
        "{labels} labels voor {results} resultaten; geef bij --labels precies een label per resultaat",
        "{labels} labels for {results} results; give --labels exactly one label per result",
    ),
    "compare_other_bank": (
        "hoort bij vragenlijst '{found}', {first} bij '{expected}'; vergelijk alleen resultaten van dezelfde vragenlijst",
        "belongs to questionnaire '{found}', {first} to '{expected}'; compare only results of the same questionnaire",
    ),
    "compare_written": ("vergelijking opgeslagen in {file}", "comparison written to {file}"),
}
