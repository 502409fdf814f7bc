"""Shared pieces of the models: identifiers, text lengths, our own validation errors."""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
)
from pydantic_core import PydanticCustomError

from woest_tui.i18n import LANGS, Lang, message

__all__ = ["LANGS", "Lang"]
QuestionType = Literal["scale", "choice", "multi", "yesno", "number", "text"]
Mode = Literal["consensus", "votes", "individual"]

#: Identifiers of themes, questions, options and roles: lowercase, no spaces.
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
Id = Annotated[str, Field(pattern=ID_PATTERN)]

CURRENT_BANK_SCHEMA = 1
#: 1: a session's own answers; 2: a merge of individual answer files.
RESULT_SCHEMAS = (1, 2)
#: The most people a count may hold: per role, per scale point, per option, per merge.
MAX_COUNT = 10_000
#: The most priorities a result holds: a team chooses a few; thousands made the summary
#: take half a minute to open.
MAX_PRIORITIES = 50
#: The largest whole number a number answer may be: TOML's own limit (64 bits).
MAX_INT = 2**63 - 1


def invalid(key: str, at: str, **ctx: object) -> PydanticCustomError:
    """An error of our own, with a message key from i18n and the place it is about.

    Args:
        key: the message key (a msgid of the i18n catalogues).
        at: the field inside the model the error is about ("" for the model itself).
        **ctx: values for the message.

    Returns:
        The error to raise from a validator.
    """
    return PydanticCustomError(key, message(key, "en", **ctx), {"at": at, **ctx})


def _not_blank(value: str) -> str:
    """Refuse a text of only spaces where an empty one is refused: it shows as nothing."""
    if not value.strip():
        raise invalid("string_blank", "")
    return value


def number_problem(value: float) -> str | None:
    """The message key when a number cannot be scored: nan, infinite, or beyond 64 bits.

    Args:
        value: an int or a float.

    Returns:
        "number_not_finite", "number_too_large", or None when the number is fine.
    """
    if isinstance(value, float) and not math.isfinite(value):
        return "number_not_finite"
    if isinstance(value, int) and not -MAX_INT - 1 <= value <= MAX_INT:
        return "number_too_large"
    return None


def _finite(value: float) -> float:
    key = number_problem(value)
    if key is not None:
        raise invalid(key, "")
    return value


def _toml_date(value: object) -> object:
    """Tell why a value is not a TOML date: quoted, with a time, or another type."""
    if isinstance(value, dt.datetime):
        raise invalid("date_has_time", "")
    if isinstance(value, str):
        raise invalid("date_quoted", "")
    return value


def _toml_moment(value: object) -> object:
    """Tell why a value is not a TOML date and time: quoted, a bare date, or another type."""
    if isinstance(value, str):
        raise invalid("moment_quoted", "")
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        raise invalid("moment_is_date", "")
    return value


#: A line of text typed by a person: a team name, an owner, a role label.
ShortText = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_not_blank)]
#: What a team will do about a priority.
ActionText = Annotated[str, Field(min_length=1, max_length=2_000), AfterValidator(_not_blank)]
#: Free text typed by a person: a note, a text answer.
LongText = Annotated[str, Field(max_length=10_000)]
#: Texts written by the bank's author.
BankText = Annotated[str, Field(min_length=1, max_length=5_000), AfterValidator(_not_blank)]
#: A number of a bank (a bound, a threshold): an int or a float, never nan or infinite.
Finite = Annotated[float, Strict(), AfterValidator(_finite)]
#: How many people: a whole number from 0 to MAX_COUNT.
Count = Annotated[int, Strict(), Field(ge=0, le=MAX_COUNT)]
#: A day, as a TOML date (2026-11-28): not a string, a number or a date with a time.
Day = Annotated[dt.date, Strict(), BeforeValidator(_toml_date)]
#: A moment, as a TOML date and time with its time zone (2026-11-28T19:30:00+01:00).
Moment = Annotated[AwareDatetime, Strict(), BeforeValidator(_toml_moment)]


class Frozen(BaseModel):
    """Base: immutable, and unknown fields are an error, not silently kept."""

    # The docstrings under the fields are for readers; `use_attribute_docstrings` would make
    # pydantic read the source of every model at import time, which start-up cannot spare.
    model_config = ConfigDict(frozen=True, extra="forbid")
