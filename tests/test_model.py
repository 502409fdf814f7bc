"""The models on their own: frozen, no unknown fields, and every field's rule."""

from __future__ import annotations

import copy
import datetime as dt
import math
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from woest_tui.core.errors import place_of
from woest_tui.core.model import (
    Answer,
    BankRef,
    Option,
    Priority,
    Question,
    Questionnaire,
    Result,
    RoleNote,
    Scale,
    Session,
    Tally,
    Text,
    Theme,
)

CORPUS = Path(__file__).parent / "corpus"
BANK: dict[str, Any] = tomllib.loads((CORPUS / "mini_bank.toml").read_text("utf-8"))
RESULT: dict[str, Any] = tomllib.loads((CORPUS / "mini_result.toml").read_text("utf-8"))
MERGED: dict[str, Any] = tomllib.loads((CORPUS / "mini_merged.toml").read_text("utf-8"))
ZONE = dt.timezone(dt.timedelta(hours=1))

Change = Callable[[dict[str, Any]], object]


def problems(model: type[BaseModel], data: dict[str, Any]) -> list[tuple[str, str]]:
    """(error type, place) of every error, with our own errors' inner place added."""
    try:
        model.model_validate(data, context={"language": "nl"})
    except ValidationError as error:
        found = []
        for item in error.errors():
            at = str((item.get("ctx") or {}).get("at", ""))
            found.append((item["type"], ".".join(p for p in (place_of(item["loc"]), at) if p)))
        return found
    return []


def changed(base: dict[str, Any], change: Change) -> dict[str, Any]:
    data = copy.deepcopy(base)
    change(data)
    return data


def question(data: dict[str, Any], theme: int = 0, index: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = data["themes"][theme]["questions"][index]
    return found


# --- frozen, no unknown fields -----------------------------------------------------------------


def test_the_bases_are_valid() -> None:
    assert problems(Questionnaire, BANK) == []
    assert problems(Result, RESULT) == []
    assert problems(Result, MERGED) == []


def test_every_model_is_frozen() -> None:
    bank = Questionnaire.model_validate(BANK)
    result = Result.model_validate(RESULT)
    for model, name in [
        (bank, "id"),
        (bank.scale, "min"),
        (bank.themes[0], "id"),
        (bank.themes[0].questions[0], "type"),
        (result, "answers"),
        (result.session, "team"),
        (result.questionnaire, "hash"),
        (result.priorities[0], "owner"),
        (result.answers["doel-oorzaak"], "value"),
    ]:
        with pytest.raises(ValidationError) as caught:
            setattr(model, name, None)
        assert caught.value.errors()[0]["type"] == "frozen_instance"


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Questionnaire, BANK),
        (Scale, BANK["scale"]),
        (Theme, BANK["themes"][0]),
        (Question, question(BANK)),
        (Option, question(BANK, 0, 1)["options"][0]),
        (Result, RESULT),
        (BankRef, RESULT["questionnaire"]),
        (Session, RESULT["session"]),
        (Answer, RESULT["answers"]["doel-oorzaak"]),
        (Tally, MERGED["answers"]["doel-oorzaak"]["by_role"]["woe"]),
        (RoleNote, MERGED["answers"]["doel-oorzaak"]["notes"][0]),
        (Priority, RESULT["priorities"][0]),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
def test_an_unknown_field_is_an_error(model: type[BaseModel], data: dict[str, Any]) -> None:
    assert problems(model, {**data, "tikfout": 1}) == [("extra_forbidden", "tikfout")]


def test_a_text_is_a_table_of_languages_or_a_plain_string() -> None:
    text = Text.model_validate({"nl": "Hallo", "en": "Hello"})
    assert text.get("en") == "Hello"
    assert text.get("de") == "Hallo"  # the bank's own language
    assert text.get("de", fallback="en") == "Hello"
    plain = Text.model_validate("Alleen Engels", context={"language": "en"})
    assert plain.root == {"en": "Alleen Engels"}
    assert plain.get("nl") == "Alleen Engels"
    assert problems(Text, {"de": "Hallo"})[0][0] == "literal_error"


# --- the bank's rules --------------------------------------------------------------------------

BANK_RULES: list[tuple[str, Change, tuple[str, str]]] = [
    ("schema-other", lambda d: d.update(schema=2), ("bank_schema_merged", "schema")),
    ("schema-newer", lambda d: d.update(schema=3), ("schema_newer", "schema")),
    ("schema-zero", lambda d: d.update(schema=0), ("schema_unknown", "schema")),
    ("schema-float", lambda d: d.update(schema=1.0), ("int_type", "schema")),
    ("id-pattern", lambda d: d.update(id="Mini Lijst"), ("string_pattern_mismatch", "id")),
    ("id-long", lambda d: d.update(id="a" * 65), ("string_pattern_mismatch", "id")),
    ("version-empty", lambda d: d.update(version=""), ("string_too_short", "version")),
    ("version-blank", lambda d: d.update(version="  "), ("string_blank", "version")),
    ("version-long", lambda d: d.update(version="1" * 201), ("string_too_long", "version")),
    ("language", lambda d: d.update(language="de"), ("literal_error", "language")),
    ("title-missing", lambda d: d.pop("title"), ("missing", "title")),
    ("title-blank", lambda d: d.update(title={"nl": "\t "}), ("string_blank", "title.nl")),
    (
        "title-long",
        lambda d: d.update(description="x" * 5_001),
        ("string_too_long", "description.nl"),
    ),
    (
        "own-language",
        lambda d: d.update(title={"en": "Mini"}),
        ("text_language_missing", "title"),
    ),
    ("scale-min", lambda d: d["scale"].update(min=-1), ("greater_than_equal", "scale.min")),
    ("scale-max", lambda d: d["scale"].update(max=101), ("less_than_equal", "scale.max")),
    ("scale-float", lambda d: d["scale"].update(min=1.0), ("int_type", "scale.min")),
    ("scale-order", lambda d: d["scale"].update(min=5, max=5), ("scale_order", "scale.max")),
    (
        "scale-long",
        lambda d: d["scale"].update(min=0, max=11, labels=["x"] * 12),
        ("scale_too_long", "scale.max"),
    ),
    (
        "scale-labels",
        lambda d: d["scale"].update(labels=["x"] * 4),
        ("scale_labels", "scale.labels"),
    ),
    (
        "thresholds-pair",
        lambda d: d["scale"].pop("development"),
        ("scale_thresholds_pair", "scale.strength"),
    ),
    (
        "thresholds-order",
        lambda d: d["scale"].update(strength=2.0, development=3.0),
        ("scale_thresholds", "scale.strength"),
    ),
    (
        "thresholds-missing",
        lambda d: [d["scale"].pop("strength"), d["scale"].pop("development")],
        ("scale_thresholds_missing", "scale.strength"),
    ),
    (
        "threshold-nan",
        lambda d: d["scale"].update(strength=math.nan),
        ("number_not_finite", "scale.strength"),
    ),
    (
        "threshold-text",
        lambda d: d["scale"].update(strength="4"),
        ("float_type", "scale.strength"),
    ),
    ("no-themes", lambda d: d.update(themes=[]), ("too_short", "themes")),
    (
        "no-questions",
        lambda d: d["themes"][0].update(questions=[]),
        ("too_short", "themes[0].questions"),
    ),
    (
        "theme-intro",
        lambda d: d["themes"][0].pop("intro"),
        ("missing", "themes[0].intro"),
    ),
    (
        "duplicate-theme",
        lambda d: d["themes"][1].update(id="doel"),
        ("duplicate_id_first", "themes[1].id"),
    ),
    (
        "question-is-theme",
        lambda d: question(d).update(id="tijd"),
        ("duplicate_id_first", "themes[0].questions[0].id"),
    ),
    (
        "question-type",
        lambda d: question(d).update(type="slider"),
        ("literal_error", "themes[0].questions[0].type"),
    ),
    (
        "question-text-blank",
        lambda d: question(d).update(text=" "),
        ("string_blank", "themes[0].questions[0].text.nl"),
    ),
    (
        "required-strict",
        lambda d: question(d).update(required="ja"),
        ("bool_type", "themes[0].questions[0].required"),
    ),
    (
        "allow-dont-know-strict",
        lambda d: question(d).update(allow_dont_know=1),
        ("bool_type", "themes[0].questions[0].allow_dont_know"),
    ),
    (
        "options-missing",
        lambda d: question(d, 0, 1).pop("options"),
        ("options_missing", "themes[0].questions[1].options"),
    ),
    (
        "options-one",
        lambda d: question(d, 0, 1).update(options=question(d, 0, 1)["options"][:1]),
        ("options_count", "themes[0].questions[1].options"),
    ),
    (
        "options-duplicate",
        lambda d: question(d, 0, 1)["options"][1].update(id="teamchef"),
        ("options_duplicate", "themes[0].questions[1].options[1].id"),
    ),
    (
        "option-label-blank",
        lambda d: question(d, 0, 1)["options"][1].update(label="   "),
        ("string_blank", "themes[0].questions[1].options[1].label.nl"),
    ),
    (
        "options-on-scale",
        lambda d: question(d).update(options=question(d, 0, 1)["options"]),
        ("not_for_type", "themes[0].questions[0].options"),
    ),
    (
        "reverse-on-choice",
        lambda d: question(d, 0, 1).update(reverse=True),
        ("not_for_type", "themes[0].questions[1].reverse"),
    ),
    (
        "scale-on-number",
        lambda d: question(d, 1, 0).update(scale=d["scale"]),
        ("not_for_type", "themes[1].questions[0].scale"),
    ),
    (
        "unit-on-scale",
        lambda d: question(d).update(unit="uur"),
        ("not_for_type", "themes[0].questions[0].unit"),
    ),
    (
        "number-bounds",
        lambda d: question(d, 1, 0).update(min=50),
        ("number_bounds", "themes[1].questions[0].min"),
    ),
    (
        "number-nan",
        lambda d: question(d, 1, 0).update(min=math.nan),
        ("number_not_finite", "themes[1].questions[0].min"),
    ),
    (
        "number-inf",
        lambda d: question(d, 1, 0).update(max=math.inf),
        ("number_not_finite", "themes[1].questions[0].max"),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [r[1:] for r in BANK_RULES], ids=[r[0] for r in BANK_RULES]
)
def test_a_bank_rule(change: Change, expected: tuple[str, str]) -> None:
    assert expected in problems(Questionnaire, changed(BANK, change))


# --- the result's rules ------------------------------------------------------------------------


def session(change: Callable[[dict[str, Any]], object]) -> Change:
    return lambda d: change(d["session"])


def answer(qid: str, **fields: object) -> Change:
    return lambda d: d["answers"].__setitem__(qid, dict(fields))


RESULT_RULES: list[tuple[str, Change, tuple[str, str]]] = [
    ("schema-3", lambda d: d.update(schema=3), ("schema_newer", "schema")),
    ("schema-0", lambda d: d.update(schema=0), ("schema_unknown", "schema")),
    (
        "hash",
        lambda d: d["questionnaire"].update(hash="md5:x"),
        ("string_pattern_mismatch", "questionnaire.hash"),
    ),
    ("team-empty", session(lambda s: s.update(team="")), ("string_too_short", "session.team")),
    ("team-blank", session(lambda s: s.update(team="   ")), ("string_blank", "session.team")),
    ("team-nbsp", session(lambda s: s.update(team="\xa0")), ("string_blank", "session.team")),
    (
        "team-long",
        session(lambda s: s.update(team="x" * 201)),
        ("string_too_long", "session.team"),
    ),
    (
        "facilitator-blank",
        session(lambda s: s.update(facilitator=" ")),
        ("string_blank", "session.facilitator"),
    ),
    ("date-zero", session(lambda s: s.update(date=0)), ("date_type", "session.date")),
    (
        "date-string",
        session(lambda s: s.update(date="2026-11-28")),
        ("date_quoted", "session.date"),
    ),
    (
        "date-time",
        session(lambda s: s.update(date=dt.datetime(2026, 11, 28, 19, tzinfo=ZONE))),
        ("date_has_time", "session.date"),
    ),
    (
        "started-int",
        session(lambda s: s.update(started=1_764_354_600)),
        ("datetime_type", "session.started"),
    ),
    (
        "started-string",
        session(lambda s: s.update(started="2026-11-28T19:30:00+01:00")),
        ("moment_quoted", "session.started"),
    ),
    (
        "started-date",
        session(lambda s: s.update(started=dt.date(2026, 11, 28))),
        ("moment_is_date", "session.started"),
    ),
    (
        "started-naive",
        session(lambda s: s.update(started=dt.datetime(2026, 11, 28, 19, 30))),
        ("timezone_aware", "session.started"),
    ),
    (
        "finished-naive",
        session(lambda s: s.update(finished=dt.datetime(2026, 11, 28, 21))),
        ("timezone_aware", "session.finished"),
    ),
    (
        "finished-before",
        session(lambda s: s.update(finished=dt.datetime(2026, 11, 28, 19, tzinfo=ZONE))),
        ("finished_before_started", "session.finished"),
    ),
    (
        "role-id",
        session(lambda s: s["roles"].update({"Wijk Agent": 1})),
        ("string_pattern_mismatch", 'session.roles."Wijk Agent"'),
    ),
    (
        "role-negative",
        session(lambda s: s["roles"].update(woe=-1)),
        ("greater_than_equal", "session.roles.woe"),
    ),
    (
        "role-huge",
        session(lambda s: s["roles"].update(woe=10_001)),
        ("less_than_equal", "session.roles.woe"),
    ),
    (
        "role-float",
        session(lambda s: s["roles"].update(woe=1.0)),
        ("int_type", "session.roles.woe"),
    ),
    ("mode", session(lambda s: s.update(mode="samen")), ("literal_error", "session.mode")),
    (
        "individual-without-role",
        session(lambda s: s.update(mode="individual")),
        ("role_missing", "session.role"),
    ),
    (
        "role-in-consensus",
        session(lambda s: s.update(role="woe")),
        ("role_not_individual", "session.role"),
    ),
    (
        "merged-from-one",
        session(lambda s: s.update(merged_from=1, mode="votes")),
        ("greater_than_equal", "session.merged_from"),
    ),
    (
        "merged-not-votes",
        lambda d: [d.update(schema=2), d["session"].update(merged_from=2)],
        ("merged_not_votes", "session.mode"),
    ),
    (
        "merged-schema-1",
        session(lambda s: s.update(merged_from=2, mode="votes")),
        ("merged_needs_schema", "session.merged_from"),
    ),
    ("schema-2-not-merged", lambda d: d.update(schema=2), ("schema2_needs_merge", "session")),
    (
        "merged-field",
        answer("doel-oorzaak", counts={"a": 1}),
        ("merged_field", "answers.doel-oorzaak.counts"),
    ),
    (
        "answer-id",
        answer("Doel", value=1),
        ("string_pattern_mismatch", "answers.Doel"),
    ),
    (
        "value-table",
        answer("doel-oorzaak", value={"a": 1}),
        ("value_type", "answers.doel-oorzaak.value"),
    ),
    (
        "value-nan",
        answer("tijd-uren", value=math.nan),
        ("number_not_finite", "answers.tijd-uren.value"),
    ),
    (
        "value-huge",
        answer("tijd-uren", value=2**64),
        ("number_too_large", "answers.tijd-uren.value"),
    ),
    (
        "value-text-long",
        answer("doel-wie", value="x" * 10_001),
        ("text_too_long", "answers.doel-wie.value"),
    ),
    (
        "value-list-of-ten",
        answer("doel-wie", value=["a"] * 10),
        ("value_type", "answers.doel-wie.value"),
    ),
    (
        "note-long",
        answer("doel-wie", value="oe", note="x" * 10_001),
        ("string_too_long", "answers.doel-wie.note"),
    ),
    (
        "dont-know-strict",
        answer("doel-wie", dont_know="ja"),
        ("bool_type", "answers.doel-wie.dont_know"),
    ),
    (
        "dont-know-and-value",
        answer("doel-wie", dont_know=True, value="oe"),
        ("dont_know_and_value", "answers.doel-wie.dont_know"),
    ),
    (
        "dont-know-and-votes",
        answer("doel-oorzaak", dont_know=True, votes=[0, 1, 0, 0, 0]),
        ("dont_know_and_votes", "answers.doel-oorzaak.dont_know"),
    ),
    (
        "value-and-votes",
        answer("doel-oorzaak", value=2, votes=[0, 1, 0, 0, 0]),
        ("value_and_votes", "answers.doel-oorzaak.votes"),
    ),
    (
        "votes-negative",
        answer("doel-oorzaak", votes=[0, -1, 0, 0, 0]),
        ("greater_than_equal", "answers.doel-oorzaak.votes[1]"),
    ),
    (
        "votes-huge",
        answer("doel-oorzaak", votes=[10**400, 0, 0, 0, 0]),
        ("less_than_equal", "answers.doel-oorzaak.votes[0]"),
    ),
    (
        "dont-know-votes-huge",
        answer("doel-oorzaak", dont_know_votes=10_001),
        ("less_than_equal", "answers.doel-oorzaak.dont_know_votes"),
    ),
    (
        "priority-ref",
        lambda d: d["priorities"][0].update(ref="Tijd"),
        ("string_pattern_mismatch", "priorities[0].ref"),
    ),
    (
        "priority-action-blank",
        lambda d: d["priorities"][0].update(action="\n"),
        ("string_blank", "priorities[0].action"),
    ),
    (
        "priority-action-long",
        lambda d: d["priorities"][0].update(action="x" * 2_001),
        ("string_too_long", "priorities[0].action"),
    ),
    (
        "priority-owner-blank",
        lambda d: d["priorities"][0].update(owner=" "),
        ("string_blank", "priorities[0].owner"),
    ),
    (
        "priority-due-string",
        lambda d: d["priorities"][0].update(due="2027-03-01"),
        ("date_quoted", "priorities[0].due"),
    ),
    (
        "priority-due-time",
        lambda d: d["priorities"][0].update(due=dt.datetime(2027, 3, 1, tzinfo=ZONE)),
        ("date_has_time", "priorities[0].due"),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [r[1:] for r in RESULT_RULES], ids=[r[0] for r in RESULT_RULES]
)
def test_a_result_rule(change: Change, expected: tuple[str, str]) -> None:
    assert expected in problems(Result, changed(RESULT, change))


MERGED_RULES: list[tuple[str, Change, tuple[str, str]]] = [
    (
        "merged-from-huge",
        session(lambda s: s.update(merged_from=10_001)),
        ("less_than_equal", "session.merged_from"),
    ),
    (
        "counts-huge",
        lambda d: d["answers"]["doel-wie"]["counts"].update(oe=10_001),
        ("less_than_equal", "answers.doel-wie.counts.oe"),
    ),
    (
        "values-nan",
        lambda d: d["answers"]["tijd-uren"].update(values=[4, math.nan]),
        ("number_not_finite", "answers.tijd-uren.values"),
    ),
    (
        "values-bool",
        lambda d: d["answers"]["tijd-uren"].update(values=[True]),
        ("gathered_type", "answers.tijd-uren.values"),
    ),
    (
        "note-role",
        lambda d: d["answers"]["doel-oorzaak"]["notes"][0].update(role="W O E"),
        ("string_pattern_mismatch", "answers.doel-oorzaak.notes[0].role"),
    ),
    (
        "by-role-unknown-field",
        lambda d: d["answers"]["doel-oorzaak"]["by_role"]["woe"].update(value=1),
        ("extra_forbidden", "answers.doel-oorzaak.by_role.woe.value"),
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [r[1:] for r in MERGED_RULES], ids=[r[0] for r in MERGED_RULES]
)
def test_a_merged_result_rule(change: Change, expected: tuple[str, str]) -> None:
    assert expected in problems(Result, changed(MERGED, change))


def test_times_keep_their_zone_and_may_end_when_they_start() -> None:
    data = changed(RESULT, session(lambda s: s.update(finished=s["started"])))
    result = Result.model_validate(data)
    assert result.session.started.utcoffset() == dt.timedelta(hours=1)
    assert result.finished
