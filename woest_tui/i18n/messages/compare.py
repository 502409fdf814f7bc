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
    "merge_live": (
        "de uitslag van een live-sessie telt al iedereen die in de zaal was (per functie alleen waar dat anoniem blijft); woest merge voegt alleen individuele antwoordbestanden samen: bekijk deze uitslag met woest summary, of zet hem naast een andere met woest compare",
        "the result of a live session already counts everyone who was in the room (per function only where that stays anonymous); woest merge only merges individual answer files: read this result with woest summary, or set it beside another with woest compare",
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
    "compare_label_empty": (
        "label {position} is leeg; geef elk resultaat een label met tekst",
        "label {position} is empty; give every result a label with text",
    ),
    "compare_label_twice": (
        "label {first} en {second} zijn gelijk ('{label}'); geef elk resultaat een eigen label",
        "labels {first} and {second} are the same ('{label}'); give every result its own label",
    ),
    "compare_other_bank": (
        "hoort bij vragenlijst '{found}', {first} bij '{expected}'; vergelijk alleen resultaten van dezelfde vragenlijst",
        "belongs to questionnaire '{found}', {first} to '{expected}'; compare only results of the same questionnaire",
    ),
    "compare_written": ("vergelijking opgeslagen in {file}", "comparison written to {file}"),
    # --- compare: the report ----------------------------------------------------------------
    "cmp_title": ("Vergelijking: {title}", "Comparison: {title}"),
    "cmp_results": ("Resultaten", "Results"),
    "cmp_result_line": (
        "{team}, {date}, versie {version}, {mode}",
        "{team}, {date}, version {version}, {mode}",
    ),
    "cmp_result_short": ("versie {version}, {mode}", "version {version}, {mode}"),
    "cmp_mode_consensus": ("consensus", "consensus"),
    "cmp_mode_votes": ("stemmen", "votes"),
    "cmp_mode_individual": ("individueel", "individual"),
    "cmp_mode_merged": ("samengevoegd uit {count} bestanden", "merged from {count} files"),
    "cmp_state_unfinished": (", nog niet afgerond", ", not finished yet"),
    "cmp_order_trend": (
        "Een team door de tijd: van oud naar nieuw; de verandering is de laatste score min de eerste.",
        "One team over time: from old to new; the change is the last score minus the first.",
    ),
    "cmp_order_given": (
        "Verschillende teams naast elkaar, in de gegeven volgorde. Het verschil is de hoogste score min de laagste, met de nummers van het hoogste en het laagste resultaat.",
        "Different teams side by side, in the order given. The difference is the highest score minus the lowest, with the numbers of the highest and the lowest result.",
    ),
    "cmp_version_differs": (
        "beantwoord met versie {found}, vergeleken met versie {expected}",
        "answered with version {found}, compared with version {expected}",
    ),
    "cmp_not_in_version": (
        "niet gescoord, want niet in versie {version}: {ids}",
        "not scored, as version {version} lacks them: {ids}",
    ),
    "cmp_content_differs": (
        "beantwoord met een andere inhoud van versie {version}",
        "answered with other content of version {version}",
    ),
    "cmp_drift_note": (
        "Let op: {label} is niet met zijn eigen versie van de vragenlijst vergeleken ({detail}); wat daarin anders was, zie je hier niet.",
        "Note: {label} is not compared with its own version of the questionnaire ({detail}); what was different in it does not show here.",
    ),
    "cmp_band": (
        "Scores op de schaal {min} tot {max}; sterk vanaf {strength}, ontwikkelpunt tot en met {development}. Een verschil kleiner dan {band} heet 'ongeveer gelijk'.",
        "Scores on the scale {min} to {max}; strength from {strength}, development point up to {development}. A difference smaller than {band} counts as 'about the same'.",
    ),
    "cmp_themes": ("Thema's", "Themes"),
    "cmp_col_change": ("Verandering", "Change"),
    "cmp_col_difference": ("Hoogst − laagst", "Highest − lowest"),
    "cmp_spread_apart": (
        "{spread}: hoogst {high}, laagst {low}",
        "{spread}: highest {high}, lowest {low}",
    ),
    "cmp_change_better": ("beter", "better"),
    "cmp_change_worse": ("slechter", "worse"),
    "cmp_change_same": ("ongeveer gelijk", "about the same"),
    "cmp_change_none": ("geen vergelijking", "no comparison"),
    "cmp_per_theme": ("Vragen van {theme}", "Questions of {theme}"),
    "cmp_moved_trend": ("Vragen die het meest veranderden", "Questions that moved most"),
    "cmp_moved_given": (
        "Vragen waarop de teams het meest verschillen",
        "Questions on which the teams differ most",
    ),
    "cmp_moved_none_trend": (
        "Geen vraag veranderde {band} of meer.",
        "No question changed by {band} or more.",
    ),
    "cmp_moved_none_given": (
        "Op geen vraag verschillen de teams {band} of meer.",
        "On no question do the teams differ by {band} or more.",
    ),
    "cmp_both_strong": ("Overeenkomst: bij allebei sterk", "Similar: strong in both"),
    "cmp_both_weak": (
        "Overeenkomst: bij allebei een ontwikkelpunt",
        "Similar: a development point in both",
    ),
    "cmp_differences": (
        "Verschillen: sterk bij de een, ontwikkelpunt bij de ander",
        "Differences: strong in one, a development point in the other",
    ),
    "cmp_difference_line": (
        "{title}: sterk bij {strong}, ontwikkelpunt bij {weak}",
        "{title}: strong in {strong}, a development point in {weak}",
    ),
    "cmp_appeared_trend": (
        "Nieuwe ontwikkelpunten (bij {label}, niet bij {other})",
        "New development points (in {label}, not in {other})",
    ),
    "cmp_disappeared_trend": (
        "Verdwenen ontwikkelpunten (bij {other}, niet meer bij {label})",
        "Development points gone (in {other}, no longer in {label})",
    ),
    "cmp_appeared_given": (
        "Ontwikkelpunten alleen bij {label}",
        "Development points only in {label}",
    ),
    "cmp_disappeared_given": (
        "Ontwikkelpunten alleen bij {other}",
        "Development points only in {other}",
    ),
    "cmp_priorities": ("Prioriteiten van {label}", "Priorities of {label}"),
    "cmp_priority_line": (
        "{rank}. {about}: {action} ({owner}, {due})",
        "{rank}. {about}: {action} ({owner}, {due})",
    ),
    "cmp_no_priorities": (
        "Geen gekozen prioriteiten. Laagste scores: {items}",
        "No priorities chosen. Lowest scores: {items}",
    ),
    "cmp_no_priorities_none": (
        "Geen gekozen prioriteiten en geen ontwikkelpunten.",
        "No priorities chosen and no development points.",
    ),
    "cmp_unmatched": (
        "Niet in elke versie van de vragenlijst",
        "Not in every version of the questionnaire",
    ),
    "cmp_unmatched_line": (
        "{kind} {id} ({title}): alleen in {present}",
        "{kind} {id} ({title}): only in {present}",
    ),
    "cmp_unmatched_none": (
        "Elk thema en elke vraag staat in elke versie.",
        "Every theme and question is in every version.",
    ),
    "cmp_unmatched_none_drift": (
        "Elk thema en elke vraag staat in elke gebruikte versie; niet elk resultaat is met zijn eigen versie vergeleken (zie boven).",
        "Every theme and question is in every version used; not every result is compared with its own version (see above).",
    ),
    "cmp_unmatched_replaced": (
        "{kind} {id} ({title}): alleen in {present}; anders gevraagd, nu als {new}",
        "{kind} {id} ({title}): only in {present}; asked differently, now as {new}",
    ),
    "cmp_reworded": ("Anders gesteld", "Reworded"),
    "cmp_reworded_line": (
        "{title}: vraag anders gesteld sinds {version}",
        "{title}: question reworded since {version}",
    ),
    "cmp_reworded_mark": (
        "{title} (vraag anders gesteld sinds {version})",
        "{title} (question reworded since {version})",
    ),
    "cmp_reworded_none": (
        "Geen vraag is anders gesteld tussen de gebruikte versies.",
        "No question was reworded between the versions used.",
    ),
    "cmp_not_applicable": ("n.v.t.", "n/a"),
    "cmp_kind_theme": ("thema", "theme"),
    "cmp_kind_question": ("vraag", "question"),
    "cmp_none": ("Geen.", "None."),
}
