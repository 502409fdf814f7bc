"""Result files diff line by line: questionnaire order, short arrays inline (issue 12, point 9)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

from woest_tui.core.files.bank import load_questionnaire
from woest_tui.core.files.storage import INLINE_WIDTH, dump_result
from woest_tui.core.model import Answer
from woest_tui.core.session.new import new_result
from woest_tui.core.session.state import SessionState

V11 = Path(__file__).parent / "fixtures" / "teamcheck" / "bank-1.1.toml"
STARTED = dt.datetime(2026, 11, 30, 15, tzinfo=dt.UTC)


def votes_state(tmp_path: Path) -> SessionState:
    bank = load_questionnaire(V11)
    result = new_result(
        bank, team="De Regenboog", date=STARTED.date(), mode="votes", started=STARTED
    )
    return SessionState(bank, result, tmp_path / "r.toml", lambda: STARTED)


def test_answers_are_written_in_the_questionnaires_order(tmp_path):
    state = votes_state(tmp_path)
    state.set_answer("steun-coach", Answer(value=True))
    state.set_answer("overleg-vorm", Answer(value="bouw"))
    state.set_answer("werkdruk-uren", Answer(value=5))
    state.set_answer("overleg-vorm", Answer(value="plenair"))  # a change keeps its place
    text = (tmp_path / "r.toml").read_text(encoding="utf-8")
    tables = [line for line in text.splitlines() if line.startswith("[answers.")]
    assert tables == ["[answers.overleg-vorm]", "[answers.werkdruk-uren]", "[answers.steun-coach]"]


def test_short_arrays_are_written_on_one_line(tmp_path):
    state = votes_state(tmp_path)
    state.set_answer("overleg-cijfer", Answer(votes=(0, 0, 0, 0, 0, 1, 2, 4, 3, 0, 0)))
    state.set_answer("werkdruk-oorzaken", Answer(value=("nakijken", "ouders")))
    text = (tmp_path / "r.toml").read_text(encoding="utf-8")
    assert "votes = [0, 0, 0, 0, 0, 1, 2, 4, 3, 0, 0]\n" in text
    assert 'value = ["nakijken", "ouders"]\n' in text
    assert tomllib.loads(text)["answers"]["overleg-cijfer"]["votes"][7] == 4


def test_a_long_array_keeps_a_line_per_element(tmp_path):
    state = votes_state(tmp_path)
    said = ("x" * 60, "y" * 60)  # the gathered text answers of a merge
    answers = {"steun-wens": Answer(values=said)}
    text = dump_result(state.result.model_copy(update={"answers": answers}))
    assert f'    "{said[0]}",\n    "{said[1]}",\n]' in text
    assert max(len(line) for line in text.splitlines()) <= INLINE_WIDTH
    assert tomllib.loads(text)["answers"]["steun-wens"]["values"] == list(said)


def test_a_merged_file_of_three_people_stays_short():
    merged = Path(__file__).parent / "fixtures" / "teamcheck"
    from woest_tui.core.merge.results import merge_results, read_individuals

    files = [merged / f"persoon-{p}.toml" for p in "abc"]
    items, bank = read_individuals(files, [V11])
    text = dump_result(merge_results(items, bank, team=None, now=STARTED))
    assert "votes = [0, 0, 1, 1, 1]\n" in text
    assert len(text.splitlines()) < 200  # 1,770 lines for three people before
