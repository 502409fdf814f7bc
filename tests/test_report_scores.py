"""Scores as every format shows them: the number never contradicts its status word."""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from woest_tui.core.files.bank import content_hash, load_questionnaire
from woest_tui.core.model import Result
from woest_tui.i18n import Lang
from woest_tui.report import export_summary
from woest_tui.report.common import percent, threshold_text

BANK = load_questionnaire(Path(__file__).parent / "fixtures" / "summary" / "bank.toml")


def votes_result(answers: dict[str, dict[str, Any]]) -> Result:
    started = dt.datetime(2026, 12, 1, 19, tzinfo=dt.UTC)
    return Result.model_validate(
        {
            "schema": 1,
            "questionnaire": {"id": BANK.id, "version": BANK.version, "hash": content_hash(BANK)},
            "session": {
                "team": "Basisteam Rand",
                "date": dt.date(2026, 12, 1),
                "mode": "votes",
                "started": started,
                "finished": started + dt.timedelta(hours=2),
            },
            "answers": answers,
        }
    )


#: doel 3.95 (one decimal would read 4,0: strength); partners (2.6 + 2.5) / 2 = 2.55
#: (one decimal reads 2,6 under half up: neutral, as it is); tijd-cijfer 7.0 on its own 0-10.
EDGES = votes_result(
    {
        "doel-oorzaak": {"votes": [0, 0, 1, 19, 0]},
        "partners-eigenaar": {"votes": [0, 2, 3, 0, 0]},
        "partners-bewoners": {"votes": [0, 1, 1, 0, 0]},
        "tijd-cijfer": {"votes": [0] * 7 + [4, 0, 0, 0]},
    }
)


def shown(fmt: str, lang: Lang = "nl") -> str:
    text = export_summary(EDGES, BANK, fmt, lang, 100)
    if fmt == "html":
        text = unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.replace("*", " ").split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "svg"])
def test_a_score_next_to_a_threshold_gets_two_decimals(fmt: str) -> None:
    text = shown(fmt) if fmt != "svg" else export_summary(EDGES, BANK, fmt, "nl", 100)
    if fmt == "svg":
        text = unescape(re.sub(r"<[^>]+>", "", text)).replace("\u00a0", " ")
    assert "3,95" in text and "2,6" in text
    assert "4,0 neutraal" not in text and "2,5 neutraal" not in text


def test_text_shows_the_number_beside_its_word() -> None:
    text = shown("text")
    # the word with its symbol: the status reads without its colour
    assert "3,95 ● neutraal" in text  # the theme row
    assert "2,6 ● neutraal" in text  # 2.55, half up
    assert "2,5 ▼ ontwikkelpunt" in text  # partners-bewoners: exactly on the threshold
    assert "sterk vanaf 4,0, ontwikkelpunt tot en met 2,5" in text
    english = shown("text", "en")
    assert "3.95 ● neutral" in english and "2.6 ● neutral" in english


def test_own_scale_score_is_shown_on_its_own_scale() -> None:
    text = shown("text")
    # 7 on 0-10 is 3.8 on 1-5, but its own thresholds (strength from 7.0) judge it
    assert "7,0 op 0–10 ▲ sterk" in text
    assert "3,8 ▲ sterk" not in text
    assert "7.0 on 0–10 ▲ strength" in shown("text", "en")
    assert "7,0 op 0–10 sterk" in shown("markdown") and "7,0 op 0–10 ▲ sterk" in shown("html")


def test_json_scores_agree_with_their_statuses() -> None:
    data = json.loads(export_summary(EDGES, BANK, "json", "nl"))
    themes = {t["id"]: t for t in data["themes"]}
    assert (themes["doel"]["score"], themes["doel"]["status"]) == (3.95, "neutral")
    assert (themes["partners"]["score"], themes["partners"]["status"]) == (2.55, "neutral")
    questions = {q["id"]: q for q in data["questions"]}
    cijfer = questions["tijd-cijfer"]
    assert (cijfer["score"], cijfer["own_score"], cijfer["status"]) == (3.8, 7.0, "strength")
    assert cijfer["own_scale"] == {"min": 0, "max": 10, "strength": 7.0, "development": 5.0}
    plain = questions["doel-oorzaak"]
    assert plain["own_score"] is None and plain["own_scale"] is None


def test_own_scale_without_thresholds_shows_both_scores() -> None:
    from woest_tui.core.scoring.records import QuestionScore
    from woest_tui.report.common import question_score_text

    question = BANK.question("tijd-cijfer")
    assert question is not None and question.scale is not None
    ten = question.scale.model_copy(update={"strength": None, "development": None})
    score = QuestionScore(
        "q", "t", "scale", 3.8, "neutral", 1, 0, 0.0, None, False, False, 7.0, ten
    )
    assert question_score_text(score, BANK.scale, "nl") == "7,0 op 0–10 → 3,8"
    assert question_score_text(score, BANK.scale, "en") == "7.0 on 0–10 → 3.8"


@pytest.mark.parametrize(
    ("value", "text"), [(4.0, "4,0"), (2.5, "2,5"), (3.75, "3,75"), (3.333, "3,333"), (None, "–")]
)
def test_thresholds_are_shown_as_they_are(value: float | None, text: str) -> None:
    assert threshold_text(value, "nl") == text


@pytest.mark.parametrize(
    ("share", "shown"),
    [(0.495, 49), (0.5, 50), (0.29, 29), (199 / 200, 99), (1.0, 100), (None, 0), (2 / 3, 66)],
)
def test_a_percentage_never_claims_more_than_is_there(share: float | None, shown: int) -> None:
    """99 of 200 'weet niet' is not yet the 50% of a blind spot; 199 of 200 is not 100%."""
    assert percent(share) == shown
