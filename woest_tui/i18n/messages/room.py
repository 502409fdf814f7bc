"""The room's strings: what the wall shows and what the keys will do, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
ROOM_MESSAGES: dict[str, tuple[str, str]] = {
    # the summary on the wall
    "state_open": ("● Nog niet afgerond", "● Not finished yet"),
    "state_finished": ("✓ Afgerond op {when}", "✓ Finished on {when}"),
    "state_readonly": (
        "alleen lezen · r heropent om iets te veranderen",
        "read-only · r reopens to change something",
    ),
    "state_answered": ("{answered} van {total} beantwoord", "{answered} of {total} answered"),
    "priorities_keys": (
        "Onze prioriteiten ({count}) · kies met 1–9 · volgorde ⇧↑ ⇧↓ (of - +)",
        "Our priorities ({count}) · pick with 1–9 · order ⇧↑ ⇧↓ (or - +)",
    ),
    "priorities_fixed": ("Onze prioriteiten ({count})", "Our priorities ({count})"),
    "delete_confirm": (
        "Prioriteit {number} verwijderen: {title}?",
        "Remove priority {number}: {title}?",
    ),
    "deleted_undo": (
        "Prioriteit {number} verwijderd. u zet hem terug.",
        "Priority {number} removed. u puts it back.",
    ),
    "key_undo": ("terugzetten", "undo"),
    "key_scroll": ("scrollen", "scroll"),
    # the walk's keys and top bar
    "key_begin": ("begin", "begin"),
    "key_skip": ("sla over", "skip"),
    "key_next": ("volgende", "next"),
    "key_return": ("terug", "return"),
    "jumped": (
        "Na deze vraag gaan we terug naar waar we waren (of nu met t). Volgende open vraag: g.",
        "After this question we go back to where we were (or now with t). Next open question: g.",
    ),
    "key_next_open": ("volgende open vraag", "next open question"),
    "returned": ("Terug waar we waren.", "Back where we were."),
    "where_together": (
        "Hier kiezen we samen één antwoord: bij deze vraag tellen we geen handen.",
        "Here we choose one answer together: no hands are counted for this question.",
    ),
    "where_question_short": ("vraag {i}/{m}", "question {i}/{m}"),
    "where_theme_short": ("thema {k}/{n}", "theme {k}/{n}"),
    "count_answered_short": ("{answered}/{total} beantwoord", "{answered}/{total} answered"),
    "where_readonly": (
        "✓ Afgerond: alleen lezen. Heropen de sessie in de samenvatting (r) om iets te veranderen.",
        "✓ Finished: read-only. Reopen the session in the summary (r) to change something.",
    ),
    "where_alone": (
        "Je antwoordt alleen, als {role}: jouw eigen beeld, geen teamantwoord.",
        "You answer alone, as {role}: your own view, not a team answer.",
    ),
    "resumed": (
        "Sessie hervat: {answered} van {total} beantwoord.",
        "Session resumed: {answered} of {total} answered.",
    ),
    "palette_no_matches": ("Geen opdracht gevonden", "No matches found"),
    # individual mode
    "individual_next": (
        "Je vult dit alleen in, als {role}. De begeleider voegt de antwoorden van iedereen "
        "samen (woest merge); de prioriteiten kiest het team daarna samen.",
        "You fill this in on your own, as {role}. The facilitator merges everyone's answers "
        "(woest merge); the team then chooses its priorities together.",
    ),
}
