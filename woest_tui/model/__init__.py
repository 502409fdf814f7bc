"""The models of woest's two file formats: question banks and result files (pydantic v2).

Frozen, and unknown fields are an error, not silently kept.
"""

from woest_tui.model.common import (
    CURRENT_BANK_SCHEMA,
    ID_PATTERN,
    LANGS,
    RESULT_SCHEMAS,
    BankText,
    Frozen,
    Id,
    Lang,
    LongText,
    Mode,
    QuestionType,
    ShortText,
    invalid,
)
from woest_tui.model.questionnaire import Option, Question, Questionnaire, Scale, Text, Theme
from woest_tui.model.result import (
    Answer,
    BankRef,
    Gathered,
    Priority,
    Result,
    RoleNote,
    Session,
    Tally,
    Value,
)

__all__ = [
    "CURRENT_BANK_SCHEMA",
    "ID_PATTERN",
    "LANGS",
    "RESULT_SCHEMAS",
    "Answer",
    "BankRef",
    "BankText",
    "Frozen",
    "Gathered",
    "Id",
    "Lang",
    "LongText",
    "Mode",
    "Option",
    "Priority",
    "Question",
    "QuestionType",
    "Questionnaire",
    "Result",
    "RoleNote",
    "Scale",
    "Session",
    "ShortText",
    "Tally",
    "Text",
    "Theme",
    "Value",
    "invalid",
]
