"""The functions in a team: a bank's own `roles`, else those of a basisteam (Dutch, English)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from woest_tui.i18n import Lang

if TYPE_CHECKING:
    from woest_tui.core.model import Questionnaire

#: role id -> (Dutch, English) short names, for tables and headers.
SHORT: dict[str, tuple[str, str]] = {
    "teamchef": ("teamchef", "team chief"),
    "oe": ("OE", "OE"),
    "woe": ("WOE", "WOE"),
    "wijkagent": ("wijkagent", "community officer"),
    "noodhulp": ("noodhulp", "emergency response"),
    "opsporing": ("opsporing", "investigation"),
    "intake": ("intake", "intake"),
    "informatie": ("informatie", "information"),
    "partner": ("partner", "partner"),
}

#: role id -> (Dutch, English). Other ids are allowed in files and shown as they are.
ROLES: dict[str, tuple[str, str]] = {
    "teamchef": ("teamchef", "team chief"),
    "oe": ("operationeel expert (OE)", "operational expert (OE)"),
    "woe": ("wijk operationeel expert (WOE)", "neighbourhood operational expert (WOE)"),
    "wijkagent": ("wijkagent", "community officer"),
    "noodhulp": ("noodhulp", "emergency response"),
    "opsporing": ("opsporing / recherche", "investigation"),
    "intake": ("intake en service", "intake and service"),
    "informatie": ("informatie / analist", "information / analyst"),
    "partner": ("partner (gemeente, corporatie, ...)", "partner (municipality, housing, ...)"),
}


def role_ids(bank: Questionnaire | None) -> list[str]:
    """The roles a session of `bank` offers, in order: the bank's own, else woest's list.

    A bank without `roles` (every bank written before they existed) gets the functions of a
    basisteam, so its results read as they always did.

    Args:
        bank: the questionnaire, or None when none is chosen yet.

    Returns:
        The role ids.
    """
    if bank is not None and bank.roles is not None:
        return [role.id for role in bank.roles]
    return list(ROLES)


def role_label(
    role: str, lang: Lang, short: bool = False, bank: Questionnaire | None = None
) -> str:
    """The name of a role in `lang`; an unknown id is shown as it is.

    Args:
        role: the role id.
        lang: "nl" or "en".
        short: the short name, for tables and headers (a bank's own roles have one name).
        bank: the questionnaire, whose own `roles` name it first.

    Returns:
        The name.
    """
    if bank is not None and bank.roles is not None:
        for own in bank.roles:
            if own.id == role:
                name = own.short if short and own.short is not None else own.label
                return name.get(lang, bank.language)
    pair = (SHORT if short else ROLES).get(role)
    if pair is None:
        return role
    return pair[1] if lang == "en" else pair[0]
