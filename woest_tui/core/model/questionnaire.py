"""Pydantic models of a question bank: texts, scales, options, questions, themes.

Longer than 300 lines on purpose: the models refer to each other (a theme holds questions,
a question its options and scale) and pydantic resolves them in one module; their rules
between fields are in `bank_rules`.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from pydantic import (
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    RootModel,
    StrictBool,
    StrictInt,
    ValidationInfo,
    field_validator,
    model_validator,
)

from woest_tui.core.model.bank_rules import bank_rules, question_rules, scale_rules
from woest_tui.core.model.common import (
    CURRENT_BANK_SCHEMA,
    BankText,
    Finite,
    Frozen,
    Id,
    Lang,
    QuestionType,
    ShortText,
    invalid,
)
from woest_tui.core.model.rules import with_rules


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
        if not isinstance(data, dict | cls):
            # "expected a table" would hide that a plain text is fine too
            raise invalid("text_type", "")
        return data

    @model_validator(mode="after")
    def _own_language(self, info: ValidationInfo) -> Text:
        # said here as well as by the bank: a theme with another problem keeps its texts
        language = info.context.get("language") if isinstance(info.context, dict) else None
        if language is not None and language not in self.root:
            raise invalid("text_language_missing", "", language=language)
        return self

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
    strength: Finite | None = None
    """A score at or above this is a strength (required on the bank's default scale)."""
    development: Finite | None = None
    """A score at or below this is a development point (required on the default scale)."""

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Scale], info: ValidationInfo
    ) -> Scale:
        return with_rules(cls, data, handler, info, scale_rules)

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


class Role(Frozen):
    """A function in the team, offered on the start screen and used in individual mode."""

    id: Id
    """Stable identifier, written in result files (`session.roles`, `session.role`)."""
    label: Text
    """Its name, as the start screen and the reports show it."""
    short: Text | None = None
    """A short name for the narrow columns of reports ("WOE"); else `label`."""


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
    """Whether "weet niet" may be chosen (a blind spot: nobody in the room knows)."""
    allow_not_applicable: StrictBool | None = None
    """Whether "n.v.t." may be chosen (what is asked about does not exist here); absent:
    as `allow_dont_know`, since banks before it had one mark for both."""
    reverse: StrictBool = False
    """A negatively worded scale question: its score is mirrored."""
    scale: Scale | None = None
    """The question's own scale (scale questions only); else the bank's default."""
    options: tuple[Option, ...] | None = None
    """The options of a choice or multi question: 2 to 9, so keys 1-9 pick them."""
    min: Finite | None = None
    """Lowest allowed answer of a number question."""
    max: Finite | None = None
    """Highest allowed answer of a number question."""
    unit: Text | None = None
    """Unit of a number question, e.g. "uur per week"."""

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Question], info: ValidationInfo
    ) -> Question:
        return with_rules(cls, data, handler, info, question_rules)

    @property
    def not_applicable_allowed(self) -> bool:
        """Whether "n.v.t." may be chosen: `allow_not_applicable`, else `allow_dont_know`."""
        if self.allow_not_applicable is None:
            return self.allow_dont_know
        return self.allow_not_applicable


class Theme(Frozen):
    """A theme: an introduction, an optional metaphor line and its questions."""

    id: Id
    """Stable identifier."""
    title: Text
    """Short title."""
    intro: Text
    """What the theme is about, read aloud before its questions."""
    metaphor: Text | None = None
    """An image for the theme, read after its introduction (the bundled banks: the
    strandbeest); a team's own questionnaire may leave it out."""
    questions: tuple[Question, ...] = Field(min_length=1, max_length=1000)
    """The questions, in order."""


class Change(Frozen):
    """One version in a bank's changelog: which ids it added, removed, reworded or replaced."""

    version: ShortText
    """The version this entry describes, e.g. "1.1.0"."""
    added: tuple[Id, ...] = ()
    """Themes and questions new in this version."""
    removed: tuple[Id, ...] = ()
    """Themes and questions no longer in this version (without a successor)."""
    reworded: tuple[Id, ...] = ()
    """Questions whose text or help was rewritten; they keep their id because they keep
    their meaning and their scale."""
    replaced: dict[Id, Id] = Field(default_factory=dict)
    """Old id -> new id: a question whose meaning or scale changed is asked under a new id."""
    moved: tuple[Id, ...] = ()
    """Questions that moved to another theme, keeping their id and meaning."""
    note: Text | None = None
    """Why, in words: what was changed, and what a review asked that was not done."""

    def ids(self) -> dict[str, tuple[str, ...]]:
        """The ids per kind of change, in a fixed order (for messages and checks)."""
        return {
            "added": self.added,
            "removed": self.removed,
            "reworded": self.reworded,
            "replaced": tuple(self.replaced),
            "moved": self.moved,
        }


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
    source: Text | None = None
    """Where the questionnaire comes from and what it is not, shown on the start screen and
    at the end of every report; nothing is said when it is absent."""
    roles: tuple[Role, ...] | None = Field(default=None, min_length=1, max_length=50)
    """The functions in the team, in order; absent: woest's own list of police functions."""
    scale: Scale
    """The default scale, with the strength and development thresholds."""
    themes: tuple[Theme, ...] = Field(min_length=1, max_length=100)
    """The themes, in order."""
    changelog: tuple[Change, ...] = Field(default=(), max_length=100)
    """What each version changed, newest first; not part of the content hash."""

    model_config = ConfigDict(populate_by_name=True)

    @field_validator("schema_")
    @classmethod
    def _known_schema(cls, value: int) -> int:
        if value != CURRENT_BANK_SCHEMA:
            known = str(CURRENT_BANK_SCHEMA)
            if value == 2:  # results have a schema 2: a merge, never a bank
                raise invalid("bank_schema_merged", "", found=value, known=known, known_en=known)
            key = "schema_newer" if value > CURRENT_BANK_SCHEMA else "schema_unknown"
            raise invalid(key, "", found=value, known=known, known_en=known)
        return value

    @field_validator("scale")
    @classmethod
    def _has_thresholds(cls, value: Scale) -> Scale:
        if value.strength is None:
            raise invalid("scale_thresholds_missing", "strength")
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _rules(
        cls, data: Any, handler: ModelWrapValidatorHandler[Questionnaire], info: ValidationInfo
    ) -> Questionnaire:
        return with_rules(cls, data, handler, info, bank_rules)

    # --- lookups used by every face -------------------------------------------------

    def questions(self) -> list[Question]:
        """All questions in order."""
        return [q for theme in self.themes for q in theme.questions]

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._index.get(question_id)

    def theme_of(self, question_id: str) -> Theme | None:
        """The theme that holds this question, or None."""
        return self._themes_by_question.get(question_id)

    @cached_property
    def _themes_by_question(self) -> dict[str, Theme]:
        return {q.id: theme for theme in self.themes for q in theme.questions}

    def theme(self, theme_id: str) -> Theme | None:
        """The theme with this id, or None."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def scale_of(self, question: Question) -> Scale:
        """The scale a scale question is answered on."""
        return question.scale or self.scale

    @cached_property
    def _index(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions()}
