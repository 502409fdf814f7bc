"""The bundled banks keep the shape domain.md asks for: themes, types, scales, texts, help."""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from typing import Any, get_args

import pytest

from woest_tui.bank import bundled_dir, load_questionnaire
from woest_tui.model import Questionnaire
from woest_tui.model.common import QuestionType
from woest_tui.model.questionnaire import Question, Scale, Text

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

#: Question ids are written in saved results: none of these may disappear or change type.
WOEST_IDS = {
    "doel-incident-of-oorzaak": "scale",
    "doel-zelfde-betekenis": "scale",
    "doel-taak-van-de-wijk": "scale",
    "doel-levert-op": "scale",
    "doel-verdeling-aandacht": "choice",
    "doel-voorbeeld-aanpak": "yesno",
    "rol-woe-taken-helder": "scale",
    "rol-woe-taken-praktijk": "multi",
    "rol-woe-uren-per-week": "number",
    "rol-woe-mandaat": "scale",
    "rol-woe-wie-kiest": "choice",
    "rol-woe-taakverdeling": "scale",
    "rol-woe-weggehaald": "scale",
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
    "capaciteit-wijkagenten-op-sterkte": "yesno",
    "analyse-bronnen": "multi",
    "analyse-herhaling": "scale",
    "analyse-probleem-voor-maatregel": "scale",
    "analyse-driehoek": "scale",
    "analyse-wie-heeft-invloed": "scale",
    "analyse-analist-betrokken": "scale",
    "samenwerking-prioriteiten-bekend": "scale",
    "samenwerking-prioriteiten-hoe-gehoord": "choice",
    "samenwerking-werkverzoek-uitgevoerd": "scale",
    "samenwerking-werkverzoek-terugkoppeling": "scale",
    "samenwerking-herhaalmeldingen": "scale",
    "samenwerking-opsporing-en-wijk": "scale",
    "samenwerking-wijkagent-alleen": "scale",
    "partners-zelfde-probleem": "scale",
    "partners-gezamenlijk-doel": "scale",
    "partners-probleemeigenaar": "yesno",
    "partners-bewoners-betrokken": "scale",
    "partners-informatie-delen": "scale",
    "partners-afspraken-privacy": "yesno",
    "partners-wie-doet-mee": "multi",
    "leren-toetsbaar-doel": "scale",
    "leren-effect-gemeten": "scale",
    "leren-uitkomst-laatste-aanpak": "choice",
    "leren-lessen-gedeeld": "scale",
    "leren-aanpak-loopt-door": "scale",
    "leren-eerste-ontwikkelpunt": "text",
    "leren-boodschap-aan-woe": "text",
}
QUICK_IDS = {
    "stand-cijfer": "scale",
    "stand-oorzaak": "scale",
    "stand-brandjes-blussen": "scale",
    "stand-voortgang-besproken": "scale",
    "woe-taken-helder": "scale",
    "woe-rol": "choice",
    "woe-uren-per-week": "number",
    "stap-plan-van-aanpak": "yesno",
    "stap-samenwerken-met": "multi",
    "stap-eerste-actie": "text",
}


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
    assert 40 <= sum(sizes) <= 55


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
def test_every_question_has_help_and_allows_dont_know(bank: Questionnaire) -> None:
    for q in bank.questions():
        assert q.help is not None, q.id
        assert q.allow_dont_know, q.id


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
    # "weet niet" is the format's default; the bundled files never mention the switch
    with (bundled_dir() / f"{bank.id}.toml").open("rb") as f:
        raw: dict[str, Any] = tomllib.load(f)
    for theme in raw["themes"]:
        for question in theme["questions"]:
            assert "allow_dont_know" not in question, question["id"]


@BANKS
def test_every_abbreviation_is_explained(bank: Questionnaire) -> None:
    explaining = [bank.description.get("nl")]
    explaining += [theme.intro.get("nl") for theme in bank.themes]
    explaining += [q.help.get("nl") for q in bank.questions() if q.help is not None]
    used = " ".join(text.get("nl") for _, text in texts(bank) if text is not None)
    for short, long in ABBREVIATIONS.items():
        if re.search(rf"\b{short}\b", used):
            assert any(re.search(rf"\b{short}\b", t) and long in t for t in explaining), short
