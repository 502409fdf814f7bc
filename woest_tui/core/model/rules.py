"""A model's rules over several fields, said together with every other problem of the file.

Pydantic runs an "after" model validator only once every field is valid, and stops at its
first `raise`: a bank with a wrong text and two repeated ids said the ids one run later, one
by one. Here a model's rules are a function that yields every broken rule; `with_rules` runs
it on the fields that are valid, also when others are not, and raises one ValidationError
that holds the field errors and the broken rules together.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError, ValidationInfo
from pydantic_core import InitErrorDetails, PydanticCustomError

M = TypeVar("M", bound=BaseModel)
#: Above this many field errors a model's rules wait: a file of a hundred thousand unknown
#: keys is named in seconds, and only the first hundred problems are shown anyway.
MAX_ERRORS = 1_000

#: The valid fields of a model by name; a field that is not valid is absent, an item of a
#: list that is not valid is None, an entry of a table that is not valid is left out.
Fields = Mapping[str, Any]
#: A model's rules: the valid fields and the fields the file gave -> every broken rule.
Rules = Callable[[Fields, set[str]], Iterable[PydanticCustomError]]


def with_rules(
    cls: type[M],
    data: Any,
    handler: Callable[[Any], M],
    info: ValidationInfo,
    rules: Rules,
) -> M:
    """Validate `data` as `cls` and check `rules`, raising every problem at once.

    A rule that says a field does not belong ("not_for_type") silences that field's own
    errors: "a scale does not belong to a choice question" is the answer, not its labels.

    Args:
        cls: the model.
        data: the input.
        handler: pydantic's handler of a wrap validator.
        info: the validation info (its context is passed on to the fields).
        rules: the model's rules.

    Returns:
        The model, when every field is valid and no rule is broken.

    Raises:
        ValidationError: with every field error and every broken rule.
    """
    try:
        model = handler(data)
    except ValidationError as exc:
        if not isinstance(data, dict) or exc.error_count() > MAX_ERRORS:
            raise
        errors = exc.errors()
        given = {name for name, field in cls.model_fields.items() if _key(name, field) in data}
        flagged = [tuple(e["loc"]) for e in errors]
        broken = list(rules(_valid_fields(cls, data, info.context, flagged), given))
        silenced = {
            str(e.context.get("field")) for e in broken if e.type == "not_for_type" and e.context
        }
        kept = [e for e in errors if not (e["loc"] and str(e["loc"][0]) in silenced)]
        raise _combined(cls, data, [_again(e) for e in kept], broken) from None
    broken = list(rules(model.__dict__, model.model_fields_set))
    if broken:
        raise _combined(cls, data, [], broken)
    return model


def _key(name: str, field: Any) -> str:
    return str(field.alias or name)


def _again(error: Any) -> InitErrorDetails:
    """A field error of the handler, raised again with its own type, message and values."""
    ctx = error.get("ctx")
    kind = PydanticCustomError(error["type"], error["msg"].replace("{", "(").replace("}", ")"), ctx)
    return InitErrorDetails(type=kind, loc=tuple(error["loc"]), input=error.get("input"))


def _combined(
    cls: type[BaseModel],
    data: Any,
    errors: list[InitErrorDetails],
    broken: list[PydanticCustomError],
) -> ValidationError:
    errors += [InitErrorDetails(type=rule, loc=(), input=data) for rule in broken]
    return ValidationError.from_exception_data(cls.__name__, errors)


def _valid_fields(
    cls: type[BaseModel], data: dict[str, Any], context: Any, flagged: list[tuple[Any, ...]]
) -> dict[str, Any]:
    """The fields of `data` the handler found no fault in; a default for one not given.

    Of a list or a table with a fault in some items, the others are kept (see Fields).
    """
    found: dict[str, Any] = {}
    for name, field in cls.model_fields.items():
        key = _key(name, field)
        if key not in data:
            if not field.is_required():
                found[name] = field.get_default(call_default_factory=True)
            continue
        faults = [loc[1:] for loc in flagged if loc and loc[0] == key]
        value: Any = None
        if not faults:
            value = _or_none(_adapter(cls, name), data[key], context)
        elif () not in faults:
            value = _valid_items(field.annotation, data[key], context, {f[0] for f in faults})
        if value is not None or data[key] is None:
            found[name] = value
    return found


def _valid_items(annotation: Any, value: Any, context: Any, faulty: set[Any]) -> Any:
    """Of a list or a table with faults in some items, the others (see Fields)."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType) and len(args) == 1:
        return _valid_items(args[0], value, context, faulty)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and isinstance(value, list):
        item = _item_adapter(args[0])
        return tuple(
            None if i in faulty else _or_none(item, v, context) for i, v in enumerate(value)
        )
    if origin is dict and len(args) == 2 and isinstance(value, dict):
        items = _item_adapter(args[1])
        kept = {k: _or_none(items, v, context) for k, v in value.items() if k not in faulty}
        return {k: v for k, v in kept.items() if v is not None}
    return None


def _or_none(adapter: TypeAdapter[Any], value: Any, context: Any) -> Any:
    try:
        return adapter.validate_python(value, context=context)
    except ValidationError:
        return None


@cache
def _adapter(cls: type[BaseModel], name: str) -> TypeAdapter[Any]:
    field = cls.model_fields[name]
    annotation: Any = field.annotation
    if field.metadata:
        annotation = Annotated[annotation, *field.metadata]
    return TypeAdapter(annotation)


@cache
def _item_adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)
