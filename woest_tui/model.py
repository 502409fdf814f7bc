"""Pydantic models of a question bank (questionnaire) and of a result file."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictFloat,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from woest_tui.i18n import message

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
QuestionType = Literal["scale", "choice", "multi", "yesno", "number", "text"]
Mode = Literal["consensus", "votes", "individual"]

#: Identifiers of themes, questions, options and roles: lowercase, no spaces.
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]
#: A line of text typed by a person: a team name, an owner, a role label.
ShortText = Annotated[str, Field(min_length=1, max_length=200)]
#: Free text typed by a person: a note, an action, a text answer.
LongText = Annotated[str, Field(max_length=10_000)]
#: Texts written by the bank's author.
BankText = Annotated[str, Field(min_length=1, max_length=5_000)]

CURRENT_BANK_SCHEMA = 1
#: 1: a session's own answers; 2: a merge of individual answer files.
RESULT_SCHEMAS = (1, 2)


def invalid(key: str, at: str, **ctx: object) -> PydanticCustomError:
    """An error of our own, with a message key from i18n and the place it is about.

    Args:
        key: the message key in `woest_tui.i18n.MESSAGES`.
        at: the field inside the model the error is about ("" for the model itself).
        **ctx: values for the message.

    Returns:
        The error to raise from a validator.
    """
    return PydanticCustomError(key, message(key, "en", **ctx), {"at": at, **ctx})


class Frozen(BaseModel):
    """Base: immutable, and unknown fields are an error, not silently kept."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Text(RootModel[dict[Lang, BankText]]):
    """A text in one or more languages (a table with the keys nl and en).

    A plain string is accepted as the text in the bank's own language, which the loader
    passes as the validation context `{"language": ...}`.
    """

    model_config = ConfigDict(frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _plain_string(cls, data: object, info: ValidationInfo) -> object:
        if isinstance(data, str):
            context = info.context if isinstance(info.context, dict) else {}
            return {context.get("language", "nl"): data}
        return data

    def get(self, lang: str, fallback: str = "nl") -> str:
        """Return the text in `lang`, else in `fallback`, else in any language it has.

        Args:
            lang: the wanted language code.
            fallback: the bank's own language, used when `lang` is missing.

        Returns:
            The text.
        """
        texts: dict[str, str] = {str(k): v for k, v in self.root.items()}
        return texts.get(lang) or texts.get(fallback) or next(iter(texts.values()))


class Scale(Frozen):
    """A scale of whole points from `min` to `max`, each with a label."""

    min: StrictInt = Field(ge=0, le=100)
    """The lowest point."""
    max: StrictInt = Field(ge=1, le=100)
    """The highest point; at most 10 points above `min`."""
    labels: tuple[Text, ...]
    """One label per point, from `min` to `max`."""
    strength: StrictFloat | None = None
    """A score at or above this is a strength (required on the bank's default scale)."""
    development: StrictFloat | None = None
    """A score at or below this is a development point (required on the default scale)."""

    @model_validator(mode="after")
    def _consistent(self) -> Scale:
        if self.max <= self.min:
            raise invalid("scale_order", "max")
        if self.max - self.min > 10:
            raise invalid("scale_too_long", "max")
        if len(self.labels) != self.points:
            raise invalid("scale_labels", "labels", expected=self.points, found=len(self.labels))
        if (self.strength is None) != (self.development is None):
            raise invalid("scale_thresholds_pair", "strength")
        if (
            self.strength is not None
            and self.development is not None
            and not self.min <= self.development < self.strength <= self.max
        ):
            raise invalid("scale_thresholds", "strength")
        return self

    @property
    def points(self) -> int:
        """How many points the scale has."""
        return self.max - self.min + 1

    def to_default(self, value: float, default: Scale) -> float:
        """Map a score on this scale linearly onto `default`.

        Args:
            value: a score on this scale.
            default: the scale to map onto.

        Returns:
            The score on `default`.
        """
        if (self.min, self.max) == (default.min, default.max):
            return value
        share = (value - self.min) / (self.max - self.min)
        return default.min + share * (default.max - default.min)


class Option(Frozen):
    """One option of a choice or multi question."""

    id: Id
    """Stable identifier, written in result files."""
    label: Text
    """What the team sees."""


class Question(Frozen):
    """One question of a theme."""

    id: Id
    """Unique in the whole bank and stable across versions."""
    type: QuestionType
    """scale, choice (one option), multi (any options), yesno, number or text."""
    text: Text
    """The question or statement."""
    help: Text | None = None
    """What a good answer looks like in practice."""
    required: StrictBool = False
    """The team must answer it (or mark "weet niet") before finishing."""
    allow_dont_know: StrictBool = True
    """Whether "weet niet / n.v.t." may be chosen."""
    reverse: StrictBool = False
    """A negatively worded scale question: its score is mirrored."""
    scale: Scale | None = None
    """The question's own scale (scale questions only); else the bank's default."""
    options: tuple[Option, ...] | None = None
    """The options of a choice or multi question: 2 to 9, so keys 1-9 pick them."""
    min: StrictFloat | None = None
    """Lowest allowed answer of a number question."""
    max: StrictFloat | None = None
    """Highest allowed answer of a number question."""
    unit: Text | None = None
    """Unit of a number question, e.g. "uur per week"."""

    @model_validator(mode="after")
    def _fits_type(self) -> Question:
        kind = self.type
        if kind in ("choice", "multi"):
            if self.options is None:
                raise invalid("options_missing", "options", type=kind)
            if not 2 <= len(self.options) <= 9:
                raise invalid("options_count", "options", found=len(self.options))
            ids = [o.id for o in self.options]
            if len(set(ids)) != len(ids):
                raise invalid("options_duplicate", "options")
        elif self.options is not None:
            raise invalid("not_for_type", "options", field="options", type=kind)
        if self.reverse and kind != "scale":
            raise invalid("not_for_type", "reverse", field="reverse", type=kind)
        if self.scale is not None and kind != "scale":
            raise invalid("not_for_type", "scale", field="scale", type=kind)
        for name in ("min", "max", "unit"):
            if getattr(self, name) is not None and kind != "number":
                raise invalid("not_for_type", name, field=name, type=kind)
        if self.min is not None and self.max is not None and self.min > self.max:
            raise invalid("number_bounds", "min")
        return self


class Theme(Frozen):
    """A theme: an introduction, a metaphor line and its questions."""

    id: Id
    """Stable identifier."""
    title: Text
    """Short title."""
    intro: Text
    """What the theme is about, read aloud before its questions."""
    metaphor: Text
    """A line with the strandbeest image for this theme."""
    questions: tuple[Question, ...] = Field(min_length=1, max_length=1000)
    """The questions, in order."""


class Questionnaire(Frozen):
    """A question bank."""

    schema_: StrictInt = Field(alias="schema")
    """Format version of the bank file; this version of woest reads 1."""
    id: Id
    """Stable identifier; results name it."""
    version: ShortText
    """Version of the content, e.g. "1.0.0"."""
    language: Lang
    """The language every text has; other languages are optional."""
    title: Text
    """Title."""
    description: Text
    """What it is and where it comes from."""
    scale: Scale
    """The default scale, with the strength and development thresholds."""
    themes: tuple[Theme, ...] = Field(min_length=1, max_length=100)
    """The themes, in order."""

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value != CURRENT_BANK_SCHEMA:
            raise invalid("schema_unknown", "", found=value, known=CURRENT_BANK_SCHEMA)
        return value

    @field_validator("scale")
    @classmethod
    def _has_thresholds(cls, value: Scale) -> Scale:
        if value.strength is None:
            raise invalid("scale_thresholds_missing", "strength")
        return value

    @model_validator(mode="after")
    def _own_language_everywhere(self) -> Questionnaire:
        for place, text in self._texts():
            if text is not None and self.language not in text.root:
                raise invalid("text_language_missing", place, language=self.language)
        return self

    def _texts(self) -> list[tuple[str, Text | None]]:
        """Every text of the bank with its place."""
        found: list[tuple[str, Text | None]] = [
            ("title", self.title),
            ("description", self.description),
        ]
        found += [(f"scale.labels[{i}]", label) for i, label in enumerate(self.scale.labels)]
        for t, theme in enumerate(self.themes):
            at = f"themes[{t}]"
            found += [
                (f"{at}.{name}", getattr(theme, name)) for name in ("title", "intro", "metaphor")
            ]
            for q, question in enumerate(theme.questions):
                qat = f"{at}.questions[{q}]"
                found += [
                    (f"{qat}.{name}", getattr(question, name)) for name in ("text", "help", "unit")
                ]
                found += [
                    (f"{qat}.options[{i}].label", o.label)
                    for i, o in enumerate(question.options or ())
                ]
                if question.scale is not None:
                    found += [
                        (f"{qat}.scale.labels[{i}]", lab)
                        for i, lab in enumerate(question.scale.labels)
                    ]
        return found

    @model_validator(mode="after")
    def _unique_ids(self) -> Questionnaire:
        # themes and questions share one namespace: a priority's `ref` names either
        seen: set[str] = {theme.id for theme in self.themes}
        if len(seen) != len(self.themes):
            ids = [theme.id for theme in self.themes]
            t_index = next(i for i, tid in enumerate(ids) if tid in ids[:i])
            raise invalid("duplicate_id", f"themes[{t_index}].id", id=ids[t_index])
        for t_index, theme in enumerate(self.themes):
            for q_index, question in enumerate(theme.questions):
                if question.id in seen:
                    raise invalid(
                        "duplicate_id", f"themes[{t_index}].questions[{q_index}].id", id=question.id
                    )
                seen.add(question.id)
        return self

    # --- lookups used by every face -------------------------------------------------

    def questions(self) -> list[Question]:
        """All questions in order."""
        return [q for theme in self.themes for q in theme.questions]

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._index.get(question_id)

    def theme_of(self, question_id: str) -> Theme | None:
        """The theme that holds this question, or None."""
        for theme in self.themes:
            if any(q.id == question_id for q in theme.questions):
                return theme
        return None

    def theme(self, theme_id: str) -> Theme | None:
        """The theme with this id, or None."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def scale_of(self, question: Question) -> Scale:
        """The scale a scale question is answered on."""
        return question.scale or self.scale

    @cached_property
    def _index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions()}


# --- result files -------------------------------------------------------------------


def _check_value(value: object) -> object:
    """Accept what a TOML value of an answer can be; the bank decides what fits where."""
    if isinstance(value, bool | int | float):
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
    date: dt.date
    """The day of the meeting."""
    facilitator: ShortText | None = None
    """Who led the meeting."""
    roles: dict[Id, Annotated[StrictInt, Field(ge=0, le=10_000)]] = Field(default_factory=dict)
    """The roles present, with how many of each (role id -> count)."""
    mode: Mode
    """consensus: one agreed answer; votes: hands counted per scale point;
    individual: one team member alone (see `role`)."""
    role: Id | None = None
    """The respondent's role, in individual mode only."""
    merged_from: StrictInt | None = Field(default=None, ge=2)
    """How many individual files a merged result (schema 2) was made of."""
    started: dt.datetime
    """When the session started."""
    finished: dt.datetime | None = None
    """When the session was finished; absent while it is in progress."""

    @model_validator(mode="after")
    def _role_fits_mode(self) -> Session:
        if self.mode == "individual" and self.role is None:
            raise invalid("role_missing", "role")
        if self.mode != "individual" and self.role is not None:
            raise invalid("role_not_individual", "role")
        if self.merged_from is not None and self.mode != "votes":
            raise invalid("merged_not_votes", "mode")
        return self


class RoleNote(Frozen):
    """A note in a merged result, kept with the role of who wrote it (never a name)."""

    role: Id
    """The writer's role."""
    text: LongText
    """The note."""


class Tally(Frozen):
    """Gathered answers of several people to one question (votes mode and merges)."""

    votes: tuple[Annotated[StrictInt, Field(ge=0)], ...] | None = None
    """Scale questions: how many chose each point, from the scale's min to its max."""
    dont_know_votes: StrictInt | None = Field(default=None, ge=0)
    """How many said "weet niet / n.v.t."."""
    counts: dict[str, Annotated[StrictInt, Field(ge=0)]] | None = None
    """Merged choice, multi and yesno questions: how many chose each option id
    (yesno: the keys "yes" and "no")."""
    values: Gathered | None = None
    """Merged number and text questions: every answer given."""


class Answer(Tally):
    """The answer to one question; the key of `[answers]` is the question id."""

    value: Value | None = None
    """The answer itself (absent with `dont_know`, and with `votes` in votes mode)."""
    dont_know: StrictBool = False
    """The team marked "weet niet / n.v.t." instead of answering."""
    note: LongText | None = None
    """The team's note to this question."""
    by_role: dict[Id, Tally] | None = None
    """Merged results (schema 2): the tally per role (role id -> tally)."""
    notes: tuple[RoleNote, ...] | None = None
    """Merged results (schema 2): the notes of the individual files, with their role."""

    @model_validator(mode="after")
    def _one_kind(self) -> Answer:
        if self.dont_know and self.value is not None:
            raise invalid("dont_know_and_value", "dont_know")
        if self.dont_know and self.votes is not None:
            raise invalid("dont_know_and_votes", "dont_know")
        if self.value is not None and self.votes is not None:
            raise invalid("value_and_votes", "votes")
        return self

    @property
    def merged_fields(self) -> list[str]:
        """The fields set here that only a merged result (schema 2) may hold."""
        fields = ("counts", "values", "by_role", "notes")
        return [name for name in fields if getattr(self, name) is not None]

    @property
    def is_answered(self) -> bool:
        """Whether the question has an answer, votes, gathered answers or "weet niet"."""
        return (
            self.dont_know
            or self.value is not None
            or self.votes is not None
            or self.counts is not None
            or self.values is not None
        )


class Priority(Frozen):
    """A development point the team chose, with what it will do; order is rank."""

    ref: Id
    """The question or theme it is about."""
    action: Annotated[str, Field(min_length=1, max_length=2_000)]
    """The concrete action."""
    owner: ShortText
    """Who takes it on (a role or a name the team chose)."""
    due: dt.date
    """When it is done."""


class Result(Frozen):
    """A result file: one session's answers to one bank, or a merge of several."""

    schema_: StrictInt = Field(alias="schema")
    """Format version: 1 for a session's own answers, 2 for a merge."""
    questionnaire: BankRef
    """The bank it was answered with."""
    session: Session
    """Team, date, mode and times."""
    answers: dict[Id, Answer] = Field(default_factory=dict)
    """The answers, by question id; an absent question is still open."""
    priorities: tuple[Priority, ...] = ()
    """The team's chosen development points, most important first."""

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value not in RESULT_SCHEMAS:
            raise invalid("schema_unknown", "", found=value, known=max(RESULT_SCHEMAS))
        return value

    @model_validator(mode="after")
    def _schema_fits(self) -> Result:
        merged = self.session.merged_from is not None
        if merged and self.schema_ != 2:
            raise invalid("merged_needs_schema", "session.merged_from")
        if not merged:
            if self.schema_ == 2:
                raise invalid("schema2_needs_merge", "session")
            for qid, answer in self.answers.items():
                if answer.merged_fields:
                    field = answer.merged_fields[0]
                    raise invalid("merged_field", f"answers.{qid}.{field}", field=field)
        return self

    @property
    def finished(self) -> bool:
        """Whether the session was finished."""
        return self.session.finished is not None
