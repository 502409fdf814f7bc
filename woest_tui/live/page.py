"""The phone page: plain HTML made on the server, every text escaped, no inline script."""

from __future__ import annotations

from html import escape

from woest_tui.core.model import Question
from woest_tui.core.roles import role_label
from woest_tui.i18n import Lang, message
from woest_tui.live.room import NO_ROLE, Phone, Room
from woest_tui.live.tally import Vote

#: Seconds between the page's own refreshes when the phone has no JavaScript.
REFRESH = 4


def _e(text: object) -> str:
    return escape(str(text), quote=True)


class Page:
    """Builds the pages of one room for one phone, in one language."""

    def __init__(self, room: Room, phone: Phone | None, phone_id: str | None, lang: Lang) -> None:
        self.room = room
        self.phone = phone
        self.phone_id = phone_id
        self.lang = lang
        self.base = f"/j/{room.code}"

    def t(self, key: str, **params: object) -> str:
        """A message in the phone's language, escaped."""
        return _e(message(key, self.lang, **params))

    def text(self, value: object) -> str:
        """A bank text in the phone's language, escaped."""
        get = getattr(value, "get", None)
        return "" if get is None else _e(get(self.lang, self.room.bank.language))

    def frame(self, body: str, *, refresh: bool, state: str = "") -> str:
        """The whole document around `body`."""
        other = "en" if self.lang == "nl" else "nl"
        # the refresh is for phones without JavaScript; the script keeps the page current
        # itself, and a page that reloads under a thumb typing a text loses it
        head_refresh = (
            f'<noscript><meta http-equiv="refresh" content="{REFRESH}"></noscript>'
            if refresh
            else ""
        )
        return (
            f'<!doctype html><html lang="{self.lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            '<meta name="color-scheme" content="light dark">'
            f"<title>{self.t('live_title')}</title>{head_refresh}"
            f'<link rel="icon" href="{self.base}/s/icon.svg" type="image/svg+xml">'
            f'<link rel="stylesheet" href="{self.base}/s/live.css">'
            f'<script src="{self.base}/s/live.js" defer></script></head>'
            f'<body data-events="{self.base}/events" data-state="{_e(state)}">'
            f'<header><span class="brand">{self.t("live_title")}</span>'
            f'<a class="lang" href="{self.base}?lang={other}">{self.t("live_switch")}</a>'
            f"</header><main>{body}</main></body></html>"
        )

    def state(self) -> str:
        """What the phone's view depends on: the script reloads when it changes."""
        room = self.room
        question = room.question.id if room.question is not None else ""
        chose = self.phone is not None and self.phone.chose
        return f"{question}|{int(room.revealed)}|{int(chose)}"

    def render(self, notice: str | None = None) -> str:
        """The page as this phone should see it now.

        Args:
            notice: a message key to show on top (a refused request).

        Returns:
            The HTML document.
        """
        room = self.room
        top = f'<p class="notice" role="alert">{self.t(notice)}</p>' if notice else ""
        if self.phone is None or not self.phone.chose:
            return self.frame(top + self.join_form(), refresh=False, state=self.state())
        question = room.question
        if question is None:
            body = f'<p class="wait">{self.t("live_wait")}</p>'
            return self.frame(top + body, refresh=True, state=self.state())
        vote = room.vote_of(self.phone_id or "")
        i, n = room.place
        head = (
            f'<p class="place">{self.t("live_question_of", i=i, n=n)}</p>'
            f"<h1>{self.text(question.text)}</h1>"
        )
        if room.revealed:
            body = f'{head}<section id="revealed">{self.after_reveal(question, vote)}</section>'
            return self.frame(top + body, refresh=True, state=self.state())
        received = ""
        if vote is not None:
            received = (
                f'<div class="received" role="status"><strong>{self.t("live_received")}</strong> '
                f"{self.t('live_yours', answer=self.shown(question, vote))}"
                f"<br>{self.t('live_can_change')}</div>"
            )
        # after a vote the page refreshes; before one it waits for the thumb (a text or a
        # number being typed must not be lost)
        refresh = vote is not None or question.type in ("scale", "choice", "yesno")
        # what the reveal shows, ready for the script: it shows this in place of a reload
        # of every phone at once (without the script, the page's refresh shows it)
        later = f'<section id="revealed" hidden>{self.after_reveal(question, vote)}</section>'
        body = head + later + received + self.form(question, vote)
        return self.frame(top + body, refresh=refresh, state=self.state())

    def after_reveal(self, question: Question, vote: Vote | None) -> str:
        """After the reveal: that it is revealed, and the answer this phone gave (or none)."""
        if vote is None:
            said = self.t("live_no_answer")
        else:
            said = self.t("live_yours", answer=self.shown(question, vote))
        return f'<p class="done">{self.t("live_revealed_now")}</p><p>{said}</p>'

    def join_form(self) -> str:
        """The first page: what this is, and the function (or "rather not say")."""
        choices = [(role, role_label(role, self.lang)) for role in self.room.roles]
        choices.append((NO_ROLE, message("live_role_none", self.lang)))
        buttons = "".join(
            f'<button name="role" value="{_e(role)}">{_e(label)}</button>'
            for role, label in choices
        )
        return (
            f"<h1>{self.t('live_welcome')}</h1><p>{self.t('live_anonymous')}</p>"
            f'<form method="post" action="{self.base}/role" class="choices">'
            f"<h2>{self.t('live_role_question')}</h2>{buttons}</form>"
            f'<p class="small">{self.t("live_role_why")}</p>'
        )

    def form(self, question: Question, vote: Vote | None) -> str:
        """The answer form: one button per option, or a field and Send."""
        bank = self.room.bank
        hidden = f'<input type="hidden" name="q" value="{_e(question.id)}">'
        mine = vote.value if vote is not None else None

        def button(value: str, label: str, chosen: bool) -> str:
            mark = ' class="chosen" aria-pressed="true"' if chosen else ""
            return f'<button name="value" value="{_e(value)}"{mark}>{label}</button>'

        parts: list[str] = []
        kind = question.type
        if kind == "scale":
            scale = bank.scale_of(question)
            for i, label in enumerate(scale.labels):
                point = scale.min + i
                parts.append(button(str(point), self.text(label), mine == point))
        elif kind == "yesno":
            parts.append(button("yes", self.t("live_yes"), mine is True))
            parts.append(button("no", self.t("live_no"), mine is False))
        elif kind == "choice":
            for option in question.options or ():
                parts.append(button(option.id, self.text(option.label), mine == option.id))
        elif kind == "multi":
            parts.append(f'<p class="small">{self.t("live_multi_hint")}</p>')
            for option in question.options or ():
                checked = " checked" if mine and option.id in mine else ""
                parts.append(
                    f'<label class="check"><input type="checkbox" name="value"'
                    f' value="{_e(option.id)}"{checked}> {self.text(option.label)}</label>'
                )
            parts.append(f'<button class="send">{self.t("live_send")}</button>')
        else:
            number = kind == "number"
            caption = self.t("live_number_label" if number else "live_text_label")
            unit = f" ({self.text(question.unit)})" if question.unit is not None else ""
            given = "" if mine is None else _e(self.shown(question, vote))
            field = (
                f'<input name="value" inputmode="decimal" autocomplete="off" value="{given}">'
                if number
                else f'<textarea name="value" maxlength="2000" rows="4">{given}</textarea>'
            )
            parts.append(f'<label class="field">{caption}{unit}{field}</label>')
            parts.append(f'<button class="send">{self.t("live_send")}</button>')
        form = (
            f'<form method="post" action="{self.base}/vote" class="choices">'
            f"{hidden}{''.join(parts)}</form>"
        )
        for allowed, name, key in (
            (question.allow_dont_know, "dont_know", "live_dont_know"),
            (question.not_applicable_allowed, "not_applicable", "live_not_applicable"),
        ):
            if not allowed:
                continue
            chosen = vote is not None and getattr(vote, name)
            mark = ' class="chosen dk" aria-pressed="true"' if chosen else ' class="dk"'
            form += (
                f'<form method="post" action="{self.base}/vote" class="choices">{hidden}'
                f'<button name="{name}" value="1"{mark}>{self.t(key)}</button></form>'
            )
        return form

    def shown(self, question: Question, vote: Vote | None) -> str:
        """A vote as the phone shows it back (not escaped: `t` and `_e` do that)."""
        if vote is None:
            return ""
        lang, own = self.lang, self.room.bank.language
        if vote.dont_know:
            return message("live_dont_know", lang)
        if vote.not_applicable:
            return message("live_not_applicable", lang)
        value = vote.value
        if question.type == "scale":
            scale = self.room.bank.scale_of(question)
            return scale.labels[int(value) - scale.min].get(lang, own)
        if question.type == "yesno":
            return message("live_yes" if value else "live_no", lang)
        labels = {o.id: o.label.get(lang, own) for o in question.options or ()}
        if question.type == "choice":
            return labels.get(str(value), str(value))
        if question.type == "multi":
            return ", ".join(labels.get(v, v) for v in value)
        if question.type == "number" and lang == "nl":
            return str(value).replace(".", ",")
        return str(value)

    def refused(self, key: str) -> str:
        """A page for a refused request: what went wrong, then the page as it is now."""
        return self.render(notice=key)
