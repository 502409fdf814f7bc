"""The summary's new parts: their place in every format, and the team's text escaped in them."""

from __future__ import annotations

import datetime as dt
import json

from tests.conftest import STARTED, result_data
from woest_tui.core.model import Questionnaire, Result
from woest_tui.report import export_summary

HOSTILE = "<script>x</script> **vet** | [link](http://x) \x1b[31m"


def _result(bank: Questionnaire) -> Result:
    data = result_data(
        bank,
        {"doel-zelfde-betekenis": {"value": 1}, "doel-incident-of-oorzaak": {"dont_know": True}},
        priorities=[
            {"ref": "doel", "action": "Nu doen", "owner": "OE", "due": dt.date(2027, 1, 1)}
        ],
    )
    data["meetings"] = [
        {"date": dt.date(2026, 11, 28), "themes": ["doel"], "started": STARTED, "minutes": 60}
    ]
    data["follow_up"] = {
        "date": dt.date(2026, 6, 1),
        "file": "oud.toml",
        "items": [
            {
                "ref": "doel",
                "action": HOSTILE,
                "owner": "teamchef",
                "due": dt.date(2026, 9, 1),
                "status": "deels",
                "note": HOSTILE + "\ntweede regel",
            }
        ],
    }
    return Result.model_validate(data)


def test_every_format_opens_with_what_to_discuss_then_priorities_then_follow_up(
    woest_bank: Questionnaire,
) -> None:
    result = _result(woest_bank)
    for fmt, marks in (
        ("text", ("Om te bespreken", "Prioriteiten", "vorige acties", "Thema's", "Over deze")),
        ("markdown", ("## Om te bespreken", "## Prioriteiten", "## Wat is er", "## Thema's")),
        ("html", ("<h2>Om te bespreken", "<h2>Prioriteiten", "<h2>Wat is er", "<h2>Thema")),
    ):
        text = export_summary(result, woest_bank, fmt, "nl", 100)
        places = [text.index(mark) for mark in marks]
        assert places == sorted(places), fmt
        assert "Wat goed eruitziet" in text
        assert "Overleg 1" in text and "2026-11-28: Gedeeld doel (60 min)" in text


def test_the_team_text_in_the_follow_up_is_escaped(woest_bank: Questionnaire) -> None:
    result = _result(woest_bank)
    html = export_summary(result, woest_bank, "html", "nl")
    assert "<script>" not in html and "&lt;script&gt;" in html
    markdown = export_summary(result, woest_bank, "markdown", "nl")
    assert "\\*\\*vet\\*\\*" in markdown and "\\|" in markdown and "\x1b" not in markdown
    text = export_summary(result, woest_bank, "text", "nl", 100)
    assert "\x1b" not in text and "␛" in text


def test_the_json_holds_the_new_parts(woest_bank: Questionnaire) -> None:
    data = json.loads(export_summary(_result(woest_bank), woest_bank, "json", "nl"))
    assert data["meetings"] == [{"date": "2026-11-28", "themes": ["doel"], "minutes": 60}]
    assert data["to_discuss"][0]["id"] == "doel-zelfde-betekenis"
    assert data["to_discuss"][0]["reason"] == "development" and data["to_discuss"][0]["help"]
    assert data["follow_up"]["items"][0]["status"] == "deels"
    assert list(data).index("to_discuss") < list(data).index("themes")
