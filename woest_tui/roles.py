"""The functions in a basisteam, as role ids with their names in Dutch and English."""

from __future__ import annotations

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


def role_label(role: str, lang: str, short: bool = False) -> str:
    """The name of a role in `lang`; an unknown id is shown as it is.

    Args:
        role: the role id.
        lang: "nl" or "en".
        short: the short name, for tables and headers.

    Returns:
        The name.
    """
    pair = (SHORT if short else ROLES).get(role)
    if pair is None:
        return role
    return pair[1] if lang == "en" else pair[0]
