"""Plan a meeting: the themes for today, the time they take, the clock (plain Python, no UI).

The per-question minutes are measured, not guessed, where they could be: one full run of the
bundled questionnaire (52 questions) took about 2 h 15 in consensus and about 1 h 45 with
votes, introductions, notes and discussion included (a trial run as a new user, reported in
issue 15). That is 135 / 52 = 2.6 minutes per question in consensus and 105 / 52 = 2.0 with
votes. Individual mode was not timed in a meeting: one person answering alone takes about
half a minute per question (our estimate, said as such in the README). A theme's share of
the time left is its open questions' share of the plan's open questions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from woest_tui.core.model import Meeting, Mode, Questionnaire, Result

#: Minutes per question, per way of working (see the module's docstring for the source).
MINUTES_PER_QUESTION: dict[str, float] = {
    "consensus": 135 / 52,  # 2.6
    "votes": 105 / 52,  # 2.0
    "individual": 0.5,
}
#: The ways of working whose minutes were measured (the others are estimates).
MEASURED = ("consensus", "votes")
#: The bank id of the short questionnaire the start screen points to.
QUICK_SCAN = "quickscan"


def estimate(question_count: int, mode: Mode | str) -> int:
    """The minutes `question_count` questions take in a way of working, to the nearest 5.

    Args:
        question_count: how many questions.
        mode: consensus, votes or individual.

    Returns:
        Whole minutes, a multiple of 5, at least 5 (0 for no questions).
    """
    if question_count <= 0:
        return 0
    minutes = question_count * MINUTES_PER_QUESTION.get(mode, MINUTES_PER_QUESTION["consensus"])
    return max(5, 5 * round(minutes / 5))


def open_count(bank: Questionnaire, result: Result | None, theme_ids: Sequence[str]) -> int:
    """How many questions of these themes are still open (all of them without a result).

    Args:
        bank: the questionnaire.
        result: the session so far, or None for a new one.
        theme_ids: the themes.

    Returns:
        The number of open questions.
    """
    count = 0
    for theme in bank.themes:
        if theme.id not in theme_ids:
            continue
        for question in theme.questions:
            answer = result.answers.get(question.id) if result is not None else None
            if answer is None or not answer.is_answered:
                count += 1
    return count


def open_themes(bank: Questionnaire, result: Result | None) -> tuple[str, ...]:
    """The themes with an open question, in the bank's order: what a next meeting continues.

    Args:
        bank: the questionnaire.
        result: the session so far, or None.

    Returns:
        Theme ids; every theme for a new session.
    """
    return tuple(t.id for t in bank.themes if open_count(bank, result, [t.id]))


def in_bank_order(bank: Questionnaire, theme_ids: Sequence[str]) -> tuple[str, ...]:
    """The chosen themes in the bank's order, unknown ids left out."""
    return tuple(t.id for t in bank.themes if t.id in theme_ids)


def unknown_themes(bank: Questionnaire, theme_ids: Sequence[str]) -> list[str]:
    """The ids that are no theme of this bank, in the order given."""
    known = {t.id for t in bank.themes}
    return [tid for tid in theme_ids if tid not in known]


def plan_meeting(
    result: Result,
    themes: Sequence[str],
    *,
    date: dt.date,
    started: dt.datetime,
    minutes: int | None = None,
) -> Result:
    """The result with today's meeting planned: a new one, or today's plan changed.

    A second plan on the same day replaces that day's plan and keeps the time it started,
    so the clock does not start again when woest is restarted mid-meeting.

    Args:
        result: the session.
        themes: the chosen theme ids (bank order).
        date: the meeting's day.
        started: when it starts.
        minutes: the time available, or None.

    Returns:
        A new result.
    """
    meetings = list(result.meetings)
    if meetings and meetings[-1].date == date:
        kept = meetings.pop()
        started = kept.started or started
        if minutes is None:
            minutes = kept.minutes
    meeting = Meeting(date=date, themes=tuple(themes), started=started, minutes=minutes)
    return result.model_copy(update={"meetings": (*meetings, meeting)})


def current_meeting(result: Result) -> Meeting | None:
    """The latest meeting of the session, or None when it was never planned."""
    return result.meetings[-1] if result.meetings else None


def planned_themes(result: Result, bank: Questionnaire) -> tuple[str, ...]:
    """The themes of the current meeting; every theme when there is no plan."""
    meeting = current_meeting(result)
    return meeting.themes if meeting is not None else tuple(t.id for t in bank.themes)


@dataclass(frozen=True)
class Clock:
    """The time of a planned meeting at one moment, in whole minutes."""

    used: int
    """Minutes since the meeting started."""
    planned: int
    """The minutes the team has."""

    @property
    def left(self) -> int:
        """Minutes left; negative once the plan is passed."""
        return self.planned - self.used

    @property
    def over(self) -> bool:
        """Whether the meeting has passed its planned time."""
        return self.used > self.planned


def clock_of(meeting: Meeting | None, now: dt.datetime) -> Clock | None:
    """The meeting's clock at `now`; None without a start or a time.

    Args:
        meeting: the current meeting.
        now: the current time (aware).

    Returns:
        The clock, or None.
    """
    if meeting is None or meeting.minutes is None or meeting.started is None:
        return None
    seconds = max(0.0, (now - meeting.started).total_seconds())
    return Clock(used=int(seconds // 60), planned=meeting.minutes)


def theme_budget(
    bank: Questionnaire, result: Result, theme_id: str, now: dt.datetime
) -> int | None:
    """The minutes a theme can have so the meeting ends on time.

    The time left is shared over this theme and the planned themes after it, by their open
    questions.

    Args:
        bank: the questionnaire.
        result: the session.
        theme_id: the theme whose introduction is shown.
        now: the current time.

    Returns:
        Whole minutes (0 when the time is up), or None without a planned time.
    """
    meeting = current_meeting(result)
    clock = clock_of(meeting, now)
    if clock is None or meeting is None:
        return None
    ids = list(meeting.themes)
    rest = ids[ids.index(theme_id) :] if theme_id in ids else [theme_id]
    total = open_count(bank, result, rest)
    if total == 0 or clock.left <= 0:
        return 0
    return int(clock.left * open_count(bank, result, [theme_id]) / total)


def begin_meeting(
    result: Result,
    bank: Questionnaire,
    now: dt.datetime,
    themes: Sequence[str] | None = None,
    minutes: int | None = None,
) -> Result:
    """The result as today's meeting starts: planned when asked, or continued from a plan.

    With themes or minutes today's meeting is planned (without themes: every theme with an
    open question). Without either, a session that was planned before gets a new meeting on
    a new day, with the themes still open; a session never planned stays as it is.

    Args:
        result: the session, new or resumed.
        bank: its questionnaire.
        now: the current time.
        themes: the themes chosen (--themes or the start screen), or None.
        minutes: the time available, or None.

    Returns:
        The result, changed or not.
    """
    if themes is None and minutes is None:
        meeting = current_meeting(result)
        if meeting is None or meeting.date == now.date() or result.finished:
            return result
    chosen = in_bank_order(bank, themes) if themes else open_themes(bank, result)
    if not chosen:
        chosen = tuple(t.id for t in bank.themes)  # all answered: the plan still names them
    return plan_meeting(result, chosen, date=now.date(), started=now, minutes=minutes)


#: A text question whose id ends so asks the team to name its first development point.
FIRST_POINT_SUFFIX = "eerste-ontwikkelpunt"


def first_point_answer(result: Result, bank: Questionnaire) -> str | None:
    """The team's own answer naming its first development point, not chosen as an action yet.

    Version 1.0.0 of the bundled questionnaire asks it in `leren-eerste-ontwikkelpunt` (1.1.0
    looks back at the previous points instead); any bank may ask it in a text question whose
    id ends in `eerste-ontwikkelpunt`.

    Args:
        result: the session.
        bank: its questionnaire.

    Returns:
        The answer to offer first when a priority is added, or None.
    """
    actions = {" ".join(p.action.split()) for p in result.priorities}
    for question in bank.questions():
        if question.type != "text" or not question.id.endswith(FIRST_POINT_SUFFIX):
            continue
        answer = result.answers.get(question.id)
        value = answer.value if answer is not None else None
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())[:2000]
            return None if text in actions else text
    return None
