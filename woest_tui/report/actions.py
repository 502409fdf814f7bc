"""A session's priorities as an action list: markdown to print or mail, iCalendar to import.

The iCalendar file (RFC 5545, written by the `icalendar` library) has one all-day event per
priority on its due date (the action as its summary, the owner as its contact) and one for
measuring again ("nameten"). Each event's UID is made from the session (team and start) and
the priority's subject, not from its text or place in the list: importing a new export of
the same session updates the events instead of adding them twice.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid

from woest_tui.core.model import Questionnaire, Result
from woest_tui.core.safe import visible
from woest_tui.i18n import Lang, message
from woest_tui.report.common import ref_title, visible_view
from woest_tui.report.document.markdown import markdown_document
from woest_tui.report.document.model import Block, Cell, Column, Document, Heading, Paragraph, Table

#: The namespace of woest's event UIDs (uuid5 of a fixed name, so it never changes).
UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "woest.invalid")
#: How far on the default date to measure again lies.
REMEASURE_MONTHS = 3
PRODID = "-//woest//woest actielijst//NL"


def months_on(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where it is shorter (31 -> 30).

    Args:
        day: the start.
        months: how many months on.

    Returns:
        The date.
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def remeasure_day(result: Result) -> dt.date:
    """The day to measure again: the one chosen when finishing, else three months on."""
    session = result.session
    if session.remeasure is not None:
        return session.remeasure
    finished = session.finished.date() if session.finished is not None else session.date
    return months_on(max(finished, session.date), REMEASURE_MONTHS)


def _uid(result: Result, key: str) -> str:
    session = result.session
    name = "|".join((" ".join(session.team.split()).casefold(), session.started.isoformat(), key))
    return f"{uuid.uuid5(UID_NAMESPACE, name)}@woest"


def priority_uids(result: Result) -> list[str]:
    """One stable UID per priority: the session, its subject, and which of that subject.

    Args:
        result: the result.

    Returns:
        The UIDs, in the order of the priorities.
    """
    seen: dict[str, int] = {}
    uids = []
    for priority in result.priorities:
        seen[priority.ref] = seen.get(priority.ref, 0) + 1
        uids.append(_uid(result, f"priority|{priority.ref}|{seen[priority.ref]}"))
    return uids


def actions_markdown(result: Result, bank: Questionnaire, lang: Lang) -> str:
    """The action list as markdown: what, who, when, and the day to measure again.

    Args:
        result: the result.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        The document; every text typed by the team is escaped.
    """
    return visible(markdown_document(actions_document(result, bank, lang)))


def actions_document(result: Result, bank: Questionnaire, lang: Lang) -> Document:
    """The action list as a report document (see `actions_markdown`).

    Args:
        result: the result.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        The document.
    """
    session = result.session
    title = message("act_title", lang, team=session.team)
    blocks: list[Block] = [
        Heading(title, 1, "bold"),
        Paragraph((message("act_intro", lang, date=session.date.isoformat()),)),
    ]
    if result.priorities:
        keys = ("rep_col_rank", "act_col_what", "act_col_who", "act_col_when")
        columns = tuple(
            Column(message(key, lang), "right" if key == "rep_col_rank" else "left") for key in keys
        )
        rows = tuple(
            (
                Cell(str(rank)),
                Cell(p.action, sub=ref_title(bank, p.ref, lang)),
                Cell(p.owner),
                Cell(p.due.isoformat()),
            )
            for rank, p in enumerate(result.priorities, start=1)
        )
        blocks.append(Table(columns, rows))
    else:
        blocks.append(Paragraph((message("rep_no_priorities", lang),), "quiet"))
    remeasure = remeasure_day(result).isoformat()
    blocks.append(Paragraph((remeasure,), lead=message("rep_remeasure", lang)))
    blocks.append(Paragraph((message("act_remeasure_how", lang),)))
    return visible_view(Document(lang, title, tuple(blocks)))


def actions_ics(result: Result, bank: Questionnaire, lang: Lang) -> str:
    """The action list as an iCalendar file (RFC 5545).

    Args:
        result: the result.
        bank: its bank.
        lang: "nl" or "en".

    Returns:
        The calendar text (CRLF line ends, as the standard wants).
    """
    from icalendar import Calendar, Event

    session = result.session
    stamp = (session.finished or session.started).astimezone(dt.UTC)
    team = visible(session.team, one_line=True)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", message("act_title", lang, team=team))
    for priority, uid in zip(result.priorities, priority_uids(result), strict=True):
        about = visible(ref_title(bank, priority.ref, lang), one_line=True)
        owner = visible(priority.owner, one_line=True)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", priority.due)
        event.add("dtend", priority.due + dt.timedelta(days=1))
        event.add("summary", visible(priority.action))
        event.add("contact", owner)
        event.add(
            "description",
            message("act_event_description", lang, about=about, owner=owner, team=team),
        )
        event.add("transp", "TRANSPARENT")  # an all-day reminder, not a busy day
        cal.add_component(event)
    day = remeasure_day(result)
    event = Event()
    event.add("uid", _uid(result, "nameten"))
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", message("act_remeasure_summary", lang, team=team))
    event.add("description", message("act_remeasure_how", lang))
    event.add("transp", "TRANSPARENT")
    cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical.decode("utf-8")
