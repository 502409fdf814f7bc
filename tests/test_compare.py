"""Comparing results: version drift, weet niet, votes, trends and teams, and every export."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from woest_tui.core.compare.load import label_problem, load_for_compare
from woest_tui.core.compare.results import ABOUT_SAME_SHARE, Comparison, build_comparison, change_of
from woest_tui.core.compare.rows import make_row
from woest_tui.core.errors import WoestError
from woest_tui.core.files.storage import load_result, save_result
from woest_tui.core.merge.results import merge_results, read_individuals
from woest_tui.core.model import Text
from woest_tui.i18n import Lang
from woest_tui.report.compare import render_comparison
from woest_tui.report.compare_cells import change_cell, spread_cell
from woest_tui.report.compare_export import (
    comparison_html,
    comparison_json,
    comparison_markdown,
    comparison_svg,
    comparison_text,
    export_comparison,
)

FIX = Path(__file__).parent / "fixtures" / "compare"
BANKS = [FIX / "bank-v1.toml", FIX / "bank-v2.toml"]
A25, A26 = FIX / "amersfoort-2025.toml", FIX / "amersfoort-2026.toml"
ALMERE, UTRECHT = FIX / "almere-2026.toml", FIX / "utrecht-2026.toml"
INDIVIDUAL = [FIX / f"ind-{n}.toml" for n in ("wijkagent-1", "wijkagent-2", "teamchef", "woe")]


def compare(*paths: Path, labels: list[str] | None = None) -> Comparison:
    return build_comparison(load_for_compare(list(paths), BANKS), labels)


def scores(comparison: Comparison, row_id: str) -> tuple[float | None, ...]:
    row = comparison.row(row_id)
    assert row is not None
    return tuple(None if s is None else round(s, 3) for s in row.scores)


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    items, bank = read_individuals(INDIVIDUAL, BANKS)
    path = tmp_path / "merged.toml"
    save_result(merge_results(items, bank), path)
    return path


# --- the domain -----------------------------------------------------------------------------


def test_each_result_is_scored_against_its_own_version() -> None:
    comparison = compare(A25, A26)
    assert [s.version for s in comparison.sides] == ["1.0", "2.0"]
    # woe-mandaat exists only in 1.0: scored there, never dropped
    assert scores(comparison, "woe-mandaat") == (2.0, None)
    assert scores(comparison, "woe-tijd") == (None, 3.5)


def test_version_drift_is_listed_as_unmatched() -> None:
    comparison = compare(A25, A26)
    unmatched = {(row.kind, row.id): row.present for row in comparison.unmatched}
    assert unmatched == {
        ("theme", "leren"): (False, True),
        ("question", "woe-tijd"): (False, True),
        ("question", "woe-mandaat"): (True, False),
        ("question", "leren-effect"): (False, True),
    }
    mandaat = comparison.row("woe-mandaat")
    assert mandaat is not None and mandaat.delta is None and mandaat.change is None
    # the removed question stays under its theme
    assert mandaat.theme == "woe"


def test_same_version_has_nothing_unmatched() -> None:
    assert compare(A26, ALMERE).unmatched == ()


def test_votes_mode_scores_the_mean_of_the_votes() -> None:
    comparison = compare(A25, A26)
    assert scores(comparison, "doel-begrip") == (3.0, round(25 / 6, 2))
    # reverse-worded: mirrored
    assert scores(comparison, "doel-incident") == (2.0, round(6 - 13 / 6, 2))


def test_weet_niet_gives_no_score() -> None:
    comparison = compare(A26, ALMERE)
    assert scores(comparison, "samen-partners") == (3.5, None)  # Almere: weet niet
    assert scores(comparison, "samen") == (3.5, None)
    assert scores(comparison, "leren-effect") == (None, 1.0)  # Amersfoort: weet niet
    samen = comparison.row("samen")
    assert samen is not None and samen.delta is None and samen.change is None


def test_missing_answer_is_no_score_not_unmatched(tmp_path: Path) -> None:
    result = load_result(A26)
    answers = {k: v for k, v in result.answers.items() if k != "woe-taken"}
    path = tmp_path / "missing.toml"
    save_result(result.model_copy(update={"answers": answers}), path)
    comparison = compare(A25, path)
    assert scores(comparison, "woe-taken") == (2.0, None)
    assert "woe-taken" not in {row.id for row in comparison.unmatched}


def test_two_results_of_one_team_are_a_trend_in_date_order() -> None:
    comparison = compare(A26, A25, labels=["nu", "toen"])
    assert comparison.order == "trend"
    assert [s.label for s in comparison.sides] == ["toen", "nu"]  # labels follow their file
    doel = comparison.row("doel")
    assert doel is not None
    assert doel.delta == pytest.approx(1.5)
    assert doel.change == "better"
    samen = comparison.row("samen")
    assert samen is not None and samen.change == "worse"


def test_three_of_one_team_over_time(merged: Path) -> None:
    comparison = compare(merged, A26, A25)
    assert comparison.order == "trend"
    assert [s.date.isoformat() for s in comparison.sides] == [
        "2025-03-01",
        "2026-03-05",
        "2026-03-06",
    ]
    assert comparison.sides[2].merged_from == 4
    assert comparison.pair is None
    # delta is last minus first
    assert scores(comparison, "woe-taken") == (2.0, round(14 / 3, 2), 3.75)
    woe = comparison.row("woe-taken")
    assert woe is not None and woe.delta == pytest.approx(1.75)


def test_different_teams_stay_in_the_order_given() -> None:
    comparison = compare(UTRECHT, A26, ALMERE)
    assert comparison.order == "given"
    assert [s.team for s in comparison.sides] == [
        "Basisteam [bold]Utrecht",
        "Basisteam Amersfoort",
        "Basisteam Almere",
    ]
    assert comparison.sides[0].label == "Basisteam [bold]Utrecht 2026-01-20"


def test_pair_similarities_differences_and_development_points() -> None:
    pair = compare(A26, ALMERE).pair
    assert pair is not None
    assert pair.both_strong == ("doel", "doel-begrip", "woe-taken")
    assert pair.both_weak == ()
    assert pair.appeared == ("leren", "leren-effect", "woe-tijd")
    assert pair.disappeared == ()
    over_time = compare(A25, A26).pair
    assert over_time is not None
    assert over_time.differences == ("doel", "woe", "woe-taken")
    assert over_time.disappeared == ("woe", "doel", "doel-incident", "woe-taken")
    # woe-mandaat is not in 2.0: unmatched, not "disappeared"
    assert "woe-mandaat" not in over_time.disappeared


def test_moved_most_largest_first_and_beyond_the_band() -> None:
    comparison = compare(A25, A26)
    assert comparison.moved == ("woe-taken", "doel-incident", "doel-begrip", "samen-partners")


@pytest.mark.parametrize(
    ("delta", "word"),
    [
        (None, None),
        (0.0, "same"),
        (0.24, "same"),
        (-0.24, "same"),
        (0.25, "better"),
        (-0.3, "worse"),
    ],
)
def test_about_the_same_band(delta: float | None, word: str | None) -> None:
    assert change_of(delta, 4 * ABOUT_SAME_SHARE) == word
    assert compare(A25, A26).band == pytest.approx(0.25)


def test_default_labels_are_team_and_date_and_unique(tmp_path: Path) -> None:
    copy = tmp_path / "again.toml"
    result = load_result(A26)
    started = result.session.started.replace(hour=20)
    save_result(
        result.model_copy(
            update={"session": result.session.model_copy(update={"started": started})}
        ),
        copy,
    )
    comparison = compare(A26, copy)
    assert [s.label for s in comparison.sides] == [
        "Basisteam Amersfoort 2026-03-05 (1)",
        "Basisteam Amersfoort 2026-03-05 (2)",
    ]


def test_refuses_a_label_count_that_does_not_match() -> None:
    with pytest.raises(WoestError) as caught:
        compare(A25, A26, labels=["een"])
    assert caught.value.problems[0].key == "compare_labels_count"


def test_refuses_fewer_than_two() -> None:
    with pytest.raises(WoestError) as caught:
        build_comparison(load_for_compare([A25], BANKS))
    assert caught.value.problems[0].key == "compare_too_few"


def test_refuses_another_questionnaire() -> None:
    with pytest.raises(WoestError) as caught:
        load_for_compare([A25, FIX / "quickscan-2026.toml"], BANKS)
    error = caught.value
    assert error.problems[0].key == "compare_other_bank"
    assert error.path == str(FIX / "quickscan-2026.toml")
    # the TUI passes checked results itself: refused there too
    checked = load_for_compare([A25], BANKS) + load_for_compare([FIX / "quickscan-2026.toml"])
    with pytest.raises(WoestError):
        build_comparison(checked)


# --- rendering and exports ------------------------------------------------------------------


def test_json_shape() -> None:
    data = json.loads(export_comparison(compare(A25, A26, labels=["toen", "nu"]), "json", "nl"))
    assert data["results"][0] == data["results"][0] | {
        "label": "toen",
        "team": "Basisteam Amersfoort",
        "date": "2025-03-01",
    }
    themes = {t["id"]: t for t in data["themes"]}
    assert themes["doel"]["scores"] == [2.5, 4.0]
    assert themes["doel"]["delta"] == 1.5
    assert themes["doel"]["title"] == "Gedeeld doel"
    assert themes["leren"]["delta"] is None
    questions = {q["id"]: q for q in data["questions"]}
    assert questions["woe-mandaat"]["scores"] == [2.0, None]
    assert questions["woe-mandaat"]["delta"] is None
    assert {(u["kind"], u["id"]) for u in data["unmatched"]} >= {("question", "woe-mandaat")}
    mandaat = next(u for u in data["unmatched"] if u["id"] == "woe-mandaat")
    assert mandaat["in"] == ["toen"] and mandaat["missing_in"] == ["nu"]
    assert data["about_the_same_below"] == 0.25
    assert data["pair"]["differences"] == ["doel", "woe", "woe-taken"]
    assert comparison_json(compare(A25, A26, ALMERE), "en")["pair"] is None


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("paths", [(A25, A26), (UTRECHT, A26, ALMERE)])
def test_text_fits_80_columns_without_escape_codes(lang: Lang, paths: tuple[Path, ...]) -> None:
    text = comparison_text(compare(*paths), lang)
    assert "\x1b" not in text
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Basisteam" in text


def test_words_in_both_languages() -> None:
    comparison = compare(A25, A26)
    assert "↑ +1,50 beter" in comparison_text(comparison, "nl")
    english = comparison_text(comparison, "en")
    assert "↑ +1.50 better" in english and "↓ -0.50 worse" in english
    assert "0.25" in english
    assert "about the same" in comparison_text(compare(A26, ALMERE), "en")


def test_untrusted_text_is_never_markup() -> None:
    labels = ["[bold red]Eerste[/bold red]", '<script>alert("x")</script> & [link](http://x)']
    comparison = compare(UTRECHT, A26, labels=labels)
    text = comparison_text(comparison, "nl")
    assert "[bold red]Eerste[/bold red]" in text
    html = comparison_html(comparison, "nl")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;" in html
    markdown = comparison_markdown(comparison, "nl")
    assert "<script>" not in markdown
    assert "\\[link\\](http://x)" in markdown
    svg = comparison_svg(comparison, "nl")
    assert svg.lstrip().startswith("<svg") and "<script>" not in svg
    # a team name with markup, untouched by Rich
    assert "Basisteam [bold]Utrecht" in comparison_text(compare(UTRECHT, A25), "nl")


def test_render_comparison_for_the_tui_takes_a_width() -> None:
    console = Console(width=120, record=True, color_system=None, file=io.StringIO())
    console.print(render_comparison(compare(UTRECHT, A26, ALMERE), "en", width=60))
    lines = console.export_text().splitlines()
    assert max(len(line.rstrip()) for line in lines) <= 60
    assert any("Themes" in line for line in lines)


def test_markdown_and_html_hold_the_tables() -> None:
    comparison = compare(A25, A26)
    markdown = comparison_markdown(comparison, "nl")
    assert "| Gedeeld doel | 2,5 ontwikkelpunt | 4,0 sterk | ↑ +1,50 beter |" in markdown
    html = comparison_html(comparison, "en")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
    assert "<td>Shared purpose</td>" in html


def test_domain_modules_import_neither_textual_nor_rich() -> None:
    code = (
        "import sys, woest_tui.core.merge.results, woest_tui.core.compare.results\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_results_are_checked_against_their_own_version_whatever_the_bank_order() -> None:
    # both versions offered, the newer first: each result still gets the bank it was answered with
    from woest_tui.core.files.documents import load_checked

    newer_first = [BANKS[1], BANKS[0]]
    assert load_checked(UTRECHT, newer_first).bank.version == "1.0"
    assert load_checked(A26, newer_first).bank.version == "2.0"
    comparison = build_comparison(
        [load_checked(UTRECHT, newer_first), load_checked(A26, newer_first)]
    )
    assert [s.version for s in comparison.sides] == ["1.0", "2.0"]
    assert {row.id for row in comparison.unmatched} >= {"woe-mandaat", "leren"}


# --- what the audit found -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after", "shown", "change"),
    [
        (4.0, 4.25, "↑ +0,25 beter", "better"),
        (4.1, 4.35, "↑ +0,25 beter", "better"),  # 0.2499999... before rounding
        (4.0, 4.24, "→ +0,24 ongeveer gelijk", "same"),
        (3.0, 2.75, "↓ -0,25 slechter", "worse"),
        (3.0, 3.0, "→ 0,00 ongeveer gelijk", "same"),
    ],
)
def test_a_change_is_judged_on_what_is_shown(
    before: float, after: float, shown: str, change: str
) -> None:
    text = Text({"nl": "t"})
    row = make_row("t", "theme", ("t", "theme", text), [(before, None), (after, None)], 0.25)
    assert row.change == change
    assert change_cell(row, "nl").text == shown


def test_side_by_side_shows_the_spread_not_better_or_worse() -> None:
    comparison = compare(UTRECHT, A26, ALMERE)
    doel = comparison.row("doel")
    assert doel is not None and doel.scores == (1.5, 4.0, 4.0)
    assert (doel.spread, doel.highest, doel.lowest) == (2.5, 1, 0)
    text = comparison_text(comparison, "nl")
    assert "2,50: hoogst 2, laagst 1" in text
    assert "beter" not in text and "slechter" not in text
    assert "Vragen waarop de teams het meest verschillen" in text
    assert "tussen de eerste en de laatste" not in text
    # moved: the widest spreads, not the last minus the first
    assert comparison.moved[0] == "doel-incident"
    data = comparison_json(comparison, "nl")
    theme = next(t for t in data["themes"] if t["id"] == "doel")
    assert theme["delta"] == 2.5 and theme["spread"] == 2.5
    assert theme["highest"] == "Basisteam Amersfoort 2026-03-05"
    assert theme["lowest"] == "Basisteam [bold]Utrecht 2026-01-20"
    # one team over time keeps its better and worse
    assert "beter" in comparison_text(compare(A25, A26), "nl")


def test_spread_within_the_band_is_about_the_same() -> None:
    text = Text({"nl": "t"})
    row = make_row("t", "theme", ("t", "theme", text), [(3.0, None), (3.1, None)], 0.25)
    assert spread_cell(row, 0.25, "nl").text == "0,10 ongeveer gelijk"
    assert spread_cell(row, 0.25, "en").text == "0.10 about the same"


@pytest.fixture
def old_without_mandaat(tmp_path: Path) -> Path:
    """A result answered with 1.0 that also fits 2.0 (it skipped woe-mandaat)."""
    result = load_result(A25)
    answers = {k: v for k, v in result.answers.items() if k != "woe-mandaat"}
    path = tmp_path / "oud.toml"
    save_result(result.model_copy(update={"answers": answers}), path)
    return path


def test_a_result_scored_with_another_version_is_named(old_without_mandaat: Path) -> None:
    comparison = build_comparison(load_for_compare([old_without_mandaat, A26], [BANKS[1]]))
    old = comparison.sides[0]
    assert (old.version, old.bank_version, old.same_content, old.drifted) == (
        "1.0",
        "2.0",
        False,
        True,
    )
    assert comparison.drifted == (old,)
    note = "beantwoord met versie 1.0, vergeleken met versie 2.0"
    text = comparison_text(comparison, "nl", 200)
    assert note in text
    assert "Let op: Basisteam Amersfoort 2025-03-01 is niet met zijn eigen versie" in text
    assert "Elk thema en elke vraag staat in elke versie." not in text
    assert "staat in elke gebruikte versie" in text
    assert "compared with version 2.0" in comparison_text(comparison, "en", 200)
    assert note in comparison_markdown(comparison, "nl")
    assert note in comparison_html(comparison, "nl")
    data = comparison_json(comparison, "nl")
    assert data["results"][0] | {"version": "1.0", "compared_version": "2.0"} == data["results"][0]
    assert data["results"][0]["same_content"] is False
    assert data["results"][1]["same_content"] is True
    # with both versions given nothing drifts
    assert compare(old_without_mandaat, A26).drifted == ()


@pytest.mark.parametrize(
    ("labels", "key"),
    [
        (["", "nu"], "compare_label_empty"),
        (["nu", "  "], "compare_label_empty"),
        (["Nu", "nu "], "compare_label_twice"),
        (["a", "a"], "compare_label_twice"),
    ],
)
def test_refuses_empty_or_equal_labels(labels: list[str], key: str) -> None:
    problem = label_problem(labels)
    assert problem is not None and problem[0] == key
    with pytest.raises(WoestError) as caught:
        compare(A25, A26, labels=labels)
    assert caught.value.problems[0].key == key
    assert label_problem(["toen", "nu"]) is None


def test_priorities_have_the_summary_shape() -> None:
    data = comparison_json(compare(A25, A26), "nl")
    priorities = data["results"][1]["priorities"]
    assert priorities == [
        {
            "rank": 1,
            "ref": "leren",
            "about": "Leren",
            "action": "Elk plan van aanpak krijgt een meetbaar doel",
            "owner": "OE",
            "due": "2026-09-01",
        }
    ]
