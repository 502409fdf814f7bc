"""The live room's strings, on the phones and on the wall, in Dutch and English."""

from __future__ import annotations

#: key -> (Dutch, English).
LIVE_MESSAGES: dict[str, tuple[str, str]] = {
    # the phone page
    "live_title": ("woest live", "woest live"),
    "live_welcome": ("Welkom bij het teamoverleg", "Welcome to the team meeting"),
    "live_anonymous": (
        "Je antwoordt anoniem: we vragen nooit je naam en niemand ziet wat jij koos.",
        "You answer anonymously: we never ask your name and nobody sees what you chose.",
    ),
    "live_role_question": ("Wat is je functie?", "What is your function?"),
    "live_role_none": ("zeg ik liever niet", "I'd rather not say"),
    "live_role_why": (
        "Een functie telt alleen apart als er minstens 3 mensen met die functie meedoen."
        " Anders telt je antwoord onder 'overig'.",
        "A function only counts apart when at least 3 people with that function take part."
        " Otherwise your answer counts under 'other'.",
    ),
    "live_wait": (
        "Wacht even: de volgende vraag komt zo.",
        "Hold on: the next question is coming.",
    ),
    "live_question_of": ("Vraag {i} van {n}", "Question {i} of {n}"),
    "live_dont_know": ("weet niet", "don't know"),
    "live_not_applicable": ("n.v.t. (bestaat hier niet)", "n/a (does not exist here)"),
    "live_yes": ("ja", "yes"),
    "live_no": ("nee", "no"),
    "live_send": ("Verstuur", "Send"),
    "live_number_label": ("Jouw getal", "Your number"),
    "live_text_label": ("Jouw antwoord", "Your answer"),
    "live_multi_hint": (
        "Kies alles wat past en druk op Verstuur.",
        "Pick everything that fits and press Send.",
    ),
    "live_received": ("Ontvangen.", "Received."),
    "live_yours": ("Jouw antwoord: {answer}", "Your answer: {answer}"),
    "live_can_change": (
        "Je kunt het nog veranderen tot de uitslag op het scherm komt.",
        "You can still change it until the result is shown on the screen.",
    ),
    "live_revealed_now": (
        "De uitslag staat op het scherm: praat mee! Je antwoord ligt vast.",
        "The result is on the screen: join the talk! Your answer is final.",
    ),
    "live_no_answer": ("Je hebt deze vraag niet beantwoord.", "You did not answer this question."),
    "live_switch": ("English", "Nederlands"),
    "live_refresh": ("Vernieuwen", "Refresh"),
    # refusals (the phone sees them; nothing changed)
    "live_bad_value": (
        "Dit antwoord past niet bij de vraag; er is niets veranderd.",
        "This answer does not fit the question; nothing changed.",
    ),
    "live_bad_number": (
        "Dit is geen getal. Typ bijvoorbeeld 12 of 7,5.",
        "This is not a number. Type for example 12 or 7.5.",
    ),
    "live_bad_role": ("Deze functie kennen we niet.", "We don't know this function."),
    "live_not_open": (
        "Deze vraag is niet meer open; hieronder staat de vraag van nu.",
        "This question is no longer open; the current question is below.",
    ),
    "live_revealed": (
        "De uitslag is al getoond: je antwoord kan niet meer veranderen.",
        "The result is already shown: your answer can no longer change.",
    ),
    "live_unknown_phone": (
        "Je telefoon is niet aangemeld. Open de link of scan de QR-code opnieuw.",
        "Your phone has not joined. Open the link or scan the QR code again.",
    ),
    "live_full": ("De sessie is vol.", "The session is full."),
    "live_too_large": ("Dit verzoek is te groot.", "This request is too large."),
    "live_too_many": (
        "Te veel verzoeken tegelijk; wacht even en probeer het opnieuw.",
        "Too many requests at once; wait a moment and try again.",
    ),
    "live_bad_request": ("Dit verzoek klopt niet.", "This request is not right."),
    "live_not_found": ("Niet gevonden.", "Not found."),
    "live_back": ("Terug naar de vraag", "Back to the question"),
    # the wall: join screen, top bar, the live panel
    "live_join_title": (
        "Live sessie: doe mee met je telefoon",
        "Live session: join with your phone",
    ),
    "live_join_scan": (
        "Scan de QR-code of typ het adres. Telefoon en laptop moeten op hetzelfde netwerk zitten.",
        "Scan the QR code or type the address. Phone and laptop must be on the same network.",
    ),
    "live_join_address": ("Adres: {url}", "Address: {url}"),
    "live_join_short": ("Korte code: {short}", "Short code: {short}"),
    "live_join_code": ("Volledige code: {code}", "Full code: {code}"),
    "live_join_short_url": ("Of typ: {url}", "Or type: {url}"),
    "live_joined": ("{count} telefoons doen mee", "{count} phones have joined"),
    "live_joined_one": ("1 telefoon doet mee", "1 phone has joined"),
    "live_top": (
        "live: {url} · korte code {short} · {joined} mee",
        "live: {url} · short code {short} · {joined} in",
    ),
    "live_answered": (
        "{answered} van {joined} hebben geantwoord",
        "{answered} of {joined} answered",
    ),
    "live_hidden": (
        "De verdeling blijft verborgen tot je op r drukt (uitslag).",
        "The distribution stays hidden until you press r (reveal).",
    ),
    "live_enter_saves": (
        "Enter slaat deze uitslag op en zet alle telefoons op de volgende vraag.",
        "Enter saves this result and moves every phone to the next question.",
    ),
    "live_typed_heading": (
        "Met de hand geteld (mensen zonder telefoon), opgeteld bij de telefoons:",
        "Counted by hand (people without a phone), added to the phones:",
    ),
    "live_typed_mark": ("met de hand: {count}", "by hand: {count}"),
    "live_number_stats": (
        "{count} antwoorden · gemiddeld {mean} · van {low} tot {high}",
        "{count} answers · mean {mean} · from {low} to {high}",
    ),
    "live_texts": (
        "{count} antwoorden, in willekeurige volgorde:",
        "{count} answers, in random order:",
    ),
    "live_nothing": ("Nog geen antwoorden.", "No answers yet."),
    "live_auto_reveal": (
        "De uitslag komt vanzelf zodra iedereen heeft geantwoord.",
        "The result shows by itself once everyone has answered.",
    ),
    "live_failed": (
        "De live server kan niet starten ({reason}). We gaan verder met stemmen tellen:"
        " typ de aantallen zelf.",
        "The live server cannot start ({reason}). We go on counting votes: type the"
        " counts yourself.",
    ),
    "live_bind_bad": (
        "--live-bind moet HOST:POORT zijn, bijvoorbeeld 127.0.0.1:8765 (gevonden: '{found}')",
        "--live-bind must be HOST:PORT, for example 127.0.0.1:8765 (found: '{found}')",
    ),
    "live_bind_not_live": (
        "--live-bind en --auto-reveal horen bij --mode live",
        "--live-bind and --auto-reveal belong with --mode live",
    ),
    "key_reveal": ("uitslag", "reveal"),
    "key_join": ("QR-code", "QR code"),
    "mode_live": ("live (telefoons)", "live (phones)"),
    "cmp_mode_live": ("live", "live"),
    "rep_mode_live": (
        "live, op telefoons ({count} mensen)",
        "live, on phones ({count} people)",
    ),
    "state_live": (" (live, {count} mensen)", " (live, {count} people)"),
    "opt_live_bind": (
        "live: het adres en de poort van de server (standaard: het netwerkadres van deze"
        " computer en een vrije poort)",
        "live: the server's address and port (default: this computer's network address and"
        " a free port)",
    ),
    "opt_auto_reveal": (
        "live: toon de uitslag vanzelf zodra iedereen heeft geantwoord",
        "live: show the result by itself once everyone has answered",
    ),
}
