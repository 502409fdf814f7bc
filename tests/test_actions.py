"""The action list: markdown and an iCalendar file read back with the library, field by field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar

from tests.conftest import STARTED, MakeResult
from woest_tui.cli.main import main
from woest_tui.core.files.storage import save_result
from woest_tui.core.model import Questionnaire
from woest_tui.report import export_summary
from woest_tui.report.actions import months_on, priority_uids

PRIORITIES = [
    {
        "ref": "capaciteit",
        "action": "Elke week vier uur wijktijd; met komma, puntkomma; en\nregel",
        "owner": "teamchef",
        "due": dt.date(2027, 2, 1),
    },
    {
        "ref": "partners",
        "action": "Bewoners aan tafel",
        "owner": "WOE *Sanne*",
        "due": dt.date(2027, 3, 15),
    },
    {"ref": "capaciteit", "action": "Nog een over tijd", "owner": "OE", "due": dt.date(2027, 4, 1)},
]


def _events(text: str) -> list[dict[str, object]]:
    cal = Calendar.from_ical(text)
    return [
        {key: event.get(key) for key in ("UID", "SUMMARY", "CONTACT", "DESCRIPTION")}
        | {"start": event.decoded("DTSTART"), "end": event.decoded("DTEND")}
        for event in cal.walk("VEVENT")
    ]


def test_the_ics_holds_one_all_day_event_per_priority_and_one_to_measure_again(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank, finished=True, priorities=PRIORITIES)
    text = export_summary(result, woest_bank, "ics", "nl")
    assert "\r\n" in text
    cal = Calendar.from_ical(text)
    assert str(cal["VERSION"]) == "2.0" and "woest" in str(cal["PRODID"])
    events = _events(text)
    assert len(events) == 4
    for event, priority in zip(events, PRIORITIES, strict=False):
        assert str(event["SUMMARY"]) == priority["action"]  # commas, semicolons, lines kept
        assert str(event["CONTACT"]) == priority["owner"]
        assert event["start"] == priority["due"]
        assert event["end"] == priority["due"] + dt.timedelta(days=1)  # type: ignore[operator]
        assert not isinstance(event["start"], dt.datetime)  # a date: an all-day event
        assert "Basisteam Amersfoort" in str(event["DESCRIPTION"])
    assert "Capaciteit" in str(events[0]["DESCRIPTION"])
    last = events[-1]
    assert "Nameten" in str(last["SUMMARY"])
    # finished 2026-11-28 and no day chosen: three months on
    assert last["start"] == dt.date(2027, 2, 28)
    assert len({str(e["UID"]) for e in events}) == 4


def test_the_chosen_day_to_measure_again_is_used(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank, finished=True, priorities=PRIORITIES)
    session = result.session.model_copy(update={"remeasure": dt.date(2027, 6, 1)})
    result = result.model_copy(update={"session": session})
    last = _events(export_summary(result, woest_bank, "ics", "en"))[-1]
    assert last["start"] == dt.date(2027, 6, 1)
    assert "Measure again" in str(last["SUMMARY"])


def test_uids_are_stable_so_a_new_export_updates_the_events(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank, finished=True, priorities=PRIORITIES)
    uids = priority_uids(result)
    # the text, owner and date change, the order changes: the same priorities, the same UIDs
    changed = [dict(p) for p in PRIORITIES]
    changed[1] |= {"action": "Andere tekst", "due": dt.date(2027, 5, 1), "owner": "teamchef"}
    moved = make_result(woest_bank, finished=True, priorities=[changed[1], changed[0], changed[2]])
    assert priority_uids(moved) == [uids[1], uids[0], uids[2]]
    # another session of the same team gets other UIDs
    later = result.model_copy(
        update={"session": result.session.model_copy(update={"started": STARTED.replace(day=29)})}
    )
    assert set(priority_uids(later)).isdisjoint(uids)


def test_the_markdown_action_list_escapes_the_team_text(
    make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    result = make_result(woest_bank, finished=True, priorities=PRIORITIES)
    text = export_summary(result, woest_bank, "actions", "nl")
    assert text.startswith("# Actielijst Basisteam Amersfoort")
    assert "WOE \\*Sanne\\*" in text
    assert (
        "| 2 | Bewoners aan tafel<br>_Partners en bewoners_ | WOE \\*Sanne\\* | 2027-03-15 |"
        in text
    )
    assert "**Nameten:** 2027-02-28" in text


def test_woest_summary_writes_the_ics_file(
    tmp_path: Path, make_result: MakeResult, woest_bank: Questionnaire
) -> None:
    path = tmp_path / "r.toml"
    required = {q.id: {"dont_know": True} for q in woest_bank.questions() if q.required}
    save_result(make_result(woest_bank, required, finished=True, priorities=PRIORITIES), path)
    out = tmp_path / "acties.ics"
    assert main(["summary", str(path), "--format", "ics", "-o", str(out)]) == 0
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 4


def test_months_on_keeps_the_day_or_takes_the_months_last() -> None:
    assert months_on(dt.date(2026, 11, 28), 3) == dt.date(2027, 2, 28)
    assert months_on(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert months_on(dt.date(2027, 11, 30), 3) == dt.date(2028, 2, 29)
    assert months_on(dt.date(2026, 10, 31), 2) == dt.date(2026, 12, 31)
