"""A questionnaire of another domain, in two versions, through every command (issue 12).

tests/fixtures/teamcheck holds a primary school's team check: every feature of the bank
format (own roles and source, a text in two languages, a reverse question, an own 0-10 scale
with thresholds, an own frequency scale without, choice, multi, yes/no, number, text, a
required question, one without "weet niet"). Version 1.1 removes `steun-oud` and adds
`steun-wens`. Every score below is computed by hand from the README's rules (scale 1-5,
strength 3.75, development 2.25).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from woest_tui.cli.main import main

HERE = Path(__file__).parent / "fixtures" / "teamcheck"
V10, V11 = HERE / "bank-1.0.toml", HERE / "bank-1.1.toml"
CONSENSUS, VOTES = HERE / "consensus-1.0.toml", HERE / "votes-1.1.toml"
PEOPLE = [HERE / f"persoon-{p}.toml" for p in "abc"]
BOTH = ["--questions", str(V10), "--questions", str(V11)]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def summary(capsys: pytest.CaptureFixture[str], path: Path, *banks: str) -> dict[str, Any]:
    code, out, err = run(capsys, "summary", str(path), "--format", "json", *banks)
    assert (code, err) == (0, "")
    data: dict[str, Any] = json.loads(out)
    return data


def test_validate_takes_both_versions_and_every_result(capsys):
    files = [V10, V11, CONSENSUS, VOTES, *PEOPLE]
    code, out, err = run(capsys, "validate", *BOTH, *map(str, files))
    assert (code, err) == (0, "")
    assert out.splitlines()[0].endswith("vragenlijst teamcheck 1.0, 3 thema's, 11 vragen")
    assert len(out.splitlines()) == len(files)


def test_consensus_scores_by_hand(capsys):
    data = summary(capsys, CONSENSUS, *BOTH)
    themes = {t["id"]: (t["score"], t["status"]) for t in data["themes"]}
    # overleg: nut 4; te-lang 2 mirrored to 4; cijfer 6 on 0-10 is 1 + 0.6 * 4 = 3.4
    # -> (4 + 4 + 3.4) / 3 = 3.8, strength (from 3.75)
    assert themes["overleg"] == (3.8, "strength")
    # werkdruk: haalbaar 2; vaak "vaak" (4) on the reverse frequency scale mirrored to 2
    assert themes["werkdruk"] == (2.0, "development")
    # steun: only "weet niet" on its scale question: no score
    assert themes["steun"] == (None, None)
    questions = {q["id"]: q for q in data["questions"]}
    cijfer = questions["overleg-cijfer"]
    # judged on its own thresholds (strength 7, development 5.5): 6 is neutral
    assert (cijfer["own_score"], cijfer["score"], cijfer["status"]) == (6.0, 3.4, "neutral")
    assert questions["steun-collega"]["blind_spot"] is True
    assert data["strengths"] == ["overleg", "overleg-nut", "overleg-te-lang"]
    assert data["development_points"] == ["werkdruk", "werkdruk-haalbaar", "werkdruk-vaak"]
    assert data["questionnaire"]["not_in_version"] == []
    assert (data["answered"], data["total"]) == (11, 11)


def test_votes_scores_by_hand(capsys):
    data = summary(capsys, VOTES, *BOTH)
    questions = {q["id"]: q for q in data["questions"]}
    # nut [0,1,2,5,2]: (2 + 6 + 20 + 10) / 10 = 3.8; sd 0.87
    assert (questions["overleg-nut"]["score"], questions["overleg-nut"]["spread"]) == (3.8, 0.87)
    # te-lang [3,0,0,0,7] reverse: own mean 3.8 mirrored 2.2; sd 1.83 >= 1.2: disagreement
    te_lang = questions["overleg-te-lang"]
    assert (te_lang["score"], te_lang["status"], te_lang["disagreement"]) == (
        2.2,
        "development",
        True,
    )
    # cijfer 5,6,6,7,7,7,7,8,8,8: 6.9 on 0-10 (neutral below 7), 1 + 0.69 * 4 = 3.76
    cijfer = questions["overleg-cijfer"]
    assert (cijfer["own_score"], cijfer["score"], cijfer["status"]) == (6.9, 3.76, "neutral")
    themes = {t["id"]: t for t in data["themes"]}
    # (3.8 + 2.2 + 3.76) / 3 = 3.2533 -> 3.25 neutral
    assert (themes["overleg"]["score"], themes["overleg"]["status"]) == (3.25, "neutral")
    # werkdruk: haalbaar [2,3,0,0,0] 1.6; vaak 3.5 mirrored 2.5 -> (1.6 + 2.5) / 2 = 2.05
    assert (themes["werkdruk"]["score"], themes["werkdruk"]["status"]) == (2.05, "development")
    # steun-collega: 3 "eens", 7 "weet niet": a blind spot, not also a strength
    assert questions["steun-collega"]["status"] == "strength"
    assert "steun-collega" in data["blind_spots"] and "steun-collega" not in data["strengths"]
    assert data["blind_spots"] == ["werkdruk-vaak", "steun-collega"]
    assert data["disagreements"] == ["overleg-te-lang"]
    assert data["roles_present"] == {"leerkracht": 8, "ib": 1, "directie": 1}


def test_the_text_summary_rounds_half_up_and_names_the_source(capsys):
    code, out, _ = run(capsys, "summary", str(VOTES), *BOTH, "--width", "100")
    assert code == 0
    assert "3,3  ● neutraal" in out  # 3.25, one decimal, half up
    assert "Geschreven door het team van De Regenboog" in out
    assert "HU" not in out and "WOE" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg", "json"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_format_of_both_results(capsys, fmt, lang):
    for path in (CONSENSUS, VOTES):
        code, out, err = run(capsys, "summary", str(path), *BOTH, "--format", fmt, "--lang", lang)
        assert (code, err) == (0, "")
        assert "Regenboog" in out


def test_summary_with_the_other_version_lists_what_it_lacks(capsys):
    # the 1.0 result with only 1.1 at hand: steun-oud is listed, not scored, exit 0
    data = summary(capsys, CONSENSUS, "--questions", str(V11))
    assert data["questionnaire"]["answered_version"] == "1.0"
    assert data["questionnaire"]["version"] == "1.1"
    assert data["questionnaire"]["not_in_version"] == ["steun-oud"]
    assert "steun-oud" not in [q["id"] for q in data["questions"]]
    code, out, _ = run(capsys, "summary", str(CONSENSUS), "--questions", str(V11), "--width", "100")
    assert code == 0
    assert "samengevat met  │\n│                versie 1.1" in out or "versie 1.1" in out
    assert "Niet gescoord  beantwoord, maar niet in versie 1.1: steun-oud" in out
    # and the other way: the 1.1 result with only 1.0
    data = summary(capsys, VOTES, "--questions", str(V10))
    assert data["questionnaire"]["not_in_version"] == ["steun-wens"]


@pytest.mark.parametrize(
    ("bank", "drifted", "missing"),
    [(V11, 0, ["steun-oud"]), (V10, 1, ["steun-wens"])],
)
def test_compare_with_one_version_both_ways(capsys, bank, drifted, missing):
    code, out, err = run(
        capsys, "compare", str(CONSENSUS), str(VOTES), "--questions", str(bank), "--format", "json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["results"][drifted]["not_in_version"] == missing
    assert data["results"][1 - drifted]["not_in_version"] == []
    code, out, _ = run(capsys, "compare", str(CONSENSUS), str(VOTES), "--questions", str(bank))
    assert code == 0 and f"niet in versie {bank.stem[-3:]}: {missing[0]}" in out


def test_compare_with_both_versions_by_hand(capsys):
    code, out, err = run(capsys, "compare", str(CONSENSUS), str(VOTES), *BOTH, "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    themes = {t["id"]: t for t in data["themes"]}
    assert themes["overleg"]["scores"] == [3.8, 3.25]
    assert (themes["overleg"]["delta"], themes["overleg"]["change"]) == (-0.55, "worse")
    # 2.0 -> 2.05: +0.05, less than a sixteenth of the range (0.25)
    assert (themes["werkdruk"]["delta"], themes["werkdruk"]["change"]) == (0.05, "same")
    unmatched = {u["id"] for u in data["unmatched"]}
    assert unmatched == {"steun-oud", "steun-wens"}


def test_merge_of_three_people_by_hand(capsys, tmp_path):
    out_file = tmp_path / "team.toml"
    code, out, err = run(capsys, "merge", *map(str, PEOPLE), "-o", str(out_file), *BOTH)
    assert (code, err) == (0, "")
    assert "(directie 1, leerkracht 2)" in out
    code, out, err = run(capsys, "validate", str(out_file), *BOTH)
    assert (code, err) == (0, "")
    assert out.startswith("ok: ")
    data = summary(capsys, out_file, *BOTH)
    themes = {t["id"]: (t["score"], t["status"]) for t in data["themes"]}
    # overleg: nut 4,3,5 -> 4.0; te-lang 2,1,4 -> own 2.33 mirrored 3.67; cijfer 7,6,8 -> 7.0
    # on 0-10, 3.8 on 1-5 -> (4.0 + 3.67 + 3.8) / 3 = 3.8233 -> 3.82 strength
    assert themes["overleg"] == (3.82, "strength")
    # werkdruk: haalbaar 2,1,3 -> 2.0; vaak 5,2 (one "weet niet") -> 3.5 mirrored 2.5
    # -> 2.25: exactly on the development threshold
    assert themes["werkdruk"] == (2.25, "development")
    assert themes["steun"] == (4.5, "strength")  # 4 and 5, one "weet niet"
    by_role = {role: {t["id"]: t["score"] for t in rows} for role, rows in data["by_role"].items()}
    # leerkracht: nut 3.5; te-lang 2,1 -> 1.5 mirrored 4.5; cijfer 6.5 -> 3.6: 11.6 / 3
    assert by_role["leerkracht"]["overleg"] == 3.87
    # directie: nut 5; te-lang 4 mirrored 2; cijfer 8 -> 4.2: 11.2 / 3 = 3.733
    assert by_role["directie"]["overleg"] == 3.73
    assert data["roles_present"] == {"leerkracht": 2, "directie": 1}
