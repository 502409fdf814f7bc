"""Messages of the meeting cycle: planning, time, "Om te bespreken", actions, follow-up."""

from __future__ import annotations

#: key -> (Dutch, English).
CYCLE_MESSAGES: dict[str, tuple[str, str]] = {
    # --- validation -----------------------------------------------------------------
    "meeting_theme_twice": (
        "thema '{id}' staat twee keer in dit overleg",
        "theme '{id}' is in this meeting twice",
    ),
    "meeting_started_other_day": (
        "started ligt niet op de datum van het overleg ({date})",
        "started is not on the meeting's date ({date})",
    ),
    "meeting_before_session": (
        "een overleg ligt voor de datum van de sessie ({date})",
        "a meeting is before the session's date ({date})",
    ),
    "meetings_order": (
        "de overleggen staan niet op datum (een latere staat voor een eerdere)",
        "the meetings are not in date order (a later one comes before an earlier one)",
    ),
    "remeasure_before_date": (
        "de datum om na te meten ligt voor de datum van de sessie ({date})",
        "the date to measure again is before the session's date ({date})",
    ),
    "unknown_meeting_theme": (
        "thema '{id}' staat niet in deze vragenlijst",
        "theme '{id}' is not in this questionnaire",
    ),
}
