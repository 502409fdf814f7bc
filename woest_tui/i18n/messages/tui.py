"""The TUI's user-facing strings, in Dutch and English (merged into i18n.MESSAGES)."""

from __future__ import annotations

#: key -> (Dutch, English).
TUI_MESSAGES: dict[str, tuple[str, str]] = {
    # answers
    "dont_know": ("weet niet", "don't know"),
    "not_applicable": ("n.v.t. (bestaat hier niet)", "n/a (does not exist here)"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "required": ("verplicht", "required"),
    "note_placeholder": ("Notitie bij deze vraag (n)", "Note on this question (n)"),
    "number_placeholder": ("Typ een getal", "Type a number"),
    "number_placeholder_about": ("Typ een getal ({about})", "Type a number ({about})"),
    "number_range": ("{min}–{max}", "{min}–{max}"),
    "number_at_least": ("minstens {min}", "at least {min}"),
    "number_at_most": ("hoogstens {max}", "at most {max}"),
    "text_placeholder": ("Typ het antwoord", "Type the answer"),
    "number_not_number": (
        "Dit is geen getal. Typ bijvoorbeeld 12 of 7,5.",
        "This is not a number. Type for example 12 or 7.5.",
    ),
    "votes_not_number": (
        "Typ bij elk schaalpunt een aantal handen (alleen cijfers).",
        "Type a number of hands for each scale point (digits only).",
    ),
    "votes_more_than_people": (
        "Dat zijn {found} stemmen, maar er deden {people} mensen mee aan deze samenvoeging.",
        "That is {found} votes, but {people} people took part in this merge.",
    ),
    "gathered_intro": (
        "Samengevoegd uit de losse antwoorden: deze telling blijft zoals ze is. "
        "Een notitie van het team kan erbij (n).",
        "Merged from the individual answers: this tally stays as it is. "
        "The team can add a note (n).",
    ),
    "gathered_by_role": ("Per rol", "By role"),
    "gathered_notes": ("Notities uit de losse antwoorden", "Notes from the individual answers"),
    "votes_dont_know": ("weet niet (w)", "don't know (w)"),
    "votes_not_applicable": ("n.v.t. (v)", "n/a (v)"),
    "votes_not_applicable_short": ("n.v.t.", "n/a"),
    "votes_none": (
        "Nog geen stemmen. Tel de handen per schaalpunt en typ het aantal.",
        "No votes yet. Count the hands per scale point and type the number.",
    ),
    "votes_stats": (
        "{total} stemmen · gemiddelde {mean} · spreiding {spread} (op de schaal {min}–{max}, zoals gestemd)",
        "{total} votes · mean {mean} · spread {spread} (on the scale {min}–{max}, as voted)",
    ),
    "votes_stats_one": (
        "1 stem · gemiddelde {mean} · spreiding {spread} (op de schaal {min}–{max}, zoals gestemd)",
        "1 vote · mean {mean} · spread {spread} (on the scale {min}–{max}, as voted)",
    ),
    "votes_over_present": (
        "Let op: {hands} handen geteld, maar er zijn {present} aanwezigen. Klopt dat? (ctrl+p → Aanwezigen)",
        "Note: {hands} hands counted, but {present} people are present. Is that right? (ctrl+p → Present)",
    ),
    "votes_disagree": (
        " STERK VERDEELD: bespreek dit even ",
        " STRONGLY DIVIDED: talk this through ",
    ),
    # where we are
    "where_theme": ("thema {k} van {n}", "theme {k} of {n}"),
    "where_question": ("vraag {i} van {m}", "question {i} of {m}"),
    "count_answered": ("{answered} van {total} beantwoord", "{answered} of {total} answered"),
    "theme_count": ("{count} vragen · Enter om te beginnen", "{count} questions · Enter to begin"),
    "theme_count_one": ("1 vraag · Enter om te beginnen", "1 question · Enter to begin"),
    # keys in the footer
    "key_confirm": ("bevestig", "confirm"),
    "key_back": ("vorige", "back"),
    "key_dont_know": ("weet niet", "don't know"),
    "key_not_applicable": ("n.v.t.", "n/a"),
    "key_note": ("notitie", "note"),
    "key_overview": ("overzicht", "overview"),
    "key_palette": ("palet", "palette"),
    "key_present": ("aanwezigen", "present"),
    "palette_present": ("Aanwezigen wijzigen (F6)", "Change who is present (F6)"),
    "palette_present_help": (
        "Hoeveel mensen per functie er nu zijn: wie later komt of eerder weggaat",
        "How many people of each function are here now: who comes in later or leaves early",
    ),
    "present_title": ("Wie is er nu aanwezig?", "Who is present now?"),
    "present_saved": ("Aanwezigen opgeslagen.", "Who is present is saved."),
    "key_to_summary": ("naar samenvatting", "to summary"),
    "key_add": ("toevoegen", "add"),
    "key_edit": ("bewerken", "edit"),
    "key_delete": ("verwijderen", "delete"),
    "key_move_up": ("hoger", "up"),
    "key_move_down": ("lager", "down"),
    "key_finish": ("afronden", "finish"),
    "key_reopen": ("heropenen", "reopen"),
    "key_start": ("start", "start"),
    # overview and review
    "overview_title": (
        "Overzicht · {answered} van {total} beantwoord",
        "Overview · {answered} of {total} answered",
    ),
    "overview_legend": (
        "✓ beantwoord   ? weet niet   – n.v.t.   ✎ alleen notitie   · open\n"
        "Enter: ga erheen · Esc: terug",
        "✓ answered   ? don't know   – n/a   ✎ note only   · open\nEnter: go there · Esc: back",
    ),
    "review_open": (
        "Nog {count} open vragen. Kies er een om hem te beantwoorden.",
        "{count} questions still open. Choose one to answer it.",
    ),
    "review_open_one": (
        "Nog 1 open vraag. Kies hem om hem te beantwoorden.",
        "1 question still open. Choose it to answer it.",
    ),
    "review_all_done": ("Alle vragen zijn beantwoord.", "Every question is answered."),
    "review_required": (
        "Eerst de verplichte vragen beantwoorden (of 'weet niet' kiezen).",
        "Answer the required questions first (or choose 'don't know').",
    ),
    "review_required_answer": (
        "Eerst de verplichte vragen beantwoorden ('weet niet' kan daar niet).",
        "Answer the required questions first ('don't know' is not possible there).",
    ),
    "review_required_some": (
        "Eerst de verplichte vragen beantwoorden (of 'weet niet' kiezen, waar dat kan).",
        "Answer the required questions first (or choose 'don't know' where it is possible).",
    ),
    "review_hint": (
        "Enter: naar de vraag · s: verder naar de samenvatting · Esc: terug",
        "Enter: go to the question · s: on to the summary · Esc: back",
    ),
    # summary and priorities
    "summary_finished": ("Afgerond op {when} en opgeslagen", "Finished on {when} and saved"),
    "summary_unfinished": (
        "Nog niet afgerond · {answered} van {total} beantwoord",
        "Not finished yet · {answered} of {total} answered",
    ),
    "priorities_title": (
        "Onze prioriteiten ({count}) · volgorde: ⇧↑ ⇧↓ (of - +)",
        "Our priorities ({count}) · order: ⇧↑ ⇧↓ (or - +)",
    ),
    "priorities_empty": (
        "Nog geen prioriteiten. Kies met a een ontwikkelpunt en spreek een actie af.",
        "No priorities yet. Press a to pick a development point and agree on an action.",
    ),
    "priorities_full": (
        "Er staan al {limit} prioriteiten; meer passen er niet. Kies de belangrijkste en"
        " haal er een weg (x).",
        "There are {limit} priorities already; no more fit. Choose the most important and"
        " remove one (x).",
    ),
    "priority_title": ("Prioriteit: wat gaan we doen?", "Priority: what will we do?"),
    "priority_ref": (
        "Waar gaat het over? (★ = ontwikkelpunt uit de samenvatting)",
        "What is it about? (★ = development point from the summary)",
    ),
    "priority_action": ("Actie: wat doen we concreet?", "Action: what exactly will we do?"),
    "priority_owner": ("Eigenaar: wie trekt het?", "Owner: who takes it on?"),
    "priority_due": ("Klaar op (jjjj-mm-dd of dd-mm-jjjj)", "Done by (yyyy-mm-dd or dd-mm-yyyy)"),
    "priority_need_action": ("Beschrijf de actie.", "Describe the action."),
    "priority_need_owner": ("Wie is de eigenaar?", "Who is the owner?"),
    "priority_need_due": (
        "Geef een geldige datum, bijvoorbeeld 2027-03-01.",
        "Give a valid date, for example 2027-03-01.",
    ),
    "finish_open_confirm": (
        "Nog {count} van de {total} vragen staan open. Toch afronden? Open vragen tellen niet mee in de samenvatting.",
        "{count} of the {total} questions are still open. Finish anyway? Open questions do not count in the summary.",
    ),
    "finish_open_confirm_one": (
        "Nog 1 van de {total} vragen staat open. Toch afronden? Een open vraag telt niet mee in de samenvatting.",
        "1 of the {total} questions is still open. Finish anyway? An open question does not count in the summary.",
    ),
    "priority_due_past": (
        "Die datum ligt vóór de sessie. Kies {date} of later.",
        "That date is before the session. Choose {date} or later.",
    ),
    "finished_readonly": (
        "Deze sessie is afgerond. Heropen hem eerst (r in de samenvatting).",
        "This session is finished. Reopen it first (r in the summary).",
    ),
    "finished_saved": ("Afgerond en opgeslagen.", "Finished and saved."),
    "reopen_confirm": (
        "Deze sessie is afgerond. Wil je hem heropenen om iets te veranderen?",
        "This session is finished. Reopen it to change something?",
    ),
    # files
    "save": ("Opslaan", "Save"),
    "cancel": ("Annuleren", "Cancel"),
    "overwrite_confirm": (
        "{path} bestaat al. Wil je het vervangen?",
        "{path} already exists. Replace it?",
    ),
    "paste_cut": (
        "Niet alles past: {kept} van de {total} tekens staan erin, dit veld houdt er hoogstens {max}.",
        "Not everything fits: {kept} of the {total} characters went in; this field holds at most {max}.",
    ),
    "save_copy_title": ("Kopie opslaan als", "Save a copy as"),
    "saved_copy": ("Kopie opgeslagen: {path}", "Copy saved: {path}"),
    "saved_to": (
        "Opgeslagen in {path}; vanaf nu wordt hier bewaard.",
        "Saved to {path}; from now on it is kept there.",
    ),
    "save_failed_title": ("Opslaan is mislukt", "Saving failed"),
    "save_failed_body": (
        "{error}\n\nAlle antwoorden staan nog in het geheugen. Kies een andere plek om op te slaan.",
        "{error}\n\nEvery answer is still in memory. Choose another place to save.",
    ),
    "still_unsaved": (
        "Let op: de laatste antwoorden zijn nog niet opgeslagen. Gebruik 'Kopie opslaan als' in het palet (ctrl+p).",
        "Note: the latest answers are not saved yet. Use 'Save a copy as' in the palette (ctrl+p).",
    ),
    "unsaved_title": (
        "De laatste antwoorden zijn niet opgeslagen",
        "The latest answers are not saved",
    ),
    "unsaved_body": (
        "Ze konden niet naar {path} worden geschreven en staan alleen in het geheugen. Sla ze ergens anders op, of sluit af zonder ze.",
        "They could not be written to {path} and are only in memory. Save them somewhere else, or quit without them.",
    ),
    "changed_title": (
        "Het bestand is buiten woest gewijzigd",
        "The file was changed outside woest",
    ),
    "changed_body": (
        "Iemand heeft {path} veranderd sinds woest het opsloeg: met de hand, met een git pull"
        " of in een andere woest. woest slaat er niets meer in op tot je kiest. Alles wat je"
        " hier typte staat nog in het geheugen.\n\n"
        "Herladen: woest leest het bestand opnieuw en zet jullie nieuwe antwoorden er weer in."
        "\nElders opslaan: jullie antwoorden gaan naar een ander bestand; dit blijft zoals het is."
        "\nOverschrijven: jullie antwoorden vervangen wat er nu in het bestand staat.",
        "Somebody changed {path} since woest saved it: by hand, with a git pull or in another"
        " woest. woest saves nothing to it until you choose. Everything typed here is still in"
        " memory.\n\n"
        "Reload: woest reads the file again and puts your new answers back in."
        "\nSave elsewhere: your answers go to another file; this one stays as it is."
        "\nOverwrite: your answers replace what the file holds now.",
    ),
    "changed_reload": ("Herladen", "Reload"),
    "changed_elsewhere": ("Elders opslaan", "Save elsewhere"),
    "changed_overwrite": ("Overschrijven", "Overwrite"),
    "changed_later": ("Later kiezen", "Choose later"),
    "changed_reloaded": (
        "Opnieuw gelezen; jullie nieuwe antwoorden staan er weer in en zijn opgeslagen.",
        "Read again; your new answers are back in and saved.",
    ),
    "changed_cannot_reload": (
        "Herladen lukt niet: {reason}",
        "Reloading does not work: {reason}",
    ),
    "unsaved_save": ("Elders opslaan", "Save elsewhere"),
    "unsaved_quit": ("Toch afsluiten", "Quit anyway"),
    "unsaved_exit": (
        "woest: {path}: de laatste antwoorden zijn niet opgeslagen; toch afgesloten",
        "woest: {path}: the latest answers were not saved; quit anyway",
    ),
    "unsaved_exit_nowhere": (
        "woest: de antwoorden zijn nergens opgeslagen; toch afgesloten",
        "woest: the answers were not saved anywhere; quit anyway",
    ),
    "folder_failed": (
        "Kan de map {folder} niet maken ({reason}).",
        "Cannot create the folder {folder} ({reason}).",
    ),
    "exists_other_session": (
        "bevat al een sessie van '{team}' of van een andere vragenlijst; kies een ander bestand of gebruik --force",
        "already holds a session of '{team}' or of another questionnaire; choose another file or use --force",
    ),
    "exists_other_kind": (
        "bevat al een sessie van '{team}' met --mode {mode}; start met --mode {mode} om die te hervatten, kies een ander bestand of gebruik --force",
        "already holds a session of '{team}' with --mode {mode}; run with --mode {mode} to resume it, choose another file or use --force",
    ),
    "exists_other_role": (
        "bevat al de individuele sessie van '{team}' met --role {role}; start met --mode individual --role {role} om die te hervatten, kies een ander bestand of gebruik --force",
        "already holds the individual session of '{team}' with --role {role}; run with --mode individual --role {role} to resume it, choose another file or use --force",
    ),
    "role_needs_individual": (
        "--role hoort bij --mode individual, niet bij --mode {mode}; laat --mode weg of kies individual",
        "--role belongs to --mode individual, not to --mode {mode}; leave out --mode or choose individual",
    ),
    "too_small": (
        "Maak het venster groter (minstens 60 bij 20). Er gaat niets verloren.",
        "Make the window larger (at least 60 by 20). Nothing is lost.",
    ),
    # start screen
    "start_banner": (
        "woest · kijk als team samen naar hoe jullie werken",
        "woest · look together as a team at how you work",
    ),
    "start_banner_source": (
        "woest · kijk als team samen naar hoe jullie werken · {source}",
        "woest · look together as a team at how you work · {source}",
    ),
    "start_title": ("Nieuwe sessie", "New session"),
    "start_bank": ("Vragenlijst", "Questionnaire"),
    "start_bank_file": (
        "...of het pad naar een eigen vragenlijst (.toml)",
        "...or the path to your own questionnaire (.toml)",
    ),
    "start_team": ("Team", "Team"),
    "start_date": ("Datum (jjjj-mm-dd)", "Date (yyyy-mm-dd)"),
    "start_facilitator": ("Begeleider (mag leeg)", "Facilitator (may be empty)"),
    "start_mode": ("Werkwijze", "Way of working"),
    "start_role": (
        "Jouw rol (alleen bij individueel invullen)",
        "Your role (individual mode only)",
    ),
    "start_roles": ("Wie zijn er? (aantal per functie)", "Who is here? (number per function)"),
    "start_button": ("Start de sessie (ctrl+s)", "Start the session (ctrl+s)"),
    "start_need_bank": ("Kies een vragenlijst.", "Choose a questionnaire."),
    "start_role_prompt": ("Kies een rol", "Choose a role"),
    "start_bank_failed": (
        "Deze vragenlijst kan niet worden geladen: {reason}",
        "This questionnaire cannot be loaded: {reason}",
    ),
    "start_save_failed": ("Opslaan is mislukt: {reason}", "Saving failed: {reason}"),
    "start_field_invalid": (
        "{field}: {reason}. Pas het aan.",
        "{field}: {reason}. Please change it.",
    ),
    "start_in_use": (
        "Deze sessie kan hier niet open: {reason}",
        "This session cannot open here: {reason}",
    ),
    "start_need_team": ("Vul de naam van het team in.", "Fill in the team's name."),
    "start_need_date": (
        "Geef een geldige datum, bijvoorbeeld 2026-11-28.",
        "Give a valid date, for example 2026-11-28.",
    ),
    "start_need_role": (
        "Kies je rol: bij individueel invullen hoort een rol.",
        "Choose your role: individual mode needs one.",
    ),
    "start_resumed": (
        "Verder met de sessie die al in {path} staat.",
        "Resuming the session already in {path}.",
    ),
    "start_overwrite": (
        "{path} bevat al een sessie van '{team}' ({date}, {mode}, {answered} beantwoord). Overschrijven met deze nieuwe, lege sessie? Die antwoorden gaan dan verloren.",
        "{path} already holds a session of '{team}' ({date}, {mode}, {answered} answered). Overwrite it with this new, empty session? Those answers are then lost.",
    ),
    "start_overwrite_finished": (
        "{path} bevat een AFGERONDE sessie van '{team}' ({date}, {mode}, {answered} beantwoord). Overschrijven met deze nieuwe, lege sessie? Dat resultaat gaat dan verloren.",
        "{path} holds a FINISHED session of '{team}' ({date}, {mode}, {answered} answered). Overwrite it with this new, empty session? That result is then lost.",
    ),
    "start_not_overwritten": (
        "Niets overschreven: {path} is ongewijzigd. Vul hetzelfde team, dezelfde werkwijze en rol in om hem te hervatten, of start woest met een ander --out.",
        "Nothing overwritten: {path} is unchanged. Fill in the same team, way of working and role to resume it, or start woest with another --out.",
    ),
    "start_other_version": (
        "Het --out-bestand is een sessie van een andere versie van deze vragenlijst; het wordt niet hervat en niet overschreven. {reason}",
        "The --out file is a session of another version of this questionnaire; it is neither resumed nor overwritten. {reason}",
    ),
    "start_out_unreadable": (
        "Het --out-bestand bestaat al en is geen sessie die woest kan lezen; het wordt niet overschreven. {reason}",
        "The --out file exists and is not a session woest can read; it is not overwritten. {reason}",
    ),
    "mode_consensus": ("samen één antwoord (consensus)", "one agreed answer (consensus)"),
    "mode_votes": ("handen tellen per antwoord (stemmen)", "count hands per answer (votes)"),
    "mode_individual": ("ieder vult zelf in (individueel)", "each fills it in alone (individual)"),
    "saved_title": ("Opgeslagen sessies", "Saved sessions"),
    "saved_hint": (
        "Enter: verder met een open sessie, of de samenvatting van een afgeronde.",
        "Enter: resume an open session, or see the summary of a finished one.",
    ),
    "saved_none": ("Nog geen opgeslagen sessies.", "No saved sessions yet."),
    "saved_other_version": (
        "(beantwoord met versie {version}, geteld met {bank})",
        "(answered with version {version}, counted with {bank})",
    ),
    "saved_finished": ("afgerond", "finished"),
    "compare_button": ("Vergelijk resultaten", "Compare results"),
    "compare_title": ("Vergelijk twee of meer resultaten", "Compare two or more results"),
    "compare_files": (
        "Vink sessies aan (spatie) en/of typ paden van resultaatbestanden:",
        "Tick sessions (space) and/or type paths of result files:",
    ),
    "compare_unfinished": ("nog niet afgerond", "not finished yet"),
    "compare_need_two": ("Kies minstens twee resultaten.", "Choose at least two results."),
    # command palette
    "palette_placeholder": ("Zoek een opdracht…", "Search for commands…"),
    "palette_jump_theme": ("Ga naar thema {number}: {title}", "Go to theme {number}: {title}"),
    "palette_summary": ("Toon de samenvatting", "Show the summary"),
    "palette_summary_help": (
        "Sterke punten, ontwikkelpunten en prioriteiten tot nu toe",
        "Strengths, development points and priorities so far",
    ),
    "palette_save_copy": ("Kopie opslaan als...", "Save a copy as..."),
    "palette_save_copy_help": (
        "Schrijf de sessie ook naar een ander bestand",
        "Also write the session to another file",
    ),
    "palette_language": (
        "Taal wisselen (Nederlands / English)",
        "Switch language (Nederlands / English)",
    ),
    "palette_language_help": (
        "Alle teksten in de andere taal; er gaat niets verloren",
        "Every text in the other language; nothing is lost",
    ),
    "palette_quit": ("Afsluiten", "Quit"),
    "palette_quit_help": (
        "Sluit woest; elk bevestigd antwoord staat al in het bestand",
        "Close woest; every confirmed answer is in the file already",
    ),
    "palette_dark": ("Licht / donker wisselen", "Switch light / dark"),
    "palette_dark_help": (
        "Kies wat op de beamer het best leesbaar is",
        "Choose what reads best on the projector",
    ),
}
