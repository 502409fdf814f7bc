"""Pydantic models of a result file: the session, its answers and the team's priorities."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    StrictBool,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

from woest_tui.core.model.common import (
    ID_PATTERN,
    MAX_COUNT,
    MAX_PRIORITIES,
    RESULT_SCHEMAS,
    ActionText,
    Count,
    Day,
    Frozen,
    Id,
    LongText,
    Mode,
    Moment,
    ShortText,
    invalid,
    number_problem,
)
from woest_tui.core.model.cycle import FollowUp, Meeting
from woest_tui.core.model.result_rules import answer_rules, result_rules, session_rules
from woest_tui.core.model.rules import with_rules


def _check_value(value: object) -> object:
    """Accept what a TOML value of an answer can be; the bank decides what fits where."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        key = number_problem(value)
        if key is not None:
            raise invalid(key, "")
        return value
    if isinstance(value, str):
        if len(value) > 10_000:
            raise invalid("text_too_long", "", limit=10_000)
        return value
    if isinstance(value, list | tuple) and all(isinstance(v, str) for v in value):
        if len(value) > 9 or any(not re.fullmatch(ID_PATTERN, v) for v in value):
            raise invalid("value_type", "")
        return tuple(value)
    raise invalid("value_type", "")


def _check_gathered(value: object) -> object:
    """Gathered answers of a merge: numbers or texts."""
    if not isinstance(value, list | tuple):
        raise invalid("gathered_type", "")
    for item in value:
        if isinstance(item, bool) or not isinstance(item, int | float | str):
            raise invalid("gathered_type", "")
        key = None if isinstance(item, str) else number_problem(item)
        if key is not None:
            raise invalid(key, "")
        if isinstance(item, str) and len(item) > 10_000:
            raise invalid("text_too_long", "", limit=10_000)
    return tuple(value)


#: An answer's value: scale and number a number, choice an option id, multi a list of
#: option ids, yesno a boolean, text a string.
Value = Annotated[Any, AfterValidator(_check_value)]
Gathered = Annotated[Any, AfterValidator(_check_gathered)]


class BankRef(Frozen):
    """Which bank a result was answered with."""

    id: Id
    """The bank's `id`."""
    version: ShortText
    """The bank's `version`."""
    hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")
    """sha256 of the bank's content (see `bank.content_hash`)."""


class Session(Frozen):
    """Who answered, when, and how."""

    team: ShortText
    """The team's name, e.g. "Basisteam Amersfoort"."""
    date: Day
    """The day of the meeting."""
    facilitator: ShortText | None = None
    """Who led the meeting."""
    roles: dict[Id, Count] = Field(default_factory=dict)
    """The roles present, with how many of each (role id -> count)."""
    mode: Mode
    """consensus: one agreed answer; votes: hands counted per scale point;
    individual: one team member alone (see `role`)."""
    role: Id | None = None
    """The respondent's role, in individual mode only."""
    merged_from: StrictInt | None = Field(default=None, ge=1, le=MAX_COUNT)
    """How many individual files a merged result (schema 2) was made of (at least 2). Live
    files written before they were votes results (schema 2, `live`) hold here how many
    people answered on their phones or were counted by hand; they are still read."""
    live: StrictBool = False
    """Answered in a live session, on the team's phones: a votes result (schema 1) whose
    `roles` are the groups of the fewer-than-3 rule and whose answers keep their tallies as
    a merged result does (`counts`, `values`, `by_role`)."""
    started: Moment
    """When the session started, with its time zone."""
    finished: Moment | None = None
    """When the session was finished, with its time zone; absent while it is in progress."""
    remeasure: Day | None = None
    """The day the team chose, when finishing, to answer the questionnaire again ("nameten")."""

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Session], info: ValidationInfo
    ) -> Session:
        return with_rules(cls, data, handler, info, session_rules)

    @property
    def people(self) -> int:
        """How many people the tallies were taken from.

        `merged_from` in a merged result, else the people in `roles` (in a live result:
        everyone who was in the room, in groups).
        """
        return self.merged_from if self.merged_from is not None else sum(self.roles.values())


class RoleNote(Frozen):
    """A note in a merged result, kept with the role of who wrote it (never a name)."""

    role: Id
    """The writer's role."""
    text: LongText
    """The note."""


class Tally(Frozen):
    """Gathered answers of several people to one question (votes mode and merges)."""

    votes: tuple[Count, ...] | None = None
    """Scale questions: how many chose each point, from the scale's min to its max."""
    dont_know_votes: Count | None = None
    """How many said "weet niet" (files from before "n.v.t." had its own field counted
    both here)."""
    not_applicable_votes: Count | None = None
    """How many said "n.v.t.": what is asked about does not exist here."""
    counts: dict[str, Count] | None = None
    """Merged and live choice, multi and yesno questions: how many chose each option id
    (yesno: the keys "yes" and "no")."""
    values: Gathered | None = None
    """Merged and live number and text questions: every answer given."""


class Answer(Tally):
    """The answer to one question; the key of `[answers]` is the question id."""

    value: Value | None = None
    """The answer itself (absent with `dont_know`, and with `votes` in votes mode)."""
    dont_know: StrictBool = False
    """The team marked "weet niet" instead of answering (in files from before "n.v.t."
    had its own field, this mark meant either)."""
    not_applicable: StrictBool = False
    """The team marked "n.v.t.": what is asked about does not exist here."""
    note: LongText | None = None
    """The team's note to this question."""
    by_role: dict[Id, Tally] | None = None
    """Merged results (schema 2): the tally per role (role id -> tally); live results: per
    group of the fewer-than-3 rule, left out where a group answered with fewer than 3."""
    notes: tuple[RoleNote, ...] | None = None
    """Merged results (schema 2): the notes of the individual files, with their role."""

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Answer], info: ValidationInfo
    ) -> Answer:
        return with_rules(cls, data, handler, info, answer_rules)

    @property
    def merged_fields(self) -> list[str]:
        """The fields set here that only a merged result (schema 2) may hold."""
        fields = ("counts", "values", "by_role", "notes")
        return [name for name in fields if getattr(self, name) is not None]

    @property
    def tally_fields(self) -> list[str]:
        """The fields set here that a session's own file may hold only when it is live."""
        return [name for name in self.merged_fields if name != "notes"]

    @property
    def is_answered(self) -> bool:
        """Whether the question has an answer, votes, gathered answers, "weet niet" or "n.v.t."."""
        return (
            self.dont_know
            or self.not_applicable
            or self.value is not None
            or self.votes is not None
            or self.counts is not None
            or self.values is not None
        )


class Priority(Frozen):
    """A development point the team chose, with what it will do; order is rank."""

    ref: Id
    """The question or theme it is about."""
    action: ActionText
    """The concrete action."""
    owner: ShortText
    """Who takes it on (a role or a name the team chose)."""
    due: Day
    """When it is done."""


class Result(Frozen):
    """A result file: one session's answers to one bank, or a merge of several."""

    schema_: StrictInt = Field(alias="schema")
    """Format version: 1 for a session's own answers (a live session's too), 2 for a merge."""
    questionnaire: BankRef
    """The bank it was answered with."""
    session: Session
    """Team, date, mode and times."""
    answers: dict[Id, Answer] = Field(default_factory=dict)
    """The answers, by question id; an absent question is still open."""
    priorities: tuple[Priority, ...] = ()
    """The team's chosen development points, most important first (at most 50)."""
    meetings: tuple[Meeting, ...] = Field(default=(), max_length=100)
    """The meetings the session was answered in, in order, each with its planned themes;
    empty for a session that was not planned per meeting."""
    follow_up: FollowUp | None = None
    """What became of the priorities of the team's earlier finished session; absent when
    there was none."""

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value not in RESULT_SCHEMAS:
            key = "schema_newer" if value > max(RESULT_SCHEMAS) else "schema_unknown"
            known = (" en ".join(map(str, RESULT_SCHEMAS)), " and ".join(map(str, RESULT_SCHEMAS)))
            raise invalid(key, "", found=value, known=known[0], known_en=known[1])
        return value

    @field_validator("priorities")
    @classmethod
    def _few_priorities(cls, value: tuple[Priority, ...]) -> tuple[Priority, ...]:
        if len(value) > MAX_PRIORITIES:
            raise invalid("priorities_too_many", "", found=len(value), limit=MAX_PRIORITIES)
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Result], info: ValidationInfo
    ) -> Result:
        return with_rules(cls, data, handler, info, result_rules)

    @property
    def finished(self) -> bool:
        """Whether the session was finished."""
        return self.session.finished is not None
