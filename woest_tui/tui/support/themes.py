"""The two themes: every text at least 7:1 against its background (WCAG AAA), also in 256 colours.

Every colour is one of the 256 of an xterm palette (the 6x6x6 cube and the grey ramp), so a
terminal without true colour shows exactly these and the contrast holds there too. Textual
derives the other colours by blending, which gives in-between greys that can fall below the
goal; the variables below name each colour a text stands on or is drawn in.
"""

from __future__ import annotations

from rich.terminal_theme import TerminalTheme
from textual.theme import Theme

DARK, LIGHT = "woest-dark", "woest-light"

_DARK_TEXT, _DARK_BG, _DARK_PANEL, _DARK_ACCENT = "#EEEEEE", "#121212", "#262626", "#FFD75F"
_LIGHT_TEXT, _LIGHT_BG, _LIGHT_PANEL, _LIGHT_ACCENT = "#121212", "#FFFFFF", "#DADADA", "#0000AF"


def _variables(text: str, muted: str, background: str, panel: str, accent: str) -> dict[str, str]:
    """The variables both themes set the same way, from their own colours."""
    return {
        "text": text,
        "text-muted": muted,
        "text-disabled": muted,
        "foreground-muted": muted,
        "boost": panel,
        # highlighted lines (the palette's, a list's): the accent as a bar, text in the background
        "block-cursor-foreground": background,
        "block-cursor-background": accent,
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-foreground": text,
        "block-cursor-blurred-background": panel,
        "block-cursor-blurred-text-style": "bold",
        "block-hover-background": panel,
        "footer-background": panel,
        "footer-foreground": text,
        "footer-key-foreground": accent,
        "footer-description-foreground": text,
        "input-cursor-background": text,
        "input-cursor-foreground": background,
        "input-selection-background": accent,
        "input-selection-foreground": background,
        "screen-selection-background": accent,
        "screen-selection-foreground": background,
        "button-foreground": text,
        "button-color-foreground": background,
        "border": accent,
        "border-blurred": muted,
        "link-color": text,
        "link-color-hover": text,
        "link-background-hover": panel,
        "scrollbar": muted,
        "scrollbar-hover": text,
        "scrollbar-active": accent,
        "scrollbar-background": panel,
        "scrollbar-background-hover": panel,
        "scrollbar-background-active": panel,
        "scrollbar-corner-color": panel,
        "text-accent": accent,
        # a state line (the summary's), an error: the word on a plain panel, the colour beside it
        "warning-muted": panel,
        "error-muted": panel,
        "success-muted": panel,
        "accent-muted": panel,
        "primary-muted": panel,
    }


def _theme(
    name: str,
    *,
    dark: bool,
    text: str,
    muted: str,
    background: str,
    surface: str,
    panel: str,
    accent: str,
    primary: str,
    secondary: str,
    warning: str,
    error: str,
    success: str,
    variables: dict[str, str] | None = None,
) -> Theme:
    """A theme whose texts in the named colours are drawn in exactly those colours."""
    return Theme(
        name=name,
        dark=dark,
        foreground=text,
        background=background,
        surface=surface,
        panel=panel,
        primary=primary,
        secondary=secondary,
        accent=accent,
        warning=warning,
        error=error,
        success=success,
        variables={
            **_variables(text, muted, background, panel, accent),
            "text-primary": primary,
            "text-secondary": secondary,
            "text-warning": warning,
            "text-error": error,
            "text-success": success,
            **(variables or {}),
        },
    )


WOEST_DARK = _theme(
    DARK,
    dark=True,
    text=_DARK_TEXT,
    muted="#C6C6C6",
    background=_DARK_BG,
    surface="#1C1C1C",
    panel=_DARK_PANEL,
    accent=_DARK_ACCENT,
    primary="#87D7FF",
    secondary="#AFD7FF",
    warning="#FFAF5F",
    error="#FF8787",
    success="#87D787",
)

WOEST_LIGHT = _theme(
    LIGHT,
    dark=False,
    text=_LIGHT_TEXT,
    muted="#3A3A3A",
    background=_LIGHT_BG,
    surface="#EEEEEE",
    panel=_LIGHT_PANEL,
    accent=_LIGHT_ACCENT,
    primary="#00005F",
    secondary="#5F005F",
    warning="#5F0000",
    error="#870000",
    success="#005F00",
    # white on the dark buttons and on the accent bar
    variables={"button-color-foreground": _LIGHT_BG},
)

THEMES = (WOEST_DARK, WOEST_LIGHT)

#: The report's named colours (green strength, yellow neutral, red development point) as the
#: app draws them in each theme: at least 7:1 on the background, also in 256 colours. No
#: dark yellow reaches 7:1 on white in 256 colours, so the light theme's "neutral" is dark
#: grey; the status word and its symbol (● neutraal) say it anyway.
ANSI_DARK = TerminalTheme(
    (0x12, 0x12, 0x12),
    (0xEE, 0xEE, 0xEE),
    [
        (0x12, 0x12, 0x12),
        (0xFF, 0x87, 0x87),
        (0x87, 0xD7, 0x87),
        (0xFF, 0xD7, 0x5F),
        (0x87, 0xD7, 0xFF),
        (0xFF, 0xAF, 0xFF),
        (0xAF, 0xFF, 0xFF),
        (0xEE, 0xEE, 0xEE),
    ],
)
ANSI_LIGHT = TerminalTheme(
    (0xFF, 0xFF, 0xFF),
    (0x12, 0x12, 0x12),
    [
        (0x12, 0x12, 0x12),
        (0x87, 0x00, 0x00),
        (0x00, 0x5F, 0x00),
        (0x3A, 0x3A, 0x3A),
        (0x00, 0x00, 0xAF),
        (0x5F, 0x00, 0x5F),
        (0x00, 0x5F, 0x5F),
        (0xFF, 0xFF, 0xFF),
    ],
)
