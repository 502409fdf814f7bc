"""The summary's and the reports' user-facing strings, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
REPORT_MESSAGES: dict[str, tuple[str, str]] = {
    # --- titles and section headings ----------------------------------------------------
    "rep_title": ("Samenvatting", "Summary"),
    "rep_themes": ("Thema's", "Themes"),
    "rep_strengths": ("Sterke punten", "Strengths"),
    "rep_development": ("Ontwikkelpunten", "Development points"),
    "rep_blind_spots": ("Blinde vlekken (veel 'weet niet')", "Blind spots (much 'don't know')"),
    "rep_not_applicable": (
        "Niet van toepassing (n.v.t.: bestaat hier niet)",
        "Not applicable (n/a: does not exist here)",
    ),
    "rep_disagreements": ("Verschil van mening", "Disagreement"),
    "rep_roles": ("Per rol", "By role"),
    "rep_details": ("Antwoorden en notities per thema", "Answers and notes by theme"),
    "rep_priorities": ("Prioriteiten", "Priorities"),
    "rep_none": ("Geen.", "None."),
    "rep_no_priorities": ("Nog geen prioriteiten gekozen.", "No priorities chosen yet."),
    "rep_footer": ("Gemaakt met woest.", "Made with woest."),
    "rep_footer_source": ("Gemaakt met woest: {source}", "Made with woest: {source}"),
    # --- header -------------------------------------------------------------------------
    "rep_team": ("Team", "Team"),
    "rep_date": ("Datum", "Date"),
    "rep_facilitator": ("Begeleider", "Facilitator"),
    "rep_questionnaire": ("Vragenlijst", "Questionnaire"),
    "rep_questionnaire_value": ("{title} ({id} {version})", "{title} ({id} {version})"),
    "rep_version_differs": (
        "beantwoord met versie {found}, samengevat met versie {expected}",
        "answered with version {found}, summarised with version {expected}",
    ),
    "rep_not_in_version": ("Niet gescoord", "Not scored"),
    "rep_not_in_version_value": (
        "beantwoord, maar niet in versie {version}: {ids}",
        "answered, but not in version {version}: {ids}",
    ),
    "rep_content_differs": (
        "beantwoord met een andere inhoud van deze versie",
        "answered with other content of this version",
    ),
    "rep_mode": ("Werkwijze", "Mode"),
    "rep_mode_consensus": ("consensus (één gezamenlijk antwoord)", "consensus (one agreed answer)"),
    "rep_mode_votes": ("stemmen (handen geteld per schaalpunt)", "votes (hands counted per point)"),
    "rep_mode_individual": ("individueel (rol: {role})", "individual (role: {role})"),
    "rep_mode_merged": (
        "samengevoegd uit {count} individuele bestanden",
        "merged from {count} individual files",
    ),
    "rep_roles_present": ("Aanwezig", "Present"),
    "rep_roles_none": ("niet vastgelegd", "not recorded"),
    "rep_progress": ("Voortgang", "Progress"),
    "rep_progress_value": (
        "{answered} van {total} vragen beantwoord ({percent}%)",
        "{answered} of {total} questions answered ({percent}%)",
    ),
    "rep_finished": ("afgerond", "finished"),
    "rep_unfinished": (
        "NOG NIET AFGEROND: deze samenvatting is voorlopig",
        "NOT FINISHED YET: this summary is provisional",
    ),
    "rep_scale": ("Schaal", "Scale"),
    "rep_scale_value": (
        "{min} tot {max}; sterk vanaf {strength}, ontwikkelpunt tot en met {development}",
        "{min} to {max}; strength from {strength}, development point up to {development}",
    ),
    # --- statuses and table columns -----------------------------------------------------
    "rep_status_strength": ("sterk", "strength"),
    "rep_status_neutral": ("neutraal", "neutral"),
    "rep_status_development": ("ontwikkelpunt", "development"),
    "rep_status_none": ("geen score", "no score"),
    "rep_own_scale": ("{score} op {min}–{max}", "{score} on {min}–{max}"),
    "rep_col_theme": ("Thema", "Theme"),
    "rep_col_role": ("Rol", "Role"),
    "rep_roles_columns": (
        "De kolommen zijn de thema's, genummerd:",
        "The columns are the themes, numbered:",
    ),
    "rep_col_bar": ("schaal {min}–{max}", "scale {min}–{max}"),
    "rep_col_score": ("Score", "Score"),
    "rep_col_status": ("Status", "Status"),
    "rep_col_answered": ("Beantwoord", "Answered"),
    "rep_col_dont_know": ("Weet niet", "Don't know"),
    "rep_col_not_applicable": ("N.v.t.", "N/a"),
    "rep_dont_know_legend": (
        "Weet niet: de vragen die met 'weet niet' beantwoord zijn.",
        "Don't know: the questions answered with 'don't know'.",
    ),
    "rep_dont_know_legend_votes": (
        "Weet niet: de vragen waarop minstens de helft 'weet niet' zei; tussen haakjes alle "
        "keren 'weet niet' in het thema bij elkaar.",
        "Don't know: the questions where at least half said 'don't know'; in brackets every "
        "'don't know' in the theme added up.",
    ),
    "rep_not_applicable_legend": (
        "N.v.t.: niet van toepassing, geteld zoals 'weet niet'; telt niet mee in de score en "
        "is geen blinde vlek.",
        "N/a: not applicable, counted like 'don't know'; not scored and no blind spot.",
    ),
    "rep_col_rank": ("#", "#"),
    "rep_col_about": ("Over", "About"),
    "rep_col_action": ("Actie", "Action"),
    "rep_col_owner": ("Eigenaar", "Owner"),
    "rep_col_due": ("Klaar op", "Due"),
    "rep_col_question": ("Vraag", "Question"),
    "rep_col_answer": ("Antwoord", "Answer"),
    # --- items ----------------------------------------------------------------------------
    "rep_kind_theme": ("thema", "theme"),
    "rep_in_theme": ("in {theme}", "in {theme}"),
    "rep_blind_detail": (
        "{dont_know} van {count} 'weet niet' ({percent}%)",
        "{dont_know} of {count} 'don't know' ({percent}%)",
    ),
    "rep_blind_theme_detail_one": (
        "{dont_know} van 1 beantwoorde vraag vooral 'weet niet'",
        "{dont_know} of 1 answered question mostly 'don't know'",
    ),
    "rep_blind_theme_detail": (
        "{dont_know} van {count} beantwoorde vragen vooral 'weet niet'",
        "{dont_know} of {count} answered questions mostly 'don't know'",
    ),
    "rep_not_applicable_detail": (
        "{count} van {total} 'n.v.t.'",
        "{count} of {total} 'n/a'",
    ),
    "rep_not_applicable_marked": ("n.v.t.", "n/a"),
    "rep_spread_detail": (
        "spreiding {spread}; stemmen {votes}",
        "spread {spread}; votes {votes}",
    ),
    "rep_votes_legend": (
        "Stemmen 1·3·4·2·0: het aantal handen per schaalpunt, van {min} tot {max}. Spreiding: "
        "hoe ver de stemmen uit elkaar liggen (de standaardafwijking, op de schaal {min} tot "
        "{max}); vanaf {divided} is het team verdeeld en staat de vraag hierboven.",
        "Votes 1·3·4·2·0: the number of hands per scale point, from {min} to {max}. Spread: "
        "how far apart the votes are (the standard deviation, on the scale {min} to {max}); "
        "from {divided} the team is divided and the question is listed above.",
    ),
    "rep_open": ("nog open: {count}", "still open: {count}"),
    "rep_answer_dont_know": ("weet niet", "don't know"),
    "rep_answer_not_applicable": ("n.v.t.", "n/a"),
    "rep_answer_not_applicable_votes": ("n.v.t. {count}", "n/a {count}"),
    "rep_answer_votes": ("stemmen {votes}", "votes {votes}"),
    "rep_answer_dont_know_votes": ("weet niet {count}", "don't know {count}"),
    "rep_answer_reverse": ("omgekeerd gesteld", "reverse-worded"),
    "rep_answer_yes": ("ja", "yes"),
    "rep_answer_no": ("nee", "no"),
    "rep_answer_nothing": ("geen", "none"),
    "rep_answer_values": (
        "{count} antwoorden: {values} (gemiddeld {mean})",
        "{count} answers: {values} (mean {mean})",
    ),
    "rep_answer_values_one": ("1 antwoord: {values}", "1 answer: {values}"),
    "rep_note": ("Notitie", "Note"),
    "rep_note_role": ("Notitie ({role})", "Note ({role})"),
    # --- the command ----------------------------------------------------------------------
    "rep_written": ("opgeslagen: {file}", "saved: {file}"),
    # help texts for the summary subparser (for cli.py to use)
    "rep_help_result": ("het resultaatbestand (.toml)", "the result file (.toml)"),
    "rep_help_format": (
        "text (standaard), markdown, html, svg of json",
        "text (default), markdown, html, svg or json",
    ),
    "rep_help_output": (
        "schrijf naar FILE in plaats van naar het scherm",
        "write to FILE instead of the screen",
    ),
    "rep_help_force": ("overschrijf een bestaand FILE", "overwrite an existing FILE"),
    "rep_help_width": (
        "breedte van text en svg in kolommen (80 tot 400; standaard $COLUMNS)",
        "width of text and svg in columns (80 to 400; default $COLUMNS)",
    ),
    "rep_width_invalid": (
        "'{value}' is geen breedte; geef een heel getal van {min} tot {max}",
        "'{value}' is not a width; give a whole number from {min} to {max}",
    ),
    "rep_help_questions": (
        "de vragenlijst, als die niet meegeleverd is",
        "the question bank, when it is not a bundled one",
    ),
}
