"""Messages of the meeting cycle: planning, time, "Om te bespreken", actions, follow-up."""

from __future__ import annotations

#: key -> (Dutch, English).
CYCLE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- validation -----------------------------------------------------------------
    "meeting_theme_twice": (
        "thema '{id}' staat twee keer in dit overleg",
        "theme '{id}' is in this meeting twice",
    ),
    "meeting_started_other_day": (
        "started ligt niet op de datum van het overleg ({date})",
        "started is not on the meeting's date ({date})",
    ),
    "meeting_before_session": (
        "een overleg ligt voor de datum van de sessie ({date})",
        "a meeting is before the session's date ({date})",
    ),
    "meetings_order": (
        "de overleggen staan niet op datum (een latere staat voor een eerdere)",
        "the meetings are not in date order (a later one comes before an earlier one)",
    ),
    "remeasure_before_date": (
        "de datum om na te meten ligt voor de datum van de sessie ({date})",
        "the date to measure again is before the session's date ({date})",
    ),
    "unknown_meeting_theme": (
        "thema '{id}' staat niet in deze vragenlijst",
        "theme '{id}' is not in this questionnaire",
    ),
    "previous_unfinished": (
        "deze sessie is niet afgerond; alleen de acties van een afgeronde sessie volg je op",
        "this session is not finished; only the actions of a finished session are followed up",
    ),
    "themes_unknown": (
        "--themes: '{id}' is geen thema van deze vragenlijst (wel: {known})",
        "--themes: '{id}' is not a theme of this questionnaire (it has: {known})",
    ),
    # --- options --------------------------------------------------------------------
    "opt_themes": (
        "de thema's voor dit overleg, met komma's (bijvoorbeeld doel,rol-woe); de andere"
        " blijven open voor een volgend overleg in hetzelfde bestand",
        "the themes for this meeting, separated by commas (e.g. doel,rol-woe); the others"
        " stay open for a next meeting in the same file",
    ),
    "opt_themes_invalid": (
        "'{value}' is geen lijst van thema-id's met komma's ertussen",
        "'{value}' is not a list of theme ids separated by commas",
    ),
    "opt_minutes": (
        "de tijd voor dit overleg in minuten: de bovenbalk toont de tijd gebruikt en over",
        "the time for this meeting in minutes: the top bar shows the time used and left",
    ),
    "opt_minutes_invalid": (
        "'{value}' is geen aantal minuten van 1 tot 1440",
        "'{value}' is not a number of minutes from 1 to 1440",
    ),
    "opt_previous": (
        "een eerder afgerond resultaat van het team: eerst volg je de acties daarvan op"
        " (zonder deze optie zoekt woest in de map met sessies)",
        "an earlier finished result of the team: its actions are followed up first"
        " (without this option woest looks in the sessions folder)",
    ),
    # --- the summary ----------------------------------------------------------------
    "rep_discuss": ("Om te bespreken", "To discuss"),
    "rep_discuss_intro": (
        "Begin hier: de laagste ontwikkelpunten, de verdeelde vragen en de grootste blinde"
        " vlekken, met wat goed eruitziet.",
        "Start here: the lowest development points, the divided questions and the biggest"
        " blind spots, with what good looks like.",
    ),
    "rep_discuss_none": (
        "Geen ontwikkelpunten, verdeelde vragen of blinde vlekken. Kies zelf wat je bespreekt.",
        "No development points, divided questions or blind spots. Choose what to discuss.",
    ),
    "rep_discuss_development": ("laagste score: {score}", "lowest score: {score}"),
    "rep_discuss_divided": (
        "verdeeld: spreiding {spread}",
        "divided: spread {spread}",
    ),
    "rep_discuss_blind": (
        "blinde vlek: {percent}% weet niet",
        "blind spot: {percent}% don't know",
    ),
    "rep_discuss_good": ("Wat goed eruitziet", "What good looks like"),
    "rep_follow_up": (
        "Wat is er van de vorige acties terechtgekomen?",
        "What became of the previous actions?",
    ),
    "rep_follow_up_from": (
        "De prioriteiten van de sessie van {date}.",
        "The priorities of the session of {date}.",
    ),
    "rep_col_follow_status": ("Stand", "Status"),
    "rep_col_follow_note": ("Notitie", "Note"),
    "follow_status_gedaan": ("gedaan", "done"),
    "follow_status_deels": ("deels", "partly"),
    "follow_status_niet": ("niet", "not done"),
    "follow_status_gestopt": ("gestopt", "stopped"),
    "follow_status_open": ("nog niet besproken", "not discussed yet"),
    "rep_meeting": ("Overleg {number}", "Meeting {number}"),
    "rep_meeting_minutes": ("({minutes} min)", "({minutes} min)"),
    "rep_remeasure": ("Nameten", "Measure again"),
    "rep_about_session": ("Over deze sessie", "About this session"),
    # --- the action list ------------------------------------------------------------
    "act_title": ("Actielijst {team}", "Action list {team}"),
    "act_intro": (
        "De prioriteiten die het team op {date} koos: wat, wie en wanneer.",
        "The priorities the team chose on {date}: what, who and when.",
    ),
    "act_col_what": ("Wat", "What"),
    "act_col_who": ("Wie", "Who"),
    "act_col_when": ("Klaar op", "Due"),
    "act_remeasure_how": (
        "Vul dan de vragenlijst opnieuw in en vergelijk met woest compare: wat is er veranderd?",
        "Then answer the questionnaire again and compare with woest compare: what has changed?",
    ),
    "act_remeasure_summary": ("Nameten met woest: {team}", "Measure again with woest: {team}"),
    "act_event_description": (
        "Actie van {team} over: {about}. Eigenaar: {owner}.",
        "Action of {team} about: {about}. Owner: {owner}.",
    ),
    "rep_help_format_actions": (
        "text, markdown, html, svg, json; actions (de actielijst als markdown) of ics"
        " (de actielijst als agenda-bestand)",
        "text, markdown, html, svg, json; actions (the action list as markdown) or ics"
        " (the action list as a calendar file)",
    ),
    # --- compare --------------------------------------------------------------------
    "opt_trend": (
        "toon de resultaten als een trend (op datum, met de verandering), ook bij andere teams"
        " of dezelfde dag",
        "show the results as a trend (by date, with the change), also for other teams or the"
        " same day",
    ),
    "opt_side": (
        "zet de resultaten naast elkaar in de gegeven volgorde, ook van één team op andere dagen",
        "put the results side by side in the order given, also one team's on other days",
    ),
    "cmp_follow_up": (
        "Wat is er van de vorige acties terechtgekomen? ({label})",
        "What became of the previous actions? ({label})",
    ),
    "cmp_follow_up_line": (
        "{rank}. {action} ({owner}, {due}): {status}",
        "{rank}. {action} ({owner}, {due}): {status}",
    ),
    # --- the walk -------------------------------------------------------------------
    "clock_left": (
        "{used} van {planned} min · nog {left}",
        "{used} of {planned} min · {left} left",
    ),
    "clock_over": (
        "{used} van {planned} min · {left} over de tijd",
        "{used} of {planned} min · {left} over time",
    ),
    "theme_budget": (
        "Voor dit thema is ongeveer {minutes} min, om op tijd klaar te zijn.",
        "This theme can have about {minutes} min to finish on time.",
    ),
    "theme_budget_none": (
        "De geplande tijd is op. Ga gerust door, of doe de rest in een volgend overleg.",
        "The planned time is up. Carry on, or do the rest in a next meeting.",
    ),
    # --- the start screen's plan ----------------------------------------------------
    "start_plan_themes": ("Thema's voor dit overleg", "Themes for this meeting"),
    "start_plan_minutes": (
        "Tijd voor dit overleg in minuten (leeg: geen klok)",
        "Time for this meeting in minutes (empty: no clock)",
    ),
    "start_plan_none": (
        "Kies minstens één thema voor dit overleg.",
        "Choose at least one theme for this meeting.",
    ),
    "plan_theme_count": ("({count} vragen)", "({count} questions)"),
    "plan_theme_count_one": ("(1 vraag)", "(1 question)"),
    "plan_estimate": (
        "Geschat: {time} voor {count} vragen in {mode} ({per} min per vraag, gemeten in een"
        " volledige proefronde).",
        "Estimate: {time} for {count} questions in {mode} ({per} min per question, measured"
        " in a full trial run).",
    ),
    "plan_estimate_guess": (
        "Geschat: {time} voor {count} vragen in {mode} ({per} min per vraag: een schatting,"
        " alleen invullen is niet gemeten).",
        "Estimate: {time} for {count} questions in {mode} ({per} min per question: an"
        " estimate, answering alone was not timed).",
    ),
    "plan_rest": (
        "De andere {count} vragen blijven open voor een volgend overleg (alles: {time}).",
        "The other {count} questions stay open for a next meeting (all of it: {time}).",
    ),
    "plan_rest_one": (
        "De andere vraag blijft open voor een volgend overleg (alles: {time}).",
        "The other question stays open for a next meeting (all of it: {time}).",
    ),
    "plan_too_long": (
        "Dat is meer dan {minutes} min: kies minder thema's, of ga door in een volgend overleg.",
        "That is more than {minutes} min: choose fewer themes, or go on in a next meeting.",
    ),
    "plan_quick": (
        "Weinig tijd? De quickscan heeft {count} vragen: {time}.",
        "Short of time? The quick scan has {count} questions: {time}.",
    ),
    "duration_minutes": ("{minutes} min", "{minutes} min"),
    "duration_hours": ("{hours} uur", "{hours} h"),
    "duration_both": ("{hours} uur {minutes} min", "{hours} h {minutes} min"),
    # --- the follow-up screen -------------------------------------------------------
    "follow_where": (
        "Actie {number} van {total}, gekozen in de sessie van {date}",
        "Action {number} of {total}, chosen in the session of {date}",
    ),
    "follow_detail": (
        "Over: {about} · eigenaar: {owner} · klaar op: {due}",
        "About: {about} · owner: {owner} · due: {due}",
    ),
    "follow_explain_gedaan": ("het is gebeurd zoals afgesproken", "it happened as agreed"),
    "follow_explain_deels": ("een deel is gebeurd", "part of it happened"),
    "follow_explain_niet": ("het is (nog) niet gebeurd", "it has not happened (yet)"),
    "follow_explain_gestopt": (
        "we zijn er bewust mee gestopt",
        "we stopped on purpose",
    ),
    "follow_note_label": (
        "Notitie: wat hielp, wat zat in de weg? (Enter bewaart en gaat verder)",
        "Note: what helped, what got in the way? (Enter saves and goes on)",
    ),
    "follow_need_status": (
        "Kies eerst wat ervan terechtkwam (1 tot 4).",
        "First choose what became of it (1 to 4).",
    ),
    "follow_done": (
        "De vorige acties zijn besproken; nu de vragen.",
        "The previous actions are discussed; now the questions.",
    ),
    "key_follow_save": ("bewaar en verder", "save and go on"),
    # --- finishing ------------------------------------------------------------------
    "remeasure_title": ("Wanneer meten we opnieuw?", "When do we measure again?"),
    "remeasure_text": (
        "Kies de dag waarop het team de vragenlijst opnieuw invult (nameten), zodat je ziet"
        " wat de acties opleveren. Standaard: over drie maanden. Hij komt in de actielijst"
        " (woest summary --format ics).",
        "Choose the day the team answers the questionnaire again (measure again), to see what"
        " the actions bring. By default: three months on. It goes into the action list"
        " (woest summary --format ics).",
    ),
    "remeasure_ok": ("Afronden", "Finish"),
    "remeasure_invalid": (
        "Typ een datum op of na {date}, bijvoorbeeld 2027-03-01 of 1-3-2027.",
        "Type a date on or after {date}, e.g. 2027-03-01 or 1-3-2027.",
    ),
}
