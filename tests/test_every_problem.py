"""Every problem of a file in one run, in line order: banks, results, merged results (issue 12, point 7).

Each fixture in fixtures/every-problem/files holds a defect of every kind the checks know:
field errors, rules over several fields (which pydantic runs only once the fields are valid),
ids that repeat, the changelog, and for results what does not fit the bank. One `woest
validate` names them all, in the order of the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from woest_tui.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"
FILES = FIXTURES / "every-problem" / "files"
BANKS = [FIXTURES / "teamcheck" / "bank-1.0.toml", FIXTURES / "teamcheck" / "bank-1.1.toml"]

BANK = [
    "description (regel 3): ontbreekt",
    "title (regel 7): deze tekst heeft geen versie in de eigen taal van de vragenlijst (nl)",
    "roles[1].id (regel 10): het id 'leerkracht' komt al voor, bij roles[0].id",
    "colour (regel 12): onbekend veld (tikfout?)",
    "scale.strength (regel 14): de standaardschaal heeft strength en development nodig",
    "themes[0].questions[0].scale.labels (regel 31): verwacht 11 labels (een per punt), gevonden 3",
    "themes[0].questions[1].options[1].id (regel 39): de optie 'plenair' staat er al, bij options[0].id",
    "themes[0].questions[2].scale (regel 47): scale hoort niet bij een vraag van type choice",
    "themes[1].intro (regel 54): deze tekst heeft geen versie in de eigen taal van de vragenlijst (nl)",
    "themes[1].questions[0].text (regel 59): verwacht een tekst, of een tabel met een tekst per"
    ' taal ({ nl = "...", en = "..." })',
    "themes[1].questions[0].min (regel 60): min moet kleiner zijn dan max (bij min = max valt er niets te kiezen)",
    "themes[1].questions[1].id (regel 64): het id 'overleg-vorm' komt al voor, bij themes[0].questions[1].id",
    "themes[1].questions[1].reverse (regel 67): reverse hoort niet bij een vraag van type yesno",
    "themes[1].questions[2].options (regel 73): verwacht 2 tot 9 opties, gevonden 1",
    "themes[1].questions[3].type (regel 77): kies uit: scale, choice, multi, yesno, number, text",
    "changelog[0].added[0] (regel 82): 'werkdruk-weg' staat in de changelog van versie 1.1, maar is geen thema of vraag van deze versie",
]

RESULT = [
    "session.role (regel 10): de modus individual heeft de rol van de invuller nodig",
    "session.team (regel 11): mag niet leeg zijn",
    "session.finished (regel 15): afgerond voordat de sessie begon (finished ligt voor started)",
    'session.roles."conci\\u00ebrge" (regel 19): alleen kleine letters, cijfers, - en _ (zonder spaties), hoogstens 64 tekens',
    "answers.overleg-nut.value (regel 23): 7 ligt buiten de schaal 1 tot 5",
    "answers.overleg-vorm.dont_know (regel 27): een antwoord is 'weet niet' of heeft een waarde, niet allebei",
    "answers.overleg-cijfer.value (regel 30): een vraag van type scale verwacht een geheel getal op de schaal",
    "answers.werkdruk-oorzaken.value (regel 33): 'zwemmen' is geen optie van deze vraag (kies uit: nakijken, ouders, administratie)",
    "answers.werkdruk-haalbaar.dont_know (regel 36): bij deze vraag is 'weet niet' niet toegestaan",
    "answers.bestaat-niet (regel 38): vraag 'bestaat-niet' bestaat niet in vragenlijst teamcheck 1.0",
    "priorities[0].ref (regel 42): 'overleg-weg' is geen vraag en geen thema van deze vragenlijst",
    "meetings[0].date (regel 48): een overleg ligt voor de datum van de sessie (2026-03-02)",
    "meetings[0].themes[1] (regel 49): thema 'zwemmen' staat niet in deze vragenlijst",
]

MERGED = [
    "session.merged_from (regel 14): merged_from is 4, maar session.roles telt samen 3 personen",
    "answers.overleg-nut.votes (regel 25): is [0, 0, 1, 1, 2], maar by_role telt op tot [0, 0, 1, 1, 1]",
    "answers.overleg-te-lang.by_role.ib (regel 36): rol 'ib' staat niet in session.roles",
    "answers.overleg-cijfer.votes[10] (regel 43): verwacht een geheel getal",
    "answers.overleg-vorm.counts.zwemmen (regel 52): onbekende sleutel 'zwemmen' (kies uit: plenair, bouw, online)",
]


@pytest.mark.parametrize(
    ("name", "expected"), [("bank", BANK), ("result", RESULT), ("merged", MERGED)]
)
def test_one_run_names_every_problem_in_line_order(name, expected, capsys):
    path = FILES / f"{name}.toml"
    args = [a for bank in BANKS for a in ("--questions", str(bank))]
    assert main(["validate", *args, str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"woest: {path}: {line}" for line in expected]
