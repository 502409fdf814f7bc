"""The rules for changing an answer of a merged result: keep what the screen does not edit."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import STARTED
from woest_tui.core.files.bank import content_hash
from woest_tui.core.merge.answer import carry_over, is_gathered, room_for
from woest_tui.core.model import Answer, Questionnaire, Result, RoleNote, Tally
from woest_tui.core.session.state import SessionState

NOTES = (RoleNote(role="woe", text="We vragen door."),)
MERGED = Answer(
    votes=(0, 1, 1, 0, 0),
    notes=NOTES,
    by_role={"woe": Tally(votes=(0, 1, 0, 0, 0)), "wijkagent": Tally(votes=(0, 0, 1, 0, 0))},
)


def test_a_gathered_answer_takes_only_the_team_note() -> None:
    assert is_gathered(MERGED) and not is_gathered(Answer(value=3)) and not is_gathered(None)
    assert carry_over(MERGED, None) is MERGED
    noted = carry_over(MERGED, Answer(note="Samen besproken"))
    assert noted is not None and noted.note == "Samen besproken"
    assert noted.model_copy(update={"note": None}) == MERGED
    # other votes on screen cannot reach a tally that came from the individual files
    assert carry_over(MERGED, Answer(votes=(5, 0, 0, 0, 0))) is MERGED


def test_role_notes_stay_when_the_team_answers_or_clears() -> None:
    only_notes = Answer(notes=NOTES)
    answered = carry_over(only_notes, Answer(votes=(0, 0, 2, 0, 0), note="team"))
    assert answered == Answer(votes=(0, 0, 2, 0, 0), note="team", notes=NOTES)
    assert carry_over(only_notes, None) == only_notes
    assert carry_over(None, Answer(value=2)) == Answer(value=2)
    assert carry_over(Answer(value=1), None) is None


def test_no_more_hands_than_people_in_a_merge(make_result, woest_bank: Questionnaire) -> None:
    data = make_result(woest_bank).model_dump(by_alias=True)
    data["schema"] = 2
    data["session"].update(mode="votes", merged_from=5, roles={"wijkagent": 5})
    merged = Result.model_validate(data)
    assert room_for(merged, Answer(votes=(1, 1, 1, 1, 0), dont_know_votes=1)) is None
    problem = room_for(merged, Answer(votes=(1, 1, 1, 1, 1), dont_know_votes=1))
    assert problem is not None and problem.params == {"found": 6, "people": 5}
    assert room_for(make_result(woest_bank), Answer(votes=(9, 9, 9, 9, 9))) is None


def test_an_unchanged_answer_is_not_written(
    make_result, woest_bank: Questionnaire, tmp_path: Path
) -> None:
    result = make_result(woest_bank, {"doel-incident-of-oorzaak": {"value": 4}})
    assert result.questionnaire.hash == content_hash(woest_bank)
    out = tmp_path / "s.toml"
    state = SessionState(woest_bank, result, out, lambda: STARTED)
    state.set_answer("doel-incident-of-oorzaak", Answer(value=4))
    assert not out.exists()
    state.set_answer("doel-incident-of-oorzaak", Answer(value=5))
    assert out.exists()
