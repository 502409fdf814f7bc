"""The live room: who joined, the open question, each phone's vote; plain Python, no server."""

from __future__ import annotations

import re
import secrets
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from woest_tui.core.check.result import check_value
from woest_tui.core.model import Answer, Question, Questionnaire
from woest_tui.core.roles import role_ids
from woest_tui.i18n import Lang
from woest_tui.live.tally import Typed, Vote, groups_of, live_answer

#: The short code's letters: no 0/O, 1/I/L, so it can be read off a wall and typed.
SHORT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SHORT_LENGTH = 6
#: The longest text answer a phone may send.
MAX_TEXT = 2_000
#: The most phones one room takes (a flood of fresh cookies must not grow it forever).
MAX_PHONES = 500
#: The choice on the join page for "zeg ik liever niet".
NO_ROLE = "none"


class Refused(Exception):
    """A request the room turns down; nothing changed."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key = key
        """The message key (messages_live) that says why."""
        self.status = status
        """The HTTP status that fits."""


@dataclass
class Phone:
    """A phone in the room: an anonymous id from its cookie, never a name."""

    role: str | None = None
    """Its function, or None (not chosen, or "zeg ik liever niet")."""
    chose: bool = False
    """Whether it has answered the join page's question about its function."""


def _number(text: str) -> float | int:
    """A number as a phone sends it: 12, -3, 7,5 or 7.5."""
    text = text.strip().replace(",", ".")
    if not re.fullmatch(r"-?\d{1,15}(\.\d{1,6})?", text):
        raise Refused("live_bad_number")
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


class Room:
    """One live session's room: the codes, the phones, and the question that is open."""

    def __init__(self, bank: Questionnaire, lang: Lang, *, auto_reveal: bool = False) -> None:
        self.bank = bank
        self.lang = lang
        self.roles = role_ids(bank)
        #: The join code in the address: 96 random bits.
        self.code = secrets.token_urlsafe(12)
        #: The code to type: about 30 bits, only good for joining, and rate limited.
        self.short = "".join(secrets.choice(SHORT_ALPHABET) for _ in range(SHORT_LENGTH))
        self.auto_reveal = auto_reveal
        self.phones: dict[str, Phone] = {}
        self._joined = 0
        self.question: Question | None = None
        #: The open question's number in the bank (1-based) and the bank's count.
        self.place = (0, 0)
        self.revealed = False
        self.ballots: dict[str, Vote] = {}
        self.typed = Typed()
        #: Grows at every change: the phones' live updates wait for it.
        self.version = 0
        #: Called at every change, in the loop's thread (the TUI refreshes its view).
        self.listeners: list[Callable[[], None]] = []

    # --- reading -----------------------------------------------------------------------

    @property
    def joined(self) -> int:
        """How many phones are in the room: those that answered the join page."""
        return self._joined

    @property
    def answered(self) -> int:
        """How many phones answered the open question."""
        return len(self.ballots)

    def groups(self) -> dict[str | None, str]:
        """Each function's group by the fewer-than-3 rule, over the phones in the room."""
        return groups_of(phone.role for phone in self.phones.values() if phone.chose)

    def joined_groups(self) -> Mapping[str, int]:
        """The groups of the phones in the room, with their counts."""
        groups = self.groups()
        return Counter(groups[phone.role] for phone in self.phones.values() if phone.chose)

    def answer(self, note: str | None = None) -> Answer | None:
        """The open question's answer as it would be saved: the tally of every vote."""
        if self.question is None:
            return None
        groups = self.groups()
        ballots = [(groups[self.phones[pid].role], vote) for pid, vote in self.ballots.items()]
        return live_answer(self.question, self.bank, ballots, self.typed, note)

    def vote_of(self, phone_id: str) -> Vote | None:
        """A phone's own vote on the open question."""
        return self.ballots.get(phone_id)

    # --- changing ----------------------------------------------------------------------

    def changed(self) -> None:
        """Tell the phones and the TUI that something changed."""
        self.version += 1
        for listener in list(self.listeners):
            listener()

    def join(self, phone_id: str | None) -> str:
        """A phone enters (or comes back): its id, new when it had none the room knows.

        Raises:
            Refused: the room is full.
        """
        if phone_id is not None and phone_id in self.phones:
            return phone_id
        if len(self.phones) >= MAX_PHONES:
            raise Refused("live_full", 503)
        phone_id = secrets.token_urlsafe(16)
        self.phones[phone_id] = Phone()
        return phone_id

    def choose_role(self, phone_id: str, role: str) -> None:
        """A phone tells its function, or that it would rather not.

        Raises:
            Refused: an unknown phone or function.
        """
        phone = self.phones.get(phone_id)
        if phone is None:
            raise Refused("live_unknown_phone", 403)
        if role != NO_ROLE and role not in self.roles:
            raise Refused("live_bad_role")
        phone.role = None if role == NO_ROLE else role
        if not phone.chose:
            phone.chose = True
            self._joined += 1
        self.changed()

    def open(self, question: Question | None, place: tuple[int, int] = (0, 0)) -> None:
        """Open a question for the phones (None: they wait); earlier votes are gone."""
        if question is self.question:
            return
        self.question = question
        self.place = place
        self.revealed = False
        self.ballots = {}
        self.typed = Typed()
        self.changed()

    def reveal(self) -> None:
        """Show the tally: the phones can no longer change their vote."""
        if self.question is not None and not self.revealed:
            self.revealed = True
            self.changed()

    def set_typed(self, typed: Typed) -> None:
        """The hands the facilitator typed for the open question."""
        self.typed = typed
        self.changed()

    def vote(self, phone_id: str, question_id: str, form: Mapping[str, list[str]]) -> Vote:
        """A phone's vote on the open question, checked: it replaces its earlier one.

        Args:
            phone_id: the phone's id from its cookie.
            question_id: the question the phone's page showed.
            form: the posted fields (every value of each name).

        Returns:
            The vote as counted.

        Raises:
            Refused: an unknown phone, a question that is not open or already revealed,
                or an answer that does not fit the question.
        """
        phone = self.phones.get(phone_id)
        if phone is None or not phone.chose:
            raise Refused("live_unknown_phone", 403)
        question = self.question
        if question is None or question.id != question_id:
            raise Refused("live_not_open", 409)
        if self.revealed:
            raise Refused("live_revealed", 409)
        vote = self.read_vote(question, form)
        self.ballots[phone_id] = vote
        if self.auto_reveal and self.answered >= self.joined:
            self.revealed = True
        self.changed()
        return vote

    def read_vote(self, question: Question, form: Mapping[str, list[str]]) -> Vote:
        """The vote a form holds for `question`.

        Raises:
            Refused: the form does not fit the question.
        """
        values = form.get("value", [])
        marks = [name for name in ("dont_know", "not_applicable") if name in form]
        if marks:
            # "weet niet" or "n.v.t." alone, never beside a value or each other
            if len(marks) > 1 or values or form[marks[0]] != ["1"]:
                raise Refused("live_bad_value")
            if marks == ["dont_know"]:
                if not question.allow_dont_know:
                    raise Refused("live_bad_value")
                return Vote(dont_know=True)
            if not question.not_applicable_allowed:
                raise Refused("live_bad_value")
            return Vote(not_applicable=True)
        kind = question.type
        if kind == "multi":
            options = {o.id for o in question.options or ()}
            if not values or len(set(values)) != len(values) or not set(values) <= options:
                raise Refused("live_bad_value")
            order = [o.id for o in question.options or () if o.id in values]
            return Vote(tuple(order))
        if len(values) != 1:
            raise Refused("live_bad_value")
        raw = values[0]
        value: object
        if kind == "scale":
            if not re.fullmatch(r"-?\d{1,3}", raw):
                raise Refused("live_bad_value")
            value = int(raw)
        elif kind == "yesno":
            if raw not in ("yes", "no"):
                raise Refused("live_bad_value")
            value = raw == "yes"
        elif kind == "number":
            value = _number(raw)
        elif kind == "text":
            value = raw.strip()
            if not value or len(raw) > MAX_TEXT:
                raise Refused("live_bad_value")
        else:
            value = raw
        if check_value(question, self.bank, value) is not None:
            raise Refused("live_bad_value")
        return Vote(value)
