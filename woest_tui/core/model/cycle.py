"""Pydantic models of a session's cycle: its meetings, and the follow-up of last time's actions."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    Field,
    ModelWrapValidatorHandler,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

from woest_tui.core.model.common import (
    ActionText,
    Day,
    Frozen,
    Id,
    LongText,
    Moment,
    ShortText,
    invalid,
)
from woest_tui.core.model.result_rules import meeting_rules
from woest_tui.core.model.rules import with_rules

#: What became of an earlier priority: done, partly done, not done, dropped on purpose.
FollowUpStatus = Literal["gedaan", "deels", "niet", "gestopt"]
FOLLOW_UP_STATUSES: tuple[FollowUpStatus, ...] = ("gedaan", "deels", "niet", "gestopt")
#: The longest meeting a plan may hold: a whole day.
MAX_MINUTES = 24 * 60


class Meeting(Frozen):
    """One meeting of a session: the day, and the themes the team planned to answer then."""

    date: Day
    """The day of the meeting."""
    themes: tuple[Id, ...] = Field(min_length=1, max_length=100)
    """The ids of the themes chosen for this meeting, in the bank's order."""
    started: Moment | None = None
    """When the meeting started, with its time zone: the clock of the top bar counts from it."""
    minutes: StrictInt | None = Field(default=None, ge=1, le=MAX_MINUTES)
    """The time the team has for this meeting, in minutes; absent: no time was set."""

    @field_validator("themes")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            double = next(v for v in value if value.count(v) > 1)
            raise invalid("meeting_theme_twice", "", id=double)
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Meeting], info: ValidationInfo
    ) -> Meeting:
        return with_rules(cls, data, handler, info, meeting_rules)


class FollowUpItem(Frozen):
    """An earlier session's priority, and what became of it."""

    ref: Id
    """The question or theme the priority was about (in the earlier session's bank)."""
    action: ActionText
    """The action the team chose then."""
    owner: ShortText
    """Who took it on then."""
    due: Day
    """When it was to be done."""
    status: FollowUpStatus | None = None
    """gedaan, deels, niet or gestopt; absent while the team has not looked at it yet."""
    note: LongText | None = None
    """What the team says about it now."""


class FollowUp(Frozen):
    """The follow-up of an earlier finished session of the same team."""

    date: Day
    """The day of the earlier session."""
    file: ShortText | None = None
    """The earlier session's file name, to find it again (a name, not a path)."""
    items: tuple[FollowUpItem, ...] = Field(default=(), max_length=100)
    """Its priorities in their order, each with what became of it."""

    @property
    def done(self) -> bool:
        """Whether the team has given every item a status."""
        return all(item.status is not None for item in self.items)
