"""Shared pieces of the models: identifiers, text lengths, our own validation errors."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
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

    # The docstrings under the fields are for readers; `use_attribute_docstrings` would make
    # pydantic read the source of every model at import time, which start-up cannot spare.
    model_config = ConfigDict(frozen=True, extra="forbid")
