"""The bundled banks keep the shape domain.md asks for: themes, types, scales, texts, help."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from typing import Any, get_args

import pytest

from woest_tui.core.files.bank import bundled_dir, load_questionnaire
from woest_tui.core.model import Questionnaire
from woest_tui.core.model.common import QuestionType
from woest_tui.core.model.questionnaire import Question, Scale, Text

WOEST = load_questionnaire(bundled_dir() / "woest.toml")
QUICK = load_questionnaire(bundled_dir() / "quickscan.toml")
BANKS = pytest.mark.parametrize("bank", [WOEST, QUICK], ids=["woest", "quickscan"])

AGREEMENT = [
    ("helemaal oneens", "strongly disagree"),
    ("oneens", "disagree"),
    ("neutraal", "neutral"),
    ("eens", "agree"),
    ("helemaal eens", "strongly agree"),
]
FREQUENCY = [
    ("nooit", "never"),
    ("soms", "sometimes"),
    ("regelmatig", "regularly"),
    ("vaak", "often"),
    ("altijd", "always"),
]
#: Words that make "oneens" ambiguous in an agreement statement: ask "Hoe vaak" instead.
FREQUENCY_WORDS = {"nooit", "zelden", "soms", "regelmatig", "vaak", "meestal", "altijd"}
#: Negations that would make a reverse-worded statement a double negative.
NEGATIONS = {"niet", "geen", "nooit", "niemand", "niets", "nergens"}
#: Each abbreviation and the words that explain it, somewhere in the description, an intro
#: or a help text of a bank that uses it.
ABBREVIATIONS = {
    "WOE": "wijk operationeel expert",
    "OE": "operationeel expert",
    "PGW": "probleemgericht werken",
    "GGP": "gebiedsgebonden politie",
    "SARA": "Scanning",
}

#: Question ids are written in saved results: an id keeps its type (and its meaning) from
#: the version that brought it; a question that changes meaning gets a new id instead.
WOEST_IDS = {
    "doel-incident-of-oorzaak": "scale",
    "doel-zelfde-betekenis": "scale",
    "doel-taak-van-de-wijk": "scale",
    "doel-verdeling-aandacht": "choice",
    "doel-voorbeeld-aanpak": "yesno",
    "rol-woe-taken-helder": "scale",
    "rol-woe-taken-praktijk": "multi",
    "rol-woe-werktijd-pgw": "number",
    "rol-woe-mandaat": "scale",
    "rol-woe-wie-kiest": "choice",
    "rol-woe-positie": "scale",
    "sturing-weinig-prioriteiten": "scale",
    "sturing-voortgang-besproken": "scale",
    "sturing-incidentcijfers": "scale",
    "sturing-ruimte-om-te-proberen": "scale",
    "sturing-erkenning": "scale",
    "sturing-steun-gemeente": "scale",
    "sturing-driehoek-besproken": "yesno",
    "capaciteit-tijd-in-rooster": "scale",
    "capaciteit-geplande-tijd-gaat-door": "scale",
    "capaciteit-steeds-opnieuw-vragen": "scale",
    "capaciteit-wijktijd-wijkagenten": "number",
    "capaciteit-wijkagenten-plekken-bezet": "yesno",
    "rol-woe-weggehaald": "scale",
    "capaciteit-kennis": "scale",
    "analyse-bronnen": "multi",
    "analyse-herhaling": "scale",
    "analyse-probleem-voor-maatregel": "scale",
    "analyse-driehoek": "scale",
    "analyse-wie-heeft-invloed": "scale",
    "analyse-analist-betrokken": "scale",
    "analyse-maatregelen-breed": "scale",
    "samenwerking-prioriteiten-bekend": "scale",
    "samenwerking-prioriteiten-hoe-gehoord": "choice",
    "samenwerking-werkverzoek-uitgevoerd": "scale",
    "samenwerking-werkverzoek-terugkoppeling": "scale",
    "samenwerking-herhaalmeldingen": "scale",
    "samenwerking-opsporing-en-wijk": "scale",
    "partners-zelfde-probleem": "scale",
    "partners-gezamenlijk-doel": "scale",
    "partners-probleemeigenaar": "yesno",
    "partners-bewoners-betrokken": "scale",
    "partners-informatie-delen": "scale",
    "partners-afspraken-privacy": "yesno",
    "partners-wie-doet-mee": "multi",
    "leren-toetsbaar-doel": "scale",
    "leren-effect-gemeten": "scale",
    "leren-uitkomst-afgeronde-aanpak": "choice",
    "leren-lessen-gedeeld": "scale",
    "leren-aanpak-loopt-door": "scale",
    "leren-vorige-ontwikkelpunten": "text",
    "leren-wat-woe-nodig-heeft": "text",
}
QUICK_IDS = {
    "stand-rapportcijfer": "scale",
    "stand-effect-gemeten": "scale",
    "stand-brandjes-blussen": "scale",
    "stand-voortgang-besproken": "scale",
    "woe-taken-helder": "scale",
    "woe-rol-in-praktijk": "choice",
    "woe-werktijd-pgw": "number",
    "stap-plan-van-aanpak": "yesno",
    "stap-samenwerken-met": "multi",
    "stap-eerste-actie": "text",
}
#: Questions that presuppose something a team may not have (a WOE, planned time, action
#: plans, work requests, running or completed initiatives, partners, an earlier session):
#: their help says that "n.v.t." fits a team without it.
PRESUPPOSING = {
    "woest": [
        "rol-woe-taken-helder",
        "rol-woe-taken-praktijk",
        "rol-woe-werktijd-pgw",
        "rol-woe-mandaat",
        "rol-woe-positie",
        "rol-woe-weggehaald",
        "capaciteit-geplande-tijd-gaat-door",
        "capaciteit-steeds-opnieuw-vragen",
        "analyse-maatregelen-breed",
        "samenwerking-werkverzoek-uitgevoerd",
        "samenwerking-werkverzoek-terugkoppeling",
        "partners-zelfde-probleem",
        "partners-gezamenlijk-doel",
        "partners-probleemeigenaar",
        "partners-wie-doet-mee",
        "leren-toetsbaar-doel",
        "leren-effect-gemeten",
        "leren-uitkomst-afgeronde-aanpak",
        "leren-lessen-gedeeld",
        "leren-aanpak-loopt-door",
        "leren-vorige-ontwikkelpunten",
        "leren-wat-woe-nodig-heeft",
    ],
    "quickscan": [
        "stand-effect-gemeten",
        "woe-taken-helder",
        "woe-rol-in-praktijk",
        "woe-werktijd-pgw",
    ],
}
#: Help texts that would tell a team what the WOE's role should be (review P1): the
#: research heard every function and left that question to each team.
PRESCRIBING = ("meest bijdraagt", "echt kan vullen", "het grootste deel van de werkweek")


def labels(scale: Scale) -> list[tuple[str, str]]:
    return [(label.get("nl"), label.get("en")) for label in scale.labels]


def is_frequency(question: Question) -> bool:
    return question.scale is not None and labels(question.scale) == FREQUENCY


def on_default_scale(question: Question) -> bool:
    return question.type == "scale" and question.scale is None


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def texts(bank: Questionnaire) -> list[tuple[str, Text | None]]:
    """Every text of the bank with its place, walked here rather than through the model."""
    found: list[tuple[str, Text | None]] = [
        ("title", bank.title),
        ("description", bank.description),
    ]
    found += [(f"scale.labels[{i}]", label) for i, label in enumerate(bank.scale.labels)]
    for theme in bank.themes:
        found += [(f"{theme.id}.title", theme.title), (f"{theme.id}.intro", theme.intro)]
        found.append((f"{theme.id}.metaphor", theme.metaphor))
        for q in theme.questions:
            found += [(f"{q.id}.text", q.text), (f"{q.id}.help", q.help), (f"{q.id}.unit", q.unit)]
            found += [(f"{q.id}.{o.id}", o.label) for o in q.options or ()]
            own = q.scale.labels if q.scale is not None else ()
            found += [(f"{q.id}.scale[{i}]", label) for i, label in enumerate(own)]
    return found


# --- the bundled questionnaire ----------------------------------------------------------


def test_woest_has_eight_themes_of_four_to_seven_questions() -> None:
    sizes = [len(theme.questions) for theme in WOEST.themes]
    assert len(sizes) == 8
    assert all(4 <= size <= 7 for size in sizes), sizes
    # 1.1.0 adds three questions and drops three: the meeting does not grow
    assert 40 <= sum(sizes) <= 52


def test_woest_is_mostly_scale_and_has_every_type() -> None:
    types = Counter(q.type for q in WOEST.questions())
    assert set(types) == set(get_args(QuestionType))
    assert types["scale"] > sum(types.values()) / 2, types


def test_woest_has_three_to_six_reverse_scale_items() -> None:
    reverse = [q for q in WOEST.questions() if q.reverse]
    assert 3 <= len(reverse) <= 6
    assert all(q.type == "scale" for q in reverse)


def test_every_woest_theme_mixes_question_types() -> None:
    for theme in WOEST.themes:
        assert len({q.type for q in theme.questions}) >= 2, theme.id


def test_woest_own_scales_are_the_frequency_scale() -> None:
    # the 1-5 questions either agree with a statement or say how often: nothing in between
    own = [q for q in WOEST.questions() if q.scale is not None]
    assert own and all(is_frequency(q) for q in own), [q.id for q in own if not is_frequency(q)]


def test_both_are_version_1_1_0() -> None:
    assert (WOEST.version, QUICK.version) == ("1.1.0", "1.1.0")


def test_woest_covers_the_gaps_the_review_found() -> None:
    """P2: the WOE's position, skills, the breadth of the Response, looking back."""
    gaps = {
        "rol-woe-positie": "rol-woe",
        "capaciteit-kennis": "capaciteit",
        "analyse-maatregelen-breed": "analyse",
        "leren-vorige-ontwikkelpunten": "leren",
        "rol-woe-weggehaald": "capaciteit",  # about time: it moved, keeping its id
    }
    found = {qid: theme.id for qid in gaps if (theme := WOEST.theme_of(qid)) is not None}
    assert found == gaps


def test_woest_keeps_its_question_ids_and_their_types() -> None:
    now = {q.id: q.type for q in WOEST.questions()}
    assert {qid: now.get(qid) for qid in WOEST_IDS} == WOEST_IDS


# --- the quick scan ---------------------------------------------------------------------


def test_quickscan_has_three_themes_and_every_type() -> None:
    assert len(QUICK.themes) == 3
    assert {q.type for q in QUICK.questions()} == set(get_args(QuestionType))


def test_quickscan_keeps_its_question_ids_and_their_types() -> None:
    now = {q.id: q.type for q in QUICK.questions()}
    assert {qid: now.get(qid) for qid in QUICK_IDS} == QUICK_IDS


# --- both -------------------------------------------------------------------------------


@BANKS
def test_the_default_scale_is_the_agreement_scale(bank: Questionnaire) -> None:
    assert (bank.scale.min, bank.scale.max) == (1, 5)
    assert labels(bank.scale) == AGREEMENT


@BANKS
def test_the_frequency_scale_is_exact_wherever_it_is_used(bank: Questionnaire) -> None:
    for q in bank.questions():
        if q.scale is not None and labels(q.scale)[0][0] == "nooit":
            assert (q.scale.min, q.scale.max) == (1, 5), q.id
            assert labels(q.scale) == FREQUENCY, q.id


@BANKS
def test_every_hoe_vaak_question_is_on_the_frequency_scale(bank: Questionnaire) -> None:
    for q in bank.questions():
        asks_how_often = q.text.get("nl").startswith("Hoe vaak")
        assert asks_how_often == is_frequency(q), q.id
        if asks_how_often:
            assert q.text.get("en").startswith("How often"), q.id


@BANKS
def test_agreement_statements_carry_no_frequency_word(bank: Questionnaire) -> None:
    for q in filter(on_default_scale, bank.questions()):
        assert not words(q.text.get("nl")) & FREQUENCY_WORDS, q.id


@BANKS
def test_reverse_items_are_no_double_negatives(bank: Questionnaire) -> None:
    for q in bank.questions():
        if q.reverse:
            assert not words(q.text.get("nl")) & NEGATIONS, q.id


@BANKS
def test_every_theme_has_an_intro_and_a_metaphor(bank: Questionnaire) -> None:
    for theme in bank.themes:
        # optional in a bank of one's own; the bundled ones have it in every theme
        assert theme.metaphor is not None, theme.id
        assert theme.intro.get("nl").strip() and theme.metaphor.get("nl").strip(), theme.id
        assert "strandbeest" in theme.metaphor.get("nl").lower(), theme.id


@BANKS
def test_every_text_has_dutch_and_english(bank: Questionnaire) -> None:
    for place, text in texts(bank):
        if text is not None:
            assert set(text.root) == {"nl", "en"}, place
            assert all(value.strip() for value in text.root.values()), place


@BANKS
def test_every_question_has_help_and_allows_dont_know_and_not_applicable(
    bank: Questionnaire,
) -> None:
    for q in bank.questions():
        assert q.help is not None, q.id
        assert q.allow_dont_know and q.not_applicable_allowed, q.id


@BANKS
def test_a_presupposing_question_says_that_n_v_t_fits_a_team_without_it(
    bank: Questionnaire,
) -> None:
    listed = PRESUPPOSING[bank.id]
    for qid in listed:
        question = bank.question(qid)
        assert question is not None and question.help is not None, qid
        assert "n.v.t." in question.help.get("nl"), qid
        assert "n/a" in question.help.get("en"), qid
    # and no other help sends a team to n.v.t.: it is not a way around a hard question
    sent = [
        q.id
        for q in bank.questions()
        if q.id not in listed and q.help is not None and "n.v.t." in q.help.get("nl")
    ]
    assert sent == []


@BANKS
def test_no_help_prescribes_the_woe_role(bank: Questionnaire) -> None:
    for q in bank.questions():
        assert q.help is not None
        assert not any(phrase in q.help.get("nl") for phrase in PRESCRIBING), q.id


@BANKS
def test_the_english_says_problem_solving_initiative(bank: Questionnaire) -> None:
    for place, text in texts(bank):
        if text is not None:
            assert "problem approach" not in text.get("en"), place


@BANKS
def test_help_names_both_ends_so_a_team_can_place_itself(bank: Questionnaire) -> None:
    # "what good looks like": the help of a closed question describes both ends of it
    for q in bank.questions():
        assert q.help is not None
        found = words(q.help.get("nl"))
        if on_default_scale(q):
            assert {"eens", "oneens"} <= found, q.id
        elif is_frequency(q):
            assert found & {"nooit", "soms"} and found & {"vaak", "altijd"}, q.id
        elif q.type == "yesno":
            assert {"ja", "nee"} <= found, q.id


@BANKS
def test_the_file_writes_no_allow_dont_know_at_all(bank: Questionnaire) -> None:
    # "weet niet" and "n.v.t." are the format's default; the bundled files never mention
    # the switches
    with (bundled_dir() / f"{bank.id}.toml").open("rb") as f:
        raw: dict[str, Any] = tomllib.load(f)
    for theme in raw["themes"]:
        for question in theme["questions"]:
            assert "allow_dont_know" not in question, question["id"]
            assert "allow_not_applicable" not in question, question["id"]


@BANKS
def test_every_abbreviation_is_explained(bank: Questionnaire) -> None:
    explaining = [bank.description.get("nl")]
    explaining += [theme.intro.get("nl") for theme in bank.themes]
    explaining += [q.help.get("nl") for q in bank.questions() if q.help is not None]
    used = " ".join(text.get("nl") for _, text in texts(bank) if text is not None)
    for short, long in ABBREVIATIONS.items():
        if re.search(rf"\b{short}\b", used):
            assert any(re.search(rf"\b{short}\b", t) and long in t for t in explaining), short
