"""The command line's help and its lines of output, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
CLI_MESSAGES: dict[str, tuple[str, str]] = {
    # --- CLI ----------------------------------------------------------------------------
    "cli_description": (
        "woest: kijk als team naar probleemgericht werken en de rol van de WOE.",
        "woest: look as a team at problem-oriented work and the role of the WOE.",
    ),
    # kept to plain ASCII: they are shown where the terminal may not speak UTF-8
    "run_no_terminal": (
        "er is geen terminal; start woest in een terminalvenster, niet met invoer of uitvoer"
        " in een bestand of pijp (zoals in cron of CI)",
        "there is no terminal; start woest in a terminal window, not with its input or output"
        " in a file or pipe (as in cron or CI)",
    ),
    "run_not_utf8": (
        "de terminal gebruikt geen UTF-8 maar {encoding}; zet hem op UTF-8 (bijvoorbeeld"
        " LANG=nl_NL.UTF-8) en start opnieuw",
        "the terminal does not use UTF-8 but {encoding}; set it to UTF-8 (for example"
        " LANG=en_US.UTF-8) and start again",
    ),
    "arg_not_utf8": (
        "bevat tekens die geen UTF-8 zijn; zet de terminal op UTF-8 (bijvoorbeeld"
        " LANG=nl_NL.UTF-8) of typ de naam in woest zelf",
        "holds characters that are not UTF-8; set the terminal to UTF-8 (for example"
        " LANG=en_US.UTF-8) or type the name in woest itself",
    ),
    "usage_error": ("{message} (zie {prog} --help)", "{message} (see {prog} --help)"),
    "empty_path": ("lege bestandsnaam ('')", "empty file name ('')"),
    "opt_version": ("toon het versienummer en stop", "show the version number and exit"),
    "opt_lang": ("taal: nl of en", "language: nl or en"),
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
        "consensus (één antwoord), votes (handen tellen), individual (ieder alleen) of live"
        " (ieder op de eigen telefoon)",
        "consensus (one answer), votes (count hands), individual (each alone) or live (each"
        " on their own phone)",
    ),
    "warning_line": ("let op: {file}: {text}", "note: {file}: {text}"),
    "opt_present": (
        "wie er aanwezig zijn, per functie: wijkagent=6,teamchef=1 (ook als je het startscherm overslaat)",
        "who is present, per function: wijkagent=6,teamchef=1 (also when the start screen is skipped)",
    ),
    "present_format": (
        "'{value}' is geen ROL=AANTAL; schrijf bijvoorbeeld wijkagent=6,teamchef=1",
        "'{value}' is not ROLE=COUNT; write for example wijkagent=6,teamchef=1",
    ),
    "present_twice": ("de rol '{role}' staat er twee keer", "the role '{role}' is given twice"),
    "opt_role": (
        "je rol als je alleen invult (individual; --role alleen is genoeg), bijvoorbeeld wijkagent, woe, teamchef",
        "your role when you fill it in alone (individual; --role alone is enough), e.g. wijkagent, woe, teamchef",
    ),
    "opt_force_run": (
        "vervang een --out met een andere sessie (ander team, andere werkwijze of rol)",
        "replace an --out that holds another session (another team, mode or role)",
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
        "ok: {file}: vragenlijst {id} {version}, {themes}, {questions}",
        "ok: {file}: questionnaire {id} {version}, {themes}, {questions}",
    ),
    "n_themes": ("{count} thema's", "{count} themes"),
    "n_themes_one": ("1 thema", "1 theme"),
    "n_questions": ("{count} vragen", "{count} questions"),
    "n_questions_one": ("1 vraag", "1 question"),
    "ok_result": (
        "ok: {file}: resultaat van {team}, {date}, {answered} van {total} beantwoord{state}",
        "ok: {file}: result of {team}, {date}, {answered} of {total} answered{state}",
    ),
    "changelog_added": (
        "  versie {version}, nieuw ({count}): {ids}",
        "  version {version}, added ({count}): {ids}",
    ),
    "changelog_removed": (
        "  versie {version}, vervallen ({count}): {ids}",
        "  version {version}, removed ({count}): {ids}",
    ),
    "changelog_replaced": (
        "  versie {version}, vervangen door een vraag met een nieuw id ({count}): {ids}",
        "  version {version}, replaced by a question with a new id ({count}): {ids}",
    ),
    "changelog_reworded": (
        "  versie {version}, anders gesteld ({count}): {ids}",
        "  version {version}, reworded ({count}): {ids}",
    ),
    "changelog_moved": (
        "  versie {version}, naar een ander thema ({count}): {ids}",
        "  version {version}, moved to another theme ({count}): {ids}",
    ),
    "changelog_note": ("  versie {version}: {note}", "  version {version}: {note}"),
    "state_unfinished": (" (nog niet afgerond)", " (not finished yet)"),
    "state_merged": (" (samengevoegd uit {count} bestanden)", " (merged from {count} files)"),
    "bank_content_changed": (
        "let op: {file}: de inhoud van '{id}' versie {expected} is veranderd sinds deze sessie;"
        " gecontroleerd tegen de inhoud van nu",
        "note: {file}: the content of '{id}' version {expected} has changed since this session;"
        " checked against the content of now",
    ),
    "hash_differs": (
        "let op: {file}: beantwoord met versie {found} van '{id}', gecontroleerd tegen versie {expected}",
        "note: {file}: answered with version {found} of '{id}', checked against version {expected}",
    ),
    "more_problems": ("en {count} andere problemen", "and {count} more problems"),
    "more_problems_one": ("en 1 ander probleem", "and 1 more problem"),
    "interrupted": ("onderbroken", "interrupted"),
    "stdout_failed": (
        "kan niet naar de standaarduitvoer schrijven ({reason})",
        "cannot write to standard output ({reason})",
    ),
    "unexpected": (
        "onverwachte fout ({error}); er is niets verloren; meld dit met WOEST_DEBUG=1 erbij",
        "unexpected error ({error}); nothing was lost; report it, run with WOEST_DEBUG=1",
    ),
}

#: argparse's own words (its gettext message ids) in Dutch; English keeps argparse's text.
ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "subcommands": "opdrachten",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "one of the arguments %s is required": "geef een van deze argumenten: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "unexpected option string: %s": "onverwachte optie: %s",
    "not allowed with argument %s": "mag niet samen met %s",
    "ignored explicit argument %r": "%r hoort niet bij deze optie",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "onbekende opdracht %(parser_name)r (kies uit %(choices)s)"
    ),
}
