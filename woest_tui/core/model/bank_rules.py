"""The rules of a bank over several fields: scales, question types, ids, languages, changelog.

Each yields every broken rule, so that `woest validate` names them all in one run (see
`rules.with_rules`); a field that is not valid is absent from the fields and its rules wait.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic_core import PydanticCustomError

from woest_tui.core.model.common import invalid
from woest_tui.core.model.rules import Fields

#: The question types, to tell a misplaced field from a misspelt type.
QUESTION_TYPES = ("scale", "choice", "multi", "yesno", "number", "text")
Broken = Iterator[PydanticCustomError]


def scale_rules(f: Fields, given: set[str]) -> Broken:
    """A scale: min below max, at most 11 points, one label per point, thresholds in it."""
    low, high, labels = f.get("min"), f.get("max"), f.get("labels")
    if low is not None and high is not None:
        if high <= low:
            yield invalid("scale_order", "max")
        elif high - low > 10:
            yield invalid("scale_too_long", "max")
        elif labels is not None and len(labels) != high - low + 1:
            yield invalid("scale_labels", "labels", expected=high - low + 1, found=len(labels))
    if "strength" not in f or "development" not in f:
        return
    strength, development = f["strength"], f["development"]
    if (strength is None) != (development is None):
        yield invalid("scale_thresholds_pair", "strength")
    elif (
        strength is not None
        and low is not None
        and high is not None
        and low < high
        and not low <= development < strength <= high
    ):
        yield invalid("scale_thresholds", "strength")


def question_rules(f: Fields, given: set[str]) -> Broken:
    """A question: only the fields of its type, its options 2 to 9 and unique, min below max."""
    kind = f.get("type")
    if kind not in QUESTION_TYPES:
        return  # a misspelt type says so itself; what belongs to it is unknown
    if kind in ("choice", "multi"):
        yield from _options(f, kind)
    elif "options" in given:
        yield invalid("not_for_type", "options", field="options", type=kind)
    if kind != "scale":
        if f.get("reverse") is True or ("reverse" in given and "reverse" not in f):
            yield invalid("not_for_type", "reverse", field="reverse", type=kind)
        if "scale" in given:
            yield invalid("not_for_type", "scale", field="scale", type=kind)
    if kind != "number":
        for name in ("min", "max", "unit"):
            if name in given:
                yield invalid("not_for_type", name, field=name, type=kind)
    low, high = f.get("min"), f.get("max")
    if kind == "number" and low is not None and high is not None and low >= high:
        # min = max leaves one possible answer: nothing to ask
        yield invalid("number_bounds", "min")


def _options(f: Fields, kind: str) -> Broken:
    if "options" not in f:
        return  # given but not valid: its own errors say why
    options = f["options"]
    if options is None:
        yield invalid("options_missing", "options", type=kind)
        return
    if not 2 <= len(options) <= 9:
        yield invalid("options_count", "options", found=len(options))
    first: dict[str, int] = {}
    for index, option in enumerate(options):
        if option is None:
            continue
        if option.id in first:
            at = f"options[{index}].id"
            yield invalid(
                "options_duplicate", at, id=option.id, first=f"options[{first[option.id]}].id"
            )
        else:
            first[option.id] = index


def bank_rules(f: Fields, given: set[str]) -> Broken:
    """A bank: its own language in every text, unique ids and roles, a changelog that fits."""
    yield from _own_language(f)
    yield from _unique(f.get("roles") or (), "roles[{}].id")
    themes = [t for t in f.get("themes") or () if t is not None]
    places: list[tuple[Any, str]] = []
    for t, theme in enumerate(f.get("themes") or ()):
        if theme is not None:
            places.append((theme, f"themes[{t}].id"))
    for t, theme in enumerate(f.get("themes") or ()):
        for q, question in enumerate(theme.questions if theme is not None else ()):
            places.append((question, f"themes[{t}].questions[{q}].id"))
    # themes and questions share one namespace: a priority's `ref` names either
    yield from _unique_at(places)
    if "themes" in f and all(t is not None for t in f["themes"]):
        ids = {t.id for t in themes} | {q.id for t in themes for q in t.questions}
        yield from changelog_rules(f.get("changelog") or (), f.get("version"), ids)


def _unique(items: Any, place: str) -> Broken:
    yield from _unique_at([(item, place.format(i)) for i, item in enumerate(items)])


def _unique_at(places: list[tuple[Any, str]]) -> Broken:
    first: dict[str, str] = {}
    for item, place in places:
        if item is None:
            continue
        if item.id in first:
            yield invalid("duplicate_id_first", place, id=item.id, first=first[item.id])
        else:
            first[item.id] = place


def _own_language(f: Fields) -> Broken:
    language = f.get("language")
    if language is None:
        return
    for place, text in _texts(f):
        if text is not None and language not in text.root:
            yield invalid("text_language_missing", place, language=language)


def _texts(f: Fields) -> list[tuple[str, Any]]:
    """Every valid text of the bank with its place."""
    found: list[tuple[str, Any]] = [
        (name, f.get(name)) for name in ("title", "description", "source")
    ]
    for i, role in enumerate(f.get("roles") or ()):
        if role is not None:
            found += [(f"roles[{i}].label", role.label), (f"roles[{i}].short", role.short)]
    found += [(f"changelog[{i}].note", c.note) for i, c in enumerate(f.get("changelog") or ()) if c]
    scale = f.get("scale")
    found += [(f"scale.labels[{i}]", lab) for i, lab in enumerate(scale.labels if scale else ())]
    for t, theme in enumerate(f.get("themes") or ()):
        if theme is None:
            continue
        at = f"themes[{t}]"
        found += [(f"{at}.{name}", getattr(theme, name)) for name in ("title", "intro", "metaphor")]
        for q, question in enumerate(theme.questions):
            qat = f"{at}.questions[{q}]"
            found += [
                (f"{qat}.{name}", getattr(question, name)) for name in ("text", "help", "unit")
            ]
            found += [
                (f"{qat}.options[{i}].label", o.label) for i, o in enumerate(question.options or ())
            ]
            if question.scale is not None:
                found += [
                    (f"{qat}.scale.labels[{i}]", lab) for i, lab in enumerate(question.scale.labels)
                ]
    return found


def changelog_rules(changes: Iterable[Any], version: str | None, ids: set[str]) -> Broken:
    """A changelog: each version once, and this version's entry fits this version's ids.

    Args:
        changes: the valid entries (None for one that is not).
        version: the bank's version, None when it is not valid.
        ids: the ids of the bank's themes and questions.
    """
    # only the entry of this version can be checked against this version's ids: an id
    # added in 1.1 may be gone again in 1.2
    seen: list[str] = []
    for index, change in enumerate(changes):
        if change is None:
            continue
        at = f"changelog[{index}]"
        if change.version in seen:
            yield invalid("changelog_twice", f"{at}.version", version=change.version)
        seen.append(change.version)
        if version is None or change.version != version:
            continue
        gone = ("removed", "replaced")
        for kind, refs in change.ids().items():
            for position, ref in enumerate(refs):
                if (ref in ids) == (kind in gone):
                    key = "changelog_still_there" if kind in gone else "changelog_missing"
                    place = (
                        f"{at}.{kind}." + ref if kind == "replaced" else f"{at}.{kind}[{position}]"
                    )
                    yield invalid(key, place, id=ref, version=version)
        for old, new in change.replaced.items():
            if new not in ids:
                yield invalid("changelog_missing", f"{at}.replaced.{old}", id=new, version=version)
