"""Both bundled versions: 1.0.0 results keep their meaning, 1.1.0 says what it changed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from tests.conftest import STARTED, result_data
from woest_tui.cli.main import main
from woest_tui.core.compare.changelog import (
    changelog_lines,
    replaced_by,
    reworded_since,
    version_key,
)
from woest_tui.core.files.bank import (
    bank_for,
    bundled_banks,
    bundled_dir,
    content_hash,
    earlier_banks,
    find_bank,
    load_questionnaire,
)
from woest_tui.core.files.storage import result_from, save_result
from woest_tui.core.model import BankRef, Question, Questionnaire
from woest_tui.core.session.listing import list_sessions

EARLIER = bundled_dir() / "earlier"
#: The hashes that results answered with 1.0.0 carry: the bundled copies must keep them.
HASHES_1_0_0 = {
    "woest": "sha256:c63df2f4c1a55995c3006a6cf5f5bc279d16e26cf2a45bea1f543c589f642dbc",
    "quickscan": "sha256:49071efcc8756823a915086d255d0307428f9fd3fddc864896f6c544fc806060",
}
NOW = {bank_id: load_questionnaire(bundled_dir() / f"{bank_id}.toml") for bank_id in HASHES_1_0_0}
THEN = {bank_id: load_questionnaire(EARLIER / f"{bank_id}-1.0.0.toml") for bank_id in HASHES_1_0_0}
BOTH = pytest.mark.parametrize("bank_id", list(HASHES_1_0_0))

Capture = pytest.CaptureFixture[str]


@BOTH
def test_the_earlier_version_is_bundled_with_its_own_hash(bank_id: str) -> None:
    then = THEN[bank_id]
    assert (then.id, then.version) == (bank_id, "1.0.0")
    assert content_hash(then) == HASHES_1_0_0[bank_id]
    assert NOW[bank_id].version == "1.1.0"
    ref = BankRef(id=bank_id, version="1.0.0", hash=HASHES_1_0_0[bank_id])
    assert bank_for(ref) == EARLIER / f"{bank_id}-1.0.0.toml"


def test_only_the_current_versions_are_offered_and_found_by_id() -> None:
    assert [p.name for p in bundled_banks()] == ["woest.toml", "quickscan.toml"]
    assert [p.name for p in earlier_banks()] == ["quickscan-1.0.0.toml", "woest-1.0.0.toml"]
    assert find_bank("woest") == bundled_dir() / "woest.toml"
    assert find_bank("quickscan") == bundled_dir() / "quickscan.toml"


def _dutch(question: Question) -> tuple[object, ...]:
    """What a team reads of a question: its Dutch text, help, options and unit."""
    options = tuple((o.id, o.label.get("nl")) for o in question.options or ())
    help_text = question.help.get("nl") if question.help is not None else None
    unit = question.unit.get("nl") if question.unit is not None else None
    return (question.text.get("nl"), help_text, options, unit)


@BOTH
def test_the_changelog_of_1_1_0_is_what_changed_since_1_0_0(bank_id: str) -> None:
    now, then = NOW[bank_id], THEN[bank_id]
    new = {q.id: q for q in now.questions()}
    old = {q.id: q for q in then.questions()}
    change = next(c for c in now.changelog if c.version == "1.1.0")
    assert set(change.added) | set(change.replaced.values()) == set(new) - set(old)
    assert set(change.removed) | set(change.replaced) == set(old) - set(new)
    kept = set(new) & set(old)
    assert set(change.reworded) == {q for q in kept if _dutch(new[q]) != _dutch(old[q])}
    moved = {q for q in kept if then.theme_of(q).id != now.theme_of(q).id}  # type: ignore[union-attr]
    assert set(change.moved) == moved
    # a question that keeps its id keeps its type and its scale
    for qid in kept:
        assert new[qid].type == old[qid].type, qid
        assert now.scale_of(new[qid]) == then.scale_of(old[qid]), qid


def test_validate_shows_the_changelog(capsys: Capture) -> None:
    path = bundled_dir() / "quickscan.toml"
    assert main(["validate", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"ok: {path}: vragenlijst quickscan 1.1.0, 3 thema's, 10 vragen",
        "  versie 1.1.0, nieuw (1): stand-effect-gemeten",
        "  versie 1.1.0, vervallen (1): stand-oorzaak",
        "  versie 1.1.0, vervangen door een vraag met een nieuw id (3): stand-cijfer →"
        " stand-rapportcijfer, woe-rol → woe-rol-in-praktijk, woe-uren-per-week →"
        " woe-werktijd-pgw",
        "  versie 1.1.0, anders gesteld (2): woe-taken-helder, stap-plan-van-aanpak",
        "  versie 1.0.0: Eerste versie: 3 thema's, 10 vragen.",
    ]
    assert changelog_lines(THEN["woest"], "en") == []


def _result(bank: Questionnaire, path: Path, answers: dict[str, Any], **kw: Any) -> Path:
    save_result(result_from(result_data(bank, answers, finished=True, **kw), path), path)
    return path


OLD_ANSWERS: dict[str, dict[str, Any]] = {
    "rol-woe-mandaat": {"value": 2},
    "rol-woe-uren-per-week": {"value": 12},
    "capaciteit-wijkagenten-op-sterkte": {"value": False},
    "doel-levert-op": {"value": 4},
    "rol-woe-weggehaald": {"value": 4},
    "doel-incident-of-oorzaak": {"value": 3},
    "rol-woe-taken-helder": {"dont_know": True},
}
NEW_ANSWERS: dict[str, dict[str, Any]] = {
    "rol-woe-mandaat": {"value": 4},
    "rol-woe-werktijd-pgw": {"value": 40},
    "rol-woe-weggehaald": {"value": 2},
    "rol-woe-positie": {"not_applicable": True},
    "doel-incident-of-oorzaak": {"value": 3},
    "rol-woe-taken-helder": {"value": 4},
}


def test_a_1_0_0_result_validates_and_summarises_against_its_own_version(
    tmp_path: Path, capsys: Capture
) -> None:
    old = _result(THEN["woest"], tmp_path / "2025.toml", OLD_ANSWERS)
    assert main(["validate", str(old)]) == 0
    out, err = capsys.readouterr()
    assert (
        out == f"ok: {old}: resultaat van Basisteam Amersfoort, 2026-11-28, 7 van 52 beantwoord\n"
    )
    assert err == ""  # no "let op": checked against its own version and content
    assert main(["summary", str(old), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["questionnaire"] | {"title": ""} == {
        "id": "woest",
        "version": "1.0.0",
        "answered_version": "1.0.0",
        "same_content": True,
        "not_in_version": [],
        "title": "",
    }
    questions = {q["id"]: q for q in summary["questions"]}
    assert questions["rol-woe-uren-per-week"]["answer"] == "12 uur per week"
    assert questions["rol-woe-weggehaald"]["theme"] == "rol-woe"  # where 1.0.0 had it


def test_compare_across_versions_matches_by_id_and_says_what_changed(
    tmp_path: Path, capsys: Capture
) -> None:
    old = _result(THEN["woest"], tmp_path / "2025.toml", OLD_ANSWERS)
    new = tmp_path / "2026.toml"
    data = result_data(NOW["woest"], NEW_ANSWERS, finished=True)
    data["session"]["date"] = dt.date(2026, 12, 3)
    data["session"]["started"] = STARTED + dt.timedelta(days=5)
    data["session"]["finished"] = STARTED + dt.timedelta(days=5, hours=2)
    save_result(result_from(data, new), new)
    assert main(["compare", str(new), str(old), "--format", "json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert [r["version"] for r in compared["results"]] == ["1.0.0", "1.1.0"]  # date order
    assert [r["compared_version"] for r in compared["results"]] == ["1.0.0", "1.1.0"]
    assert all(r["same_content"] for r in compared["results"])
    rows = {q["id"]: q for q in compared["questions"]}
    # the same id, the same meaning: matched, reworded since 1.0.0, with its change
    mandate = rows["rol-woe-mandaat"]
    assert (mandate["scores"], mandate["in_every_version"]) == ([2.0, 4.0], True)
    assert mandate["reworded_since"] == "1.0.0" and mandate["change"] == "better"
    assert rows["doel-incident-of-oorzaak"]["reworded_since"] is None
    # moved to another theme, the same id: still one row, under its newest theme
    assert rows["rol-woe-weggehaald"]["theme"] == "capaciteit"
    assert rows["rol-woe-weggehaald"]["scores"] == [2.0, 4.0]  # reverse: 4 -> 2, 2 -> 4
    assert rows["rol-woe-positie"]["not_applicable"] == [0, 1]
    unmatched = {u["id"]: u for u in compared["unmatched"]}
    assert unmatched["rol-woe-uren-per-week"]["replaced_by"] == "rol-woe-werktijd-pgw"
    assert unmatched["doel-levert-op"]["replaced_by"] is None
    assert unmatched["rol-woe-positie"]["missing_in"] == ["Basisteam Amersfoort 2026-11-28"]
    assert main(["compare", str(old), str(new), "--width", "200"]) == 0
    text = capsys.readouterr().out
    assert (
        "In ons team heeft de WOE het mandaat om collega's in te zetten voor een"
        " probleemaanpak: vraag anders gesteld sinds 1.0.0"
    ) in text
    assert (
        "vraag rol-woe-uren-per-week (Hoeveel uur besteedt de WOE in een gewone week aan"
        " probleemgericht werken?): alleen in Basisteam Amersfoort 2026-11-28; anders"
        " gevraagd, nu als rol-woe-werktijd-pgw"
    ) in text
    # three results: a table per theme, where an answer "n.v.t." reads so, not "–"
    later = tmp_path / "2027.toml"
    data["session"]["date"] = dt.date(2027, 3, 1)
    save_result(result_from(data, later), later)
    assert main(["compare", str(old), str(new), str(later), "--width", "200"]) == 0
    lines = capsys.readouterr().out.splitlines()
    position = next(line for line in lines if line.startswith("De WOE zit aan tafel"))
    assert position.split()[-6:] == ["–", "n.v.t.", "n.v.t.", "·", "geen", "vergelijking"]


def test_reworded_since_takes_the_oldest_version_before_the_rewording() -> None:
    woest = NOW["woest"]
    assert reworded_since(woest, "rol-woe-mandaat", ["1.1.0", "1.0.0"]) == "1.0.0"
    assert reworded_since(woest, "rol-woe-mandaat", ["1.1.0", "1.1.0"]) is None
    assert reworded_since(woest, "doel-zelfde-betekenis", ["1.0.0", "1.1.0"]) is None
    assert replaced_by(woest, "leren-boodschap-aan-woe") == "leren-wat-woe-nodig-heeft"
    assert replaced_by(woest, "doel-levert-op") is None
    assert version_key("1.10.0") > version_key("1.9.0") > version_key("1.1.0")


def _bank_with(changelog: list[dict[str, Any]]) -> dict[str, Any]:
    data = NOW["quickscan"].model_dump(mode="json", by_alias=True, exclude_none=True)
    data["changelog"] = changelog
    return data


@pytest.mark.parametrize(
    ("changelog", "key", "place"),
    [
        ([{"version": "1.1.0", "added": ["bestaat-niet"]}], "changelog_missing", "added"),
        (
            [{"version": "1.1.0", "removed": ["woe-taken-helder"]}],
            "changelog_still_there",
            "removed",
        ),
        (
            [{"version": "1.1.0", "replaced": {"stand-oud": "bestaat-niet"}}],
            "changelog_missing",
            "replaced",
        ),
        ([{"version": "1.0.0"}, {"version": "1.0.0"}], "changelog_twice", "version"),
    ],
)
def test_a_changelog_that_does_not_fit_the_bank_is_refused(
    changelog: list[dict[str, Any]], key: str, place: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        Questionnaire.model_validate(_bank_with(changelog))
    errors = caught.value.errors()
    assert errors[0]["type"] == key
    assert place in str(errors[0]["ctx"]["at"])


def test_an_earlier_entry_may_name_ids_this_version_no_longer_has() -> None:
    bank = Questionnaire.model_validate(
        _bank_with([{"version": "1.0.0", "added": ["stand-cijfer", "bestaat-niet-meer"]}])
    )
    assert bank.changelog[0].added == ("stand-cijfer", "bestaat-niet-meer")


def test_the_changelog_does_not_change_the_content_hash() -> None:
    bank = NOW["quickscan"]
    assert content_hash(bank) == content_hash(bank.model_copy(update={"changelog": ()}))


def test_the_start_screen_counts_a_1_0_0_session_in_its_own_version(tmp_path: Path) -> None:
    _result(THEN["woest"], tmp_path / "oud.toml", OLD_ANSWERS)
    [entry] = list_sessions(tmp_path, [NOW["woest"], NOW["quickscan"]])
    assert (entry.version, entry.answered, entry.total, entry.counted_with) == (
        "1.0.0",
        7,
        52,
        None,
    )


def test_individual_1_0_0_files_merge_against_their_own_version(
    tmp_path: Path, capsys: Capture
) -> None:
    files = []
    for role, value in (("wijkagent", 8), ("woe", 20)):
        answers = {
            "rol-woe-uren-per-week": {"value": value},
            "doel-incident-of-oorzaak": {"value": 4},
            "rol-woe-taken-helder": {"not_applicable": True},
        }
        path = tmp_path / f"{role}.toml"
        _result(THEN["woest"], path, answers, mode="individual", role=role)
        files.append(str(path))
    out = tmp_path / "team.toml"
    assert main(["merge", *files, "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert capsys.readouterr().out.endswith("3 van 52 beantwoord (samengevoegd uit 2 bestanden)\n")
    assert main(["summary", str(out), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["questionnaire"]["version"] == "1.0.0"
    questions = {q["id"]: q for q in summary["questions"]}
    assert questions["rol-woe-uren-per-week"]["answer"].startswith("2 antwoorden: 8; 20")
