"""Generated inputs: a full result, thousands of individual files, and a 500-question bank."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import tomli_w

from woest_tui.core.check.result import check_value
from woest_tui.core.files.bank import DEFAULT_BANK, bundled_dir, content_hash, load_questionnaire
from woest_tui.core.files.storage import save_result
from woest_tui.core.model import Answer, Question, Questionnaire
from woest_tui.core.session.new import new_result

STARTED = dt.datetime(2026, 11, 28, 19, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
ROLES = ("wijkagent", "noodhulp", "opsporing", "intake", "teamchef")


def default_bank_path() -> Path:
    """The bundled 52-question bank that `woest run` opens by default."""
    return bundled_dir() / f"{DEFAULT_BANK}.toml"


def default_bank() -> Questionnaire:
    return load_questionnaire(default_bank_path())


def value_for(question: Question, bank: Questionnaire, rng: random.Random) -> Any:
    """A valid answer value of the question's type, drawn with `rng`."""
    kind = question.type
    if kind == "scale":
        scale = bank.scale_of(question)
        value: Any = rng.randint(scale.min, scale.max)
    elif kind == "choice":
        value = rng.choice(question.options or ()).id
    elif kind == "multi":
        options = list(question.options or ())
        value = tuple(o.id for o in rng.sample(options, rng.randint(1, len(options))))
    elif kind == "yesno":
        value = rng.random() < 0.5
    elif kind == "number":
        low = int(question.min if question.min is not None else 0)
        high = int(question.max if question.max is not None else 100)
        value = rng.randint(low, high)
    else:
        value = f"antwoord {rng.randint(1, 10_000)}"
    problem = check_value(question, bank, value)
    if problem is not None:
        raise ValueError(f"{question.id}: generated value {value!r} does not fit")
    return value


def write_full_result(path: Path) -> Path:
    """A finished consensus result of the bundled bank with all 52 questions answered.

    Args:
        path: where to write it (replaced when it exists).

    Returns:
        The path.
    """
    bank = default_bank()
    rng = random.Random(7)
    result = new_result(
        bank,
        team="Basisteam Bench",
        date=STARTED.date(),
        mode="consensus",
        started=STARTED,
        roles={"wijkagent": 4, "teamchef": 1},
    )
    answers = {q.id: Answer(value=value_for(q, bank, rng)) for q in bank.questions()}
    session = result.session.model_copy(update={"finished": STARTED + dt.timedelta(hours=2)})
    result = result.model_copy(update={"answers": answers, "session": session})
    path.parent.mkdir(parents=True, exist_ok=True)
    save_result(result, path)
    return path


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_individuals(folder: Path, count: int) -> list[Path]:
    """`count` distinct, finished individual answer files of the bundled bank.

    The text is put together directly (not through pydantic and tomli-w) so that 10,000
    files take seconds; the merge validates every one of them anyway.

    Args:
        folder: where to write them (created).
        count: how many.

    Returns:
        Their paths, in order.
    """
    bank = default_bank()
    head = (
        "schema = 1\n\n[questionnaire]\n"
        f'id = "{bank.id}"\nversion = "{bank.version}"\nhash = "{content_hash(bank)}"\n\n'
    )
    questions = bank.questions()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        rng = random.Random(index)
        started = STARTED + dt.timedelta(seconds=index)
        lines = [
            head,
            "[session]\n",
            'team = "Basisteam Bench"\n',
            f"date = {STARTED.date().isoformat()}\n",
            'mode = "individual"\n',
            f'role = "{ROLES[index % len(ROLES)]}"\n',
            f"started = {started.isoformat()}\n",
            f"finished = {(started + dt.timedelta(minutes=40)).isoformat()}\n",
        ]
        for question in questions:
            draw = rng.random()
            if draw < 0.05 and not question.required:
                continue  # left open
            lines.append(f"\n[answers.{question.id}]\n")
            if draw < 0.12 and question.allow_dont_know:
                lines.append("dont_know = true\n")
            else:
                lines.append(f"value = {_toml_value(value_for(question, bank, rng))}\n")
        path = folder / f"individual-{index:05d}.toml"
        path.write_text("".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def write_big_bank(path: Path, themes: int = 50, per_theme: int = 10) -> Path:
    """A valid bank of `themes` x `per_theme` questions (500 by default), of every type.

    Args:
        path: where to write it.
        themes: how many themes.
        per_theme: questions per theme.

    Returns:
        The path.
    """
    labels = [{"nl": f"punt {i}", "en": f"point {i}"} for i in range(1, 6)]
    data: dict[str, Any] = {
        "schema": 1,
        "id": "bench-groot",
        "version": "1.0.0",
        "language": "nl",
        "title": {"nl": "Grote testlijst", "en": "Large test bank"},
        "description": {"nl": "Gegenereerd voor de benchmark.", "en": "Generated."},
        "scale": {"min": 1, "max": 5, "strength": 4.0, "development": 2.5, "labels": labels},
        "themes": [],
    }
    kinds = (
        "scale",
        "scale",
        "scale",
        "scale",
        "scale",
        "choice",
        "multi",
        "yesno",
        "number",
        "text",
    )
    for t in range(themes):
        questions = []
        for q in range(per_theme):
            kind = kinds[q % len(kinds)]
            question: dict[str, Any] = {
                "id": f"t{t:02d}-q{q:02d}",
                "type": kind,
                "text": {
                    "nl": f"Vraag {q + 1} van thema {t + 1}: hoe gaat het?",
                    "en": f"Question {q + 1} of theme {t + 1}: how is it going?",
                },
                "help": {"nl": "Uitleg bij de vraag, zo lang als een echte.", "en": "Help."},
            }
            if kind in ("choice", "multi"):
                question["options"] = [
                    {"id": f"o{i}", "label": {"nl": f"optie {i}", "en": f"option {i}"}}
                    for i in range(1, 5)
                ]
            if kind == "number":
                question.update({"min": 0.0, "max": 100.0, "unit": {"nl": "uur", "en": "hours"}})
            questions.append(question)
        data["themes"].append(
            {
                "id": f"t{t:02d}",
                "title": {"nl": f"Thema {t + 1}", "en": f"Theme {t + 1}"},
                "intro": {"nl": "Een inleiding van een paar zinnen.", "en": "An introduction."},
                "metaphor": {"nl": "Een beeld.", "en": "An image."},
                "questions": questions,
            }
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(data), encoding="utf-8")
    return path
