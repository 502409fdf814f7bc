"""A result checked against its bank, and a merged result's sums, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
CHECK_MESSAGES: dict[str, tuple[str, str]] = {
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
    "not_applicable_not_allowed": (
        "bij deze vraag is 'n.v.t.' niet toegestaan",
        "'n/a' is not allowed for this question",
    ),
    "not_applicable_not_votes_mode": (
        "n.v.t.-stemmen horen alleen bij de modus votes",
        "n/a votes belong to votes mode only",
    ),
    "empty_answer": (
        "antwoord zonder waarde, stemmen, 'weet niet' of 'n.v.t.'",
        "answer without a value, votes, 'don't know' or 'n/a'",
    ),
    "required_open": (
        "verplichte vraag '{id}' is niet beantwoord in een afgerond resultaat",
        "required question '{id}' is not answered in a finished result",
    ),
    "merged_from_roles": (
        "merged_from is {found}, maar session.roles telt samen {roles} personen",
        "merged_from is {found}, but session.roles adds up to {roles} people",
    ),
    "role_unknown": (
        "de rol '{role}' staat niet in de rollen van vragenlijst {bank} (die zijn: {known})",
        "the role '{role}' is not one of the roles of questionnaire {bank} (they are: {known})",
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
    "votes_over_present_warning": (
        "{hands} handen geteld, meer dan de {present} aanwezigen (klopt dat? wie kwam er later bij?)",
        "{hands} hands counted, more than the {present} people present (is that right? who came in later?)",
    ),
    # --- writing: a file woest writes must pass `woest validate` ---------------------------
    "resume_other_version": (
        "deze sessie is beantwoord met versie {found} van '{id}', en die versie is hier niet"
        " (wel versie {expected}); verder werken met een andere versie zou een bestand geven dat"
        " niet klopt. Geef versie {found} mee met --questions, of begin een nieuwe sessie",
        "this session was answered with version {found} of '{id}', which is not here (version"
        " {expected} is); going on with another version would make a file that does not add up."
        " Pass version {found} with --questions, or start a new session",
    ),
    "resume_content_changed": (
        "de inhoud van '{id}' versie {found} is veranderd sinds deze sessie; verder werken zou"
        " een bestand geven dat niet klopt. Geef het bestand van toen mee met --questions, of"
        " begin een nieuwe sessie",
        "the content of '{id}' version {found} has changed since this session; going on would"
        " make a file that does not add up. Pass the file of then with --questions, or start a"
        " new session",
    ),
    "write_invalid": (
        "niet opgeslagen: het bestand zou niet kloppen met zijn vragenlijst ({problem})",
        "not saved: the file would not fit its questionnaire ({problem})",
    ),
}
